"""The extract stage's fast paths give what the plain, character-by-character ways give.

``pdftext._words`` reads two character boxes and the text objects of a word's two ends through
raw PDFium addresses; here each word is rebuilt from pypdfium2's public calls, one character at
a time. ``textfix.fix_page_texts`` skips the per-word work a usual page needs none of; here a
page is fixed word by word. ``text.damage`` remembers each token's verdict; here the counts are
checked on texts whose answer is known.
"""

from __future__ import annotations

import ctypes
import math
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from magpipe.extract.pdftext import LINE_END_HYPHEN, RawWord, read_page
from magpipe.extract.textfix import fix_mojibake, fix_page_texts, font_hint
from magpipe.extract.wordlines import to_words
from magpipe.text.damage import score_text, spells_nothing, unreadable_share

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOUND = ("Dự án đầu tư tuyến cao tốc cửa khẩu Hữu Nghị Chi Lăng là một trong những công "
         "trình trên cả nước được khởi công với tổng mức đầu tư lớn")
TEXT_LAYER_PDFS = ("bulletin-digital.pdf", "photos-digital.pdf", "legacy-tcvn3.pdf",
                   "legacy-vni.pdf", "legacy-viscii.pdf", "textlayer-mixed-fonts.pdf",
                   "damaged-textonly.pdf")


def _font_name(textpage: pdfium.PdfTextPage, index: int) -> str:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, 128, ctypes.byref(flags))
    return buffer.value.decode("latin-1", "replace")


def _size(textpage: pdfium.PdfTextPage, index: int) -> float:
    size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index)
    matrix = pdfium_c.FS_MATRIX()
    if pdfium_c.FPDFText_GetMatrix(textpage.raw, index, ctypes.byref(matrix)):
        scale = math.hypot(matrix.c, matrix.d)
        if scale > 0:
            size *= scale
    return size


def _words_one_char_at_a_time(page: pdfium.PdfPage) -> list[tuple]:
    """Each word's text, box, size, font name and line-break flag, read from pypdfium2's
    public calls character by character."""
    textpage = page.get_textpage()
    height = page.get_size()[1]
    count = textpage.count_chars()
    chars = [chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(count)]
    words, current, newline = [], [], False

    def close() -> None:
        nonlocal newline
        if not current:
            return
        boxes = [textpage.get_charbox(i, loose=True) for i in (current[0], current[-1])]
        text = "".join(chars[i] for i in current).replace("\x02", LINE_END_HYPHEN)
        words.append((text, min(b[0] for b in boxes), height - max(b[3] for b in boxes),
                      max(b[2] for b in boxes), height - min(b[1] for b in boxes),
                      _size(textpage, current[0]), _font_name(textpage, current[0]), newline))
        newline = text.endswith(LINE_END_HYPHEN)
        current.clear()

    for i, char in enumerate(chars):
        if char.isspace() or char == "\x00":
            close()
            newline = newline or char in "\r\n"
        else:
            current.append(i)
            if char in "\x02\ufffe":
                close()
    close()
    textpage.close()
    return words


@pytest.mark.parametrize("name", TEXT_LAYER_PDFS)
def test_words_read_by_address_match_words_read_one_character_at_a_time(name: str) -> None:
    doc = pdfium.PdfDocument(FIXTURES / name)
    try:
        for number in range(len(doc)):
            page = doc[number]
            _, raw = read_page(page)
            expected = _words_one_char_at_a_time(page)
            page.close()
            got = [(w.text, w.x0, w.top, w.x1, w.bottom, w.size, w.fontname, w.newline)
                   for w in raw]
            assert got == expected, f"{name} page {number + 1}"
    finally:
        doc.close()


def _fixed_word_by_word(words: list[list[tuple[str, str]]]) -> list[str]:
    """A page without legacy fonts fixed the plain way: each word joined, its line-end mark
    made a hyphen, mojibake fixed only where the page has some, each word put in NFC."""
    out = ["".join(text for text, _ in word).replace(LINE_END_HYPHEN, "-") for word in words]
    joined = " ".join(out)
    if fix_mojibake(joined) != unicodedata.normalize("NFC", joined):
        out = [fix_mojibake(t) for t in out]
    return [unicodedata.normalize("NFC", t) for t in out]


