"""A feature set on a chequerboard: text cells and photo cells alternating on a lattice.

Tourism brochures, investment guides and annual reports set a feature on a grid of cells of
one size, a gutter apart both ways, a photo and a text cell in turn along every row and down
every column, the text read cell by cell along the rows (left to right, then the next row).
Two things go wrong without the lattice in view: the XY cut parts the grid at its gutters
and reads the text cells down each column of cells, not along the rows; and a text cell set
on a light tint (a drawn panel) looks like a boxed note of no article (``drawn_boxes``).

What tells a lattice, on the page's own evidence: cells of one size (photos, and the drawn
panels of the text cells when there are any), their edges lined up in columns and rows a
gutter apart, no two photos side by side or one over the other, every photo on one colour
of the board and every panel on the other. A boxed note stands apart: it is not the size of
the photos around it nor set on their lattice. ``lattice`` finds it; ``text_cells`` gives
the text positions in reading order (row-major); ``lattice_order`` reads a page's paragraphs
in its text cells in that order (the other paragraphs keep their places) and takes the
page's columns from the lattice's columns of text cells; ``in_text_cell``
tells the drawn box pass that a panel is a cell of the article's lattice. Sizes are the
page's own body size's multiples. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from magpipe.artifacts.base import Box, within
from magpipe.split.layout import PageGeometry

log = logging.getLogger(__name__)

SIZE = 1.5      # x body size: cells of one lattice differ in width and in depth by this at most
EDGE = 1.0      # x body size: the edges of cells in one column (one row) line up this close;
                # a paragraph of a text cell stands out of its cell this far at most (OCR boxes)
GUTTER = 4.0    # x body size: the widest white between neighbouring columns (rows) of cells
ROWS = 2        # rows of a lattice whose text is read along its rows, at least (one row reads
                # the same either way)


@dataclass(frozen=True)
class Lattice:
    xs: tuple[tuple[float, float], ...]     # its columns' x ranges, left to right
    ys: tuple[tuple[float, float], ...]     # its rows' y ranges, top to bottom
    photos: frozenset[tuple[int, int]]      # (row, column) of its photo cells
    panels: frozenset[tuple[int, int]]      # (row, column) of its drawn text cells

    def box(self, r: int, c: int) -> Box:
        return (self.xs[c][0], self.ys[r][0], self.xs[c][1], self.ys[r][1])

    def text_cells(self) -> list[Box]:
        """The boxes of its text positions (every one not a photo), row by row."""
        return [self.box(r, c) for r in range(len(self.ys)) for c in range(len(self.xs))
                if (r, c) not in self.photos]


def _lanes(spans: list[tuple[float, float]], slack: float, gutter: float
           ) -> list[tuple[float, float]] | None:
    """The distinct ranges among ``spans`` (those whose both ends lie ``slack`` apart are one),
    in order; None when two overlap or stand further apart than ``gutter``."""
    lanes: list[list[tuple[float, float]]] = []
    for s in sorted(spans):
        if lanes and abs(s[0] - lanes[-1][0][0]) <= slack and abs(s[1] - lanes[-1][0][1]) <= slack:
            lanes[-1].append(s)
        else:
            lanes.append([s])
    out = [(sum(s[0] for s in g) / len(g), sum(s[1] for s in g) / len(g)) for g in lanes]
    if any(not 0 <= b[0] - a[1] <= gutter for a, b in zip(out, out[1:], strict=False)):
        return None
    return out


def _lane_of(span: tuple[float, float], lanes: list[tuple[float, float]], slack: float) -> int:
    return next(k for k, s in enumerate(lanes)
                if abs(span[0] - s[0]) <= slack and abs(span[1] - s[1]) <= slack)


def _same_size(a: Box, b: Box, slack: float) -> bool:
    return abs((a[2] - a[0]) - (b[2] - b[0])) <= slack and \
        abs((a[3] - a[1]) - (b[3] - b[1])) <= slack


def lattice(photos: tuple[Box, ...], panels: tuple[Box, ...], body: float) -> Lattice | None:
    """The page's chequerboard of photo cells and text cells (see the module's text), or None:
    the largest set of photos and panels of one photo's size, on lined-up columns and rows a
    gutter apart, photos never side by side nor one over the other, photos and panels on the
    board's two colours, at least two cells and a photo among them, in two columns or more."""
    if body <= 0 or not photos:
        return None
    slack = SIZE * body
    # (a panel drawn around a photo, a frame or a mat, is the photo's: no text cell)
    free = [p for p in panels if not any(within(ph, p, slack) or within(p, ph, slack)
                                         for ph in photos)]
    best: list[tuple[Box, bool]] = []
    for ref in photos:
        group = [(b, True) for b in photos if _same_size(b, ref, slack)] + \
            [(b, False) for b in free if _same_size(b, ref, slack)]
        if len(group) > len(best):
            best = group
    if len(best) < 2:
        return None
    xs = _lanes([(b[0], b[2]) for b, _ in best], EDGE * body, GUTTER * body)
    ys = _lanes([(b[1], b[3]) for b, _ in best], EDGE * body, GUTTER * body)
    if xs is None or ys is None:
        return None
    at: dict[tuple[int, int], bool] = {}
    for b, photo in best:
        pos = (_lane_of((b[1], b[3]), ys, EDGE * body), _lane_of((b[0], b[2]), xs, EDGE * body))
        if pos in at:
            return None
        at[pos] = photo
    colours = {(r + c) % 2 for (r, c), photo in at.items() if photo}
    if len(colours) != 1 or any((r + c) % 2 in colours for (r, c), photo in at.items()
                                if not photo):
        return None         # photos side by side, or a panel on a photo's colour
    photo_at = frozenset(pos for pos, photo in at.items() if photo)
    if len(xs) < 2 or len(photo_at) == len(at) and len(ys) < 2:
        return None         # one column of cells (a box under a photo of its width), or
                            # photos alone on one row: no board seen
    return Lattice(tuple(xs), tuple(ys), photo_at,
                   frozenset(pos for pos, photo in at.items() if not photo))


