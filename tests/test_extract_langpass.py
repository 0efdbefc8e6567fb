"""Planning the English second pass, and the skew estimate: pure functions on small inputs."""

from __future__ import annotations

import pytest
from extract_pdfs import VIETNAMESE, digital_pdf, page_images
from magpipe.extract.ocr.deskew import estimate_skew, straighten_box
from magpipe.extract.ocr.langpass import (
    GAP,
    doubtful,
    english_lines,
    garbled_caps,
    line_language,
    merge,
    plan_regions,
    unread,
)
from magpipe.extract.ocr.tesseract import OcrWord
from magpipe.text.credits import credit_end
from PIL import Image


def _line(text: str, line: int, block: int = 1, top: int = 0) -> list[OcrWord]:
    words, left = [], 10
    for token in text.split():
        words.append(OcrWord(token, left, top + line * 40, 20 * len(token), 30, 90.0, line,
                             block, 34))
        left += 20 * len(token) + 15
    return words


LINES = [
    ("Việt Nam và Trung Quốc tăng cường hợp tác", "vi"),
    ("The delegation of the province visited the border gate", "en"),
    ("Lang Son Province", "?"),
    ("PEOPLE’S COMMITTEE OF LANG SON AND THE EMBASSY", "en"),
    ("đồng chí Chủ tịch UBND tỉnh", "vi"),
    ("do to an in", "?"),      # Vietnamese words that look like English function words
    # names keep their marks in English text read with 'vie': no Vietnamese evidence
    ("Mr. Nguyễn Cảnh Toàn, Deputy Secretary of the", "en"),
    ("Đồng chí Nguyễn Cảnh Toàn, Chủ tịch UBND tỉnh", "vi"),
    # the English credit label says English, the name after it says nothing
    ("cember 2025. Photơ: TRÍ DŨNG", "en"),
    ("Photo: TRI DUNG", "en"),
    # ... and so does "Photo by", whose "by" 'vie' reads with a mark (beforeafter-3-scanned's
    # italic caption under a photo, read at start29 as Vietnamese and never with 'eng')
    ("Overviet 0f'the courtesy cdll Photo bý TRI DUYG", "en"),
    ("Overviett 0/`the meeting. Photo bv LA MAI", "en"),
    # ... even with no other English word read right before it
    ("Annuel traditonal festivals atraet large nưnbers öftourists to Lang Son. Photo bỹ BUI",
     "en"),
    # ... but not a Vietnamese caption credited in the English form
    ("Toàn cảnh buổi làm việc tại tỉnh. Photo: LA MAI", "vi"),
    # a Vietnamese caption's credit stays Vietnamese
    ("Toàn cảnh buổi tiếp. Ảnh - TRÍ DŨNG", "vi"),
]


@pytest.mark.parametrize(("text", "expected"), LINES, ids=[t for t, _ in LINES])
def test_line_language(text: str, expected: str) -> None:
    assert line_language(_line(text, 0)) == expected


def test_undecided_line_takes_its_block_neighbours_side() -> None:
    lines = [_line("The delegation of the province", 0, block=1),
             _line("Lang Son Province", 1, block=1),
             _line("Đoàn công tác của tỉnh Lạng Sơn", 2, block=2),
             _line("Hữu Nghị", 3, block=2)]
    assert english_lines(lines) == [True, True, False, False]


def test_second_reading_replaces_only_english_lines_in_page_coordinates() -> None:
    lines = [_line("Đoàn công tác của tỉnh", 0, top=100),
             _line("The delegation of the province", 1, top=100)]
    regions = plan_regions(lines, [False, True], 2000, 3000)
    assert len(regions) == 1 and regions[0].lines == (1,)
    region = regions[0]
    # The second pass saw the region at (GAP, offset) in the stacked image.
    second = tuple(OcrWord(w.text.upper(), w.left - region.box[0] + GAP,
                           w.top - region.box[1] + region.offset, w.width, w.height, 95.0, 0,
                           1, 34) for w in lines[1])
    merged = merge(lines, regions, second)
    assert [w.text for w in merged[:5]] == ["Đoàn", "công", "tác", "của", "tỉnh"]
    assert [w.text for w in merged[5:]] == ["THE", "DELEGATION", "OF", "THE", "PROVINCE"]
    assert [(w.left, w.top, w.line) for w in merged[5:]] == \
        [(w.left, w.top, w.line) for w in lines[1]]


def test_english_line_the_second_pass_missed_keeps_its_first_reading() -> None:
    lines = [_line("The delegation of the province", 0)]
    regions = plan_regions(lines, [True], 2000, 3000)
    assert [w.text for w in merge(lines, regions, ())] == [w.text for w in lines[0]]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    pdf = digital_pdf(tmp_path_factory.mktemp("skew") / "page.pdf", [[VIETNAMESE]])
    return page_images(pdf, dpi=150)[0]


