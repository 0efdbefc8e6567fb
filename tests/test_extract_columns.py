"""The text-layer reader's column-at-a-time ways give what the one-at-a-time ways give.

``pdftext._words`` maps each PDFium call over all the words of a page and learns the text
objects' fonts and sizes in one pass (``_Objects.learn``); ``page_facts`` skips the type of the
objects the words already showed to be text; ``_line_starts`` finds the words after a line
break from the breaks' positions. Each is checked here against the plain way on the fixtures
and on pages made to hold what the fixtures lack (pictures, a line-end mark).
"""

from __future__ import annotations

import re
from itertools import repeat
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from extract_pdfs import PAGE, VIETNAMESE, draw_text
from magpipe.extract import PageJob, extract_page, fix_texts
from magpipe.extract.pdftext import (
    _TEXT_OBJECT,
    LINE_END_HYPHEN,
    _font,
    _line_starts,
    _Objects,
    page_facts,
    read_page,
)
from magpipe.extract.textfix import fix_page_texts
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXT_LAYER_PDFS = ("bulletin-digital.pdf", "photos-digital.pdf", "legacy-tcvn3.pdf",
                   "legacy-vni.pdf", "legacy-viscii.pdf", "textlayer-mixed-fonts.pdf",
                   "damaged-textonly.pdf")


def _pages(path: Path):
    doc = pdfium.PdfDocument(str(path))
    try:
        for number in range(len(doc)):
            page = doc[number]
            try:
                yield page
            finally:
                page.close()
    finally:
        doc.close()


def _learnt_in_one_pass(textpage: pdfium.PdfTextPage) -> tuple[list[int | None], _Objects]:
    """Every character's text object, and the objects learnt from all of them at once."""
    count = textpage.count_chars()
    learnt = _Objects(textpage.raw)
    objects = list(map(_TEXT_OBJECT, repeat(learnt.handle, count), range(count)))
    learnt.learn(objects, list(range(count)))
    return objects, learnt


@pytest.mark.parametrize("name", TEXT_LAYER_PDFS)
def test_objects_learnt_in_one_pass_match_objects_asked_one_character_at_a_time(name: str):
    for page in _pages(FIXTURES / name):
        textpage = page.get_textpage()
        objects, learnt = _learnt_in_one_pass(textpage)
        asked = _Objects(textpage.raw)
        for index, obj in enumerate(objects):
            if obj is not None:
                assert learnt.known[obj] == asked.of(index), (name, index)
        assert None not in learnt.known
        textpage.close()


def _with_pictures(path: Path) -> Path:
    """A text page with two pictures, one of them inside a form XObject."""
    canvas = Canvas(str(path), pagesize=PAGE, invariant=1)
    draw_text(canvas, [VIETNAMESE, VIETNAMESE])
    picture = ImageReader(Image.new("L", (120, 80), 90))
    canvas.drawImage(picture, 60, PAGE[1] - 420, width=200, height=120)
    canvas.beginForm("logo")
    canvas.drawImage(picture, 300, 100, width=90, height=60)
    canvas.endForm()
    canvas.doForm("logo")
    canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("name", ["bulletin-digital.pdf", "legacy-tcvn3.pdf", "pictures"])
def test_page_facts_are_the_same_when_the_words_text_objects_are_not_asked_again(
        name: str, tmp_path: Path):
    path = _with_pictures(tmp_path / "p.pdf") if name == "pictures" else FIXTURES / name
    for page in _pages(path):
        facts, _ = read_page(page)
        textpage = page.get_textpage()
        plain = page_facts(page, textpage.count_chars())
        textpage.close()
        assert facts == plain
        if name == "pictures":
            assert facts.image_count == 2


def _line_starts_word_by_word(text: str, spans: list[tuple[int, int]],
                              words: list[str]) -> list[bool]:
    """A line break in the whitespace before a word, or a line-end mark ending the one before."""
    flags, after, mark = [], 0, False
    for (start, stop), word in zip(spans, words, strict=True):
        gap = text[after:start]
        flags.append(mark or "\n" in gap or "\r" in gap)
        after, mark = stop, word.endswith(LINE_END_HYPHEN)
    return flags


