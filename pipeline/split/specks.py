"""OCR specks read as letters: a letter or two in a box far smaller than the body's type.

On a scan, dust, a fold's shadow or the edge of a photo is read as a stray letter (``h``,
``B``) whose box is a fraction of a line high. ``roles.role_of`` keeps out slivers (less
than ``roles`` 0.4 x body high) and junk of low confidence, but a speck read with fair
confidence as a letter a little taller is given a role like text and opens or splits the
article's text on its side. A block of at most ``SPECK_CHARS`` letters (no digit: a raised
note number is a footnote's) whose box is less than ``SPECK_HEIGHT`` x the body size high
and narrower than the body size is a speck: role ``other``. Only on OCR pages (a text layer
draws no dust). Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

SPECK_CHARS = 2      # most letters of a speck read as text
SPECK_HEIGHT = 0.6   # x body size: a box lower than this holds no letter of the text


def ocr_specks(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Roles with the letters read off specks made ``other``."""
    if page.exact:
        return roles
    out = list(roles)
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
