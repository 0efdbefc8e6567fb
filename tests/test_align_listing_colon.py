"""A sentence that lists people and their offices after a colon (an OCR copy reading a colon
into ``Tham gia Đoàn đại biểu …``) is no keywords line: the paragraph keeps it, the article
stays open, and the next column's text goes on the article (``tetebeche-3-scanned``, saved by
``tools/para_links_test_data.py`` into ``tests/data/layouts-para-links/``)."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.align.reread import run_on_keywords
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import _same
from magpipe.split import split
from magpipe.text.headings import keywords_line

DATA = Path(__file__).parent / "data" / "layouts-para-links"
LISTING = ("Tham gia Đoàn: đại biểu có đồng chí Đỉnh Hữu Học, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó "
           "Chủ tịch Thường trực UBND tỉnh; đồng chí Lương Trọng Quỳnh, Uỷ viên Ban Thường vụ, "
           "Trưởng Ban Nội chính Tỉnh uỷ cùng Lãnh đạo một số sở, ngành.")
SENTENCE = "Đoàn đã thăm và làm việc tại Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc."


def test_a_sentence_listing_clauses_after_a_colon_is_no_keywords_line():
    assert not keywords_line(LISTING)
    assert run_on_keywords(f"{SENTENCE} {LISTING}") is None
    # a long name is still one term of a keywords line
    assert keywords_line("Từ khóa: Khu tự trị dân tộc Choang Quảng Tây; Lạng Sơn; hợp tác")


def test_the_next_column_of_the_article_is_no_record_of_its_own():
    pages = RepairArtifact.load(DATA / "listing-colon.repair.json")
    truth = json.loads((DATA / "listing-colon.truth.json").read_text(encoding="utf-8"))
    records = align(split(pages, Config()), Config()).articles
    assert all(a.title.vi or a.title.en for a in records)
    first = truth["articles"][0]
    (article,) = [a for a in records if _same(a.title.en, first["title"]["en"], True)]
    # the paragraph of the next column's top (``Chiều ngày 15/12/2025 …``) linked with its twin
    vi, en = (" ".join(first["paragraphs"][-1][lang]) for lang in ("vi", "en"))
    assert any(_same(p.vi, vi, True) and _same(p.en, en, True) for p in article.paragraphs)
