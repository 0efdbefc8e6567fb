"""A column of centred display lines only, beside columns of running text: a cover panel.

A folded leaflet prints its cover as one panel of the sheet, beside panels of running text:
the issuing office's name, a photo, the leaflet's name in both languages, every line
centred in the panel and none of it running text. Read by their look, its lines were titles
(or body, set at the body's size in bold) of articles with no text, and align paired the
leaflet's name with an article's title of the other language (trifold: two of ten articles
paired wrong, the cover's text counted an article's).

A column is a cover panel when its blocks (two or more, none kept out already) are all short
(``LINES`` at most, none a caption) and centred in it (white at left and right within a body
size of each other, one of them held in more than a body size from both edges), at least one
a title, in both languages, while the page's other columns hold running text (a block of
``TEXT_LINES`` or more). Its blocks are then headers: the page's, no article's.

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role
from magpipe.split.langid import classify
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

LINES = 3           # most lines of a cover's block
TEXT_LINES = 3      # fewest lines of a block of running text elsewhere on the page
CENTRED = 1.0       # x body size: most difference between a centred block's white either side


def _centred(f: Facts, page: PageFacts) -> tuple[bool, bool]:
    """The block is centred in its column, and held in from both of its edges. On OCR a speck
    or stray mark read at a line's end (a backtick after ``EXTERNAL AFFAIRS``) moves that
    edge by about a character's width (``PageFacts.body_cw``): the insets may differ by that
    much more."""
    body = page.body_size
    slack = CENTRED * body + (0.0 if page.exact else page.body_cw)
    left, right = f.box[0] - f.column_box[0], f.column_box[1] - f.box[2]
    return abs(left - right) <= slack, min(left, right) > CENTRED * body


def cover_panels(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The blocks of a cover panel: headers (see the module)."""
    if page.columns < 2:
        return roles
    out = list(roles)
    for column in range(page.columns):
        mine = [k for k, f in enumerate(facts)
                if f.column == column and roles[k] not in FURNITURE_ROLES]
        if len(mine) < 2 or any(facts[k].lines > LINES or roles[k] == Role.CAPTION
                                for k in mine):
            continue
        shape = [_centred(facts[k], page) for k in mine]
        if not all(c for c, _ in shape) or not any(i for _, i in shape) or \
                not any(roles[k] == Role.TITLE for k in mine):
            continue
        if {classify(facts[k].text)[0] for k in mine} < {Lang.VI, Lang.EN}:
            continue
        if not any(f.column != column and f.lines >= TEXT_LINES and roles[k] == Role.BODY
                   for k, f in enumerate(facts)):
            continue
        log.debug("a cover panel in column %d: %r", column, facts[mine[0]].text[:40])
        for k in mine:
            out[k] = Role.HEADER
    return out
