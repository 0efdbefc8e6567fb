"""PDFium's set-up for a process's first page (~35 ms of CPU: it lists and maps the system's
fonts) is done by the fork server, before it forks the workers, and not by each worker on
its first page (``batch.stagemodels.pdfium``)."""

from __future__ import annotations

import pypdfium2 as pdfium
from batch_inputs import asked_in_workers
from magpipe.batch.stagemodels.pdfium import small_pdf

# Whether the process a worker was forked from did the set-up (its module is imported only
# by a fork server's preload list).
DONE = "'magpipe.batch.stagemodels.pdfium' in __import__('sys').modules"


def test_workers_of_a_run_start_with_pdfiums_set_up_done():
    assert asked_in_workers("open_engine(2, None)", DONE) == "[True, True, True, True]"


def test_workers_for_extract_alone_start_with_pdfiums_set_up_done_too():
    # (they render every scanned page for OCR)
    assert asked_in_workers("LocalEngine(2)", DONE) == "[True, True, True, True]"


def test_the_warm_up_page_has_text_set_in_a_font_pdfium_must_map():
    # a page without text, or with its font embedded, would not reach the font set-up
    doc = pdfium.PdfDocument(small_pdf())
    try:
        assert len(doc) == 1
        page = doc[0]
        text = page.get_textpage()
        assert text.get_text_range().strip() == "magpipe"
        text.close()
        page.close()
    finally:
        doc.close()


# Whether Pillow registered its common file formats (``Image.preinit``: what a process's first
# save does, JPEG among them) before the worker was forked: the review page's first JPEG no
# longer pays for it in each worker.
FORMATS_READY = "__import__('PIL.Image').Image._initialized >= 1"


def test_workers_of_a_run_start_with_pillows_formats_registered():
    assert asked_in_workers("open_engine(2, None)", FORMATS_READY) == "[True, True, True, True]"
