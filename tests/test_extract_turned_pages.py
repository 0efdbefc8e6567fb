"""A text layer set turned is read as the page turned upright (``extract.turns``).

``tests/data/turned-text.pdf`` (``tools/turned_text_pdf.py``) holds one text four times:
upright, turned half a circle, sideways reading upwards, and upright with a credit set
reading upwards along the margin.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from magpipe.config import OcrMode
from magpipe.extract import PageJob, extract_page
from magpipe.extract.pdftext import _words, read_page
from magpipe.extract.turns import reading_order, turned_box

PDF = Path(__file__).resolve().parent / "data" / "turned-text.pdf"
UPRIGHT, HALF_TURN, SIDEWAYS, CREDITED = 1, 2, 3, 4


def _page(number: int):
    return extract_page(PageJob(str(PDF), number, OcrMode.AUTO, "vie+eng", 300, 60.0,
                                100_000_000))


def _lines(page) -> list[str]:
    return page.text().splitlines()


@pytest.fixture(scope="module")
def upright():
    return _page(UPRIGHT)


def test_page_turned_half_a_circle_reads_as_the_upright_page(upright) -> None:
    page = _page(HALF_TURN)
    assert page.rotation == 180
    assert "turned 180 degrees" in page.reason
    assert _lines(page)[:5] == _lines(upright)[:5]
    assert _lines(page)[0] == "TURNED PAGES READ UPRIGHT"
    # the same words in the same places once upright: boxes within a point of the upright's
    # (PDFium's boxes of a turned glyph are its upright box turned)
    assert len(page.words) == len(upright.words)
    for turned, level in zip(page.words[:-1], upright.words, strict=False):   # (page numbers)
        assert turned.text == level.text
        assert all(abs(a - b) < 1.0 for a, b in zip(turned.box, level.box, strict=True))
    assert (page.width, page.height) == (upright.width, upright.height)


def test_sideways_page_reads_upright_with_its_size_turned(upright) -> None:
    page = _page(SIDEWAYS)
    assert page.rotation == 90
    assert page.width < page.height              # a landscape page read as portrait
    assert _lines(page)[:5] == _lines(upright)[:5]
    first = page.lines()[1]                      # a line of the paragraph, left to right
    assert [w.box[0] for w in first] == sorted(w.box[0] for w in first)
    assert len({round(w.box[1]) for w in first}) == 1


def test_upright_pages_keep_the_words_the_layer_gives() -> None:
    doc = pdfium.PdfDocument(str(PDF))
    try:
        for number in (UPRIGHT, CREDITED):
            page = doc[number - 1]
            textpage = page.get_textpage()
            try:
                facts, words = read_page(page)
                text = textpage.get_text_range(0, textpage.count_chars())
                assert facts.turn == 0
                assert words == _words(textpage, text, page.get_height())
            finally:
                textpage.close()
                page.close()
    finally:
        doc.close()


def test_a_credit_set_turned_leaves_its_page_upright(upright) -> None:
    page = _page(CREDITED)
    assert page.rotation == 0
    assert _lines(page)[:5] == _lines(upright)[:5]


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_box_turned_four_times_by_a_quarter_comes_back(degrees: int) -> None:
    box, width, height = (10.0, 20.0, 50.0, 32.0), 300.0, 400.0
    turned = turned_box(box, degrees, width, height)
    size = (width, height) if degrees == 180 else (height, width)
    back = turned_box(turned, (360 - degrees) % 360, *size)
    assert back == pytest.approx(box)


def test_a_turned_lines_words_are_put_left_to_right() -> None:
    from magpipe.extract.pdftext import RawWord

    def word(text: str, x0: float, newline: bool) -> RawWord:
        return RawWord(text, x0, 10.0, x0 + 20.0, 20.0, 10.0, "Serif", False, newline)

    backwards = [word("three", 60.0, True), word("two", 30.0, False), word("one", 0.0, False),
                 word("four", 0.0, True)]
    ordered = reading_order(backwards)
    assert [w.text for w in ordered] == ["one", "two", "three", "four"]
    assert [w.newline for w in ordered] == [True, False, False, True]
