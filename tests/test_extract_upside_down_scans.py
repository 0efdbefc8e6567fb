"""A page image whose print stands on its head is turned before OCR, and read once
(``extract.ocr.orientation``, ``extract.ocr.page``)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from extract_pdfs import ENGLISH, VIETNAMESE, digital_pdf, page_images, scan_pdf
from magpipe.config import Config
from magpipe.eval.ocr_metrics import text_score
from magpipe.extract import extract
from magpipe.extract.ocr.orientation import looks_upside_down
from PIL import Image

TURNED_TEXT = Path(__file__).resolve().parent / "data" / "turned-text.pdf"


def _rendered(number: int, dpi: int = 200) -> Image.Image:
    doc = pdfium.PdfDocument(str(TURNED_TEXT))
    try:
        return doc[number - 1].render(scale=dpi / 72).to_pil()
    finally:
        doc.close()


def test_print_standing_on_its_head_looks_upside_down() -> None:
    upright = _rendered(1)
    assert not looks_upside_down(upright)
    assert looks_upside_down(upright.rotate(180))
    assert looks_upside_down(_rendered(2))          # the text layer's turned page, rendered


def test_a_blank_page_or_a_few_specks_is_not_judged() -> None:
    blank = Image.new("L", (1200, 1700), 255)
    assert not looks_upside_down(blank)
    assert not looks_upside_down(blank.rotate(180))


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Image.Image]:
    folder = tmp_path_factory.mktemp("upside-down")
    return page_images(digital_pdf(folder / "text.pdf", [[VIETNAMESE, ENGLISH]]), 300)


@pytest.mark.slow
def test_upside_down_scan_is_turned_before_its_one_reading(pages: list[Image.Image],
                                                           tmp_path: Path) -> None:
    scan = scan_pdf(tmp_path / "upside-down.pdf", [pages[0].rotate(180)])
    result = extract(scan, Config()).pages[0]
    assert result.rotation == 180
    assert "turned 180 degrees before OCR" in result.reason
    assert text_score(f"{VIETNAMESE} {ENGLISH}", result.text()).accuracy >= 0.9
