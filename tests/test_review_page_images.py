"""The review page's page images cost a PDFium page load, a rendering and a JPEG each: a
page is drawn only when the review page shows it, and drawn again only when the images
beside it came from another source (a PDF edited in place keeps its output folder).

The renders are counted through the PDFium wrapper (``extract.render.render_page``), which
still draws each page. The records are the cover family's two pages (``layouts-cover``);
the source is a blank PDF of their size (what a page shows does not matter to the count).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from magpipe.align import align
from magpipe.archive import writers
from magpipe.archive.review import IMAGE_DIR, RepairMarks
from magpipe.artifacts import RepairArtifact
from magpipe.config import Config
from magpipe.split import split

REPAIR = Path(__file__).parent / "data" / "layouts-cover" / "cover-digital.repair.json"


@pytest.fixture(scope="module")
def records():
    words = RepairArtifact.load(REPAIR)
    return words, align(split(words, Config()), Config())


def _source(words: RepairArtifact, folder: Path) -> Path:
    pdf = pdfium.PdfDocument.new()
    for page in words.pages:
        pdf.new_page(page.width, page.height)
    path = folder / "cover.pdf"
    pdf.save(str(path))
    pdf.close()
    return path


def _review(folder: Path, source: Path, aligned, words) -> None:
    aligned.save(folder / "align.json")
    writers.write_review(folder, source=source, aligned=aligned, marks=RepairMarks.of(words))


def test_a_page_no_record_is_on_is_not_drawn(records, renders, tmp_path):
    words, aligned = records
    assert [p.number for p in words.pages] == [1, 2]
    # the records of page 2 only: page 1 (a full-page advertisement, say) shows in no crop
    on_two = replace(aligned, articles=tuple(a for a in aligned.articles if a.pages == (2,)))
    _review(tmp_path, _source(words, tmp_path), on_two, words)
    assert renders == [2]
    assert not (tmp_path / IMAGE_DIR / "page-0001.jpg").exists()
    assert (tmp_path / IMAGE_DIR / "page-0002.jpg").is_file()


def test_page_images_are_drawn_again_only_for_another_source(records, renders, tmp_path):
    words, aligned = records
    source = _source(words, tmp_path)
    _review(tmp_path, source, aligned, words)
    assert renders == [1, 2]
    _review(tmp_path, source, aligned, words)               # the same file: images kept
    assert renders == [1, 2]
    edited = replace(aligned, doc=replace(aligned.doc, sha256="0" * 64))
    _review(tmp_path, source, edited, words)                # edited in place: drawn again
    assert renders == [1, 2, 1, 2]
