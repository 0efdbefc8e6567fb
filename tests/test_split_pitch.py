"""The line pitch (leading) of a page whose face reports word boxes taller than its size, and
the slicing of a title set loosely, whose gaps that pitch makes look wide."""

from __future__ import annotations

import pytest
from magpipe.artifacts.pages import Word
from magpipe.split.pieces import Line, body_font_size
from magpipe.split.xycut import line_pitch, xy_cut

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


def test_a_loosely_set_title_is_not_cut_between_its_own_lines():
    # Two title lines twice the body's size with 10 pt of white between them (more than
    # HGAP x the body's pitch, less than its own): one region, cut from the text under it.
    body, pitch = 10.0, 12.0
    title = [Line(words=(), box=(50, top, 400, top + 20), size=20, bold=False,
                  text="A TITLE SET LARGE", base=top + 20, core=(50, 400)) for top in (100, 130)]
    text = column(50, 8, leading=pitch, box=body)
    text = [Line(words=(), box=(p.box[0], p.box[1] + 90, p.box[2], p.box[3] + 90), size=body,
                 bold=False, text=p.text, base=p.base + 90, core=p.core) for p in text]
    cut = xy_cut(title + text, body, pitch=pitch, exact=True)
    regions = [sorted(q.box[1] for q in r) for r, _ in cut]
    assert [100, 130] in regions
