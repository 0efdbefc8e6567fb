"""A photo whose foot is cut on a straight slant, the text under it set in a shaped frame
(``split.slanted_feet``): on small synthetic text-layer pages, a photo across the text width
whose box reaches down to the slant's deep corner, the lines of both languages' columns under
it as long as the edge above them allows."""

from __future__ import annotations

import pytest
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import DocumentInfo, Drawing, DrawingKind, ExtractArtifact, Page, Word
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.layout import analyse
from magpipe.split.pieces import body_size_of, build_pieces
from magpipe.split.slanted_feet import shaped_lines, slant_of, slanted_feet

W, H = 595.0, 842.0
SIZE, PITCH = 9.0, 12.0
LEFT, RIGHT, GUTTER = 40.0, 555.0, 15.0
PHOTO = (LEFT, 150.0, RIGHT, 372.0)
SHALLOW = 290.0          # the slant's height at its shallow side (the deep side: PHOTO's foot)
UNDER = 8.0              # a line's top stands this far under the edge over its far end
SHORTEST = 36.0          # a line shorter than this is left out
VI = ("Đồng chí Hoàng Quốc Khánh Bí thư Tỉnh ủy tiếp và làm việc với Đoàn công tác của tỉnh "
      "Quảng Tây Trung Quốc tại trụ sở Ủy ban nhân dân tỉnh Lạng Sơn trong chuyến thăm").split()
EN = ("Mr Hoang Quoc Khanh Secretary of the Provincial Party Committee received and worked "
      "with the delegation of Guangxi China at the headquarters of the Provincial People's "
      "Committee during the visit").split()


def _edge(x: float, deep_right: bool) -> float:
    """The slanted foot's height over ``x``."""
    share = (x - LEFT) / (RIGHT - LEFT)
    return SHALLOW + (PHOTO[3] - SHALLOW) * (share if deep_right else 1 - share)


def _line(source: list[str], start: int, x0: float, x1: float, top: float
          ) -> tuple[list[Word], int]:
    """Words of ``source`` from ``start`` set from ``x0`` while they fit before ``x1``."""
    words, x, k = [], x0, start
    while True:
        text = source[k % len(source)]
        w = 0.5 * SIZE * len(text)
        if words and x + w > x1:
            return words, k
        words.append(Word(text=text, box=(x, top, x + w, top + SIZE), size=SIZE))
        x += w + 0.3 * SIZE
        k += 1


def _shaped(deep_right: bool, rows: int = 30) -> list[Word]:
    """Two columns (Vietnamese left, English right) under the photo, each line as long as
    the slant above it allows: a line ends along it (deep side right) or starts along it."""
    middle = (LEFT + RIGHT) / 2
    columns = ((LEFT, middle - GUTTER / 2, VI), (middle + GUTTER / 2, RIGHT, EN))
    words: list[Word] = []
    for x0, x1, source in columns:
        k = 0
        for row in range(rows):
            top = SHALLOW + UNDER + row * PITCH
            # the far end the edge allows: the edge UNDER points over it at most
            xs = [x0 + i for i in range(int(x1 - x0) + 1)]
            room = [x for x in xs if _edge(x, deep_right) + UNDER <= top + 0.01]
            if not room:
                continue
            lo, hi = (x0, max(room)) if deep_right else (min(room), x1)
            if hi - lo < SHORTEST:
                continue
            line, k = _line(source, k, lo, hi, top)
            words += line
    return words


def _page(words: list[Word], photos: tuple = (PHOTO,), drawings: tuple = ()) -> Page:
    return Page(number=1, width=W, height=H, source="text-layer", reason="test",
                words=tuple(words), images=photos, drawings=drawings)


def _painted_out() -> Drawing:
    """The part of the picture under the slant painted out in white."""
    return Drawing(kind=DrawingKind.FILL, box=(LEFT - 1, SHALLOW - 1, RIGHT + 1, PHOTO[3] + 1),
                   shade=1.0)


