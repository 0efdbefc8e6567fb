"""The line pitch (leading) of a page whose face reports word boxes taller than its size."""

from __future__ import annotations

import pytest

from magpipe.artifacts.pages import Word
from magpipe.split.pieces import Line, body_font_size
from magpipe.split.xycut import line_pitch

FONT = 8.8         # the declared font size
BOX = 14.4         # its word boxes: ~1.6x the size (a face with room for stacked marks)
LEADING = 12.4     # baselines this far apart: closer than a box is tall


def column(x0: float, rows: int, leading: float = LEADING, box: float = BOX) -> list[Line]:
    bases = [100 + k * leading for k in range(rows)]
    return [Line(words=(), box=(x0, b - box, x0 + 200, b), size=box, bold=False,
                 text="a line of running text", base=b, core=(x0, x0 + 200)) for b in bases]


def test_tall_boxes_read_the_leading_from_the_font_size():
    pieces = column(50, 12) + column(300, 12)
    assert line_pitch(pieces, BOX, FONT) == pytest.approx(LEADING)


def test_tall_boxes_bounded_by_box_height_read_no_leading():
    # Without the text layer's size every step is shorter than a box: none counts and the
    # pitch falls back to a guess from box height, well above the true leading.
    assert line_pitch(column(50, 12), BOX) > 1.2 * LEADING


def test_body_font_size_is_the_declared_size_most_characters_are_set_in():
    words = [Word(text="running", box=(0, 0, 30, BOX), size=FONT)] * 5 + \
        [Word(text="TITLE", box=(0, 0, 30, 40), size=24.0)]
    assert body_font_size(words) == FONT
