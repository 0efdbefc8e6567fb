"""A jump line OCR garbled (``text.garbled_jumps``) is a jump line: no text of an article.

Read as body text, ``` (Tiá) tbeo trang 1)`` at the top of a story's continuation was linked
to the paragraph before the jump as its next part, and the continuation itself, under it,
was left as a paragraph of no article (front-page scans). Blocks of a line or two
(``heads.JUMP_LINES``) that ``heads.jump_lines`` could not read and that read as a garbled
jump line take the role ``jump``; furniture (running heads, page numbers, junk) stays as it
is. A jump line right under a head is read with the head over the columns
(``jump_rows``).

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.split.heads import JUMP_LINES
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.garbled_jumps import garbled_jump

log = logging.getLogger(__name__)


def garbled_jump_lines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Roles with the garbled jump lines of an OCR page made ``jump`` (see the module)."""
    if page.exact:
        return roles
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] not in FURNITURE_ROLES and f.lines <= JUMP_LINES and garbled_jump(f.text):
            log.debug("a jump line OCR garbled: %r", f.text)
            out[k] = Role.JUMP
    return out

