"""A city newsletter's street voices (the ``voxpop`` layout family): small portraits captioned
by the speaker's name, age and trade with no credit, under the portrait or in white on a dark
strip over its foot, the Vietnamese over the English; the speakers' words beside or under
them. Split and align from saved pages (``tests/data/layouts-voxpop/``, made by
``tools/voxpop_test_data.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.caption_names import english_twin, twin_cut, twin_first

DATA = Path(__file__).parent / "data" / "layouts-voxpop"


def _split(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return truth, split(artifact, Config())


@pytest.fixture(scope="module")
def grid_under():
    return _split("grid-under")


@pytest.fixture(scope="module")
def rows_overlay():
    return _split("rows-overlay")


@pytest.fixture(scope="module")
def rows_overlay_line():
    return _split("rows-overlay-line")


def _captions(result) -> list[tuple[str, str]]:
    return [(b.lang, b.text) for p in result.pages for b in p.blocks if b.role == Role.CAPTION]


def _printed(truth, page: int = 1) -> list[tuple[str, str]]:
    """The truth's captions of the articles printed on ``page``, a block a language."""
    return [(lang, c[lang]) for a in truth["articles"] if a["pages"][0] == page
            for c in a["captions"] for lang in (Lang.VI, Lang.EN)]


def test_an_english_caption_naming_the_same_people_is_cut_from_the_vietnamese_over_it(
        grid_under) -> None:
    # each caption under its portrait, the English right under the Vietnamese with no gap
    truth, result = grid_under
    assert _captions(result) == [(Lang.VI, "Ông Vũ Văn Dũng, 70 tuổi, cán bộ hưu trí, xã Mai Pha"),
                                 (Lang.EN, "Vu Van Dung, 70, retired official, Mai Pha commune"),
                                 (Lang.VI, "Anh Bùi Đức Dũng, 46 tuổi, nông dân, huyện Cao Lộc"),
                                 (Lang.EN, "Bui Duc Dung, 46, farmer, Cao Loc district")]
    score = align_score(align(result, Config()), truth)
    assert score.captions_exact == score.captions == 2


def test_captions_on_a_strip_over_the_portraits_foot_are_whole_captions_with_their_bold_names(
        rows_overlay) -> None:
    # white on a dark strip: each caption's first line opens with the name in bold
    truth, result = rows_overlay
    assert _captions(result) == _printed(truth)
    aligned = align(result, Config())
    score = align_score(aligned, truth)
    assert score.captions_exact == score.captions == 3
    # each voice's words are one paragraph link, no caption line among them
    assert score.links_right == score.links_output == score.links_truth


def test_a_caption_of_one_line_on_a_strip_is_no_text_the_next_page_runs_on_from(
        rows_overlay_line) -> None:
    truth, result = rows_overlay_line
    blocks = [b for p in result.pages for b in p.blocks]
    line = [b for b in blocks if b.text == "Vu Thi Thuy, 64, retired official"]
    assert [(b.role, b.lang) for b in line] == [(Role.CAPTION, Lang.EN)]
    captions = {b.id for b in blocks if b.role == Role.CAPTION}
    assert not [b for b in blocks if b.continued_from in captions]
    assert _captions(result)[:4] == _printed(truth)[:4]


def test_an_english_twin_repeats_the_names_and_adds_unmarked_english_words() -> None:
    vi = "Chị Hà Thanh Nga, 25 tuổi, lái xe taxi, phường Tam Thanh"
    assert english_twin(vi, "Ha Thanh Nga, 25, taxi driver, Tam Thanh ward")
    # repair gave the names their marks: the words the Vietnamese does not hold tell
    assert english_twin("Ông Hoàng Đức Hùng, 53 tuổi, nông dân", "Hoàng Đức Hùng, 53, farmer")
    # the Vietnamese caption's own words, or a sentence naming no one of it
    assert not english_twin(vi, "phường Tam Thanh, lái xe taxi")
    assert not english_twin(vi, "Traffic in the city centre at rush hour")


def test_an_english_word_ocr_gave_a_mark_still_tells_the_english_twin() -> None:
    # voxpop-1 scanned (seed 1600): ``restaurant`` read ``resíaurant``, which no Vietnamese
    # syllable is; the two captions read as one block are cut where the English opens
    lines = ["Chị Lê Thanh Yến, 43 tuổi,", "chủ nhà hàng, phường Chi", "Lăng",
             "Lê Thanh Yên, 43, resíaurant", "owner, Chỉ Lang ward"]
    assert twin_cut(lines) == 3
    # a marked word that is a Vietnamese syllable is the Vietnamese caption's own
    assert not english_twin("Chị Lê Thanh Yến, 43 tuổi, chủ nhà hàng",
                            "Lê Thanh Yến, 43 tuổi, chủ quán ăn, owner")


def test_a_caption_is_cut_where_its_english_twin_opens_on_a_name_it_repeats() -> None:
    lines = ["Ông Vũ Văn Dũng, 70 tuổi, cán bộ hưu trí, xã Mai", "Pha",
             "Vu Van Dung, 70, retired official, Mai", "Pha commune"]
    assert twin_cut(lines) == 2
    assert twin_cut(lines[:2]) is None


def test_an_english_caption_is_never_cut_as_the_twin_of_its_own_first_lines() -> None:
    # a group photo's caption naming people row by row, all in English
    lines = ["Delegates take a group photo. Front row, from left: Mr Pham Van Hung,",
             "Secretary of the District Party Committee; back row:",
             "Mr Tanaka Hiroshi, Chief Representative of JICA in Viet Nam; Mr Nong Minh Dung"]
    assert twin_cut(lines) is None


def test_a_caption_is_cut_before_its_english_twin_s_name_read_as_vietnamese() -> None:
    # voxpop-1 scanned (seed 4700): repair gave the English caption's name its marks, so the
    # lines switch language only after it; the cut moves back to where the twin opens
    lines = ["Ông Nguyễn Đức Tuấn,", "60 tuổi, chủ nhà hàng,", "phường Hoàng Văn Thủ",
             "Nguyễn Đức Tuấn, 60,", "res(aurant owner, Hoang", "Van Thu ward"]
    assert twin_first([4], lines) == [3]
    # lines between that are more than a name keep the language cut
    assert twin_first([5], lines) == [5]
    assert twin_first([], lines) == []
    # a credit's name wrapped onto a line of its own is the Vietnamese caption's end
    # (overhead-1 born-digital, seed 1600: ``DŨNG`` repeats ``dụng`` of the caption)
    credit = ["Đại biểu chứng kiến hoạt động thông xe", "chở hàng hóa xuất nhập khẩu qua",
              "đường chuyên dụng vận chuyển hàng", "hóa khu vực mốc 1119 - 1120. Ảnh - TRÍ",
              "DŨNG", "Delegates witness the operation of vehicles",
              "transporting import and export goods", "through the specialized commodity",
              "transport route in the area of border", "markers 1119 - 1120. (Photo: TRI DUNG)"]
    assert twin_cut(credit) == 4
    assert twin_first([5], credit) == [5]
