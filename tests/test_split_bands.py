"""Bands of a page set in different column grids (``magpipe.split.bands``), on line pieces and
blocks made up here: the Vietnamese text in two columns over the English in three, a wide
white band between; and the pages the rule must leave alone (one grid with a photo across
it, captions under photos in each column)."""

from __future__ import annotations

from magpipe.split.bands import band_columns, best_fit, crossed, in_own_column
from magpipe.split.pieces import Line
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.xycut import xy_cut

BODY = 10.0


def piece(x0: float, x1: float, top: float, text: str = "text of a line") -> Line:
    return Line(words=(), box=(x0, top, x1, top + BODY), size=BODY, bold=False, text=text,
                base=top + BODY, cw=5.0, core=(x0, x1))


def column(x0: float, x1: float, top: float, rows: int, name: str) -> list[Line]:
    return [piece(x0, x1, top + 12 * k, f"{name} {k}") for k in range(rows)]


def reading(pieces: list[Line]) -> list[str]:
    return [p.text for region, _ in xy_cut(pieces, BODY) for p in
            sorted(region, key=lambda p: (p.box[0] > 300, p.box[1]))]


def test_a_band_over_another_grid_is_read_whole_before_it():
    """Upper band: a column of text at the left and a byline at the top right (two columns);
    lower band: three columns whose second gutter runs the page's height through the upper
    band's white. The byline is read with the upper band, not inside the lower columns."""
    upper = column(40, 300, 60, 8, "vi") + [piece(540, 580, 60, "BYLINE")]
    lower = column(40, 200, 400, 8, "en-a") + column(215, 375, 400, 8, "en-b") + \
        column(390, 580, 400, 8, "en-c")
    order = reading(upper + lower)
    assert order.index("BYLINE") < order.index("en-a 0")
    assert order.index("vi 7") < order.index("en-a 0")
    assert order.index("en-a 7") < order.index("en-b 0") < order.index("en-c 0")


def test_one_grid_with_a_photo_across_it_is_read_column_by_column():
    """Three columns, a white band (a photo) across all three halfway down: one grid on both
    sides of it, read a column at a time as before."""
    pieces = []
    for x0, x1, name in ((40, 200, "a"), (215, 375, "b"), (390, 580, "c")):
        pieces += column(x0, x1, 60, 6, f"{name}-top") + column(x0, x1, 300, 6, f"{name}-foot")
    order = reading(pieces)
    assert order.index("a-foot 5") < order.index("b-top 0")


def test_captions_under_photos_in_each_column_keep_their_columns():
    """Two columns, each ending in a photo, the captions under the photos below a white band
    across: a part with no grid of its own found is no band of another grid."""
    pieces = column(40, 300, 60, 10, "left") + column(320, 580, 60, 12, "right")
    pieces += [piece(40, 250, 360, "left caption 0"), piece(40, 250, 372, "left caption 1"),
               piece(40, 300, 384, "left after"), piece(320, 560, 372, "right caption")]
    order = reading(pieces)
    assert order.index("left after") < order.index("right 0")


def test_crossing_column_ranges_make_a_grid_per_band():
    two, three = [(40.0, 300.0), (320.0, 580.0)], [(40.0, 200.0), (215.0, 375.0),
                                                    (390.0, 580.0)]
    assert crossed(two + three, BODY)
    assert not crossed(three + [(42.0, 198.0)], BODY)
    # a range over two columns (a photo's caption across them) is none of a second grid
    assert not crossed(three + [(40.0, 377.0)], BODY)
    assert band_columns(two + three + [(41.0, 301.0)], BODY) == (
        (40.0, 200.0), (40.0, 301.0), (215.0, 375.0), (320.0, 580.0), (390.0, 580.0))


def test_a_block_takes_the_column_it_fills_or_spans_them():
    columns = ((40.0, 200.0), (40.0, 300.0), (215.0, 375.0))
    assert best_fit((40.0, 0.0, 298.0, 10.0), columns, [0, 1, 2]) == 1
    assert best_fit((40.0, 0.0, 199.0, 10.0), columns, [0, 1]) == 0
    assert best_fit((40.0, 0.0, 375.0, 10.0), columns, [0, 1, 2]) == -1


def test_a_paragraph_inside_its_own_column_is_column_text():
    page = PageFacts(width=620.0, height=880.0, body_size=BODY, body_cw=5.0, columns=5,
                     repeated=frozenset(), exact=True)
    inside = Facts(text="x", box=(40.0, 0.0, 300.0, 50.0), size=BODY, cw=5.0, bold=False,
                   lines=4, column=1, column_box=(40.0, 300.0))
    spanning = Facts(text="x", box=(40.0, 0.0, 580.0, 50.0), size=BODY, cw=5.0, bold=False,
                     lines=4, column=-1, column_box=(0.0, 620.0))
    assert in_own_column(inside, page)
    assert not in_own_column(spanning, page)
