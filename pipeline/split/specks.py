"""OCR specks read as letters: a letter or two in a box far smaller than the body's type.

On a scan, dust, a fold's shadow or the edge of a photo is read as a stray letter (``h``,
``B``) whose box is a fraction of a line high. ``roles.role_of`` keeps out slivers (less
than ``roles`` 0.4 x body high) and junk of low confidence, but a speck read with fair
confidence as a letter a little taller is given a role like text and opens or splits the
article's text on its side. A block of at most ``SPECK_CHARS`` letters (no digit: a raised
note number is a footnote's) whose box is less than ``SPECK_HEIGHT`` x the body size high
and narrower than the body size is a speck: role ``other``. Only on OCR pages (a text layer
draws no dust). A page whose every block (``SPECK_PAGE_BLOCKS`` at most) is a letter or two,
whatever its box, holds no text: a photo filling the page, off which OCR read a few specks
(``bleed``: ``ge``, ``le`` on a photo page, read as an article's paragraphs). Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

SPECK_CHARS = 2      # most letters of a speck read as text
SPECK_HEIGHT = 0.6   # x body size: a box lower than this holds no letter of the text
# most blocks of a page of specks alone (a photo's specks are a few; a grid of letters, a
# crossword's, is many, and is text)
SPECK_PAGE_BLOCKS = 6


def ocr_specks(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Roles with the letters read off specks made ``other``."""
    if page.exact:
        return roles
    out = list(roles)
    if len(facts) <= SPECK_PAGE_BLOCKS and all(_letters(f.text) for k, f in enumerate(facts)
                                               if out[k] != Role.OTHER):
        log.debug("a page of specks alone: %r", [f.text for f in facts])
        return [Role.OTHER for _ in out]
    for k, f in enumerate(facts):
        text = f.text.strip()
        if out[k] == Role.OTHER or not text or len(text) > SPECK_CHARS or \
                not all(c.isalpha() for c in text):
            continue
        if f.box[3] - f.box[1] < SPECK_HEIGHT * page.body_size and \
                f.box[2] - f.box[0] < page.body_size:
            log.debug("%r at %.0f,%.0f: a speck read as a letter", text, f.box[0], f.box[1])
            out[k] = Role.OTHER
    return out


def _letters(text: str) -> bool:
    """A letter or two and nothing else (``SPECK_CHARS``)."""
    text = text.strip()
    return 0 < len(text) <= SPECK_CHARS and text.isalpha()
