"""A batch draws a text-layer page's review image in extract's page job, while the page is
loaded (``extract.review_images.draw_early``): the image must be the one the review page draws
apart, byte for byte, turned pages too; the review page then draws none of those pages
again and leaves no image it does not show; a page that cannot be drawn there is still read,
and a broken PDF is still one failed record beside the others."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from magpipe.archive import page_images
from magpipe.archive.page_images import EARLY_DIR, IMAGE_DIR, render_page_images
from magpipe.archive.review import RepairMarks
from magpipe.artifacts.pages import PageSource, RepairArtifact
from magpipe.cli import app
from magpipe.config import Config
from magpipe.errors import EXIT_SOME_FAILED
from magpipe.extract import extract_stream, review_images
from typer.testing import CliRunner

DATA = Path(__file__).resolve().parent / "data"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BULLETIN = FIXTURES / "bulletin-digital.pdf"
TURNED = DATA / "turned-text.pdf"          # pages upright, turned half a circle, sideways


def _read(pdf: Path, early: Path | None):
    doc, pages = extract_stream(pdf, Config(), review_images=early)
    read = sorted(pages, key=lambda p: p.number)
    return doc, read, RepairMarks.of(RepairArtifact(doc=doc, pages=tuple(read), changes=()))


@pytest.mark.parametrize("pdf", [BULLETIN, TURNED], ids=["bulletin", "turned"])
def test_the_image_extract_draws_is_the_one_drawn_apart(pdf, tmp_path, renders):
    apart, early = tmp_path / "apart", tmp_path / "early"
    doc, read, marks = _read(pdf, page_images.early_folder(early))
    numbers = {p.number for p in read}
    assert all(p.source == PageSource.TEXT_LAYER for p in read)
    drawn_apart = render_page_images(pdf, apart, numbers, source_sha256=doc.sha256,
                                     turns=marks.turns)
    assert sorted(renders) == sorted(numbers)
    renders.clear()
    taken = render_page_images(pdf, early, numbers, source_sha256=doc.sha256, turns=marks.turns)
    assert renders == []                       # every page taken from extract's drawing
    assert taken == drawn_apart
    for image in taken.values():
        assert (early / image.file).read_bytes() == (apart / image.file).read_bytes()
    assert not (early / IMAGE_DIR / EARLY_DIR).exists()
    if pdf == TURNED:                          # the turned pages drawn turned, as extract read
        assert sum("-turned" in i.file for i in taken.values()) == 2


def test_pages_not_shown_leave_no_image(tmp_path, renders):
    doc, read, marks = _read(BULLETIN, page_images.early_folder(tmp_path))
    images = render_page_images(BULLETIN, tmp_path, {2}, source_sha256=doc.sha256)
    assert renders == [] and list(images) == [2]
    assert sorted(p.name for p in (tmp_path / IMAGE_DIR).iterdir()) == [".key", "page-0002.jpg"]


def test_a_page_too_large_to_draw_for_the_review_is_still_read(tmp_path, monkeypatch):
    monkeypatch.setattr(review_images, "MAX_PIXELS", 10)
    early = page_images.early_folder(tmp_path)
    doc, read, _ = _read(BULLETIN, early)
    assert [p.source for p in read] == [PageSource.TEXT_LAYER] * doc.page_count
    assert all(p.words for p in read)
    assert not early.exists() or not any(early.iterdir())


def test_a_broken_pdf_is_one_failed_record_and_the_others_have_their_images(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(BULLETIN, inputs / "good.pdf")
    (inputs / "broken.pdf").write_bytes(BULLETIN.read_bytes()[:3000])
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(inputs), "--out-dir", str(out), "-j", "2"])
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    status = {Path(f["path"]).name: f["status"] for f in report["files"]}
    assert status == {"good.pdf": "ok", "broken.pdf": "failed"}
    good = next(f["name"] for f in report["files"] if f["status"] == "ok")
    assert any((out / good / IMAGE_DIR).glob("page-*.jpg"))
    assert not (out / good / IMAGE_DIR / EARLY_DIR).exists()


def test_extract_writes_the_review_image_from_pdfiums_bitmap_without_a_copy(tmp_path,
                                                                           monkeypatch):
    """The image is encoded from the bitmap PDFium drew into (``render.drawn_loaded``), not
    from a copy of it (~0.7 ms of a page's ~6.3 ms); the bitmap is freed once written."""
    import pypdfium2 as pdfium
    from magpipe.extract import render
    from PIL import Image
    copies: list[tuple[int, int]] = []
    real_copy = Image.Image.copy

    def counted(image):
        copies.append(image.size)
        return real_copy(image)
    monkeypatch.setattr(Image.Image, "copy", counted)
    doc = pdfium.PdfDocument(str(BULLETIN))
    try:
        page = doc[0]
        review_images.draw_early(page, 1, 0, tmp_path)
        assert copies == []
        with render.drawn_loaded(page, dpi=page_images.IMAGE_DPI,
                                 max_pixels=page_images.MAX_PIXELS) as image:
            shared = image.tobytes()
        assert render.render_loaded(page, dpi=page_images.IMAGE_DPI,
                                    max_pixels=page_images.MAX_PIXELS).tobytes() == shared
        page.close()
    finally:
        doc.close()
    assert (tmp_path / page_images.image_name(1, 0)).is_file()
