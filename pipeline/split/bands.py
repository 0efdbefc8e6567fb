"""Horizontal bands of a page, each with its own column grid.

A page may stack two texts, each set in its own grid: the Vietnamese across the upper part in
two columns, the English across the lower part in three, a wide white band between them. A
gutter of the lower grid may then run the page's full height where the upper text leaves
that strip empty (its columns end short, or hold only a byline at the right), and a cut
down that gutter would read the upper band's stray pieces in the middle of the lower band's
columns. Cutting at the white band first keeps each text with its own grid (``bands``, asked
by ``xycut.xy_cut``). The page's columns are then those of both grids, crossing each other
(``crossed``, ``band_columns``): a block takes the one it fills (``best_fit``, asked by
``layout.column_of``), and a paragraph as wide as its own column is column text, not a lead
set across narrower columns (``in_own_column``). Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from magpipe.split.pieces import Line, rows
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

BAND_GAP = 3.0        # x line pitch: a white band across the whole region at least this high
                      # parts two texts (a paragraph gap is under two pitches; a photo across
                      # the page leaves one, but the columns on both sides of it line up)

BAND_ROWS = 3         # fewest rows of a band whose own grid counts (a byline alone, a jump line
                      # over the columns, has none)

WHITE = 3.0           # x a gutter's width: a band's white strip this wide around it is no gutter
                      # of that band's columns (the band's text stops short of it)

Span = tuple[float, float]


def _cut_at_widest_gap(pieces: list[Line], min_gap: float) -> list[list[Line]]:
    """Pieces cut in two at the widest white horizontal gap at least ``min_gap`` high (the
    band between two texts; the gaps inside one, under a jump line or a photo, are
    narrower), or left whole."""
    order = sorted(pieces, key=lambda p: p.box[1])
    foot, best, at = order[0].box[3], min_gap, 0
    for k, p in enumerate(order[1:], start=1):
        if p.box[1] - foot >= best:
            best, at = p.box[1] - foot, k
        foot = max(foot, p.box[3])
    return [order[:at], order[at:]] if at else [order]


def _both_sides(part: list[Line], gutter: Span) -> bool:
    """Some of the part's text lies left of the gutter and some right of it (a part wholly
    on one side is a short column beside white space, read with its column)."""
    return any(p.box[2] <= gutter[1] for p in part) and any(p.box[0] >= gutter[0] for p in part)


def _keeps(strips: list[Span], gutter: Span) -> bool:
    """One of ``strips`` lies on the gutter, less than ``WHITE`` times as wide: that gutter,
    the text on both sides of it."""
    return any(gutter[0] < h[1] and h[0] < gutter[1] and
               h[1] - h[0] < WHITE * (gutter[1] - gutter[0]) for h in strips)


def bands(pieces: list[Line], pitch: float, gutters: list[Span],
          grid: Callable[[list[Line]], list[Span]],
          whites: Callable[[list[Line]], list[Span]] | None = None) -> list[list[Line]] | None:
    """The region's two bands, top and bottom, when its widest white band across, at least
    ``BAND_GAP`` line pitches high, cuts it into parts and one of those parts, holding
    ``BAND_ROWS`` rows or more and text on both sides of one of the region's full-height
    ``gutters``, has a grid of its own with no gutter there (``grid``: the gutters that part
    a part's own columns; one ``WHITE`` times as wide is white space beside a short column,
    not that gutter): the strip is a gutter of the other band's grid only. (A part with no
    grid found, captions under photos in each column, is left to the columns.) A part whose
    white strips (``whites``: the vertical white through it, parting columns or not) keep
    one of the region's gutters that its grid does not is no band either: its short lines
    stand back from that gutter on both sides, set in the other part's grid (a row of
    captions over the photos of two halves, each caption's credit set at the right of its
    short lines: overhead-2 of seed 4200, whose row was read across the halves, a caption's
    credit with the other half's caption). Else ``None``."""
    if len(pieces) < 2 or not gutters:
        return None
    slices = _cut_at_widest_gap(pieces, BAND_GAP * pitch)
    if len(slices) < 2:
        return None
    for part in slices:
        if rows(part) < BAND_ROWS:      # (a row: middles a piece's height apart)
            continue
        own = grid(part)
        strips = whites(part) if whites and own else []
        if any(_keeps(strips, g) and not _keeps(own, g) for g in gutters):
            continue
        if own and any(_both_sides(part, g) and not _keeps(own, g) for g in gutters):
            log.debug("two bands of different column grids cut apart before the columns")
            return slices
    return None


