"""Footnotes OCR read as one block, one note a line, most of their marks lost.

A page's footnotes are short notes set smaller than the body at a column's foot, each on a
line or two of its own opened by its mark (``¹``, ``²``, ``³``). OCR reads them close under
each other as one block, and a superscript mark often as nothing at all, sometimes as a lone
digit (``3 Titles are given ...``): the block then opens with no mark, and
``article_feet.footnotes``, which asks a block's opening, leaves it as a caption or text of the
article above.

``note_lines`` (a role pass, OCR pages only): a block of the page's lower half at a column's
foot (no text of its column under it), set smaller than the body (its width per character,
``CAPTION_WIDTH``: OCR's heights swing with marks), carrying no photo credit (a caption's), of
which a line after the first opens with what OCR reads for a mark
(``text.headings.ocr_note_mark``: a lone digit, ``?`` or a quote before a word) and which
holds at most ``LINES_A_NOTE`` lines for each such line and the first, is the page's
footnotes: a note beside the text (``Role.ASIDE``). Running text whose line happens to open
with a digit or a quote is set in the body's size, and runs on for many lines.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import CAPTION_WIDTH, Facts, PageFacts, has_credit
from magpipe.text.headings import ocr_note_mark

log = logging.getLogger(__name__)

LINES_A_NOTE = 2    # most lines of one footnote (a note is a line or two)

# roles a block of footnotes was given from its look (set small in a few lines: a caption)
_NOTE_ROLES = frozenset({Role.BODY, Role.INTRO, Role.CAPTION})
# roles of the text a page's footnotes lie under
_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO, Role.TITLE, Role.CAPTION})


def note_lines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Blocks of footnotes, one a line, whose marks OCR mostly lost (see the module)."""
    if page.exact:
        return roles
    out = list(roles)
    for k, f in enumerate(facts):
        marked = sum(map(ocr_note_mark, f.line_texts[1:]))
        if roles[k] not in _NOTE_ROLES or f.box[1] < page.height / 2 or \
                f.cw >= CAPTION_WIDTH * page.body_cw or has_credit(f.text) or \
                not marked or f.lines > LINES_A_NOTE * (marked + 1):
            continue
        if any(j != k and g.column == f.column and g.box[1] >= f.box[3] - 1
               and roles[j] in _TEXT_ROLES for j, g in enumerate(facts)):
            continue                    # (text of its column under it: no column's foot)
        out[k] = Role.ASIDE
        log.debug("footnotes, a line each, their marks lost: %r", f.text[:40])
    return out