def _page_pieces(name: str) -> list[list[list[tuple[str, str]]]]:
    doc = pdfium.PdfDocument(FIXTURES / name)
    pages = []
    for number in range(len(doc)):
        page = doc[number]
        pages.append([w.pieces() for w in read_page(page)[1]])
        page.close()
    doc.close()
    return pages


@pytest.mark.parametrize("name", ["bulletin-digital.pdf", "photos-digital.pdf"])
def test_a_page_without_legacy_fonts_is_fixed_as_word_by_word(name: str) -> None:
    for words in _page_pieces(name):
        assert not any(font_hint(font) for word in words for _, font in word)
        texts, note = fix_page_texts(words)
        assert note == ""
        assert texts == _fixed_word_by_word(words)


def test_words_out_of_nfc_are_composed_and_line_end_marks_become_hyphens() -> None:
    body = [[(w, "Arial")] for w in SOUND.split()]
    decomposed = unicodedata.normalize("NFD", "Việt")
    words = [[(decomposed, "Arial")], [("cao" + LINE_END_HYPHEN, "Arial")],
             [("Lạng", "Arial"), ("Sơn", "Arial-Bold")], *body]
    texts, note = fix_page_texts(words)
    assert note == ""
    assert texts[:3] == ["Việt", "cao-", "LạngSơn"]
    assert texts[3:] == SOUND.split()
    assert texts == _fixed_word_by_word(words)


def test_a_vni_heading_still_converts_beside_a_unicode_body() -> None:
    body = [[(w, "Times")] for w in SOUND.split()]
    heading = [[("Vieät", "VNI-Times")], [("Nam", "VNI-Times")], [("ñaàu", "VNI-Times")],
               [("tö", "VNI-Times")]]
    texts, note = fix_page_texts(heading + body)
    assert texts[:4] == ["Việt", "Nam", "đầu", "tư"]
    assert texts[4:] == [w[0][0] for w in body]
    assert "vni" in note


def test_unreadable_share_counts_every_repeat_of_a_non_text_character() -> None:
    assert unreadable_share("\ufffd\ufffd\ufffdab") == pytest.approx(3 / 5)
    assert unreadable_share("\ue000a\ue000b\x01c\n") == pytest.approx(3 / 7)
    assert unreadable_share("(cid:3)\ufffd x") == pytest.approx(8 / 10)


def test_damage_counts_are_the_sums_of_each_word_scored_alone() -> None:
    pages = [" ".join("".join(t for t, _ in word) for word in words)
             for words in _page_pieces("bulletin-digital.pdf")]
    for text in [*pages, " ".join(["người", "nguoi", "t6ng", "S&", "Hanoi", "the"] * 5)]:
        whole = score_text(text)
        alone = [score_text(word) for word in text.split()]
        assert [whole.tokens, whole.vietnamese, whole.vi_only, whole.odd] == [
            sum(s.tokens for s in alone), sum(s.vietnamese for s in alone),
            sum(s.vi_only for s in alone), sum(s.odd for s in alone)]
    assert score_text(pages[0]).vi_only > 50


def test_spells_nothing_answers_the_same_when_asked_again() -> None:
    for token in ("xkqlz", "người", "Tnb", "qat", "quan", "ab"):
        assert spells_nothing(token) == spells_nothing(token)
    assert spells_nothing("xkqlz") and not spells_nothing("người") and not spells_nothing("quan")


def test_word_boxes_and_sizes_are_rounded_as_round_rounds_each_value() -> None:
    doc = pdfium.PdfDocument(FIXTURES / "bulletin-digital.pdf")
    page = doc[0]
    _, raw = read_page(page)
    page.close()
    doc.close()
    odd = [RawWord("a", 1.0, 0.0, 2.0, 2.675, 2.675, "F", False, False),
           RawWord("b", 3.0, -0.0, 4.0, 2.675, 2.675, "F", False, False),
           RawWord("c", 5.0, -0.0, 6.0, -0.0, -0.0, "F", False, False)]
    raw = raw + odd
    words = to_words(raw, [w.text for w in raw])
    assert [(w.box, w.size) for w in words] == [
        ((round(r.x0, 2), round(r.top, 2), round(r.x1, 2), round(r.bottom, 2)), round(r.size, 2))
        for r in raw]
    signs = [math.copysign(1.0, v) for w in words[-3:] for v in (w.box[1], w.box[3], w.size)]
    assert signs == [1.0, 1.0, 1.0, -1.0, 1.0, 1.0, -1.0, -1.0, -1.0]
