"""Where a headline across columns ends: its last line may lie inside one column.

``xycut._column_tops`` reads the rows under a head that lie in one column of the columns
below (a column whose top starts right under the title while the others start under a photo)
with that column. It found the head's foot as the lowest piece crossing the columns' gutters;
a title whose last line is short (``TRUNG QUỐC`` under two full lines) ends inside the first
column, so that line counted as the column's top, the "top" then lay on both sides of the
gutter, and the other column's real top stayed in the head, read before the first column's
photo caption and intro (stacked).

A piece right under the crossing pieces (its top within ``LINE_GAP`` x its own height of
their foot) and set as large as they are (``SAME_SIZE``) is the same headline's next line:
the foot moves down to it, and on to the next such line.

Pure logic.
"""

from __future__ import annotations

from magpipe.split.pieces import Line

LINE_GAP = 0.5      # x the line's height: white between two lines of one headline
SAME_SIZE = 0.9     # size ratio of a headline's lines (one face and size)


def headline_foot(across: list[Line], part: list[Line]) -> float:
    """The foot of the headline whose lines crossing the gutters are ``across``, following
    its lines on below them in ``part`` (see the module)."""
    foot = max(p.box[3] for p in across)
    size = min(p.size for p in across)
    for p in sorted(part, key=lambda p: p.box[1]):
        height = p.box[3] - p.box[1]
        if p.box[3] > foot and p.size >= SAME_SIZE * size and \
                p.box[1] - foot < LINE_GAP * height:
            foot = p.box[3]
    return foot
