"""Extract records the photographs of each page (``Page.images``): the image objects of a
born-digital page, the photo regions the OCR path blanks on a scanned one; tiny pictures and
full-page backgrounds are no photographs; older artifacts without the field still load."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, load_truth
from extract_pdfs import PAGE, VIETNAMESE, draw_text
from magpipe.artifacts.pages import ExtractArtifact, PageSource
from magpipe.config import Config
from magpipe.extract import PageJob, extract_page
from magpipe.extract.ocr.page import turned_box
from magpipe.extract.photos import photo_boxes
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

DATA = Path(__file__).parent / "data"


def _picture(size: tuple[int, int]) -> ImageReader:
    image = Image.new("L", size, 150)
    ImageDraw.Draw(image).ellipse((5, 5, size[0] // 2, size[1] // 2), fill=60)
    return ImageReader(image)


def _job(pdf: Path, number: int = 1) -> PageJob:
    config = Config()
    return PageJob(str(pdf), number, config.ocr, config.languages, config.dpi,
                   config.ocr_timeout, config.max_pixels)


def test_born_digital_page_records_its_photo_but_not_an_icon(tmp_path):
    pdf = tmp_path / "photo.pdf"
    canvas = Canvas(str(pdf), pagesize=PAGE, invariant=1)
    draw_text(canvas, [VIETNAMESE, VIETNAMESE])
    # a photo 200 x 120 pt whose top sits 300 pt from the page top, and a 12 pt icon
    canvas.drawImage(_picture((280, 168)), 60, PAGE[1] - 420, width=200, height=120)
    canvas.drawImage(_picture((20, 20)), 360, PAGE[1] - 40, width=12, height=12)
    canvas.showPage()
    canvas.save()
    page = extract_page(_job(pdf))
    assert page.source == PageSource.TEXT_LAYER
    assert len(page.images) == 1
    x0, top, x1, bottom = page.images[0]
    assert (x0, top, x1, bottom) == pytest.approx((60, 300, 260, 420), abs=0.5)


def test_photo_boxes_drop_small_pictures_and_page_backgrounds_and_join_tiles():
    width, height = 500.0, 700.0
    background = (0.0, 0.0, 500.0, 700.0)
    icon = (10.0, 10.0, 30.0, 30.0)
    strips = [(50.0, 100.0, 250.0, 150.0), (50.0, 150.0, 250.0, 200.0)]   # one photo in two
    outside = (400.0, 650.0, 560.0, 760.0)                                 # runs off the page
    assert photo_boxes([background, icon, *strips, outside], width, height) == (
        (50.0, 100.0, 250.0, 200.0), (400.0, 650.0, 500.0, 700.0))


def test_a_photo_box_turns_with_the_page_image():
    box = (10, 20, 110, 70)                       # on a 400 x 600 image
    assert turned_box(box, 0, 400, 600) == box
    assert turned_box(box, 90, 400, 600) == (530, 10, 580, 110)
    assert turned_box(box, 180, 400, 600) == (290, 530, 390, 580)
    assert turned_box(box, 270, 400, 600) == (20, 290, 70, 390)


def test_artifacts_saved_before_photos_were_recorded_still_load():
    artifact = ExtractArtifact.load(DATA / "extract-digital.json")
    assert artifact.pages and all(p.images == () for p in artifact.pages)


@pytest.mark.slow
def test_scanned_page_records_the_photos_it_blanked_above_their_captions():
    number = 5                # bulletin-scanned.pdf: two photos closing the columns
    page = extract_page(_job(FIXTURES / "bulletin-scanned.pdf", number))
    assert page.source == PageSource.OCR
    captions = sorted((b for b in load_truth("bulletin-scanned.pdf")["pages"][number - 1]
                       ["blocks"] if b["role"] == "caption" and b["lang"] == "vi"),
                      key=lambda b: b["box"][0])
    assert len(page.images) == len(captions) == 2
    for (x0, top, x1, bottom), caption in zip(sorted(page.images), captions, strict=True):
        cx0, ctop, cx1, _ = caption["box"]
        assert ctop - 8 <= bottom <= ctop + 4           # in points, just above its caption
        assert bottom - top > 100 and x0 < cx0 + 30 and x1 > cx1 - 30
