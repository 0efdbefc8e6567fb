"""Stories side by side on a front page, each under its own headline over its own columns
(``magpipe.split.side_stories``), on line pieces made up (``line_pieces``): each story is
read whole, its headline then its columns, before the story beside it; two headlines over
one story's columns are not."""

from __future__ import annotations

from line_pieces import BODY, column, piece, reading
from magpipe.split.pieces import Line
from magpipe.split.side_stories import side_by_side


def _head(x0: float, x1: float, top: float, rows: int, name: str) -> list[Line]:
    return [piece(x0, x1, top + 18 * k, f"{name} HEADLINE {k}", size=1.5 * BODY, bold=True)
            for k in range(rows)]


def test_stories_side_by_side_are_read_one_after_the_other():
    """A lead story's headline over two columns at the left, a second story's over two
    narrower columns at the right, a third story across the page's foot (front-page at seed
    5000): the slice of headlines has one gutter, the columns under it three, so the two
    slices are no one grid; each story is still read whole, headline then columns, before
    the other's headline."""
    upper = _head(40, 360, 60, 3, "L") + _head(390, 580, 60, 2, "R")
    lower = column(40, 200, 140, 10, "a") + column(215, 360, 140, 10, "b") + \
        column(390, 480, 140, 10, "c") + column(495, 580, 140, 10, "d")
    foot = _head(40, 580, 290, 1, "F") + column(40, 300, 312, 6, "e") + \
        column(315, 580, 312, 6, "f")
    assert side_by_side(upper, lower, BODY)
    order = reading(upper + lower + foot)
    assert order.index("L HEADLINE 2") < order.index("a 0") < order.index("b 9") < \
        order.index("R HEADLINE 0") < order.index("c 0") < order.index("d 0") < \
        order.index("F HEADLINE 0")


def test_a_headline_on_one_side_only_is_no_two_stories():
    """A headline at the left beside plain text at the right (a standfirst, a caption):
    one story's top, its slices left to the column grids."""
    upper = _head(40, 360, 60, 3, "L") + column(390, 580, 60, 4, "note")
    lower = column(40, 200, 140, 10, "a") + column(215, 360, 140, 10, "b") + \
        column(390, 480, 140, 10, "c") + column(495, 580, 140, 10, "d")
    assert not side_by_side(upper, lower, BODY)
