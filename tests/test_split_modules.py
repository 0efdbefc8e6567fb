"""Stories stacked in modules of one column grid, each under its own headline
(``magpipe.split.modules``), on line pieces made up (``line_pieces``): a module's columns are
read together before the next module's, and a headline set close above its columns is read
before them."""

from __future__ import annotations

from line_pieces import BODY, column, piece, reading
from magpipe.split.pieces import Line
from magpipe.split.xycut import xy_cut


def _module(top: float, name: str) -> list[Line]:
    """A headline over the first two of three columns (its twin's column at the right has
    none), set close above them, the columns eight rows deep."""
    return [piece(40, 360, top, f"{name} HEADLINE", size=1.5 * BODY, bold=True)] + \
        column(40, 200, top + 17, 8, f"{name}-a") + column(215, 375, top + 17, 8, f"{name}-b") + \
        column(390, 580, top + 17, 8, f"{name}-c")


def test_modules_of_one_grid_are_read_one_after_the_other():
    """Two modules of three columns stacked with a white band between: the gutter between
    the second and third columns runs the page's height, but each module is read whole (its
    third column too) before the next module's headline."""
    order = reading(_module(60, "A") + _module(200, "B"))
    assert order.index("A-c 7") < order.index("B HEADLINE")
    assert order.index("A-a 7") < order.index("A-b 0") < order.index("A-c 0")
    assert order.index("B-a 7") < order.index("B-b 0") < order.index("B-c 0")


def test_a_headline_set_close_above_its_columns_is_read_before_them():
    """A jump head touching the first line of the two columns under it (no white between,
    as faces with tall boxes set them): the head, then the first column, then the second,
    not the two columns row by row."""
    head = piece(40, 300, 60, "HEADLINE OF THE STORY …", size=1.5 * BODY, bold=True)
    pieces = [head] + column(40, 160, 75, 8, "a") + column(175, 300, 75, 8, "b")
    order = reading(pieces)
    assert order[0] == "HEADLINE OF THE STORY …"
    assert order.index("a 7") < order.index("b 0")


def test_narrow_columns_of_running_text_are_columns():
    """Two columns narrower than ten body sizes, of short lines of words, many rows deep
    (a newspaper's): read one after the other, not row by row."""
    pieces = [piece(40, 120, 60 + 12 * k, f"left words {k}") for k in range(10)] + \
        [piece(135, 215, 60 + 12 * k, f"right words {k}") for k in range(10)]
    order = reading(pieces)
    assert order.index("left words 9") < order.index("right words 0")


def test_a_band_with_body_text_under_it_is_no_module_cut():
    """One grid with a white band across it and body text (no headline) under the band:
    read a column at a time, as before."""
    pieces = []
    for x0, x1, name in ((40, 200, "a"), (215, 375, "b")):
        pieces += column(x0, x1, 60, 6, f"{name}-top") + column(x0, x1, 150, 6, f"{name}-foot")
    order = reading(pieces)
    assert order.index("a-foot 5") < order.index("b-top 0")


def _entry(top: float, day: str) -> list[Line]:
    """A chronicle's entry: its date in both languages in a margin (the first bold, set
    larger than the text) beside its headline (bold capitals), the text under the headline,
    then its English headline and text."""
    return [piece(35, 80, top, f"{day} tháng 12", size=1.3 * BODY, bold=True),
            piece(35, 85, top + 14, f"{day} December", size=1.25 * BODY),
            piece(120, 420, top, f"TIÊU ĐỀ NGÀY {day}", size=1.45 * BODY, bold=True)] + \
        column(120, 530, top + 19, 3, f"văn bản {day}") + \
        [piece(120, 510, top + 59, f"HEADLINE OF {day}", size=1.45 * BODY, bold=True)] + \
        column(120, 530, top + 78, 3, f"text of {day}")


def test_a_margin_of_dates_beside_its_entries_is_no_module_grid():
    """Entries dated in a margin under a month's band across the page: the white between the
    margin and the entries is no gutter of a story's columns, so neither the band nor an
    entry's date and headline are cut off as a module's headline over columns (the page is
    read as one region, its cells left to ``split.cells``)."""
    pieces = [piece(39, 118, 20, "THÁNG MƯỜI HAI", size=1.5 * BODY, bold=True),
              piece(476, 528, 20, "DECEMBER", size=1.5 * BODY, bold=True)]
    for k, day in enumerate(("3", "19", "27")):
        pieces += _entry(42 + 130 * k, day)
    regions = xy_cut(pieces, BODY, pitch=12.0)
    assert len(regions) == 1


def test_modules_under_a_row_of_jump_lines_are_read_one_after_the_other():
    """The stories above the band end in jump lines set large and bold like a head
    (``(Xem tiếp trang 2)``, front-page-1 at seed 4800): that row is no headline's last
    line, and the module under the band is still read after the whole of the one above."""
    jumps = [piece(100, 200, 175, "(Xem tiếp trang 2)", size=1.3 * BODY, bold=True),
             piece(480, 580, 175, "(See page 2)", size=1.3 * BODY, bold=True)]
    order = reading(_module(60, "A") + jumps + _module(205, "B"))
    assert order.index("A-c 7") < order.index("B HEADLINE")
    assert order.index("B-a 7") < order.index("B-b 0") < order.index("B-c 0")