def _title() -> list[Word]:
    line, _ = _line("LỄ THÔNG TUYẾN CAO TỐC HỮU NGHỊ CHI LĂNG".split(), 0, LEFT, RIGHT, 80.0)
    return [Word(text=w.text, box=(w.box[0] * 1.0, 80.0, w.box[0] + 2 * (w.box[2] - w.box[0]),
                                   98.0), size=18.0, bold=True) for w in line[:5]]


@pytest.mark.parametrize("deep_right", [True, False])
def test_text_outlining_a_slanted_foot_is_found_falling_to_the_deep_side(deep_right: bool) -> None:
    words = _shaped(deep_right)
    body = body_size_of(words)
    edge = slant_of(PHOTO, build_pieces(tuple(words), body), body)
    assert edge is not None and edge.right is deep_right


@pytest.mark.parametrize("deep_right", [True, False])
def test_a_photo_cut_on_the_slant_ends_above_the_text_under_it(deep_right: bool) -> None:
    words = _shaped(deep_right)
    page = slanted_feet(_page(words, drawings=(_painted_out(),)))
    (photo,) = page.images
    assert photo[:3] == PHOTO[:3]
    assert SHALLOW - SIZE < photo[3] < min(w.box[1] for w in words)
    assert page.drawings == ()              # the painted-out part goes with the part cut away


def test_a_caption_band_across_a_photos_foot_is_no_slant() -> None:
    # two caption lines inside the photo's foot, the columns set under its box: level rows
    caption = []
    for row in range(2):
        line, _ = _line(EN, 3 * row, LEFT + 10, RIGHT - 10, PHOTO[3] - 30 + row * PITCH)
        caption += line
    text = caption + [Word(text=w.text, box=(w.box[0], w.box[1] + 120, w.box[2], w.box[3] + 120),
                           size=SIZE) for w in _shaped(True)]
    page = _page(text)
    assert slanted_feet(page) == page


def test_a_level_foot_with_columns_printed_over_it_is_no_slant() -> None:
    # every column starts at one height inside the box: no edge falls across it
    words = [w for w in _shaped(True) if w.box[1] >= PHOTO[3] - 3 * PITCH]
    page = _page(words)
    assert slanted_feet(page) == page


def test_lines_starting_along_the_slant_are_measured_from_their_columns_edge() -> None:
    words = tuple(_shaped(False))
    body = body_size_of(words)
    page = slanted_feet(_page(list(words)))
    pieces = build_pieces(words, body)
    measured = shaped_lines(pieces, page.images, body)
    middle = (LEFT + RIGHT) / 2
    first = min((p for p in measured if p.box[0] > middle), key=lambda p: p.box[1])
    assert first.box[0] == pytest.approx(middle + GUTTER / 2, abs=1.0)
    # the words themselves do not move
    assert [p.words for p in measured] == [p.words for p in pieces]
    # the geometry reads each column as one paragraph from its first shaped line on (read
    # as it stands, the English column's first line, short and flush right, is cut off)
    geo = analyse(words, H, photos=page.images)
    assert len(geo.paras) == 2


@pytest.mark.parametrize("deep_right", [True, False])
def test_the_shaped_frames_text_is_each_languages_body_column(deep_right: bool) -> None:
    words = _shaped(deep_right)
    doc = DocumentInfo(path="t.pdf", name="t", sha256="0", page_count=1)
    page = _page(_title() + words, drawings=(_painted_out(),))
    layout = split(ExtractArtifact(doc=doc, pages=(page,)), Config()).pages[0]
    text = [b for b in layout.blocks if b.role != Role.TITLE]
    assert {b.role for b in text} == {Role.BODY}
    middle = (LEFT + RIGHT) / 2
    for b in text:
        assert b.lang == (Lang.VI if b.box[2] < middle else Lang.EN)
    # one paragraph a column: its shaped lines joined to the lines under them
    assert len(text) == 2
