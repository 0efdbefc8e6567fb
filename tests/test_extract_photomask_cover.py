"""A full-page cover photograph whose light areas pass for paper is found only in parts; those
parts must not blank the nameplate and contents panel printed on it (the layout bench's
scanned cover, page 1, read to zero words when they did)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from magpipe.extract.ocr.photomask import find_photos
from magpipe.extract.render import render_page

COVER = Path(__file__).parent / "data" / "cover-photo-page.pdf"   # cover-1-scanned, page 1


def test_cover_photo_holding_nearly_all_text_is_not_blanked() -> None:
    doc = pdfium.PdfDocument(str(COVER))
    try:
        image = render_page(doc, 1, dpi=300, max_pixels=200_000_000)
    finally:
        doc.close()
    assert find_photos(image) == ()
