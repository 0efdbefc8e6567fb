"""Two blocks set side by side under a head that spans them, with no white between the head
and them: the two languages' intros of a feature under its title and byline, each in its own
half of the page, the longer running on below the shorter.

The XY cut parts a head from the columns under it at a white gap (``xycut._spanning_head``);
where the byline sits as close over the two blocks as their own lines sit to each other, no
gap parts them, the region is read as one, and each row of the two blocks is read as one line
across both languages. ``twin_foot`` looks in such a region (one outside any column) for the
first row from which all the rest is parted in two by the one gutter that parts columns
there (``gutters.column_gutters``, the cut's own test), starting with ``TWIN_ROWS`` rows
holding text on both sides of it, under a row on one side of it (a byline: a table's head
row spans its columns), and cuts the region there: the head above, then the rest cut into
its columns. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.split.gutters import column_gutters
from magpipe.split.pieces import GUTTER, Line
from magpipe.split.xycut import Span, xy_cut

log = logging.getLogger(__name__)

TWIN_ROWS = 3        # fewest rows with text on both sides of the gutter that open the blocks


def _rows(pieces: list[Line], body: float) -> list[list[Line]]:
    """The pieces in rows, top to bottom: sorted by baseline, cut where the next baseline lies
    half a body size or more lower."""
    order = sorted(pieces, key=lambda p: p.base)
    cuts = [k for k in range(1, len(order)) if order[k].base - order[k - 1].base >= 0.5 * body]
    return [order[a:b] for a, b in zip([0, *cuts], [*cuts, len(order)], strict=True)]


def _parted(row: list[Line], body: float) -> bool:
    """The row holds two pieces a gutter or more apart."""
    row = sorted(row, key=lambda p: p.box[0])
    return any(b.core[0] - a.core[1] >= GUTTER * body for a, b in zip(row, row[1:], strict=False))


def _in_one_side(row: list[Line], gutter: tuple[float, float]) -> bool:
    """The row lies on one side of the gutter (a byline over the blocks, not a spanning line
    nor a table's head row)."""
    return all(p.core[1] <= gutter[1] for p in row) or all(p.core[0] >= gutter[0] for p in row)


def twin_foot(region: tuple[list[Line], Span | None], body: float, pitch: float,
              exact: bool) -> list[tuple[list[Line], Span | None]]:
    """The region, or its head and the columns of the blocks side by side under it (see the
    module docstring)."""
    pieces, span = region
    if span is not None or len(pieces) < TWIN_ROWS + 1:
        return [region]
    rows = _rows(pieces, body)
    parted = [_parted(r, body) for r in rows]
    for s in range(1, len(rows) - TWIN_ROWS + 1):
        if parted[s - 1] or not all(parted[s:s + TWIN_ROWS]):
            continue
        rest = [p for r in rows[s:] for p in r]
        gutters = column_gutters(rest, body)
        if len(gutters) != 1 or not _in_one_side(rows[s - 1], gutters[0]):
            continue
        head = [p for r in rows[:s] for p in r]
        log.debug("blocks side by side under a head: cut after %d rows", s)
        return [(head, None), *xy_cut(rest, body, None, pitch=pitch, exact=exact)]
    return [region]
