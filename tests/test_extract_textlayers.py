"""Text layers as real documents write them: legacy encodings per font and per character
run, TCVN3 capitals fonts and stand-in characters, and layers of random letters.

Fixtures from ``fixtures/textlayers.py``; the real TCVN3 decision from ``../shared/real``
(skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.pages import PageSource
from magpipe.config import Config
from magpipe.eval.ocr_metrics import text_score
from magpipe.extract import extract
from magpipe.extract.textfix import LINE_END_HYPHEN, fix_page_texts, is_capitals_font
from magpipe.text.damage import nonsense_share

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
REAL = ROOT.parent / "shared" / "real"


def _fixture(name: str) -> tuple[Path, list[str]]:
    pdf = FIXTURES / f"textlayer-{name}.pdf"
    if not pdf.exists():
        pytest.skip(f"{pdf.name} not generated (python fixtures/textlayers.py)")
    truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
    return pdf, [p["text"] for p in truth["pages"]]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_vni_heading_fonts_convert_beside_a_unicode_body() -> None:
    pdf, truth = _fixture("mixed-fonts")
    page = extract(pdf, Config(ocr="never")).pages[0]
    assert page.source == PageSource.TEXT_LAYER
    assert _flat(page.text()) == _flat(truth[0])          # heading converted, body untouched
    assert "vni" in page.reason


def test_tcvn3_capitals_fonts_stand_ins_and_mid_word_font_changes() -> None:
    pdf, truth = _fixture("mixed-fonts")
    page = extract(pdf, Config(ocr="never")).pages[1]
    # case counts: VnTimeHBold / .VnTimeH,Bold text is capitals; CH+Í+NH is one word
    assert _flat(page.text()) == _flat(truth[1])


def test_capitals_font_names_with_and_without_dot_and_style() -> None:
    for name in (".VnTimeH", "VnTimeHBold", "GDNPMF+VnTimeHBold", ".VnTimeH,Bold", ".Vn3DH,Bold",
                 ".VnArialH,BoldItalic"):
        assert is_capitals_font(name), name
    for name in (".VnTime", "VnTimeBold", ".VnTime,BoldItalic", "DejaVuSerif-Bold", "VNI-Helve"):
        assert not is_capitals_font(name), name


def test_one_word_in_two_fonts_decodes_each_piece_with_its_font() -> None:
    body = [[(w, ".VnTime")] for w in "Thñ t−íng ChÝnh phñ vÒ viÖc b¶o l∙nh".split()]
    mixed = [("CH", ".VnTime,Bold"), ("Ý", ".VnTimeH,Bold"), ("NH", ".VnTime,Bold")]
    texts, note = fix_page_texts([*body, mixed, [(f"t{LINE_END_HYPHEN}", ".VnTime")]])
    assert texts == ["Thủ", "tướng", "Chính", "phủ", "về", "việc", "bảo", "lãnh", "CHÍNH", "tư"]
    assert "tcvn3" in note


def test_unicode_words_keep_their_text_and_a_line_end_hyphen_beside_a_vni_heading() -> None:
    heading = [[(w, "ABCDEF+Headline")] for w in "NGHIEÂN CÖÙU KHOA HOÏC".split()]
    body = [[(w, "DejaVuSerif")] for w in "Đoàn công tác có buổi làm việc với Sở Ngoại vụ".split()]
    texts, _ = fix_page_texts([*heading, *body, [(f"inter{LINE_END_HYPHEN}", "DejaVuSerif")]])
    assert texts[:4] == ["NGHIÊN", "CỨU", "KHOA", "HỌC"]
    assert texts[4:-1] == "Đoàn công tác có buổi làm việc với Sở Ngoại vụ".split()
    assert texts[-1] == "inter-"


def test_a_lone_symbol_in_its_own_font_is_not_taken_for_a_legacy_letter() -> None:
    body = [[(w, "DejaVuSerif")] for w in "Bản quyền thuộc về tạp chí".split()]
    texts, note = fix_page_texts([*body, [("®", "Symbol")]])
    assert texts[-1] == "®" and note == ""


def test_random_letters_text_layer_is_not_taken_and_says_why() -> None:
    pdf, truth = _fixture("random-letters")
    page = extract(pdf, Config(ocr="never")).pages[0]
    assert page.source == PageSource.DAMAGED_TEXT
    assert "random letters" in page.reason
    assert nonsense_share(truth[0]) < 0.1


@pytest.mark.slow
def test_random_letters_text_layer_is_read_by_ocr_instead() -> None:
    pdf, truth = _fixture("random-letters")
    page = extract(pdf, Config()).pages[0]
    assert page.source == PageSource.REOCR
    assert "random letters" in page.reason
    assert text_score(truth[0], page.text()).accuracy >= 0.9


def test_real_tcvn3_decision_converts_every_syllable() -> None:
    pdf = REAL / "tcvn3-2006-19412_QD115.04TTg_BLTch_DNNVV.pdf"
    if not pdf.exists():
        pytest.skip("../shared/real not present")
    artifact = extract(pdf, Config(ocr="never"))
    text = "\n".join(p.text() for p in artifact.pages)
    truth = pdf.with_suffix(".gt.txt").read_text(encoding="utf-8")
    assert text_score(truth, text, any_placement=True).accuracy == 1.0
    assert "THỦ TƯỚNG CHÍNH PHỦ" in text          # set in VnTimeHBold
