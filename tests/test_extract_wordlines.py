"""Text-layer words made a column at a time agree with the plain ways, one word at a time.

``wordlines.to_words`` numbers lines and blocks with numpy and rounds with integers
(``round2``); here a plain loop over the words, with ``round``, is the reference. The reader's
untyped PDFium calls write boxes and matrices into slots kept from page to page and per
thread; here pages read in another order, or in another thread, give the same words.
"""

from __future__ import annotations

import math
import threading
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from magpipe.artifacts.pages import Word
from magpipe.extract import pdfium_calls
from magpipe.extract.pdftext import RawWord, read_page
from magpipe.extract.wordlines import italic_font, round2, to_words

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXT_LAYER_PDFS = ("bulletin-digital.pdf", "photos-digital.pdf", "legacy-tcvn3.pdf",
                   "legacy-vni.pdf", "textlayer-mixed-fonts.pdf", "damaged-textonly.pdf")


def _words_one_at_a_time(raw: list[RawWord], texts: list[str]) -> tuple[Word, ...]:
    """Lines and blocks decided word by word, each value rounded with ``round``."""
    words: list[Word] = []
    line = block = 0
    prev: RawWord | None = None
    line_x0 = 0.0
    for word, text in zip(raw, texts, strict=True):
        if not text:
            continue
        if prev is not None:
            unit = 1.0 if 1.0 > prev.size else prev.size     # NaN stays NaN
            same_line = (not word.newline and abs(word.top - prev.top) <= 0.5 * unit
                         and word.x0 >= prev.x1 - 0.5 * unit and word.x0 - prev.x1 < 3.0 * unit)
            if not same_line:
                line += 1
                step = word.top - prev.top
                height = prev.bottom - prev.top
                height = 1.0 if height < 1.0 else height
                if (step > 1.25 * height + 0.6 * unit or step < 0.3 * height
                        or abs(word.x0 - line_x0) > 4.0 * unit):
                    block += 1
                line_x0 = word.x0
        else:
            line_x0 = word.x0
        words.append(Word(text, (round(word.x0, 2), round(word.top, 2), round(word.x1, 2),
                                 round(word.bottom, 2)), round(word.size, 2), 100.0, line, block,
                          word.bold, italic_font(word.fontname)))
        prev = word
    return tuple(words)


def _same(a: tuple[Word, ...], b: tuple[Word, ...]) -> bool:
    """The same words, compared through their reprs: a zero's sign shows (-0.0 == 0.0 would
    hide a lost sign), and a NaN size equals a NaN."""
    return [repr(w) for w in a] == [repr(w) for w in b]


def _raw_pages(name: str) -> list[list[RawWord]]:
    doc = pdfium.PdfDocument(FIXTURES / name)
    pages = []
    for number in range(len(doc)):
        page = doc[number]
        pages.append(read_page(page)[1])
        page.close()
    doc.close()
    return pages


@pytest.mark.parametrize("name", TEXT_LAYER_PDFS)
def test_lines_and_blocks_made_a_column_at_a_time_match_a_loop_over_the_words(name: str):
    for raw in _raw_pages(name):
        texts = [w.text for w in raw]
        assert _same(to_words(raw, texts), _words_one_at_a_time(raw, texts))


def _odd(text: str, x0: float, top: float, x1: float, bottom: float, size: float,
         newline: bool = False) -> RawWord:
    return RawWord(text, x0, top, x1, bottom, size, "F", False, newline)


def test_empty_texts_small_and_odd_sizes_and_line_breaks_are_judged_as_word_by_word():
    raw = [_odd("a", 10.0, 100.0, 20.0, 110.0, 10.0),
           _odd("b", 21.0, 100.2, 30.0, 110.0, 10.0),
           _odd("", 31.0, 100.0, 40.0, 110.0, 10.0),          # left out, as a fixed-away word
           _odd("c", 41.0, 100.0, 50.0, 110.0, 0.4),          # under 1 pt: the unit is 1
           _odd("d", 50.5, 100.0, 52.0, 100.5, 0.0, True),    # a line break in the layer
           _odd("e", 10.0, 101.0, 20.0, 111.0, float("nan")),
           _odd("f", 10.0, 140.0, 20.0, 150.0, 10.0),
           _odd("g", 300.0, 40.0, 320.0, 50.0, -0.0),         # up and right: another column
           _odd("h", 300.0, 52.0, 320.0, 62.0, 2.675),
           _odd("", 0.0, 0.0, 0.0, 0.0, 0.0)]
    texts = [w.text for w in raw]
    assert _same(to_words(raw, texts), _words_one_at_a_time(raw, texts))
    assert to_words(raw[:1], ["a"])[0].line == 0
    assert to_words(raw, [""] * len(raw)) == ()


def test_round2_rounds_every_double_as_round_does():
    rng = np.random.default_rng(7)
    singles = rng.uniform(0, 1200, 20000).astype(np.float32).astype(np.float64)
    values = np.concatenate([
        rng.uniform(-1000, 1000, 20000), singles, 841.89 - singles, singles * 16.0,
        np.arange(0, 20000) * 0.005, np.round(rng.uniform(0, 900, 5000), 3),
        [0.0, -0.0, 2.675, 0.125, 0.375, -0.125, -0.004, -0.005, 1e-9, -1e-9, 2.0 ** -7,
         2.0 ** -8, 2.0 ** 40, 2.0 ** 41, 2.0 ** 42, 1e12, 1e-300, 5e-324, float("inf"),
         float("-inf"), float("nan")]])
    got = round2(values)
    for value, mine in zip(values.tolist(), got, strict=True):
        theirs = round(value, 2)
        if math.isnan(theirs):
            assert math.isnan(mine)
        else:
            assert mine == theirs and math.copysign(1.0, mine) == math.copysign(1.0, theirs), value


def test_words_are_the_same_whatever_page_the_reused_slots_held_before():
    names = ("photos-digital.pdf", "legacy-tcvn3.pdf", "bulletin-digital.pdf")
    forward = {name: _raw_pages(name) for name in names}
    pdfium_calls._LOCAL.__dict__.clear()      # fresh slots, and the files in another order
    backward = {name: _raw_pages(name) for name in reversed(names)}
    assert forward == backward


def test_a_page_read_in_another_thread_gives_the_same_words():
    here = _raw_pages("bulletin-digital.pdf")
    there: list[list[RawWord]] = []
    thread = threading.Thread(target=lambda: there.extend(_raw_pages("bulletin-digital.pdf")))
    thread.start()
    thread.join()
    assert there == here
