"""Photos set in pairs with both captions in the space between them (the ``between`` family
of ``fixtures/thirtyfourth_between.py``, and any publication that sets captions so): the
rules that kept its text whole, as functions on made-up pieces."""

from __future__ import annotations

from magpipe.split.gutters import RIVER_ROWS, splits_columns
from magpipe.split.pieces import Line
from magpipe.split.word_spaces import river_space
from magpipe.split.xycut import column_ranges

BODY = 8.5


def piece(x0: float, x1: float, top: float, text: str, words: int = 1) -> Line:
    return Line(words=tuple(range(words)), box=(x0, top, x1, top + BODY), size=BODY,
                bold=False, text=text, base=top + BODY, cw=BODY / 2, core=(x0, x1))


def _staggered_columns() -> list[Line]:
    """Two narrow columns of English a 12 pt gutter apart (304-422, 434-552), the left one's
    lines half a line below the right one's (a paragraph's extra white above them), so that
    the two meet level on one row only: the left one's justified last line, its four words
    spread to the column's edge, beside a line of one word of the right one, which goes on
    down to the row, its lines between the left one's."""
    left = [piece(304, 422, 100 + 11.5 * k, "whole line of the left column", words=6)
            for k in range(12)]
    right = [piece(434, 540, 94.25 + 11.5 * k, "whole line of the right one", words=6)
             for k in range(13)]
    foot = 100 + 11.5 * 12
    words = [(304, 318, "Mr."), (330, 355, "Hoang"), (367, 388, "Quoc"), (400, 422, "Khanh,")]
    last = [piece(x0, x1, foot, text) for x0, x1, text in words]
    return left + right + last + [piece(434, 470, foot, "particular.")]


def test_a_strip_between_staggered_columns_is_no_river_where_they_meet_level() -> None:
    """The gutter between two columns that meet level on one row only (the left one's last
    line justified wide beside a one-word line), lines of each beside it on its own side
    only, is no river there, and it parts the columns; the same row alone (a justified line
    read a word a piece, and a word past a space as wide) is one."""
    pieces = _staggered_columns()
    assert not river_space(pieces, (422.0, 434.0), BODY, RIVER_ROWS)
    assert splits_columns(pieces, (422.0, 434.0), BODY)
    row = [p for p in pieces if p.box[1] == 238.0]
    assert river_space(row, (422.0, 434.0), BODY, RIVER_ROWS)


def test_captions_reaching_across_gutters_between_photos_make_no_columns() -> None:
    """A page of four columns of text over a pair of photos one over the other, the two
    captions side by side between them: each caption's few lines start inside one column
    and end inside the next. The page's columns are those of its text: the left caption
    makes no column of its own, and the right one does not widen the column it mostly covers
    (its text would stand inset in it, like a boxed note's)."""
    tall = [(32.2, 152.99), (168.7, 290.07), (305.2, 426.38), (441.7, 563.07)]
    captions = [(41.02, 251.26), (272.82, 445.14)]
    assert column_ranges(tall + captions, tall) == tuple(tall)
    # (no tall text: the ranges are all the page has, and are kept)
    assert column_ranges(captions, ()) == tuple(captions)
