"""A sentence that lists people and their offices after a colon (an OCR copy reading a colon
into ``Tham gia Đoàn đại biểu …``) is no keywords line: the paragraph keeps it, the article
stays open, and the next column's text goes on the article (``tetebeche-3-scanned``, saved as
``listing-colon``)."""

from __future__ import annotations

from magpipe.align.reread import run_on_keywords
from magpipe.text.headings import keywords_line
from saved_links import linked_whole

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
    # the paragraph at the next column's top (``Chiều ngày 15/12/2025 …``) linked with its twin
    assert linked_whole("listing-colon", "Chiều ngày 15/12/2025, Đoàn đại biểu tỉnh Lạng Sơn")
