"""Dust read as a dash (``extract.ocr.dash_dust``): a lone ``-`` OCR read off a speck in the
gutter beside a line's end is dropped, a printed dash or hyphen between words is kept."""

from __future__ import annotations

from magpipe.extract.ocr.dash_dust import drop_dust_dashes
from magpipe.extract.ocr.tesseract import OcrWord
from PIL import Image, ImageDraw, ImageFilter


def _word(text: str, box: tuple[int, int, int, int]) -> OcrWord:
    left, top, right, bottom = box
    return OcrWord(text, left, top, right - left, bottom - top, 90.0, 0, 1, 40)


def test_a_dash_read_off_a_speck_is_dropped_and_a_printed_dash_kept() -> None:
    image = Image.new("L", (600, 100), 235)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 50, 113, 53), fill=25)      # a printed dash: 14 x 4 px
    draw.rectangle((300, 46, 304, 50), fill=60)      # a speck: 5 x 5 px
    draw.rectangle((400, 48, 401, 52), fill=60)      # a speck taller than wide
    image = image.filter(ImageFilter.GaussianBlur(0.7))
    words = (_word("Nghị", (20, 30, 90, 60)), _word("-", (98, 47, 116, 56)),
             _word("Chi", (125, 30, 170, 60)), _word("-", (297, 43, 307, 53)),
             _word("–", (397, 45, 404, 55)), _word("theo", (200, 30, 280, 60)))
    kept, dropped = drop_dust_dashes(words, image)
    assert dropped == 2
    assert [w.text for w in kept] == ["Nghị", "-", "Chi", "theo"]
    assert kept[1].left == 98


def test_a_dash_with_no_ink_under_it_is_dropped() -> None:
    image = Image.new("L", (200, 100), 235)
    ImageDraw.Draw(image).rectangle((20, 20, 80, 60), fill=20)   # ink elsewhere
    kept, dropped = drop_dust_dashes((_word("-", (150, 40, 160, 50)),), image)
    assert (kept, dropped) == ((), 1)
