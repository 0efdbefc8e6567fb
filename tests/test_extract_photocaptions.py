"""Captions under a photograph with text set close beside them are found to be read apart
(``extract.ocr.photocaptions``): the region runs from under the photograph down its captions'
lines, stops above the text running on across its width, and is found only where text stands
beside the captions (type set with PIL at 300 dpi; the photograph already painted white)."""

from __future__ import annotations

import numpy as np
from magpipe.extract.ocr.photocaptions import caption_regions, region_image, without_regions
from PIL import Image, ImageDraw, ImageFont

DPI = 300
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PHOTO = (700, 300, 1200, 900)           # pixels: 120 x 144 pt
GAP = 33                                # 8 pt between the photo (and captions) and the text


def _page(beside: bool = True, across: bool = True) -> Image.Image:
    image = Image.new("L", (1700, 1500), 245)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SANS, 30)
    caption = ImageFont.truetype(SANS, 26)
    x0, _, x1, bottom = PHOTO
    if beside:          # the narrow column beside the photo and its captions
        for k, y in enumerate(range(300, 1080, 45)):
            draw.text((400, y), "dòng chữ bên ảnh" if k % 2 else "tiếp tục dòng", fill=20,
                      font=font)
    lines = ["Đại biểu chứng kiến hoạt động", "thông xe chở hàng hóa. (Ảnh: TTXVN)",
             "Delegates witness the opening", "of the road. Photo: VNA"]
    for k, text in enumerate(lines):
        draw.text((x0, bottom + 17 + 40 * k), text, fill=20, font=caption)
    if across:          # the text going on across the column under the captions
        draw.text((400, bottom + 17 + 40 * len(lines) + GAP),
                  "Cương khẳng định sẵn sàng tăng cường phối hợp với tỉnh bạn", fill=20,
                  font=font)
    return image


def test_the_captions_beside_a_column_are_a_region_ending_above_the_text_across() -> None:
    (region,) = caption_regions(_page(), (PHOTO,), DPI)
    x0, top, x1, bottom = region
    assert x0 <= PHOTO[0] and x1 >= PHOTO[2] and x1 - x0 < PHOTO[2] - PHOTO[0] + 20
    assert PHOTO[3] < top < PHOTO[3] + 25
    # down to the credit's line, not the line across under it
    assert PHOTO[3] + 17 + 40 * 3 + 20 < bottom < PHOTO[3] + 17 + 40 * 4 + GAP


def test_captions_with_no_text_beside_them_stay_in_the_page() -> None:
    assert caption_regions(_page(beside=False), (PHOTO,), DPI) == ()


def test_a_photo_whose_column_runs_on_right_under_it_has_no_captions_region() -> None:
    image = Image.new("L", (1700, 1500), 245)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SANS, 30)
    for y in range(300, 1300, 45):
        draw.text((400, y), "cột chữ bên ảnh", fill=20, font=font)
    for y in range(PHOTO[3] + 15, 1300, 45):       # lines across the column under the photo
        draw.text((400, y), "dòng chữ chạy ngang qua cả cột dưới bức ảnh", fill=20, font=font)
    assert caption_regions(image, (PHOTO,), DPI) == ()


def test_the_page_read_without_the_region_and_the_region_alone_hold_its_pixels() -> None:
    page = _page()
    (region,) = caption_regions(page, (PHOTO,), DPI)
    rest = np.asarray(without_regions(page, (region,)))
    x0, top, x1, bottom = region
    assert (rest[top:bottom, x0:x1] == 255).all()
    assert (rest[:, :x0] == np.asarray(page)[:, :x0]).all()
    alone, (left, up) = region_image(page, region)
    grey = np.asarray(alone)
    assert (grey[top - up:bottom - up, x0 - left:x1 - left]
            == np.asarray(page)[top:bottom, x0:x1]).all()


def test_captions_beside_another_photos_captions_in_a_row_stay_in_the_page() -> None:
    # a row of photos: beside the photo itself stands no text (another photo, painted
    # white), only the next photo's captions beside its own
    image = Image.new("L", (1700, 1500), 245)
    draw = ImageDraw.Draw(image)
    caption = ImageFont.truetype(SANS, 26)
    for x in (PHOTO[0], PHOTO[2] + 25):
        for k, text in enumerate(("Toàn cảnh buổi làm việc.", "Overview of the meeting.")):
            draw.text((x, PHOTO[3] + 17 + 40 * k), text, fill=20, font=caption)
    assert caption_regions(image, (PHOTO,), DPI) == ()


def test_a_photo_with_text_run_round_it_on_both_sides_has_no_captions_region() -> None:
    image = _page()
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SANS, 30)
    for y in range(300, 1080, 45):      # a second column close on the photo's right
        draw.text((PHOTO[2] + GAP, y), "cột bên phải", fill=20, font=font)
    assert caption_regions(image, (PHOTO,), DPI) == ()
