"""Grids of drawn squares: a crossword's, a number puzzle's, found among a page's drawings.

A puzzle prints its grid as squares of one size side by side in rows and columns, some
filled black, none lettered; an article never draws one (its tables are ruled in rows and
columns of cells as wide as their text, its charts are bars of many lengths). So a cluster
of ``SQUARES`` or more squares of about one size, each touching or close to the next, that
stand in ``LINES`` or more rows and as many columns, is a puzzle's grid; so is a lattice of
rules ruled across and down, evenly spaced by one square's side both ways (a table's rules
stand as far apart as its columns are wide, each column its own). Sizes are the page's
own body size's multiples: a grid's square holds a letter or a figure set a little larger
than the body. Pure logic, no I/O; text-layer pages only (a scan's drawings do not reach the
split stage).
"""

from __future__ import annotations

from math import floor

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.pages import Drawing, DrawingKind

SIDE = (0.8, 4.0)   # x body size: a grid square's side lies between these (about the body's
                    # line, a letter or a figure in it, to a few lines)
SQUARE = 0.15       # share of its side by which a square's width and height may differ
SAME = 0.15         # share of the side by which squares of one grid may differ
SQUARES = 16        # squares of a grid, at least (four by four)
LINES = 4           # rows of squares of a grid, and columns, at least
NEAR = 0.5          # x a square's side: white between neighbouring squares of a grid, at most
CELL = SIDE[1]      # x body size: the side of the cells squares are looked up in (a square's
                    # largest side: one spans two cells a way at most)


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


def _steps(places: list[float], body: float) -> float:
    """The one step between ``places`` (sorted) when they are evenly spaced by a square's
    side (``SIDE``), else 0."""
    steps = [b - a for a, b in zip(places, places[1:], strict=False)]
    if not steps or min(steps) < SIDE[0] * body or max(steps) > SIDE[1] * body:
        return 0.0
    mean = sum(steps) / len(steps)
    return mean if max(steps) - min(steps) <= SAME * mean else 0.0


def _lattices(drawings: tuple[Drawing, ...], body: float) -> list[Box]:
    """Grids ruled rather than boxed: ``LINES`` + 1 or more rules across and as many down,
    each set of one length over one span, evenly spaced by one square's side both ways."""
    across_: dict[tuple[int, int], list[float]] = {}
    down_: dict[tuple[int, int], list[float]] = {}
    for d in drawings:
        if d.kind != DrawingKind.RULE:
            continue
        x0, y0, x1, y1 = d.box
        if x1 - x0 > y1 - y0:       # (rules of one grid share their ends: one key a span)
            across_.setdefault((round(x0 / body), round(x1 / body)), []).append((y0 + y1) / 2)
        else:
            down_.setdefault((round(y0 / body), round(y1 / body)), []).append((x0 + x1) / 2)
    grids = []
    for (left, right), ys in across_.items():
        for (top, foot), xs in down_.items():
            if min(len(ys), len(xs)) <= LINES:
                continue
            ys_, xs_ = sorted(ys), sorted(xs)
            step_y, step_x = _steps(ys_, body), _steps(xs_, body)
            ends = (left, right, top, foot)     # (each set spans the other's first to last)
            if step_y and step_x and abs(step_y - step_x) <= SAME * step_x and all(
                    abs(at / body - end) <= 1 for at, end in
                    zip((xs_[0], xs_[-1], ys_[0], ys_[-1]), ends, strict=True)):
                grids.append((xs_[0], ys_[0], xs_[-1], ys_[-1]))
    return grids


def _clusters(squares: list[Box], body: float) -> list[list[Box]]:
    """The squares in clusters of neighbours (a square joins every cluster holding a square
    before it that it neighbours, ``_neighbours``), each cluster's latest square first,
    the clusters in the order their latest squares came.

    Each square is compared only with those lying in the cells of a grid of ``CELL`` x
    body its reach covers, not with every square before it: a page of photos drawn as a
    few hundred tiles cost tens of thousands of comparisons (a few ms a page, growing with
    the square of the tiles)."""
    cell = CELL * body
    found: dict[tuple[int, int], list[int]] = {}
    parent = list(range(len(squares)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, box in enumerate(squares):
        reach = NEAR * _side(box)
        # (a cell more each way: the reach rounded one way here and the other in _neighbours)
        xs = range(floor((box[0] - reach) / cell) - 1, floor((box[2] + reach) / cell) + 2)
        ys = range(floor((box[1] - reach) / cell) - 1, floor((box[3] + reach) / cell) + 2)
        near = {j for x in xs for y in ys for j in found.get((x, y), ())}
        for j in near:
            if _neighbours(box, squares[j]):
                parent[root(j)] = i         # (i is its cluster's latest square: its root)
        for x in range(floor(box[0] / cell), floor(box[2] / cell) + 1):
            for y in range(floor(box[1] / cell), floor(box[3] / cell) + 1):
                found.setdefault((x, y), []).append(i)
    members: dict[int, list[int]] = {}
    for i in range(len(squares)):
        members.setdefault(root(i), []).append(i)
    return [[squares[r], *(squares[i] for i in members[r] if i != r)]
            for r in sorted(members)]


def drawn_grids(drawings: tuple[Drawing, ...], body: float) -> tuple[Box, ...]:
    """The bounds of each grid of drawn squares on the page (see the module's docstring)."""
    if body <= 0:
        return ()
    squares = [d.box for d in drawings if _square(d, body)]
    grids = []
    for c in _clusters(squares, body):
        side = _side(c[0])
        if len(c) >= SQUARES and _lines([b[1] for b in c], side) >= LINES and \
                _lines([b[0] for b in c], side) >= LINES:
            grids.append(union(c))
    return (*grids, *_lattices(drawings, body))
