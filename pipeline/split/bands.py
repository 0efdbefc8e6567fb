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

Span = tuple[float, float]


def _cut_at_gaps(pieces: list[Line], min_gap: float) -> list[list[Line]]:
    """Pieces cut into slices at white horizontal gaps at least ``min_gap`` high."""
    order = sorted(pieces, key=lambda p: p.box[1])
    slices: list[list[Line]] = [[order[0]]]
    foot = order[0].box[3]
    for p in order[1:]:
        if p.box[1] - foot >= min_gap:
            slices.append([])
        slices[-1].append(p)
        foot = max(foot, p.box[3])
    return slices


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


def bands(pieces: list[Line], pitch: float, gutters: list[Span],
          grid: Callable[[list[Line]], list[Span]]) -> list[list[Line]] | None:
    """The region's bands, top to bottom, when white bands at least ``BAND_GAP`` line pitches
    high cut it into parts and the region's full-height ``gutters`` are not all gutters of
    one of those parts holding ``BAND_ROWS`` rows or more (``grid``: the gutters that part a
    part's own columns): that part's text runs across the strip's height elsewhere, so the
    strip is a gutter of another band's grid only. Else ``None`` (one grid, or no band)."""
    if len(pieces) < 2 or not gutters:
        return None
    slices = _cut_at_gaps(pieces, BAND_GAP * pitch)
    if len(slices) < 2:
        return None
    for part in slices:
        if _rows(part) < BAND_ROWS:
            continue
        own = grid(part)
        if not all(any(g[0] < h[1] and h[0] < g[1] for h in own) for g in gutters):
            log.debug("%d bands of different column grids cut apart before the columns",
                      len(slices))
            return slices
    return None