BAND_COLUMN_LINES = 6  # fewest lines of a region for its range to count as a column of a grid
                      # (a byline or a caption set in a box of its own is no column)
CROSS = 2.0           # x body size: how far two column ranges must each reach past the other's
                      # edge to be columns of two grids (one column's ranges differ by less)
NARROWER = 0.9       # share of a range's width under which a range inside it is another column
SAME_RANGE = 1.0      # x body size: column ranges whose both edges lie this close are one
HOLD = 3.0            # points: how far a block may stick out of a column that holds it
FIT = 0.8             # share of the union a block and a column range must share for the block
                      # to lie in that column when it touches others of another grid


def _narrow(ranges: list[Span]) -> list[Span]:
    """The ranges that hold fewer than two others clearly narrower (``NARROWER``; one
    covering two columns is a title or a photo's caption spanning them, no column)."""
    return [r for r in ranges
            if sum(r[0] <= d[0] + 2 and d[1] <= r[1] + 2 and
                   d[1] - d[0] < NARROWER * (r[1] - r[0]) for d in ranges) < 2]


def crossed(ranges: list[Span], body: float) -> bool:
    """Two column ranges (``_narrow``) overlap part way, each reaching well past the other's
    edge: the page holds columns of two grids (bands stacked one over the other)."""
    reach = CROSS * body
    narrow = _narrow(ranges)
    return any(a[0] < b[0] - reach and a[1] < b[1] - reach and a[1] > b[0] + reach
               for a in narrow for b in narrow)


def band_columns(ranges: list[Span], body: float) -> tuple[Span, ...]:
    """The columns of a page of stacked grids: every band's columns (``_narrow``), ranges of
    one column (both edges within ``SAME_RANGE`` body sizes) made one."""
    out: list[Span] = []
    for lo, hi in sorted(_narrow(ranges)):
        near = next((k for k, (a, b) in enumerate(out)
                     if abs(a - lo) <= SAME_RANGE * body and abs(b - hi) <= SAME_RANGE * body),
                    None)
        if near is None:
            out.append((lo, hi))
        else:
            a, b = out[near]
            out[near] = (min(a, lo), max(b, hi))
    return tuple(sorted(out))


def best_fit(box: tuple[float, float, float, float], columns: tuple[Span, ...],
             hits: list[int]) -> int:
    """Of the columns a block touches, the narrowest that holds it (a byline inside a column
    of either grid), else the one it fills (``FIT`` of their union shared), else -1 (the
    block spans them)."""
    holding = [k for k in hits if columns[k][0] - HOLD <= box[0] and box[2] <= columns[k][1] + HOLD]
    if holding:
        return min(holding, key=lambda k: columns[k][1] - columns[k][0])

    def shared(k: int) -> float:
        lo, hi = columns[k]
        inter = min(box[2], hi) - max(box[0], lo)
        return inter / (max(box[2], hi) - min(box[0], lo))
    best = max(hits, key=shared)
    return best if shared(best) >= FIT else -1


COLUMN_WIDTH = 1.05   # x its column's width: a paragraph no wider lies in that column


def in_own_column(f: Facts, page: PageFacts) -> bool:
    """On a page whose geometry found columns, the paragraph lies in one of them, no wider
    than it: column text, however much wider than the other band's columns it is (a lead
    set across the text is found as spanning, or where no columns were found)."""
    lo, hi = f.column_box
    return page.columns >= 2 and f.column >= 0 and \
        f.box[2] - f.box[0] <= COLUMN_WIDTH * (hi - lo)
