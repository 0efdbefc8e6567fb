"""Work the text-layer path skips or does more cheaply gives what the full path gives: ftfy
left out on text it cannot change, font and size read through address-only prototypes."""

from __future__ import annotations

import ctypes
import math
import random
import string
from pathlib import Path

import ftfy
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from magpipe.extract import fix_texts, textfix
from magpipe.extract.pdftext import _Objects, read_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DIGITAL = ("bulletin-digital.pdf", "photos-digital.pdf", "textlayer-mixed-fonts.pdf")


def _raw_pages():
    for name in DIGITAL:
        doc = pdfium.PdfDocument(str(FIXTURES / name))
        try:
            for i in range(len(doc)):
                page = doc[i]
                try:
                    yield read_page(page)[1]
                finally:
                    page.close()
        finally:
            doc.close()


def test_ftfy_returns_printable_ascii_without_an_ampersand_as_it_is():
    rng = random.Random(14)
    alphabet = string.printable.replace("&", "").replace("\x0b", "").replace("\x0c", "")
    alphabet = "".join(c for c in alphabet if c.isprintable())
    samples = ["", "Vietnam Economic Review", "ViA-t Nam ~ 100% (A+B) <p>#1</p>",
               *("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))
                 for _ in range(3000))]
    for text in samples:
        assert textfix.untouched_by_ftfy(text)
        assert ftfy.fix_text(text, textfix._FTFY) == text


@pytest.mark.parametrize("text", ["Ben &amp; Jerry", "red \x1b[31mtext", "a\x7fb",
                                  "Vi\u00c3\u00aat", "\ufb01nance", "Tie\u0302\u0301ng"])
def test_text_ftfy_might_change_goes_through_ftfy(text: str):
    assert not textfix.untouched_by_ftfy(text)


def test_page_texts_are_the_same_when_ftfy_runs_on_every_page(monkeypatch):
    pages = [*_raw_pages()]
    english = [w for w in pages[0] if w.text.isascii()]    # a page ftfy is skipped on
    assert english
    pages.append(english)
    shortened = [fix_texts(raw) for raw in pages]
    monkeypatch.setattr(textfix, "untouched_by_ftfy", lambda text: False)
    assert [fix_texts(raw) for raw in pages] == shortened


def _slow_font_and_size(textpage, index: int) -> tuple[int, float]:
    """A character's font id and size through pypdfium2's own prototypes."""
    obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
    font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
    key = ctypes.addressof(font.contents) if font else -index - 1
    matrix = pdfium_c.FS_MATRIX()
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    if pdfium_c.FPDFText_GetMatrix(textpage, index, matrix):
        scale = math.hypot(matrix.c, matrix.d)
        if scale > 0:
            size *= scale
    return key, size


@pytest.mark.parametrize("name", DIGITAL)
def test_fonts_and_sizes_through_addresses_match_pypdfium2s_prototypes(name: str):
    doc = pdfium.PdfDocument(str(FIXTURES / name))
    try:
        page = doc[0]
        textpage = page.get_textpage()
        objects = _Objects(textpage.raw)
        count = textpage.count_chars()
        assert count > 100
        for index in range(count):
            assert objects.of(index) == _slow_font_and_size(textpage.raw, index)
        textpage.close()
        page.close()
    finally:
        doc.close()
