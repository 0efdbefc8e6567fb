"""Language of blocks and the cutting of mixed captions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.split.langid import classify, evidence, fill_unknown, language_cuts, plain_lang
from magpipe.text.credits import split_caption

CASES = json.loads((Path(__file__).parent / "data" / "split_lang_cases.json").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_classify_labels_block_language(case):
    assert classify(case["text"])[0] == case["expected"]


def test_evidence_separates_damaged_vietnamese_from_english():
    damaged = evidence("Lanh dao Van phong Tinh uy, Van phong UBND tinh, Lanh dao mot so so")
    english = evidence("leaders of provincial departments, agencies, and communes and wards")
    assert damaged.syllables > 0.85 > english.syllables
    assert english.stopwords > 0.1 > damaged.stopwords


def test_classify_is_deterministic():
    text = "Hoang Van Nghiem Trung Quoc ASEAN CAEXPO Quang Tay 2025"
    assert len({classify(text) for _ in range(5)}) == 1


def test_fill_unknown_takes_the_nearest_neighbour_or_the_preference():
    assert fill_unknown(["vi", "und", "und", "en"]) == ["vi", "vi", "en", "en"]
    assert fill_unknown(["en", "und"], prefer=[None, "vi"]) == ["en", "vi"]
    assert fill_unknown(["und"]) == ["und"]


def _cut(text: str) -> tuple[str | None, str | None, str | None]:
    tokens = text.split()
    parts = split_caption(tokens)
    assert parts is not None
    return tuple(" ".join(tokens[r[0]:r[1]]) if r else None
                 for r in (parts.vi, parts.credit, parts.en))


def test_split_caption_cuts_at_the_credit():
    text = ("Đồng chí Đoàn Thanh Sơn phát biểu tại buổi Lễ. Ảnh: TRÍ DŨNG/ Mr. Doan Thanh Son "
            "delivers remarks at the ceremony. Photo: TRI DUNG")
    assert _cut(text) == ("Đồng chí Đoàn Thanh Sơn phát biểu tại buổi Lễ.", "Ảnh: TRÍ DŨNG/",
                          "Mr. Doan Thanh Son delivers remarks at the ceremony. Photo: TRI DUNG")


def test_split_caption_carries_text_glued_after_the_slash_to_the_english_half():
    tokens = "Trưởng đoàn - Lạng Sơn. Ảnh: KHÁNH LY/Ms. Tran Thanh Nhan, Vice".split()
    parts = split_caption(tokens)
    assert parts.credit == (5, 8) and parts.en == (8, 12) and parts.carry == "Ms."


def test_split_caption_handles_collected_photos_and_damaged_ocr():
    assert _cut("Toàn cảnh hội nghị. Ảnh sưu tầm/ Overview. Collected photo")[1] == "Ảnh sưu tầm/"
    assert _cut("Toan canh budi lam viéc. Anh: MAI LINH/ Overview of the meeting.")[1] == \
        "Anh: MAI LINH/"


def test_split_caption_ignores_the_word_anh_in_running_text():
    assert split_caption("sự ảnh hưởng của du lịch".split()) is None


def test_language_cuts_split_a_vietnamese_title_stacked_on_its_english_twin():
    lines = ["Bi THU TINH UY LANG SON TIEP VA LAM VIEC VG1 TAP",
             "DOAN XAY DUNG THAI BINH DUGNG, TRUNG QUGC",
             "THE SECRETARY OF LANG SON PROVINCIAL PARTY",
             "COMMITTEE MEETS WITH PACIFIC CONSTRUCTION GROUP, CHINA"]
    assert language_cuts(lines) == [2]


def test_language_cuts_leave_a_one_language_paragraph_whole():
    lines = ["Dự án đầu tư tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng theo",
             "hình thức BOT là một trong 234 công trình, dự án trên cả nước",
             "(19/12/1946 - 19/12/2025)."]
    assert language_cuts(lines) == []


def test_two_words_one_of_which_no_vietnamese_syllable_is_english() -> None:
    # a programme grid's English cell under its Vietnamese twin (``Sân khấu chính`` /
    # ``Main stage``, OCR's ``Moin stage``), a statistics label: one word reads as a
    # syllable, the other cannot be one, and Vietnamese, even unmarked, is syllables only
    for text in ("Main stage", "Moin stage", "Re-exports"):
        assert classify(text)[0] == "en", text
    # two syllables without marks stay unknown: a name, or Vietnamese that lost its marks;
    # so does OCR junk beside a syllable (``eee`` is no word)
    for text in ("Lang Son", "Hoang Nam", "Ti eee"):
        assert classify(text)[0] == "und", text


def test_an_unmarked_title_line_of_vietnamese_names_is_no_plain_vietnamese():
    """An English title under its Vietnamese twin, one of its lines all names of Vietnam
    spelled unmarked (front-page at seed 5000): the line is no plain Vietnamese, and the block
    is cut where the English starts."""
    lines = ["LỄ THÔNG TUYẾN DỰ ÁN CAO", "TỐC CỬA KHẨU HỮU NGHỊ - CHI", "LĂNG",
             "TECHNICAL TRAFFIC OPENING OF THE", "HUU NGHI BORDER GATE CHI LANG",
             "EXPRESSWAY PROJECT"]
    assert plain_lang("HUU NGHI BORDER GATE CHI LANG") == "und"
    assert plain_lang("TỐC CỬA KHẨU HỮU NGHỊ - CHI") == "vi"
    assert language_cuts(lines) == [3]


@pytest.mark.parametrize(("text", "lang"), [
    ("Triệu Quốc Hải, 61, farmer, Chi Lang ward", "en"),
    ("Hoàng Đức Thắng, 38, tour guide, Tam Thanh ward", "en"),
    ("Ông Triệu Quốc Hải, 61 tuổi, nông dân, phường Chi Lăng", "vi"),
    ("Triệu Quốc Hải, Hoàng Đức Thắng", "vi"),           # names alone: no words to tell by
    ("Anh Hoàng Đức Thắng, 38 tuổi, km 12", "vi")])
def test_english_naming_people_with_their_marks_is_english(text: str, lang: str) -> None:
    """English whose names bear Vietnamese marks (a caption's twin whose names repair gave
    marks): its words in small letters are English words bearing no mark."""
    assert classify(text)[0] == lang
