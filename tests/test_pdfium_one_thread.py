"""PDFium is called by one thread of a process at a time: a batch reads the next document (and,
with one worker, its pages) in one thread while a document job renders its review page in
another, and two threads in PDFium at once crashed the process (a segfault in get_page).
Each entry into PDFium waits while another thread holds ``PDFIUM_LOCK``."""

from __future__ import annotations

import threading

from conftest import FIXTURES
from magpipe.archive.review import render_page_images
from magpipe.config import Config
from magpipe.extract import PageJob, extract_page, open_checked
from magpipe.extract.render import PDFIUM_LOCK

PDF = FIXTURES / "bulletin-digital.pdf"
WAIT = 0.5      # seconds a call must stay blocked while the lock is held elsewhere


def _blocked_while_held(call) -> None:
    """``call`` does not finish while this thread holds the lock, and finishes once freed."""
    done = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            failure.append(exc)
        done.set()
    with PDFIUM_LOCK:
        worker = threading.Thread(target=run)
        worker.start()
        assert not done.wait(WAIT), "the call entered PDFium while another thread was in it"
    assert done.wait(60)
    worker.join()
    assert not failure, failure


def test_opening_a_document_waits_for_another_thread_in_pdfium():
    _blocked_while_held(lambda: open_checked(PDF, None))


def test_reading_a_page_waits_for_another_thread_in_pdfium():
    config = Config()
    job = PageJob(str(PDF), 1, config.ocr, config.languages, config.dpi, config.ocr_timeout,
                  config.max_pixels)
    _blocked_while_held(lambda: extract_page(job))


def test_rendering_review_images_waits_for_another_thread_in_pdfium(tmp_path):
    _blocked_while_held(lambda: render_page_images(PDF, tmp_path, {1}, source_sha256=""))
    assert (tmp_path / "pages" / "page-0001.jpg").is_file()


def test_the_lock_can_be_taken_again_by_the_thread_holding_it():
    """A page job holds the lock and opens its document, which takes it again."""
    with PDFIUM_LOCK:
        assert open_checked(PDF, None)[0] == 6
