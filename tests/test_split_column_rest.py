"""A column's last lines, with a row of OCR junk under them (read off the rule over a box), are
read with that column, not as a region apart; and a dot of dust OCR read as a letter after a
paragraph's short last line is none of that line (``ratebox-1-scanned``, saved as
``dust-and-junk``)."""

from __future__ import annotations

from magpipe.split.line_dust import dust_on
from magpipe.split.pieces import Line
from magpipe.split.xycut import _continues_column, _junk_under
from saved_links import linked_whole, split_saved


def _piece(x0: float, x1: float, y: float, height: float = 9.0, conf: float = 96.0) -> Line:
    return Line(words=(), box=(x0, y, x1, y + height), size=height, bold=False,
                text="text of a line", base=y + height - 2.0, cw=4.5, core=(x0, x1), conf=conf)


def test_the_paragraph_over_the_junk_row_links_whole():
    assert linked_whole("dust-and-junk", "Chiều ngày 15/12/2025")


def test_the_paragraph_ending_before_the_dust_links_whole():
    assert linked_whole("dust-and-junk", "Đồng chí Bí thư Trần Cương")


def test_the_column_rest_over_the_junk_is_one_block():
    blocks = [b for p in split_saved("dust-and-junk").pages for b in p.blocks]
    (block,) = [b for b in blocks if "On the afternoon of December 15" in b.text]
    assert "with the delegation of the Guangxi" in block.text


def test_junk_under_a_slice_is_set_apart_from_it():
    text = [_piece(346.0, 487.0, 648.0 + 12.0 * k) for k in range(3)]
    junk = [_piece(36.0, 106.0, 697.0, conf=30.0), _piece(290.0, 421.0, 700.0, conf=13.0)]
    beside = _piece(400.0, 420.0, 660.0, conf=20.0)     # junk on the text's rows stays
    kept, under = _junk_under([*text, beside, *junk])
    assert kept == [*text, beside] and under == junk


def test_a_column_rest_may_start_a_jitter_left_of_the_lines_above():
    # three columns of ten rows; the third one's rest starts 0.2 pt left of its lines above
    columns = [_piece(x0 + 0.2, x1, 187.0 + 12.0 * k) for k in range(10)
               for x0, x1 in ((38.0, 178.0), (192.0, 333.0), (346.0, 487.0))]
    assert _continues_column(columns, [_piece(346.0, 487.0, 320.0)], 8.0)


def test_a_speck_far_smaller_than_its_row_is_dust():
    row = [_piece(192.9, 214.5, 392.0, height=11.5)]
    assert dust_on(_piece(325.0, 326.5, 401.0, height=1.4), row)
    assert not dust_on(_piece(325.0, 330.0, 395.0, height=6.0), row)     # a small letter
    title = [_piece(74.0, 538.0, 56.0, height=26.0)]
    assert not dust_on(_piece(544.0, 551.0, 71.0, height=3.0), title)    # a title's dash
