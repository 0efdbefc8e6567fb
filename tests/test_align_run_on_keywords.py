"""A keywords line set close under an abstract, read by the split stage as part of the
abstract's block, is cut off the paragraph and kept as the article's keywords; a sentence that
lists things after a colon stays in its paragraph."""

from __future__ import annotations

from align_blocks import make_split
from magpipe.align import align
from magpipe.align.reread import run_on_keywords
from magpipe.config import Config

VI_TEXT = "Ngày 19/12/2025, UBND tỉnh Lạng Sơn tổ chức Lễ thông tuyến dự án cao tốc."
EN_TEXT = "On December 19, 2025, the Lang Son Provincial People's Committee opened the road."
VI_KEYS = "Từ khóa: Lạng Sơn; Hữu Nghị; Chi Lăng"
EN_KEYS = "Keywords: Lang Son; Huu Nghi; Chi Lang"


def test_a_keywords_line_run_into_a_paragraph_is_cut_off_it():
    assert run_on_keywords(f"{EN_TEXT} {EN_KEYS}") == (EN_TEXT, EN_KEYS)
    assert run_on_keywords(f"{VI_TEXT} {VI_KEYS}.") == (VI_TEXT, VI_KEYS + ".")


def test_a_list_after_a_colon_in_a_sentence_stays_in_the_paragraph():
    assert run_on_keywords(f"{EN_TEXT} He named three: Hanoi, Hue, Da Nang.") is None
    assert run_on_keywords(EN_TEXT) is None
    # semicolons of the paragraph's own sentences, before its last sentence, are no keywords
    assert run_on_keywords("First part; second part. Then the end came, at last.") is None


def test_an_abstract_with_its_keywords_run_in_keeps_them_apart_from_its_paragraph():
    vi = [("vi", "title", "LỄ THÔNG TUYẾN DỰ ÁN CAO TỐC CỬA KHẨU HỮU NGHỊ - CHI LĂNG"),
          ("vi", "body", f"{VI_TEXT} {VI_KEYS}")]
    en = [("en", "title", "TECHNICAL TRAFFIC OPENING OF THE HUU NGHI - CHI LANG EXPRESSWAY"),
          ("en", "body", f"{EN_TEXT} {EN_KEYS}")]
    (article,) = align(make_split([vi, en], name="abstract"), Config()).articles
    assert article.paired
    assert [(p.vi, p.en) for p in article.paragraphs] == [(VI_TEXT, EN_TEXT)]
    assert (article.keywords.vi, article.keywords.en) == (VI_KEYS, EN_KEYS)
