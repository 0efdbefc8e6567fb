"""Dust read as a dash (``extract.ocr.dash_dust``): a lone ``-`` OCR read off specks in the
gutter after a line's last word is dropped; a printed dash ending a line or between words is
kept, and so is a dash whose ink is not on the image checked."""

from __future__ import annotations

from magpipe.extract.ocr.dash_dust import drop_dust_dashes
from magpipe.extract.ocr.tesseract import OcrWord
from PIL import Image, ImageDraw, ImageFilter


def _word(text: str, box: tuple[int, int, int, int], line: int) -> OcrWord:
    left, top, right, bottom = box
    return OcrWord(text, left, top, right - left, bottom - top, 90.0, line, 1, 40)


def test_a_dash_read_off_specks_after_a_line_s_end_is_dropped() -> None:
    image = Image.new("L", (600, 200), 235)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 50, 113, 53), fill=25)      # a printed dash between words
    draw.rectangle((300, 46, 304, 50), fill=60)      # specks after line 0's end
    draw.rectangle((308, 52, 311, 55), fill=60)
    draw.rectangle((300, 140, 301, 146), fill=60)    # a speck taller than wide, line 1's end
    draw.rectangle((100, 150, 106, 153), fill=25)    # a short printed hyphen ending line 2
    image = image.filter(ImageFilter.GaussianBlur(0.7))
    words = (_word("Nghị", (20, 30, 90, 60), 0), _word("-", (98, 47, 116, 56), 0),
             _word("theo", (125, 30, 280, 60), 0), _word("-", (297, 43, 314, 58), 0),
             _word("nước", (200, 125, 290, 150), 1), _word("-", (298, 138, 303, 148), 1),
             _word("Nam)", (20, 130, 90, 160), 2), _word("-", (98, 148, 108, 155), 2))
    kept, dropped = drop_dust_dashes(words, image)
    assert dropped == 2
    assert [(w.text, w.line) for w in kept] == [("Nghị", 0), ("-", 0), ("theo", 0),
                                                ("nước", 1), ("Nam)", 2), ("-", 2)]


def test_a_dash_with_no_ink_under_it_is_kept() -> None:
    # (a word of a caption strip read from its own crop, or over a photo painted white: its
    # ink is not on the page image the words are checked on)
    image = Image.new("L", (200, 100), 235)
    ImageDraw.Draw(image).rectangle((20, 20, 80, 60), fill=20)   # ink elsewhere
    words = (_word("-", (150, 40, 160, 50), 0),)
    assert drop_dust_dashes(words, image) == (words, 0)


def test_a_dash_in_a_line_running_down_the_page_is_kept() -> None:
    # (a caption turned a quarter, its words placed back one under another: its dash is a bar
    # taller than wide, the rightmost word of its line)
    image = Image.new("L", (300, 400), 235)
    ImageDraw.Draw(image).rectangle((104, 170, 106, 180), fill=25)   # "1119 - 1120.", turned
    words = (_word("1119", (100, 100, 115, 160), 0), _word("-", (104, 170, 107, 181), 0),
             _word("1120.", (100, 190, 115, 250), 0))
    assert drop_dust_dashes(words, image) == (words, 0)
