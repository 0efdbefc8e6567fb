"""Dust on scans kept out of the text: isolated specks removed from the page image, marks
read from specks beside words dropped, and real punctuation and Vietnamese marks kept (on
type set with PIL, and on the scanned fixture against its clean twin)."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
from conftest import FIXTURES
from magpipe.extract.ocr.despeckle import (
    detached_mark,
    drop_detached_marks,
    find_specks,
    glued_at,
    ink_parts,
    ink_threshold,
    remove_specks,
)
from magpipe.extract.ocr.tesseract import OcrWord
from magpipe.extract.render import render_page
from PIL import Image, ImageDraw, ImageFont

DPI = 300
ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
PAPER, INK = 240, 20


def _typeset(text: str, size: int = 34) -> Image.Image:
    """One line of 8 pt italic (at 300 dpi) on a wide page."""
    image = Image.new("L", (1400, 300), PAPER)
    ImageDraw.Draw(image).text((40, 120), text, fill=INK,
                               font=ImageFont.truetype(ITALIC, size))
    return image


def _blot(image: Image.Image, x: int, y: int) -> None:
    """An irregular dark blot about 4 px across (dust is no neat square)."""
    grey = np.asarray(image).copy()
    for dy, dx in ((0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 1), (-1, 1), (2, 2), (3, 2)):
        grey[y + dy, x + dx] = 35
    image.paste(Image.fromarray(grey, mode="L"))


def test_otsu_threshold_falls_between_ink_and_paper():
    image = Image.fromarray(np.where(np.arange(400).reshape(20, 20) % 7 == 0, INK, PAPER)
                            .astype(np.uint8), mode="L")
    assert INK < ink_threshold(image) <= PAPER


def test_a_blot_clear_of_the_text_is_removed_and_every_mark_of_the_line_kept():
    clean = _typeset("Ông Việt, ở Hà Nội: “tiếng ệ”... U.S. - dân; quý.")
    dusty = clean.copy()
    for x, y in ((300, 30), (900, 260), (1300, 140)):     # above, below, after the line
        _blot(dusty, x, y)
    cleaned, count = remove_specks(dusty, DPI)
    assert count == 3
    ink = np.asarray(clean) < 128
    # every pixel of the typeset line (dots, commas, ellipsis, dot-below, hooks) survives
    assert (np.asarray(cleaned)[ink] < 128).all()
    assert (np.asarray(cleaned) < 128).sum() == ink.sum()


def test_the_ink_s_pieces_labelled_once_give_the_same_specks():
    """page.ocr_page labels the page's ink once for the cut frames and the specks: handed in,
    the pieces give the specks found from the image itself."""
    dusty = _typeset("Ông Việt, ở Hà Nội: “tiếng ệ”... U.S. - dân; quý.")
    for x, y in ((300, 30), (900, 260)):
        _blot(dusty, x, y)
    parts = ink_parts(dusty)
    assert parts.count == int(np.asarray(parts.labels).max()) > 2
    alone, count = remove_specks(dusty, DPI)
    shared, shared_count = remove_specks(dusty, DPI, parts)
    assert count == shared_count == 2
    assert np.array_equal(np.asarray(alone), np.asarray(shared))


def test_a_clean_line_loses_nothing():
    assert find_specks(_typeset("i. j, ị ỵ ế ổ: ”Mr. Ử” - … ;"), DPI) == []


def test_a_trailing_mark_a_word_space_away_is_detached():
    ink = np.zeros((30, 60), dtype=bool)
    ink[5:25, 0:30] = True          # the word
    ink[21:24, 42:45] = True        # a speck 12 px on (line 36 px high)
    assert detached_mark(ink, ".", 36) == 30
    ink[21:24, 42:45] = False
    ink[21:24, 32:35] = True        # a period after its letter
    assert detached_mark(ink, ".", 36) is None


def test_a_word_with_its_comma_and_a_speck_after_it_keeps_the_comma():
    ink = np.zeros((36, 70), dtype=bool)
    ink[5:25, 0:30] = True          # the word
    ink[21:29, 32:35] = True        # its comma
    ink[21:24, 47:50] = True        # a speck a word space on
    word = OcrWord("Ninh,", 0, 0, 70, 36, 90.0, 0, 1, 36)
    image = Image.fromarray(np.where(ink, INK, PAPER).astype(np.uint8), mode="L")
    (out,), dropped = drop_detached_marks((word,), image)
    assert (out.text, out.width, dropped) == ("Ninh,", 35, 0)


def test_a_colon_of_two_dots_is_kept_however_far_and_a_single_blot_is_not_one():
    ink = np.zeros((30, 60), dtype=bool)
    ink[5:25, 0:30] = True
    ink[10:13, 42:45] = True
    assert detached_mark(ink, ":", 36) == 30
    ink[21:24, 42:45] = True        # the second dot
    assert detached_mark(ink, ":", 36) is None


def test_marks_glued_between_words_stand_for_word_breaks():
    assert glued_at("Việt.Nam") == [4]
    assert glued_at("Daejin.International") == [6]
    assert glued_at("People’s.Congress") == [8]
    assert glued_at("viên'địa") == [4]
    assert glued_at("UNESCO'lần") == [6]
    assert glued_at("works'with") == [5]


def test_abbreviations_initials_clitics_and_addresses_keep_their_marks():
    for text in ("Mr.Doan", "U.S.A", "e.g.", "TP.HCM", "ThS.Nguyễn", "langson.gov.vn",
                 "www.example.com", "tin@langson.vn", "People's", "don't", "we'll",
                 "O'Brien", "2025.", "10.5"):
        assert glued_at(text) == [], text


def _word(text: str, left: int, width: int) -> OcrWord:
    return OcrWord(text, left, 115, width, 50, 90.0, 0, 1, 45)


def test_words_lose_the_marks_read_from_dust_and_keep_real_ones():
    image = _typeset("Shanghai   Mr. Việt")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(ITALIC, 34)
    end = 40 + draw.textlength("Shanghai", font=font)
    _blot(image, round(end) + 12, 150)                   # on the baseline, a space away
    words = (_word("Shanghai.", 40, round(end) + 18 - 40),
             _word("Mr.", round(40 + draw.textlength("Shanghai   ", font=font)),
                   round(draw.textlength("Mr.", font=font)) + 2),
             _word("Việt.Nam", 500, 160))
    out, dropped = drop_detached_marks(words, image)
    assert [w.text for w in out] == ["Shanghai", "Mr.", "Việt", "Nam"]
    assert dropped == 2
    assert out[0].width <= round(end) - 40 + 2
    assert out[2].left == 500 and out[3].left + out[3].width == 660


def _render(name: str, number: int) -> Image.Image:
    doc = pdfium.PdfDocument(str(FIXTURES / name))
    try:
        return render_page(doc, number, dpi=DPI, max_pixels=200_000_000)
    finally:
        doc.close()


def test_the_clean_print_loses_no_mark_and_the_scan_loses_its_loose_dust():
    # the caption page of the photo fixture: 8-9 pt italic, the smallest marks printed
    clean = find_specks(_render("photos-digital.pdf", 5), DPI)
    scanned = find_specks(_render("photos-scanned.pdf", 5), DPI)
    assert clean == []
    assert len(scanned) > 40


def test_marks_read_from_specks_before_a_word_are_dropped_and_its_box_starts_at_its_ink():
    image = _typeset("sâu          On")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(ITALIC, 34)
    start = round(40 + draw.textlength("sâu          ", font=font))
    _blot(image, start - 40, 125)                         # dust in the gap, high
    _blot(image, start - 34, 150)                         # and on the baseline
    words = (_word("`.On", start - 42, round(draw.textlength("On", font=font)) + 44),
             _word("“Nam”", 700, 110))
    ImageDraw.Draw(image).text((700, 120), "“Nam”", fill=INK, font=font)
    out, dropped = drop_detached_marks(words, image)
    assert [w.text for w in out] == ["On", "“Nam”"]
    assert dropped == 2
    assert start - 3 <= out[0].left <= start + 3
    assert out[0].left + out[0].width == start - 42 + words[0].width
