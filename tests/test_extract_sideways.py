"""A page printed turned a quarter (a landscape page set onto a portrait sheet) that Tesseract
reads down the page, at good confidence, reads sideways (``extract.ocr.page.reads_sideways``)
and is turned upright before its kept reading; the same page read upright does not. The
readings are Tesseract's answers (image_to_data's columns) kept by the OCR replay for page 2
of ``sideways-3-scanned`` (seed 1600): as it came, and turned 270 degrees."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.extract.ocr.page import reads_badly, reads_sideways
from magpipe.extract.ocr.tesseract import OcrResult, OcrWord, _words_from_data

DATA = Path(__file__).parent / "data" / "ocr-sideways"


def _reading(name: str) -> OcrResult:
    data = json.loads((DATA / f"{name}.tsv.json").read_text(encoding="utf-8"))
    return OcrResult(_words_from_data(data))


def test_a_turned_page_read_down_the_page_reads_sideways_though_not_badly() -> None:
    result = _reading("read-as-it-came")
    assert not reads_badly(result)      # why the check on confidence alone let it through
    assert reads_sideways(result)


def test_the_same_page_read_turned_upright_does_not_read_sideways() -> None:
    result = _reading("read-turned")
    assert not reads_badly(result)
    assert not reads_sideways(result)


def _word(text: str, width: int, height: int, k: int) -> OcrWord:
    return OcrWord(text=text, left=10, top=30 * k, width=width, height=height, conf=90.0,
                   line=k, block=1, line_height=height)


def test_a_few_tall_words_on_an_upright_page_do_not_make_it_read_sideways() -> None:
    # a credit set along a photo's edge: a few words read up the page among upright lines
    words = [_word("word", 60, 20, k) for k in range(20)] + \
        [_word("Photo", 20, 70, 20 + k) for k in range(5)]
    assert not reads_sideways(OcrResult(tuple(words)))


def test_a_page_of_a_few_words_says_nothing() -> None:
    words = [_word("Photo", 20, 70, k) for k in range(5)]
    assert not reads_sideways(OcrResult(tuple(words)))
