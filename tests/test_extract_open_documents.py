"""A process keeps the few PDFs it read last open for extract's page jobs
(``extract.open_documents``): a batch's worker takes pages of two documents in turn, and
opened a PDF again for nearly every page when only the last was kept (its loading and its
fonts' paid again, ~3-4 ms a page)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from magpipe import extract
from magpipe.config import Config
from magpipe.extract import PageJob, extract_page, open_documents
from magpipe.extract.open_documents import KEPT, OpenDocuments

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def openings(monkeypatch) -> list[str]:
    """The paths PDFium opens through ``open_documents``, in order."""
    opened: list[str] = []
    real = pdfium.PdfDocument

    def counted(path, **options):
        opened.append(str(path))
        return real(path, **options)
    monkeypatch.setattr(open_documents.pdfium, "PdfDocument", counted)
    return opened


def _copies(tmp_path: Path, count: int) -> list[str]:
    paths = []
    for k in range(count):
        target = tmp_path / f"doc-{k}.pdf"
        shutil.copy(FIXTURES / "bulletin-digital.pdf", target)
        paths.append(str(target))
    return paths


def test_pages_of_two_documents_read_in_turn_open_each_pdf_once(tmp_path, openings,
                                                                  monkeypatch):
    monkeypatch.setattr(extract, "_OPEN", OpenDocuments())
    first, second = _copies(tmp_path, 2)
    config = Config()
    jobs = [PageJob(path, number, config.ocr, config.languages, config.dpi, config.ocr_timeout,
                    config.max_pixels) for number in (1, 2, 3) for path in (first, second)]
    pages = [extract_page(job) for job in jobs]
    assert all(page.words for page in pages)
    assert openings == [first, second]


def test_the_least_recently_used_document_is_closed_past_the_few_kept(tmp_path, openings):
    paths = _copies(tmp_path, KEPT + 1)
    kept = OpenDocuments()
    for path in paths:
        kept.get(path, None)
    assert len(kept) == KEPT
    kept.get(paths[-1], None)                  # still open
    kept.get(paths[0], None)                   # closed past KEPT: opened again
    assert openings == [*paths, paths[0]]
    kept.close()
    assert len(kept) == 0


def test_a_file_changed_on_disk_is_opened_again_and_its_old_version_closed(tmp_path,
                                                                           openings):
    (path,) = _copies(tmp_path, 1)
    kept = OpenDocuments()
    old = kept.get(path, None)
    stat = os.stat(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    new = kept.get(path, None)
    assert new is not old and len(kept) == 1 and openings == [path, path]
    kept.close()


def test_closing_a_documents_pages_leaves_the_other_documents_open(tmp_path, openings):
    first, second = _copies(tmp_path, 2)
    kept = OpenDocuments()
    kept.get(first, None)
    kept.get(second, None)
    kept.close(first)
    assert len(kept) == 1
    kept.get(second, None)
    assert openings == [first, second]
    kept.close()