@pytest.mark.parametrize("text", ["\nmột hai\r\nba", "bốn" + LINE_END_HYPHEN + "năm sáu\n",
                                  "  bảy\r tám\n\n chín mười" + LINE_END_HYPHEN, "a", "\n\n"])
def test_line_starts_from_the_breaks_positions_match_the_gaps_word_by_word(text: str):
    import re
    spans = [m.span() for m in re.finditer(r"[^\s\ufffe]*\ufffe|[^\s\ufffe]+", text)]
    words = [text[a:b] for a, b in spans]
    starts = [a for a, _ in spans]
    expected = _line_starts_word_by_word(text, spans, words)
    assert _line_starts(text, starts, words) == expected
    if LINE_END_HYPHEN not in text:
        assert _line_starts(text, starts, []) == expected


def test_a_page_with_pictures_keeps_its_words_and_its_photo(tmp_path: Path):
    path = _with_pictures(tmp_path / "p.pdf")
    page = extract_page(PageJob(str(path), 1, "auto", "vie+eng", 300, 60.0, 10**9))
    assert page.words and len(page.images) == 2
    for pdf_page in _pages(path):
        _, raw = read_page(pdf_page)
        assert fix_texts(raw) == fix_page_texts([w.pieces() for w in raw])


@pytest.mark.parametrize("name", TEXT_LAYER_PDFS)
def test_objects_learnt_in_two_passes_match_objects_learnt_in_one(name: str):
    """A second ``learn`` asks only the objects the first did not know, and objects
    given as None (characters PDFium made) are left out."""
    for page in _pages(FIXTURES / name):
        textpage = page.get_textpage()
        objects, once = _learnt_in_one_pass(textpage)
        count = len(objects)
        twice = _Objects(textpage.raw)
        half = count // 2
        twice.learn(objects[:half] + [None], list(range(half)) + [count])
        twice.learn(objects, list(range(count)))
        assert twice.known == once.known
        textpage.close()


def _font_switched_words(path: Path) -> Path:
    """Words whose last letters are set in another font than their first, with no space
    between: the two ends of such a word are in two text objects."""
    canvas = Canvas(str(path), pagesize=PAGE, invariant=1)
    text = canvas.beginText(72, PAGE[1] - 100)
    for head, tail in (("Hel", "lo"), ("wor", "ld"), ("Vi", "ệt")):
        text.setFont("Helvetica", 12)
        text.textOut(head)
        text.setFont("Times-Roman", 12)
        text.textOut(tail)
        text.setFont("Helvetica", 12)
        text.textOut(" plain ")
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("name", [*TEXT_LAYER_PDFS, "font-switched"])
def test_a_words_end_fonts_read_together_match_its_characters_asked_one_at_a_time(
        name: str, tmp_path: Path):
    """Where a word's first and last characters are in fonts of different names (asked
    one character at a time), its font runs start and end with those names; where it has
    no runs, both are in its own font."""
    path = (_font_switched_words(tmp_path / "f.pdf") if name == "font-switched"
            else FIXTURES / name)
    switched = 0
    for page in _pages(path):
        _, raw = read_page(page)
        textpage = page.get_textpage()
        text = textpage.get_text_range(0, textpage.count_chars())
        asked = _Objects(textpage.raw)
        spans = [m.span() for m in
                 re.finditer(r"[^\s\x00\x02\ufffe]*[\x02\ufffe]|[^\s\x00\x02\ufffe]+", text)]
        assert len(spans) == len(raw)
        for (start, stop), word in zip(spans, raw, strict=True):
            first = _font(textpage.raw, start)[0]
            last = _font(textpage.raw, stop - 1)[0]
            assert asked.of(start)[1] == word.size
            if word.font_runs:
                assert (word.font_runs[0][1], word.font_runs[-1][1]) == (first, last)
            else:
                assert first == last == word.fontname, (name, word.text)
            switched += first != last
        textpage.close()
    if name == "font-switched":
        assert switched == 3
