"""A gap between two lines of one paragraph is no foot of a head.

``xycut._spanning_head`` cuts a region's head (a title, a lead across the page) from the
columns under it at the first tight gap (a third of a pitch of white) below which the rest has
a gutter. A lead set at a looser leading than the body, in a face whose boxes stand short,
leaves such a gap between each two of its own lines; its last line, shorter than the rest and
ending left of a gutter of the columns under it, then went with the columns, was cut from them
as a region of its own and became a paragraph apart from its lead (front-page: the English
lead's last line read as a body paragraph of its own).

The top row of the part under a tight gap runs a paragraph on from the row above it when it
is one piece set like that row (same left edge within a body size, same size within
``SAME_SIZE``, same weight) at that paragraph's own leading: the step between their baselines
equals the step between the row above and the one over it, set alike (``SAME_STEP``). A column
starting under a lead leaves a paragraph's gap, or starts at another edge.

A head of one line has no step of its own to measure. When that line is display type
(``roles.TITLE_SIZE`` x the body size or larger: a title's first line) and the row under it is set
like it, a step of at most ``DISPLAY_STEP`` x its size is its title's leading: a title of two
lines whose short second line lies inside the first column under it was cut between its
lines, its first line read alone at the page's top as a running head or a band (issue 16:
quartet-1 at seed 4500). Under a title, a column's first line is set smaller, and a second
title of the same size stands further down.

Pure logic.
"""

from __future__ import annotations

from magpipe.split.pieces import Line
from magpipe.split.roles import TITLE_SIZE

SAME_SIZE = 0.9      # size ratio of a paragraph's lines
SAME_STEP = 0.1      # share by which a paragraph's baseline steps differ at most
DISPLAY_STEP = 2.0   # x a display line's size: the longest baseline step of a title's own
                     # leading (titles of the bench's families step 1.2-1.6 sizes)


def _alike(a: Line, b: Line, body: float) -> bool:
    return abs(a.box[0] - b.box[0]) < body and a.bold == b.bold and \
        min(a.size, b.size) >= SAME_SIZE * max(a.size, b.size)


def title_line_under(line: Line, under: Line, body: float) -> bool:
    """``under`` is the next line of the title whose line ``line`` is: both display type set
    alike (same left edge, size and weight), ``under``'s baseline at most ``DISPLAY_STEP`` x
    the size below ``line``'s."""
    return line.size >= TITLE_SIZE * body and _alike(line, under, body) and \
        0 < under.base - line.base <= DISPLAY_STEP * line.size


def runs_on(head: list[Line], below: list[Line], body: float) -> bool:
    """The top row of ``below`` is the next line of the paragraph ending ``head`` (see the
    module)."""
    if not head or not below:
        return False
    top = min(below, key=lambda p: p.box[1])
    middle = (top.box[1] + top.box[3]) / 2
    if sum(p.box[1] < middle < p.box[3] for p in below) != 1:
        return False                # a row of several pieces: columns' first lines
    last = max(head, key=lambda p: p.base)
    over = [p for p in head if p.base < last.base and _alike(p, last, body)]
    if not _alike(last, top, body):
        return False
    if not over:        # (one display line: its title's leading)
        return title_line_under(last, top, body)
    step = last.base - max(p.base for p in over)
    return step > 0 and abs((top.base - last.base) - step) <= SAME_STEP * step
