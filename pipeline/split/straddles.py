"""A short row's stretch that reaches across a gutter is no column.

``xycut.column_ranges`` finds the page's columns from the x ranges of the regions that lie
inside a column cut, and drops a range lying inside another (a caption under a photo
narrower than its column): the wider range is the column. A line or two set across a
gutter (a newspaper's dated issue line under its nameplate, starting in one column and
ending at the right edge of the next) makes a range that holds the whole of the next column
and half of the one before: kept as a column, it hid the narrower column it holds, and that
column's text then read as spanning two columns (a lead, not column text: front-page).

A range is dropped when it holds another range whole, reaches across the edge of a third
(starts inside it and ends beyond it, or the mirror), that third holds a tall region (a
column of text, many lines) and it holds none: text that many lines fill is a column; a
short row that crosses its edge and hides the next column is not. (Ranges crossing each
other without hiding one, the cells of a timetable, are left as they were.)

A headline set close above a story's columns (a jump head, truncated with an ellipsis over
its group's two columns) heads them when it runs over the gutter that parts them
(``modules.head_over_columns``). Its core (the ink of its letters: a closing ellipsis is no
letter) may stop inside the gutter's white, short of the next column's text: it runs over
the gutter when one of its lines reaches past the gutter's middle (``runs_over``).

Pure logic.
"""

from __future__ import annotations

from collections.abc import Collection

from magpipe.split.pieces import Line

EDGE = 2.0      # pt: how far a range may run past another's edge and still lie inside it
TALL_SHARE = 0.6    # a tall region this share of a range's width or more fills the range


def _holds_tall(r: tuple[float, float], tall: Collection[tuple[float, float]]) -> bool:
    return any(r[0] <= t[0] + EDGE and t[1] <= r[1] + EDGE
               and t[1] - t[0] > TALL_SHARE * (r[1] - r[0]) for t in tall)


def _crosses(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """``a`` reaches across an edge of ``b``: one of its ends inside ``b``, the other out."""
    return (b[0] + EDGE < a[0] < b[1] - EDGE and a[1] > b[1] + EDGE) or \
        (b[0] + EDGE < a[1] < b[1] - EDGE and a[0] < b[0] - EDGE)


def over_gutters(ranges: list[tuple[float, float]],
                 tall: Collection[tuple[float, float]]) -> list[tuple[float, float]]:
    """``ranges`` without those of short rows reaching across a column's edge (see the
    module)."""
    def hides(r: tuple[float, float]) -> bool:
        return any(c != r and r[0] <= c[0] + EDGE and c[1] <= r[1] + EDGE for c in ranges)

    return [r for r in ranges
            if _holds_tall(r, tall) or not hides(r)
            or not any(_crosses(r, c) and _holds_tall(c, tall) for c in ranges if c != r)]


def runs_over(head: list[Line], gutter: tuple[float, float]) -> bool:
    """A line of ``head`` runs from left of ``gutter``'s middle to right of it (see the
    module)."""
    middle = (gutter[0] + gutter[1]) / 2
    return any(p.core[0] < middle < p.core[1] for p in head)
