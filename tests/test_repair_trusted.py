"""Where a page's words came from decides whether their marks are trusted: typed marks of a
sound text layer are read as written, marks read by OCR are decoded."""

from __future__ import annotations

from magpipe.artifacts.pages import DocumentInfo, ExtractArtifact, Page, PageSource, Word
from magpipe.config import Config
from magpipe.repair import marks_trusted, repair
from magpipe.repair.lexicon.model import CLEAN, DAMAGED

LINE = "Phó Chủ tịch Tổ chúc hữu nghị tinh Lạng Sơn"


def _repaired(source: PageSource) -> str:
    words = tuple(Word(w, (12.0 * i, 20.0, 12.0 * i + 10, 30.0), 10.0)
                  for i, w in enumerate(LINE.split()))
    page = Page(1, 500.0, 700.0, source, "test", words)
    doc = ExtractArtifact(DocumentInfo("x.pdf", "x", "0" * 64, 1), (page,))
    return repair(doc, Config()).pages[0].text()


def test_typed_marks_are_kept_and_a_word_without_marks_is_still_repaired() -> None:
    assert _repaired(PageSource.TEXT_LAYER) == "Phó Chủ tịch Tổ chúc hữu nghị tỉnh Lạng Sơn"


def test_marks_read_by_ocr_are_decoded() -> None:
    assert _repaired(PageSource.OCR) == "Phó Chủ tịch Tổ chức hữu nghị tỉnh Lạng Sơn"


def test_only_a_sound_text_layer_is_trusted() -> None:
    def page(source: PageSource) -> Page:
        return Page(1, 500.0, 700.0, source, "test")
    assert marks_trusted(page(PageSource.TEXT_LAYER), CLEAN)
    assert not marks_trusted(page(PageSource.TEXT_LAYER), DAMAGED)
    for source in (PageSource.OCR, PageSource.REOCR, PageSource.DAMAGED_TEXT):
        assert not marks_trusted(page(source), CLEAN)
