"""A caption printed in white inside a photograph, on a dark band at its foot (opaque) or head
(a dark veil over the picture), is put back black on white where it lies and read in the
page's one OCR pass; a photograph with no such band, the edge of a dark shape in the picture,
and a dark bar with a heading reversed out of it (all band, no picture round it) are left as
they were. Synthetic scanned pages (the ``overlay`` family's kind) and the OCR of one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from magpipe.extract.ocr.photomask import find_photos
from magpipe.extract.ocr.reversed_bands import reversed_bands, with_bands
from PIL import Image, ImageDraw, ImageFont
from scanned_images import ocr_scan, words_inside

DPI = 300
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAPER = 240.0
PHOTO = (150, 300, 1650, 1200)          # x0, top, x1, bottom in pixels
BAND = (150, 1040, 1650, 1200)          # the band across the photo's foot
CAPTION = ("Đoàn đại biểu tỉnh thăm Hiệp hội. Ảnh: VŨ GIANG",
           "The provincial delegation visits the association.")


def _picture(rng: np.random.Generator, height: int, width: int) -> np.ndarray:
    """Overlapping discs of mid and light greys with grain, one dark disc among them."""
    photo = np.full((height, width), 170.0)
    yy, xx = np.mgrid[:height, :width]
    for _ in range(30):
        cy, cx, r = rng.uniform(0, height), rng.uniform(0, width), rng.uniform(40, 260)
        photo[(yy - cy) ** 2 + (xx - cx) ** 2 < r * r] = rng.uniform(110, 230)
    photo[(yy - 300) ** 2 + (xx - 500) ** 2 < 200 ** 2] = 60      # a dark disc: no band
    return photo + rng.normal(0, 4, (height, width))


def _page(band: str | None, box: tuple[int, int, int, int] = BAND) -> Image.Image:
    """A page with a photograph at ``PHOTO`` and a paragraph under it; ``band``: ``solid``
    (dark grey), ``veil`` (60% black over the picture) or None, at ``box`` with the caption
    in white on it."""
    rng = np.random.default_rng(34)
    page = np.full((1800, 1800), PAPER) + rng.normal(0, 3, (1800, 1800))
    x0, top, x1, bottom = PHOTO
    page[top:bottom, x0:x1] = _picture(rng, bottom - top, x1 - x0)
    bx0, btop, bx1, bbottom = box
    if band == "solid":
        page[btop:bbottom, bx0:bx1] = 55 + rng.normal(0, 4, (bbottom - btop, bx1 - bx0))
    elif band == "veil":
        page[btop:bbottom, bx0:bx1] *= 0.4
    image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), mode="L")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 34)
    if band:
        for row, line in enumerate(CAPTION):
            draw.text((bx0 + 30, btop + 28 + 52 * row), line, fill=245, font=font)
    draw.text((150, 1260), "Từ ngày 14 đến 19 tháng 12, đoàn đại biểu tỉnh Lạng Sơn",
              fill=30, font=font)
    return image


@pytest.mark.parametrize("ground", ["solid", "veil"])
def test_white_type_on_a_dark_band_inside_a_photo_is_put_back_black_on_white(ground: str):
    image = _page(ground)
    photos = find_photos(image)
    assert len(photos) == 1
    bands = reversed_bands(np.asarray(image), photos, DPI)
    assert len(bands) == 1
    x0, top, x1, bottom = bands[0].box
    bx0, btop, bx1, bbottom = BAND
    assert bx0 <= x0 < bx0 + 40 and btop <= top < btop + 30       # the caption's lines,
    assert bx1 > x1 > bx0 + 700 and bbottom >= bottom > btop + 120     # within the band
    before = np.asarray(image)[top:bottom, x0:x1]
    after = bands[0].image
    strokes = before > 200                           # the white type
    assert strokes.sum() > 5000
    assert np.median(after[strokes]) < 60            # black now
    assert np.median(after[before < 120]) == 255     # and its ground white
    # put into the page with its photograph painted white, it stands where it was printed
    blank = Image.new("L", image.size, 255)
    put = np.asarray(with_bands(blank, bands))
    assert (put[top:bottom, x0:x1] == after).all()
    assert (put[:top] == 255).all() and (put[bottom:] == 255).all()


def test_a_photo_with_no_band_and_a_dark_bar_are_left_as_they_were():
    """No band: the picture's dark disc against the light ones is no line of type. A dark bar
    across the page (a heading reversed out of it), found as a photograph: all ground, no
    picture round it."""
    image = _page(None)
    assert reversed_bands(np.asarray(image), find_photos(image), DPI) == []
    bar = np.full((900, 1800), PAPER)
    bar[100:260, 150:1650] = 55
    bar_image = Image.fromarray(bar.astype(np.uint8), mode="L")
    ImageDraw.Draw(bar_image).text((180, 150), "HỎI ĐÁP PHÁP LUẬT  QUESTIONS AND ANSWERS",
                                   fill=245, font=ImageFont.truetype(FONT, 50))
    photos = find_photos(bar_image)
    assert len(photos) == 1
    assert reversed_bands(np.asarray(bar_image), photos, DPI) == []


@pytest.mark.slow
def test_a_caption_reversed_out_of_a_photo_is_read_in_place(tmp_path: Path):
    page = ocr_scan(_page("veil"), tmp_path, DPI)
    assert "bands of white type inside them read inverted" in page.note
    scale = 72 / DPI
    btop = BAND[1] * scale
    on_band = words_inside(page, BAND, DPI)
    expected = " ".join(CAPTION).split()
    assert sum(1 for word in expected if word in on_band) >= len(expected) - 2
    x0, top, x1, bottom = (v * scale for v in PHOTO)
    above = [w.text for w in page.words
             if x0 <= w.box[0] and w.box[2] <= x1 and top <= w.box[1] and w.box[3] < btop]
    assert above == []                  # nothing read from the picture over the band
