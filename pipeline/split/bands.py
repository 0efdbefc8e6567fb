"""Horizontal bands of a page, each with its own column grid.

A page may stack two texts, each set in its own grid: the Vietnamese across the upper part in
two columns, the English across the lower part in three, a wide white band between them. A
gutter of the lower grid may then run the page's full height where the upper text leaves
that strip empty (its columns end short, or hold only a byline at the right), and a cut
down that gutter would read the upper band's stray pieces in the middle of the lower band's
columns. Cutting at the white band first keeps each text with its own grid. Pure logic, no
I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from magpipe.split.pieces import Line

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


def _rows(pieces: list[Line]) -> int:
    """Rows of text the pieces sit on (pieces whose middles lie within a piece's height of
    the row's first are one row)."""
    count, last = 0, float("-inf")
    for p in sorted(pieces, key=lambda p: (p.box[1] + p.box[3]) / 2):
        middle = (p.box[1] + p.box[3]) / 2
        if middle - last >= p.box[3] - p.box[1]:
            count += 1
            last = middle
    return count


def _both_sides(part: list[Line], gutter: Span) -> bool:
    """Some of the part's text lies left of the gutter and some right of it (a part wholly
    on one side is a short column beside white space, read with its column)."""
    return any(p.box[2] <= gutter[1] for p in part) and any(p.box[0] >= gutter[0] for p in part)


def bands(pieces: list[Line], pitch: float, gutters: list[Span],
          grid: Callable[[list[Line]], list[Span]]) -> list[list[Line]] | None:
    """The region's two bands, top and bottom, when its widest white band across, at least
    ``BAND_GAP`` line pitches high, cuts it into parts and one of those parts, holding
    ``BAND_ROWS`` rows or more and text on both sides of one of the region's full-height
    ``gutters``, has no gutter of its own there (``grid``: the gutters that part a part's
    own columns; one ``WHITE`` times as wide is white space beside a short column, not that
    gutter): the strip is a gutter of the other band's grid only. Else ``None``."""
    if len(pieces) < 2 or not gutters:
        return None
    slices = _cut_at_widest_gap(pieces, BAND_GAP * pitch)
    if len(slices) < 2:
        return None
    for part in slices:
        if _rows(part) < BAND_ROWS:
            continue
        own = grid(part)
        if any(_both_sides(part, g) and
               not any(g[0] < h[1] and h[0] < g[1] and h[1] - h[0] < WHITE * (g[1] - g[0])
                       for h in own) for g in gutters):
            log.debug("two bands of different column grids cut apart before the columns")
            return slices
    return None