@pytest.mark.parametrize("angle", [0.0, 0.6, -0.45, 1.7])
def test_estimate_skew_finds_the_turn_of_a_page(page: Image.Image, angle: float) -> None:
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert estimate_skew(turned) == pytest.approx(angle, abs=0.1)


def test_straighten_box_moves_a_box_back_onto_the_straight_page() -> None:
    # A point 1000 px right of the centre on a page turned 1 degree counter-clockwise
    # (y grows downwards) went up by ~17.5 px; straightening brings it back.
    turned = (1000 - 5, -17.45 - 5, 1000 + 5, -17.45 + 5)
    x0, top, x1, bottom = straighten_box(turned, 1.0, 0.0, 0.0)
    assert (x0 + x1) / 2 == pytest.approx(1000, abs=0.5)
    assert (top + bottom) / 2 == pytest.approx(0, abs=0.5)
    assert straighten_box((1, 2, 3, 4), 0.0, 0, 0) == (1, 2, 3, 4)


def test_only_doubtful_english_lines_are_read_again() -> None:
    sure = _line("The delegation of the province", 0)
    unsure = [w if i else OcrWord(w.text, w.left, w.top, w.width, w.height, 61.0, w.line,
                                  w.block, w.line_height) for i, w in enumerate(sure)]
    marked = _line("The delegatiơn of the province", 0)
    assert [doubtful(line) for line in (sure, unsure, marked)] == [False, True, True]


def test_cut_out_region_stops_short_of_the_lines_around_it() -> None:
    lines = [_line("Đoàn công tác của tỉnh", 0, top=100),
             _line("The delegation of the province", 1, top=100),
             _line("Đoàn công tác của tỉnh", 2, top=100)]
    (region,) = plan_regions(lines, [False, True, False], 2000, 3000)
    above_bottom = max(w.top + w.height for w in lines[0])
    below_top = min(w.top for w in lines[2])
    assert above_bottom < region.box[1] and region.box[3] < below_top


def _second(lines: list[list[OcrWord]], region, texts: list[str], conf: float = 95.0
            ) -> tuple[OcrWord, ...]:
    """The second pass's reading of ``region``: each line's words renamed, in stack
    coordinates (the region sits at (GAP, offset) in the stacked image)."""
    words = [w for j in region.lines for w in lines[j]]
    return tuple(OcrWord(text, w.left - region.box[0] + GAP, w.top - region.box[1] + region.offset,
                         w.width, w.height, conf, 0, 1, 34)
                 for text, w in zip(texts, words, strict=True))


def test_wrapped_end_of_an_english_credit_is_english() -> None:
    lines = [_line("Chairman of Guangxi. Photo: TRI", 0, block=1),
             _line("DŨNG", 1, block=2)]
    assert english_lines(lines) == [True, True]


def test_mixed_caption_line_keeps_the_vietnamese_reading_up_to_its_credit() -> None:
    lines = [_line("tháng 10/2025. Ảnh: KHỔNG NGHĨA/ The Lang Son", 0, top=100)]
    assert credit_end([w.text for w in lines[0]]) == 5
    (region,) = plan_regions(lines, [True], 2000, 3000)
    second = _second(lines, region, "thang 10/2025. Anh: KHONG NGHIA/ The Lang Son".split())
    merged = merge(lines, regions=[region], second=second)
    assert " ".join(w.text for w in merged) == "tháng 10/2025. Ảnh: KHỔNG NGHĨA/ The Lang Son"
    assert credit_end("The delegation of the province".split()) is None


def test_short_line_vie_could_not_read_keeps_the_surer_reading() -> None:
    first = [OcrWord("DŨNG", 10, 100, 80, 30, 5.0, 0, 1, 34)]
    lines = [first]
    assert unread(first) and not unread(_line("Đoàn công tác của tỉnh", 1))
    (region,) = plan_regions(lines, [True], 2000, 3000)
    surer = merge(lines, [region], _second(lines, region, ["DUNG"], conf=93.0), frozenset({0}))
    assert [w.text for w in surer] == ["DUNG"]
    worse = merge(lines, [region], _second(lines, region, ["DUN6"], conf=3.0), frozenset({0}))
    assert [w.text for w in worse] == ["DŨNG"]


