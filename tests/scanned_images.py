"""A synthetic page image read by the OCR path as a one-page scan, and the words it read
inside a box of the image: for the extract tests that draw a scanned page themselves."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from magpipe.extract.ocr.page import OcrPage, ocr_page
from PIL import Image


def ocr_scan(image: Image.Image, folder: Path, dpi: int) -> OcrPage:
    """``image`` saved as a one-page PDF at ``dpi`` in ``folder`` and read by ``ocr_page``."""
    pdf = folder / "scan.pdf"
    image.save(pdf, resolution=dpi)
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return ocr_page(doc, 1, dpi=dpi, languages="vie+eng", timeout=120,
                        max_pixels=200_000_000)
    finally:
        doc.close()


def words_inside(page: OcrPage, box: tuple[int, int, int, int], dpi: int) -> list[str]:
    """The texts of the words read wholly inside ``box`` (pixels of the image at ``dpi``)."""
    x0, top, x1, bottom = (v * 72 / dpi for v in box)
    return [w.text for w in page.words
            if x0 <= w.box[0] and w.box[2] <= x1 and top <= w.box[1] and w.box[3] <= bottom]
