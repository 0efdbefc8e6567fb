"""A scanned page with almost no ink is skipped by OCR only when no line of print is on it:
a page holding one short line (an article's last words turned over) is read."""

from __future__ import annotations

import random

from magpipe.extract.ocr.blank import BLANK_INK, blank_page
from PIL import Image, ImageDraw, ImageFont

DPI = 300
A4 = (2480, 3508)          # pixels at 300 dpi
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _page() -> Image.Image:
    return Image.new("L", A4, 255)


def test_a_page_holding_one_short_line_of_print_is_not_blank():
    page = _page()
    # 10 pt at 300 dpi: about 42 pixels
    ImageDraw.Draw(page).text((300, 400), "of the people.", fill=0,
                              font=ImageFont.truetype(FONT, 42))
    blank, ink = blank_page(page, DPI)
    assert ink < BLANK_INK          # ink share alone would have skipped it
    assert not blank


def test_a_white_page_and_a_page_of_scattered_dust_are_blank():
    assert blank_page(_page(), DPI)[0]
    page = _page()
    draw = ImageDraw.Draw(page)
    rng = random.Random(7)
    for _ in range(60):
        x, y = rng.randrange(A4[0] - 8), rng.randrange(A4[1] - 8)
        draw.rectangle((x, y, x + 5, y + 5), fill=0)
    blank, ink = blank_page(page, DPI)
    assert 0 < ink < BLANK_INK and blank


def test_a_rule_or_a_frame_alone_is_no_line_of_print():
    page = _page()
    draw = ImageDraw.Draw(page)
    draw.line((300, 500, 2100, 500), fill=0, width=4)       # a hairline rule across
    draw.rectangle((300, 1000, 900, 1600), outline=0, width=3)  # an empty frame
    blank, ink = blank_page(page, DPI)
    assert ink < BLANK_INK and blank


def test_a_page_with_plenty_of_ink_is_never_blank():
    page = _page()
    ImageDraw.Draw(page).rectangle((300, 300, 1300, 1300), fill=0)
    assert not blank_page(page, DPI)[0]