def test_word_of_a_line_not_read_again_is_not_taken_twice() -> None:
    # the second line's box reached into the next line, so its cut-out caught "KIEN"
    tall = [OcrWord(t, left, 100, 60, 70, 80.0, 0, 1, 70)
            for t, left in (("June", 10), ("2025.", 90), ("Photo:", 500), ("MANH", 580))]
    kept = [OcrWord("KIEN", 10, 140, 60, 30, 96.0, 1, 1, 34)]
    lines = [tall, kept]
    (region,) = plan_regions(lines, [True, False], 2000, 3000)
    x0, top, x1, bottom = region.box
    assert x0 <= 10 and top <= 140 and 170 <= bottom     # the cut-out shows "KIEN" too
    second = tuple(OcrWord(w.text, w.left - x0 + GAP, w.top - top + region.offset, w.width,
                           w.height, 95.0, 0, 1, 34) for w in tall + kept)
    merged = merge(lines, [region], second)
    assert [w.text for w in merged] == ["June", "2025.", "Photo:", "MANH", "KIEN"]


def _read_at(text: str, line: int, conf: float, block: int = 1) -> list[OcrWord]:
    return [OcrWord(w.text, w.left, w.top, w.width, w.height, conf, w.line, w.block,
                    w.line_height) for w in _line(text, line, block)]


def test_a_garbled_english_title_in_capitals_takes_the_english_reading() -> None:
    # a bold italic English title 'vie' read as garbage, its last line showing no English
    # word even when read right: the two lines read again together tell the language
    lines = [_read_at("PROVTVCLAL DELEG.ATIOY VISIS LVD IVORKS LÝ THÊ", 0, 40.0),
             _read_at("LYPRLSSIW PROJLCT", 1, 45.0)]
    assert all(garbled_caps(line) for line in lines)
    (region,) = plan_regions(lines, [True, True], 2000, 3000)
    texts = "PROVINCIAL DELEGATION VISITS AND WORKS IN THE EXPRESSWAY PROJECT".split()
    merged = merge(lines, [region], _second(lines, region, texts, conf=88.0),
                   frozenset({0, 1}), english_only=True)
    assert " ".join(w.text for w in merged) == " ".join(texts)
    # read no surer, the first reading stays
    worse = merge(lines, [region], _second(lines, region, texts, conf=30.0),
                  frozenset({0, 1}), english_only=True)
    assert [w.text for w in worse] == [w.text for line in lines for w in line]


def test_a_vietnamese_title_in_capitals_read_badly_keeps_its_own_reading() -> None:
    lines = [_read_at("LÃNH ĐẠO UBXD TỈNH TIẾP VÀ LÀM VIỆC VỚI", 0, 50.0)]
    assert garbled_caps(lines[0])
    (region,) = plan_regions(lines, [True], 2000, 3000)
    texts = "LANH DAO UBND TINH TIEP VA LAM VIEC VOI".split()
    merged = merge(lines, [region], _second(lines, region, texts, conf=85.0), frozenset({0}),
                   english_only=True)
    assert [w.text for w in merged] == [w.text for w in lines[0]]


def test_lines_read_well_or_not_in_capitals_are_not_garbled_titles() -> None:
    assert not garbled_caps(_read_at("ĐOÀN ĐẠI BIỂU TỈNH THĂM, LÀM VIỆC TẠI KHU", 0, 84.0))
    assert not garbled_caps(_read_at("XS TS Si nỉ Và (1v Sử Mưa ng", 0, 15.0))
    assert not garbled_caps(_read_at("[TEINB", 0, 46.0))


def _covers_half_each_way(box: tuple[int, int, int, int], word: OcrWord) -> bool:
    left, top, width, height = box
    dx = min(left + width, word.left + word.width) - max(left, word.left)
    dy = min(top + height, word.top + word.height) - max(top, word.top)
    return dx > 0 and dy > 0 and dx * dy >= 0.5 * width * height \
        and dx * dy >= 0.5 * word.width * word.height


def test_a_word_read_again_is_caught_where_it_covers_half_of_a_kept_word_each_way() -> None:
    import random

    from magpipe.extract.ocr.langpass import _Boxes
    pick = random.Random(36)
    kept = [OcrWord("w", pick.randrange(0, 400), pick.randrange(0, 400), pick.randrange(1, 80),
                    pick.randrange(1, 40), 90.0, 0, 1, 30) for _ in range(60)]
    boxes = _Boxes(kept)
    # (a 40 x 20 word: a box over its left half exactly is caught, a pixel narrower not; a
    # box holding it whole but more than twice its size is not)
    half = _Boxes([OcrWord("h", 100, 100, 40, 20, 90.0, 0, 1, 20)])
    assert half.any_same_place((100, 100, 20, 20)) is True
    assert half.any_same_place((100, 95, 20, 30)) is True
    assert half.any_same_place((100, 100, 19, 20)) is False
    assert half.any_same_place((100, 60, 40, 100)) is False
    assert _Boxes([]).any_same_place((0, 0, 10, 10)) is False
    for _ in range(3000):
        box = (pick.randrange(0, 400), pick.randrange(0, 400), pick.randrange(1, 80),
               pick.randrange(1, 40))
        assert boxes.any_same_place(box) == any(_covers_half_each_way(box, w) for w in kept)
