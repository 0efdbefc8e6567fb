"""Text inside a photograph's box on a scanned page: a caption printed on a light panel over
the photograph's corner, and lines run round a photograph cut out along its subject, are
kept when the photograph is blanked before OCR (the whole box used to be painted white, and
the caption or the line ends were lost); the photograph's own pixels are still blanked."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from magpipe.extract.ocr.photomask import find_photos
from magpipe.extract.ocr.photopanels import blank_photo_pixels
from PIL import Image, ImageDraw, ImageFont
from scanned_images import ocr_scan, words_inside

DPI = 300
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
PAPER = 243.0
PHOTO = (150, 300, 1650, 1200)          # x0, top, x1, bottom in pixels
PANEL = (1000, 340, 1610, 600)          # a white panel over the photo's top right corner
CAPTION = ("Đồng chí Hoàng Quốc Khánh", "tặng quà lưu niệm.", "Mr. Hoang Quoc Khanh",
           "presents a souvenir.")
ROUND = (400, 1400, 1000, 2000)         # the square a round photo is cut from
CORNER_WORDS = ("Lạng", "Sơn")          # run into its top corners, beside the disc


def _photo(rng: np.random.Generator, height: int, width: int) -> np.ndarray:
    """Overlapping discs of mid and dark greys with grain: what the fixtures' photos are."""
    photo = np.full((height, width), 150.0)
    yy, xx = np.mgrid[:height, :width]
    for _ in range(40):
        cy, cx, r = rng.uniform(0, height), rng.uniform(0, width), rng.uniform(40, 260)
        photo[(yy - cy) ** 2 + (xx - cx) ** 2 < r * r] = rng.uniform(60, 200)
    return photo + rng.normal(0, 4, (height, width))


def _page() -> Image.Image:
    """A page: a photo with a captioned panel in its corner, a round photo with words in the
    corner of its square, a paragraph under the photo."""
    rng = np.random.default_rng(18)
    page = np.full((2300, 1800), PAPER) + rng.normal(0, 3, (2300, 1800))
    x0, top, x1, bottom = PHOTO
    page[top:bottom, x0:x1] = _photo(rng, bottom - top, x1 - x0)
    px0, ptop, px1, pbottom = PANEL
    # white laid over the photo at 0.87: the photo shows a little through it
    page[ptop:pbottom, px0:px1] = 0.87 * 252 + 0.13 * page[ptop:pbottom, px0:px1]
    rx0, rtop, rx1, rbottom = ROUND
    radius = (rx1 - rx0) / 2
    yy, xx = np.mgrid[rtop:rbottom, rx0:rx1]
    disc = (yy - rtop - radius) ** 2 + (xx - rx0 - radius) ** 2 < radius ** 2
    square = page[rtop:rbottom, rx0:rx1]
    square[disc] = _photo(rng, rbottom - rtop, rx1 - rx0)[disc]
    image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), mode="L")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 34)
    for row, line in enumerate(CAPTION):
        draw.text((px0 + 30, ptop + 28 + 52 * row), line, fill=30, font=font)
    # a line of the column beside the round photo running into its square, and one word
    # in the square's other top corner
    draw.text((rx0 - 70, rtop + 8), CORNER_WORDS[0], fill=30, font=font)
    draw.text((rx1 - 80, rtop + 8), CORNER_WORDS[1], fill=30, font=font)
    draw.text((150, 1260), "Từ ngày 14 đến 19 tháng 12, đoàn đại biểu tỉnh Lạng Sơn",
              fill=30, font=font)
    return image


def test_a_caption_panel_inside_a_photo_is_kept_and_the_photo_blanked():
    image = _page()
    boxes = find_photos(image)
    assert len(boxes) == 2
    blanked, areas = blank_photo_pixels(image, boxes)
    assert areas == 3          # the panel, and the two corners of the round one with words
    before, after = np.asarray(image), np.asarray(blanked)
    px0, ptop, px1, pbottom = PANEL
    panel = (slice(ptop, pbottom), slice(px0, px1))
    ink = before[panel] < 100
    assert ink.sum() > 2000
    assert (after[panel][ink] == before[panel][ink]).all()    # the caption, as printed
    x0, top, x1, bottom = PHOTO
    photo = after[top:bottom, x0:x1].copy()
    photo[ptop - top:pbottom - top, px0 - x0:px1 - x0] = 255
    assert (photo == 255).all()                  # every pixel of the photo itself: white
    # the round photo: its disc blanked, the words in its square's corner kept
    rx0, rtop, rx1, rbottom = ROUND
    assert (after[rtop + 250:rtop + 350, rx0 + 250:rx0 + 350] == 255).all()
    for corner in ((slice(rtop, rtop + 60), slice(rx0 - 70, rx0 + 20)),
                   (slice(rtop, rtop + 60), slice(rx1 - 80, rx1))):
        ink = before[corner] < 100
        assert ink.sum() > 300
        assert (after[corner][ink] == before[corner][ink]).all()


@pytest.mark.slow
def test_a_caption_panel_inside_a_photo_is_read_in_place(tmp_path: Path):
    page = ocr_scan(_page(), tmp_path, DPI)
    assert "text areas inside them read" in page.note
    scale = 72 / DPI
    on_panel = words_inside(page, PANEL, DPI)
    expected = " ".join(CAPTION).split()
    assert sum(1 for word in expected if word in on_panel) >= len(expected) - 2
    # nothing read from the photo around the panel
    x0, top, x1, bottom = (v * scale for v in PHOTO)
    around = [w.text for w in page.words
              if x0 <= w.box[0] and w.box[2] <= x1 and top <= w.box[1] and w.box[3] <= bottom
              and w.text not in on_panel]
    assert around == []
    words = [w.text for w in page.words]
    assert all(word in words for word in CORNER_WORDS)
