"""A page job holds ``PDFIUM_LOCK`` while it calls PDFium, not while Tesseract reads the page
image: with one worker, a review page rendered in the document thread would otherwise wait
for a whole page's OCR, and the next page for the rendering."""

from __future__ import annotations

import threading

from conftest import FIXTURES
from magpipe.config import Config, OcrMode
from magpipe.extract import PageJob, extract_page
from magpipe.extract.ocr import page as ocr_page
from magpipe.extract.render import PDFIUM_LOCK

SCANNED = FIXTURES / "bulletin-scanned.pdf"


class _Stop(Exception):
    """Ends the page job where the image goes to Tesseract (the OCR itself is not needed)."""


def test_the_lock_is_free_while_the_page_image_goes_to_tesseract(monkeypatch):
    free: list[bool] = []

    def at_ocr(*args, **kwargs):
        taken: list[bool] = []

        def other_thread() -> None:
            got = PDFIUM_LOCK.acquire(timeout=2)
            taken.append(got)
            if got:
                PDFIUM_LOCK.release()
        other = threading.Thread(target=other_thread)
        other.start()
        other.join()
        free.extend(taken)
        raise _Stop
    monkeypatch.setattr(ocr_page, "save_for_ocr", at_ocr)
    config = Config(ocr=OcrMode.AUTO)
    job = PageJob(str(SCANNED), 1, config.ocr, config.languages, config.dpi,
                  config.ocr_timeout, config.max_pixels)
    page = extract_page(job)
    assert "_Stop" in (page.error or "")           # it got as far as the OCR
    assert free == [True]
