"""Bilingual lists and caption keys (``magpipe.split.twin_lists``) on a magazine's cover and
inside cover: pages of ``cover`` benchmark documents saved by ``tools/cover_test_data.py`` in
``tests/data/layouts-cover/``, and lines written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.layout import Para
from magpipe.split.pieces import Line
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.twin_lists import bilingual_lists, key_lines, list_lang, twin_list_cuts

DATA = Path(__file__).parent / "data" / "layouts-cover"


@pytest.fixture(scope="module", params=["cover-digital", "cover-tail", "cover-scanned"])
def saved(request):
    artifact = RepairArtifact.load(DATA / f"{request.param}.repair.json")
    truth = json.loads((DATA / f"{request.param}.truth.json").read_text(encoding="utf-8"))
    return request.param, artifact, truth, split(artifact, Config())


def _blocks(result):
    return [b for page in result.pages for b in page.blocks]


def test_an_imprints_items_are_kept_out_of_the_articles(saved) -> None:
    _, _, truth, result = saved
    imprint = [t["text"] for page in truth["pages"] for t in page["blocks"]
               if t["role"] == "header" and ":" in t["text"]]
    assert imprint
    for block in _blocks(result):
        if any(text.split(":")[0] in block.text for text in imprint):
            assert block.role in FURNITURE_ROLES, block.text


def test_an_imprints_twin_items_are_blocks_of_their_own_language() -> None:
    result = split(RepairArtifact.load(DATA / "cover-digital.repair.json"), Config())
    blocks = _blocks(result)
    publisher = [b for b in blocks if "Publisher" in b.text]
    assert len(publisher) == 1 and publisher[0].lang == "en"
    assert "Chịu trách nhiệm" not in publisher[0].text


def test_a_key_line_over_a_caption_is_its_label_apart_from_the_credit_above() -> None:
    result = split(RepairArtifact.load(DATA / "cover-digital.repair.json"), Config())
    blocks = _blocks(result)
    keys = [b for b in blocks if b.text in ("ẢNH BÌA:", "COVER:")]
    assert [b.role for b in keys] == [Role.LABEL, Role.LABEL]
    assert any(b.role == Role.CREDIT and b.text == "Ảnh: TRÍ DŨNG" for b in blocks)


def test_the_cover_photos_caption_is_read_whole_with_its_credits() -> None:
    truth = json.loads((DATA / "cover-digital.truth.json").read_text(encoding="utf-8"))
    wanted = truth["articles"][0]["captions"][0]
    aligned = align(split(RepairArtifact.load(DATA / "cover-digital.repair.json"), Config()),
                    Config())
    caps = [c for a in aligned.articles for c in a.captions]
    assert any(c.vi == wanted["vi"] and c.en == wanted["en"] and c.credit == wanted["credit"]
               and c.credit_en == wanted["credit_en"] for c in caps), caps


def test_an_imprint_ocr_read_between_the_contents_lines_stays_out_of_the_entries() -> None:
    aligned = align(split(RepairArtifact.load(DATA / "cover-scanned.repair.json"), Config()),
                    Config())
    texts = [p.vi or "" for a in aligned.articles for p in a.paragraphs]
    assert not any("Chịu trách nhiệm" in t or "Tổng biên tập" in t for t in texts)
    contents = [a for a in aligned.articles if a.kind == "contents"]
    assert contents and contents[0].paragraphs[0].vi.startswith("3 ")


@pytest.mark.parametrize(("text", "lang"), [
    ("EDITORIAL BOARD", "en"), ("Publisher: Hoang Minh Tuấn", "en"),
    ("Editor-in-chief: Lương Thị Thu Hà", "en"), ("Thư ký tòa soạn: Nông Văn Bình", "vi"),
    ("TP. Lạng Sơn", "vi"), ("City", "en")])
def test_a_list_items_language_is_its_labels_or_its_words(text: str, lang: str) -> None:
    assert list_lang(text) == lang


def test_lines_switching_language_item_by_item_are_cut_at_each_switch() -> None:
    lines = ["Tổng biên tập: Lương Thị Thu Hà", "Editor-in-chief: Luong Thi Thu Ha",
             "Giấy phép xuất bản số 86/GP-STTTT cấp ngày", "14/3/2025",
             "Publication licence No. 86/GP-STTTT of 14 March 2025",
             "In tại Công ty In Lạng Sơn.", "Printed by Lang Son Printing Company."]
    assert twin_list_cuts(lines) == [1, 2, 4, 5, 6]


def test_a_title_whose_second_line_is_names_is_not_cut() -> None:
    assert twin_list_cuts(["LÃNH ĐẠO UBND TỈNH TIẾP VÀ LÀM VIỆC VỚI LÃNH SỰ TẠI",
                           "RIO DE JANEIRO, BRAZIL"]) == []


def test_a_paragraph_set_over_its_twin_is_no_list() -> None:
    lines = ["Chiều ngày 11/11/2025, tại trụ sở UBND tỉnh, ông Đinh Hữu Học",
             "chủ trì buổi đón tiếp và làm việc với bà Marcelle Torres.",
             "On the afternoon of November 11, 2025, at the headquarters",
             "of the Provincial People's Committee, Mr. Dinh Huu Hoc chaired"]
    assert twin_list_cuts(lines) == []


def _para(*lines: tuple[str, bool]) -> Para:
    made = tuple(Line(words=(), box=(0.0, 12.0 * k, 200.0, 12.0 * k + 10), size=10.0,
                      bold=bold, text=text, base=12.0 * k + 9) for k, (text, bold) in
                 enumerate(lines))
    return Para(lines=made, box=(0.0, 0.0, 200.0, 12.0 * len(made)), region=0)


def test_a_paragraphs_last_line_ending_in_a_colon_stays_with_it() -> None:
    para = _para(("Hội nghị đã thống nhất thông qua các", False), ("nội dung sau:", False))
    assert key_lines(para) == [para]


def test_a_key_in_capitals_under_a_credit_is_set_apart() -> None:
    para = _para(("Ảnh: TRÍ DŨNG", False), ("COVER:", True))
    assert [[ln.text for ln in p.lines] for p in key_lines(para)] == [["Ảnh: TRÍ DŨNG"],
                                                                       ["COVER:"]]


def _item(text: str, top: float) -> Facts:
    return Facts(text=text, box=(50.0, top, 450.0, top + 8.0), size=8.0, cw=4.0, bold=False,
                 lines=1, column=0, column_box=(50.0, 550.0), line_texts=(text,))


_PAGE = PageFacts(width=600.0, height=800.0, body_size=9.0, body_cw=4.5, columns=1, exact=True,
                  repeated=frozenset())


def test_captions_closing_in_a_credit_without_a_colon_are_no_list_items() -> None:
    """A photo's two captions set one language under the other, each closing in a credit
    printed without a colon (``Ảnh - LA MAI``, ``Photo by LA MAI``), switch language as a
    list of twin items does; they stay captions. The same stack of an imprint's twin items
    is a list (furniture)."""
    captions = [_item("Toàn cảnh buổi làm việc của đoàn. Ảnh - LA MAI", 600.0),
                _item("Overview of the delegation's meeting. Photo by LA MAI", 610.0),
                _item("(Ảnh nhỏ) Ông Đoàn Thanh Sơn tặng quà lưu niệm. Ảnh - TRÍ DŨNG", 620.0),
                _item("(Inset) Mr. Doan Thanh Son presents souvenirs. Photo by TRI DUNG", 630.0)]
    roles = [Role.CAPTION] * 4
    assert bilingual_lists(roles, captions, _PAGE) == roles
    imprint = [_item("Chịu trách nhiệm xuất bản: Hoàng Minh Tuấn", 600.0),
               _item("Publisher: Hoang Minh Tuan", 610.0),
               _item("Tổng biên tập: Nguyễn Thị Hương", 620.0),
               _item("Editor-in-chief: Nguyen Thi Huong", 630.0)]
    assert bilingual_lists(roles, imprint, _PAGE) == [Role.HEADER] * 4
