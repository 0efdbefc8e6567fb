"""A page's section band: its name in both languages on one row, one flush left, one flush right.

A news page may open under a band that names its section in both languages, the Vietnamese
name at the text's left edge and the English one at its right edge, with nothing between
them (``TIN TỨC - SỰ KIỆN`` ... ``NEWS AND EVENTS``). Both are set large, so their look makes
them titles, and read as titles they open two articles that have no text. What tells them
from a Vietnamese title beside its English twin (two texts side by side, each titling its
column) is where the second sits: a column's title starts at its column's left edge, the band's
right half is set flush right, ending at the text's right edge and starting well inside its
column. Such a row is page furniture (a header), no article's.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import classify
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

FLUSH = 1.0          # x body size: how near the text's edge a flush half ends
RAGGED = 3.0         # x body size: a flush-right half starts at least this far inside its column
_FURNITURE = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER})


def _one_row(a: Facts, b: Facts) -> bool:
    low = min(a.box[3] - a.box[1], b.box[3] - b.box[1])
    return min(a.box[3], b.box[3]) - max(a.box[1], b.box[1]) > 0.5 * low


def section_bands(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Two one-line blocks on one row, of the two languages, the first flush with the text's
    left edge, the second flush right (``FLUSH``, ``RAGGED``), nothing else on the row:
    headers."""
    out = list(roles)
    text = [k for k, r in enumerate(roles) if r not in _FURNITURE]
    if len(text) < 3:
        return out
    left = min(facts[k].box[0] for k in text)
    right = max(facts[k].box[2] for k in text)
    body = page.body_size
    for a in text:
        fa = facts[a]
        if fa.lines != 1 or fa.box[0] - left > FLUSH * body:
            continue
        row = [k for k in text if k != a and _one_row(fa, facts[k])]
        if len(row) != 1:
            continue
        b, fb = row[0], facts[row[0]]
        if fb.lines != 1 or right - fb.box[2] > FLUSH * body or \
                fb.box[0] - fb.column_box[0] < RAGGED * body or fb.box[0] <= fa.box[2]:
            continue
        langs = {classify(fa.text)[0], classify(fb.text)[0]}
        if langs != {Lang.VI, Lang.EN}:
            continue
        out[a] = out[b] = Role.HEADER
        log.debug("section band: %r ... %r", fa.text[:30], fb.text[:30])
    return out
