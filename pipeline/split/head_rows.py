"""A section's name in both languages on the page's top row, over a title: a header.

``section_bands`` reads a row of two titles, the Vietnamese flush left and the English flush
right, as a page's section band, when both are set large. A band may be set at the body's
size (bold capitals on a grey strip: ``VĂN HÓA - XÃ HỘI`` ... ``CULTURE AND SOCIETY``), and
its look then made one half body text and the other, short and flush right, a byline: an
article's text of no article (quartet, on a page too short for the furniture margin to
reach it). Set at the body's size inside a page, a label at the left and a byline flush right
on one row are no band: what tells the band is its place. It is the page's top row of text,
a title right under it, nothing else on the row; one half flush with the text's left edge
and the other flush with its right edge, well inside its column (``RAGGED``), each one line
of a few words (``WORDS``), one Vietnamese and one English.

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role
from magpipe.split.langid import classify
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

FLUSH = 1.0     # x body size: how near the text's edge a flush half ends
RAGGED = 3.0    # x body size: the right half starts at least this far inside its column
WORDS = 6       # most words of each half


def _one_row(a: Facts, b: Facts) -> bool:
    low = min(a.box[3] - a.box[1], b.box[3] - b.box[1])
    return min(a.box[3], b.box[3]) - max(a.box[1], b.box[1]) > 0.5 * low


def head_rows(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The halves of a section's name on the page's top row, over a title: headers (see the
    module)."""
    text = [k for k, r in enumerate(roles) if r not in FURNITURE_ROLES]
    if len(text) < 3:
        return roles
    top = min(text, key=lambda k: facts[k].box[1])
    row = sorted((k for k in text if _one_row(facts[top], facts[k])),
                 key=lambda k: facts[k].box[0])
    if len(row) != 2 or any(facts[k].lines != 1 or len(facts[k].text.split()) > WORDS
                            for k in row):
        return roles
    left, right = (facts[k] for k in row)
    body = page.body_size
    if left.box[0] - min(facts[k].box[0] for k in text) > FLUSH * body or \
            max(facts[k].box[2] for k in text) - right.box[2] > FLUSH * body or \
            right.box[0] - right.column_box[0] < RAGGED * body:
        return roles
    foot = max(left.box[3], right.box[3])
    under = [k for k in text if k not in row and facts[k].box[1] >= foot]
    if not under or roles[min(under, key=lambda k: facts[k].box[1])] != Role.TITLE:
        return roles
    if {classify(left.text)[0], classify(right.text)[0]} != {Lang.VI, Lang.EN}:
        return roles
    log.debug("a section's name on the page's top row: %r ... %r", left.text, right.text)
    return [Role.HEADER if k in row else r for k, r in enumerate(roles)]
