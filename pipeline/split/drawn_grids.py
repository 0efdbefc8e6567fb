"""Grids of drawn squares: a crossword's, a number puzzle's, found among a page's drawings.

A puzzle prints its grid as squares of one size side by side in rows and columns, some
filled black, none lettered; an article never draws one (its tables are ruled in rows and
columns of cells as wide as their text, its charts are bars of many lengths). So a cluster
of ``SQUARES`` or more squares of about one size, each touching or close to the next, that
stand in ``LINES`` or more rows and as many columns, is a puzzle's grid. Sizes are the page's
own body size's multiples: a grid's square holds a letter or a figure set a little larger
than the body. Pure logic, no I/O; text-layer pages only (a scan's drawings do not reach the
split stage).
"""

from __future__ import annotations

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.pages import Drawing, DrawingKind

SIDE = (0.8, 4.0)   # x body size: a grid square's side lies between these (about the body's
                    # line, a letter or a figure in it, to a few lines)
SQUARE = 0.15       # share of its side by which a square's width and height may differ
SAME = 0.15         # share of the side by which squares of one grid may differ
SQUARES = 16        # squares of a grid, at least (four by four)
LINES = 4           # rows of squares of a grid, and columns, at least
NEAR = 0.5          # x a square's side: white between neighbouring squares of a grid, at most


def _side(box: Box) -> float:
    return min(box[2] - box[0], box[3] - box[1])


def _square(d: Drawing, body: float) -> bool:
    w, h = d.box[2] - d.box[0], d.box[3] - d.box[1]
    return d.kind in (DrawingKind.FRAME, DrawingKind.FILL) and \
        abs(w - h) <= SQUARE * max(w, h) and SIDE[0] * body <= min(w, h) <= SIDE[1] * body


def _neighbours(a: Box, b: Box) -> bool:
    side = _side(a)
    if abs(_side(b) - side) > SAME * side:
        return False
    gap_x = max(a[0], b[0]) - min(a[2], b[2])
    gap_y = max(a[1], b[1]) - min(a[3], b[3])
    return gap_x <= NEAR * side and gap_y <= NEAR * side


def _lines(starts: list[float], side: float) -> int:
    """How many rows (or columns) the squares' starts make: starts apart by half a side."""
    count, last = 0, None
    for s in sorted(starts):
        if last is None or s - last > 0.5 * side:
            count, last = count + 1, s
    return count


def drawn_grids(drawings: tuple[Drawing, ...], body: float) -> tuple[Box, ...]:
    """The bounds of each grid of drawn squares on the page (see the module's docstring)."""
    squares = [d.box for d in drawings if _square(d, body)] if body > 0 else []
    clusters: list[list[Box]] = []
    for box in squares:
        touching = [c for c in clusters if any(_neighbours(box, b) for b in c)]
        clusters = [c for c in clusters if c not in touching] + \
            [[box, *(b for c in touching for b in c)]]
    grids = []
    for c in clusters:
        side = _side(c[0])
        if len(c) >= SQUARES and _lines([b[1] for b in c], side) >= LINES and \
                _lines([b[0] for b in c], side) >= LINES:
            grids.append(union(c))
    return tuple(grids)