def in_text_cell(box: Box, grid: Lattice | None, body: float) -> bool:
    """``box`` (a drawn panel, a paragraph) lies in one of the lattice's text cells."""
    return grid is not None and any(within(box, cell, EDGE * body) for cell in grid.text_cells())


def lattice_order(geo: PageGeometry, photos: tuple[Box, ...], panels: tuple[Box, ...]
                  ) -> PageGeometry:
    """The page's geometry with the paragraphs in the text cells of its lattice (two rows or
    more) read cell by cell along the rows, each cell's in their own order; the paragraphs
    outside them keep their places, the cells' filling the places theirs held."""
    grid = lattice(photos, panels, geo.body_size)
    if grid is None:
        return geo
    cells = grid.text_cells()
    slots = [next((k for k, cell in enumerate(cells)
                   if within(p.box, cell, EDGE * geo.body_size)), None) for p in geo.paras]
    held = [k for k, cell in enumerate(slots) if cell is not None]
    if len({slots[k] for k in held}) < 2:
        return geo          # text in one cell at most: nothing to read along the rows
    order = sorted(held, key=lambda k: (slots[k], k)) if len(grid.ys) >= ROWS else held
    log.debug("a lattice of %d x %d cells, %d of them photos: its text read along the rows",
              len(grid.ys), len(grid.xs), len(grid.photos))
    paras = list(geo.paras)
    for slot, k in zip(held, order, strict=True):
        paras[slot] = geo.paras[k]
    return replace(geo, paras=tuple(paras), columns=_columns(grid, cells, geo, slots))


def _columns(grid: Lattice, cells: list[Box], geo: PageGeometry, slots: list[int | None]
             ) -> tuple[tuple[float, float], ...]:
    """The page's columns: the text's extent down each column of the lattice's text cells
    (the cut, parting the grid at its gutters and at a short line set right, a signature,
    draws some too narrow and misses others); the page's own columns where no cell holds
    text."""
    lanes: list[tuple[float, float]] = []
    for lo, _ in grid.xs:
        texts = [p.box for p, k in zip(geo.paras, slots, strict=True)
                 if k is not None and cells[k][0] == lo]
        if texts:
            lanes.append((min(b[0] for b in texts), max(b[2] for b in texts)))
    rest = [c for c in geo.columns if not any(min(c[1], x[1]) > max(c[0], x[0])
                                              for x in grid.xs)]
    return tuple(sorted(lanes + rest))
