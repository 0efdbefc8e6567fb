"""The page-language look before OCR: a page of English is told by the lack of marks."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from magpipe.extract.ocr.despeckle import remove_specks
from magpipe.extract.ocr.scriptmap import is_english_page, looks_bare_vietnamese

SCANNED = Path(__file__).resolve().parents[1] / "fixtures" / "bulletin-scanned.pdf"


@pytest.mark.parametrize(("number", "english"), [(2, False), (3, True), (1, False), (6, False)])
def test_only_the_english_page_of_the_scanned_bulletin_is_taken_for_english(
        number: int, english: bool) -> None:
    if not SCANNED.exists():
        pytest.skip("bulletin-scanned.pdf not generated")
    doc = pdfium.PdfDocument(str(SCANNED))
    image = doc[number - 1].render(scale=300 / 72, grayscale=True).to_pil()
    image, _ = remove_specks(image, 300)
    assert is_english_page(image, 300) is english


def test_vietnamese_read_by_the_english_model_is_told_from_english_and_names() -> None:
    assert looks_bare_vietnamese("BAN TIN DOI NGOAI LANG SON".split())
    assert looks_bare_vietnamese("tinh Lang Son da to chuc".split())
    assert not looks_bare_vietnamese("The delegation visited Lang Son Province".split())
    assert not looks_bare_vietnamese("Mr. Nguyen Van Hai".split())
