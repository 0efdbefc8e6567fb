"""Photos numbered in a disc printed on them, their captions set apart as a numbered key (the
``keyed`` layout family): split and align from saved pages (``tests/data/layouts-keyed/``,
made by ``tools/keyed_test_data.py``), and the cutting of a key run on its own."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.key_order import bare_key, keyed_halves
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.key_entries import key_entries, line_keys
from magpipe.split.langid import language_cuts
from magpipe.split.layout import Para
from magpipe.split.pieces import Line

DATA = Path(__file__).parent / "data" / "layouts-keyed"


def _run(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    return artifact, truth, result, align_score(align(result, Config()), truth, fuzzy=True)


@pytest.mark.parametrize("name", ["paired", "halves"])
def test_a_key_read_as_one_paragraph_becomes_one_caption_block_per_entry(name: str) -> None:
    artifact, truth, result, _ = _run(name)
    captions = [b for p in result.pages for b in p.blocks if b.role == Role.CAPTION]
    assert len(captions) >= 6                         # three photos, two languages
    words = artifact.pages[0].words
    for block in captions:         # no block holds a second entry's key on one of its lines
        lines: dict[int, list[str]] = {}
        for i in block.words:
            lines.setdefault(words[i].line, []).append(words[i].text)
        assert len([k for k in line_keys([" ".join(t) for t in lines.values()]) if k]) <= 1
        assert " 2 – " not in block.text and " 3 – " not in block.text
    s = split_score(result, artifact.pages, truth)
    assert s.lang_correct / s.lang_chars > 0.99       # each entry on its language's side


@pytest.mark.parametrize("name", ["paired", "halves", "beside"])
def test_each_numbered_entry_is_its_photos_caption_with_its_own_credit(name: str) -> None:
    _, truth, _, score = _run(name)
    assert score.captions == 3
    assert score.captions_exact == 3                  # text, key off, and each its own credit


def test_english_entries_ocr_read_as_one_body_block_are_captions() -> None:
    artifact, truth, result, score = _run("scanned-body")
    english = [b for p in result.pages for b in p.blocks if "Mr.Doan" in b.text]
    assert english and all(b.role == Role.CAPTION and b.lang == Lang.EN for b in english)
    s = split_score(result, artifact.pages, truth)
    assert s.role_correct / s.role_chars > 0.95
    assert score.captions_right == score.captions == 4


def test_an_english_title_line_with_a_stray_ocr_mark_leaves_the_vietnamese_title() -> None:
    _, _, result, score = _run("scanned-title")
    titles = [b for b in result.pages[0].blocks if b.role == Role.TITLE]
    vi = [b for b in titles if b.lang == Lang.VI]
    assert vi and not any("PROVINCIAL" in b.text for b in vi)
    assert any(b.lang == Lang.EN and "PROVINCIAL" in b.text for b in titles)
    assert score.paired_right == score.articles == 1


def _para(texts: list[str]) -> Para:
    lines = tuple(Line(words=(k,), box=(0.0, 12.0 * k, 200.0, 12.0 * k + 10), size=9.0,
                       bold=False, text=t, base=12.0 * k + 10) for k, t in enumerate(texts))
    return Para(lines=lines, box=(0.0, 0.0, 200.0, 12.0 * len(texts) - 2), region=4)


def test_a_paragraph_is_cut_before_each_line_opening_with_a_key() -> None:
    para = _para(["1. Overview of the meeting. Photo by", "TRI DUNG",
                  "(2) Đoàn đại biểu tỉnh thăm Hiệp hội.", "Ảnh: VŨ GIANG",
                  "3 – Mr. Le Hoai Trung delivers remarks."])
    pieces = key_entries(para)
    assert [[ln.text for ln in p.lines] for p in pieces] == [
        ["1. Overview of the meeting. Photo by", "TRI DUNG"],
        ["(2) Đoàn đại biểu tỉnh thăm Hiệp hội.", "Ảnh: VŨ GIANG"],
        ["3 – Mr. Le Hoai Trung delivers remarks."]]
    assert pieces[1].box == (0.0, 24.0, 200.0, 46.0) and {p.region for p in pieces} == {4}


def test_one_caption_whose_line_opens_with_a_number_is_left_whole() -> None:
    one = _para(["1 – Delegates witness vehicles in the area of border markers",
                 "1119 - 1120 at the smart border gate."])
    assert key_entries(one) == [one]
    numbered_once = _para(["Lễ Khánh thành công trình đường chuyên dụng khu vực mốc",
                           "12 - Tháng 11/2025."])
    assert key_entries(numbered_once) == [numbered_once]


def test_a_capitals_line_with_one_ocr_mark_still_switches_the_language() -> None:
    lines = ["ĐOÀN ĐẠI BIỂU TỈNH THĂM, LÀM VIỆC TẠI KHU TỰ TRỊ DÂN TỘC CHOANG",
             "QUẢNG TÂY VÀ MỘT SỐ ĐỊA PHƯƠNG CỦA TRUNG QUỐC",
             "PROVINCIAL DELEGATION VISITS AND WORKS IN THẺ GUANGXI ZH UANG AUTONOMOUS"]
    assert language_cuts(lines) == [2]


def test_keys_ocr_misread_pair_the_captions_by_their_order() -> None:
    # ``1 -`` read ``4 -`` in English, ``4 –`` read ``4`` in Vietnamese: the captions still
    # come out without their keys, each with its twin
    _, _, result, score = _run("scanned-body")
    captions = [c for a in align(result, Config()).articles for c in a.captions]
    assert len(captions) == 4 and all(c.vi and c.en for c in captions)
    assert not any(c.vi[0].isdigit() or c.en[0].isdigit() for c in captions)
    assert score.captions_exact >= 2


@dataclass
class _Keyed:
    key: str | None
    text: str


def test_captions_pair_by_key_and_by_order_only_when_the_keys_disagree() -> None:
    vi = [_Keyed("2", "hai"), _Keyed("1", "một")]
    en = [_Keyed("1", "one"), _Keyed("2", "two")]
    halves = keyed_halves({Lang.VI: vi, Lang.EN: en})
    assert halves is not None and halves[Lang.VI]["1"].text == "một"
    assert halves[Lang.EN]["1"].text == "one"
    misread = [_Keyed("4", "one"), _Keyed("2", "two"), _Keyed("4", "four")]
    ordered = [_Keyed("1", "một"), _Keyed("2", "hai"), _Keyed("4", "bốn")]
    halves = keyed_halves({Lang.VI: ordered, Lang.EN: misread})
    assert halves is not None
    assert [(halves[Lang.VI][k].text, halves[Lang.EN][k].text) for k in ("1", "2", "3")] == [
        ("một", "one"), ("hai", "two"), ("bốn", "four")]
    assert keyed_halves({Lang.VI: ordered[:2], Lang.EN: misread}) is None   # neither pairs
    assert keyed_halves({Lang.VI: vi, Lang.EN: []}) is None


def test_a_block_opening_with_a_bare_number_before_a_capital_is_keyed() -> None:
    assert bare_key("4 Lãnh đạo hai Bên tuyên bố") == [(0, "4", 2)]
    assert bare_key("(3) Đoàn") == [(0, "3", 4)]
    assert bare_key("4 người tham dự") == [] and bare_key("1119 Lãnh") == []
    assert bare_key("25 Năm") == []                   # no photo of a page is numbered so far
