"""Where a column's lines start and end, line by line, and whether they end ragged.

``layout.paragraphs`` asks it of every line of a region before reading its paragraph breaks
(a first-line indent, a short last line, a justified or ragged setting). Moved out of
``layout`` whole (the ~400-line guide), with its fast path for big regions.

Pure logic on line pieces.
"""

from __future__ import annotations

import numpy as np
from magpipe.split.pieces import Line

VECTOR_LINES = 12    # regions of this many lines or more measure every line's ``line_edges`` at
                     # once with numpy (the same comparisons, all pairs in one array); below,
                     # the arrays cost more than the loop


def line_edges(lines: list[Line], line: Line) -> tuple[float, float, bool]:
    """Where most lines of ``line``'s column start and end (a stray mark does not move them),
    and whether they end ragged.

    Only the lines lying mostly over the same stretch of the page count, so that in a region
    holding blocks of different widths (captions beside photographs, left and right by turns)
    each line is measured against its own block, not against the widest one."""
    x0, x1 = line.box[0], line.box[2]
    width = x1 - x0
    # (inline: asked of every pair of lines of a region) the common stretch is 0.6 of the
    # narrower line or more
    near = [(a, b) for a, b in (ln.box[0:3:2] for ln in lines)
            if (b if b < x1 else x1) - (a if a > x0 else x0)
            >= 0.6 * (b - a if b - a < width else width)] or [(x0, x1)]
    starts, ends = sorted(a for a, _ in near), sorted(b for _, b in near)
    # ragged: a third of the lines end clearly short of the right edge (justified text: only
    # the last lines of paragraphs do)
    ragged = ends[-1 - len(ends) // 4] - ends[len(ends) // 3] > line.size
    return starts[len(starts) // 4], ends[-1 - len(ends) // 4], ragged


def all_line_edges(lines: list[Line]) -> list[tuple[float, float, bool]]:
    """``line_edges`` of every line of ``lines``: the same comparisons of each pair of lines and
    the same order statistics, worked out for all lines at once in big regions."""
    n = len(lines)
    if n < VECTOR_LINES:
        return [line_edges(lines, ln) for ln in lines]
    a = np.array([ln.box[0] for ln in lines])
    b = np.array([ln.box[2] for ln in lines])
    width = b - a
    # row i: line i's question; column j: whether line j lies over the same stretch
    near = np.minimum(b[None, :], b[:, None]) - np.maximum(a[None, :], a[:, None]) \
        >= 0.6 * np.minimum(width[None, :], width[:, None])
    starts = np.where(near, a[None, :], np.inf)
    starts.sort(axis=1)
    ends = np.where(near, b[None, :], -np.inf)
    ends.sort(axis=1)                   # a row's c near ends fill its last c places
    count = near.sum(axis=1).tolist()
    rows = range(n)
    start = starts[rows, [c // 4 for c in count]].tolist()
    end = ends[rows, [n - 1 - c // 4 for c in count]].tolist()
    third = ends[rows, [min(n - c + c // 3, n - 1) for c in count]].tolist()   # (c = 0: unused)
    return [(start[i], end[i], end[i] - third[i] > lines[i].size) if count[i]
            else line_edges(lines, lines[i]) for i in rows]
