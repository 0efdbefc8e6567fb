"""A faded photograph printed behind text (a feature opening on a picture under its titles and
first lines) loses its shading before OCR and keeps the text printed on it; an ordinary
photograph, and a faded one with no text on it, are blanked whole as before."""

from __future__ import annotations

import numpy as np
import pytest
from magpipe.extract.ocr.backdrops import ink_level
from magpipe.extract.ocr.photomask import DARK, find_photos
from magpipe.extract.ocr.photopanels import blank_photo_pixels
from magpipe.extract.ocr.tesseract import ocr_image
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PHOTO = (0, 150, 1600, 900)           # x0, top, x1, bottom: across the page, under its head
LINES = ("GIAO LƯU HỮU NGHỊ", "FRIENDSHIP EXCHANGE", "Tham dự Hội đàm có đồng chí",
         "Attending the talks were the", "delegates of the province and", "Đoàn đại biểu tỉnh")


def _page(lowest: float, text: bool, seed: int = 3) -> Image.Image:
    """A 1600 x 1400 page: paper, a shaded photograph (levels ``lowest`` to ``lowest`` + 70,
    large blobs as a veiled picture shows) at ``PHOTO``, lines of text under it on the paper
    and, when ``text``, lines of black print on the photograph."""
    rng = np.random.default_rng(seed)
    page = np.full((1400, 1600), 245.0) + rng.normal(0, 3, (1400, 1600))
    x0, top, x1, bottom = PHOTO
    ys, xs = np.mgrid[top:bottom, x0:x1]
    shade = (np.sin(xs / 90.0) * np.cos(ys / 70.0) + 1) / 2          # 0..1 blobs
    page[top:bottom, x0:x1] = lowest + 70 * shade + rng.normal(0, 4, shade.shape)
    image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), mode="L")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 40)
    for row, line in enumerate(LINES):       # two columns of print, 70 px a line
        for x in (60, 830):
            draw.text((x, bottom + 40 + 70 * row), line, fill=20, font=font)
            if text:
                draw.text((x, top + 60 + 100 * row), line, fill=20, font=font)
    return image


def test_text_printed_on_a_faded_photograph_is_kept_and_the_photograph_painted_away():
    image = _page(lowest=150, text=True)
    boxes = find_photos(image)
    assert len(boxes) == 1
    before = np.asarray(image)
    after = np.asarray(blank_photo_pixels(image, boxes)[0])
    x0, top, x1, bottom = PHOTO
    ink = before[top:bottom, x0:x1] < DARK
    assert ink.sum() > 10_000                                   # the print is there
    # the print stays as it was; all the photograph's own shading is white
    assert (after[top:bottom, x0:x1][ink] == before[top:bottom, x0:x1][ink]).all()
    assert (after[top:bottom, x0:x1][before[top:bottom, x0:x1] >= 150] == 255).all()


def test_a_faded_photograph_with_no_text_on_it_is_blanked_whole():
    image = _page(lowest=150, text=False)
    boxes = find_photos(image)
    assert len(boxes) == 1
    x0, top, x1, bottom = PHOTO
    assert (np.asarray(blank_photo_pixels(image, boxes)[0])[top:bottom, x0:x1] == 255).all()


def test_a_dark_photograph_is_no_backdrop_even_with_text_on_it():
    """Shading down to ink's levels: no grey level parts ink from the picture."""
    image = _page(lowest=60, text=True)
    boxes = find_photos(image)
    assert len(boxes) == 1
    assert ink_level(np.asarray(image), boxes[0]) is None


@pytest.mark.slow
def test_the_titles_printed_on_a_faded_photograph_are_read(tmp_path):
    image = _page(lowest=150, text=True)
    path = tmp_path / "page.png"
    blank_photo_pixels(image, find_photos(image))[0].save(path)
    _, top, _, bottom = PHOTO
    words = {w.text for w in ocr_image(str(path), languages="vie+eng", timeout=60).words
             if top <= w.top and w.top + w.height <= bottom}       # on the photograph
    assert {"FRIENDSHIP", "EXCHANGE", "delegates", "province"} <= words
