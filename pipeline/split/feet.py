"""Column feet in the page's bottom band: text, not furniture.

``layout.analyse`` cuts the pieces lying in the bottom ``FURNITURE_MARGIN`` of the page apart
from the rest (footers, page numbers), so that they never hide a gutter and are read last. A
newspaper's columns run down into that band on a page set with narrow margins: their last
lines (and the jump line under them) would be read after everything else and taken for a
footer. What tells a column's foot from a footer is the spacing, not the band: a column's
next line lies right under its line above, as close as its lines lie, in its x range; a footer
or a page number is set apart by white (a rule) or stands in a gutter.

``column_feet``: the pieces of the bottom band that run on a column of the rest: each lies
under a piece above it, sharing some of its x range (OCR leaves a justified line a piece a
word), whose baseline is at most ``FOOT_STEP`` line pitches higher, taken top down, so that a
jump line under a column's last line runs on too, and the other words of its line (on its
baseline, no gutter of the rows above between them); a bare number (a page number) never does.
Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import across
from magpipe.split.pieces import Line
from magpipe.split.xycut import line_pitch

log = logging.getLogger(__name__)

FOOT_ROWS = 3        # rows above the band whose common white strips are the columns' gutters
FOOT_STEP = 1.6      # x line pitch: most baseline step from a column's line to the next (a
                     # jump line is set a little apart; a footer sits a rule and more apart)


def _over(piece: Line, above: list[Line], reach: float) -> list[Line]:
    """The pieces of ``above`` that ``piece`` lies right under: a baseline ``reach`` higher at
    most, some of their x range shared."""
    return [a for a in above if 0 < piece.base - a.base <= reach
            and across(piece.box, a.box) > 0]


def _gutters(rest: list[Line], top: float, reach: float) -> list[tuple[float, float]]:
    """White x intervals through the rest's lowest rows (baselines ``FOOT_ROWS`` x ``reach``
    above ``top``): a column's word spaces do not line up down its rows, its gutters do."""
    spans = sorted((p.box[0], p.box[2]) for p in rest if top - FOOT_ROWS * reach <= p.base <= top)
    gaps, end = [], None
    for lo, hi in spans:
        if end is not None and lo > end:
            gaps.append((end, lo))
        end = hi if end is None else max(end, hi)
    return gaps


def _one_line(piece: Line, other: Line, gutters: list[tuple[float, float]],
              body: float) -> bool:
    """The two pieces are words of one column's line: one baseline, no gutter between."""
    lo, hi = min(piece.box[2], other.box[2]), max(piece.box[0], other.box[0])
    return abs(piece.base - other.base) < 0.5 * body and \
        not any(lo <= g[0] and g[1] <= hi for g in gutters)


def column_feet(band: list[Line], rest: list[Line], body: float) -> tuple[list[Line], list[Line]]:
    """The bottom ``band`` parted into what stays furniture and what runs on the columns of
    ``rest`` (see the module)."""
    text = [p for p in band if not p.text.strip().isdigit()]
    if not text:
        return band, []
    reach = FOOT_STEP * line_pitch(rest or band, body)
    gutters = _gutters(rest, min(p.box[1] for p in text), reach)
    run_on: list[Line] = []
    above = list(rest)
    for piece in sorted(text, key=lambda p: p.base):
        if _over(piece, above, reach) or any(_one_line(piece, q, gutters, body) for q in run_on):
            run_on.append(piece)
            above.append(piece)
    kept = [p for p in band if p not in run_on]
    if run_on:
        log.debug("%d lines in the bottom band run on the columns above: %r", len(run_on),
                  run_on[0].text[:30])
    return kept, run_on
