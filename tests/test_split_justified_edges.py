"""Two narrow justified columns, a few rows deep, their lines cut into words at wide spaces
(``magpipe.split.gutters``): the strip between them is a gutter, their lines ending and
beginning at one x against it; a strip through text whose words end where they fall is a
river of word spaces, no gutter."""

from __future__ import annotations

from magpipe.split.gutters import splits_columns
from magpipe.split.pieces import Line

BODY = 8.7
GUTTER = (384.0, 410.0)


def _piece(x0: float, x1: float, row: int) -> Line:
    top = 722.0 + 12.4 * row
    return Line(words=(), box=(x0, top, x1, top + 14.8), size=14.8, bold=False,
                text="word " * max(1, int((x1 - x0) // 20)), base=top + 14.8, cw=4.0,
                core=(x0, x1))


def _columns(left_ends: list[float]) -> list[Line]:
    """front-page-3 at seed 5000, page 1: the English of a story in two columns of five and
    four rows, justified (the left column's lines end at ``left_ends``)."""
    left = [[(283, 390)], [(283, 390)], [(283, 321), (359, 390)],
            [(283, 325), (346, 355), (376, 390)], [(283, 325), (367, 390)]]
    right = [[(404, 450), (495, 510)], [(404, 457), (473, 481), (497, 510)],
             [(404, 446), (476, 510)], [(404, 510)]]
    pieces = []
    for row, (spans, end) in enumerate(zip(left, left_ends, strict=True)):
        pieces += [_piece(x0, x1 if k < len(spans) - 1 else end, row)
                   for k, (x0, x1) in enumerate(spans)]
    for row, spans in enumerate(right):
        pieces += [_piece(x0, x1, row) for x0, x1 in spans]
    return pieces


def test_narrow_justified_columns_cut_at_wide_spaces_keep_their_gutter():
    assert splits_columns(_columns([390.0] * 5), GUTTER, BODY)


def test_a_strip_beside_words_ending_where_they_fall_is_no_gutter():
    assert not splits_columns(_columns([390.0, 383.0, 388.0, 381.0, 386.0]), GUTTER, BODY)
