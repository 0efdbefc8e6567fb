"""Ink OCR read twice counts once.

Tesseract now and then reads one stretch of print twice, as two lines of two blocks: a rubric
over a rule (``PHÓNG SỰ ẢNH`` read clean, then again as ``PHÓNG SỰ ANH`` together with the
rule under it), a line running close to a photo's edge, a column's line beside a fold. The
second reading lies over the first, word on word; kept, it doubles the text and joins rows the
first reading keeps apart (the rubric's second copy ran on into the title below it and made the
title ``PHÓNG SỰ ANH ... LÃNH ĐẠO ...``, and the article lost its pairing). Words of one line
never overlap by much: two words of different OCR lines whose boxes share more than
``OVERLAP`` of the smaller box and whose texts are alike (the same letters, marks, case and
punctuation aside) are one word read twice, and the less confident reading is left empty.

The page keeps its word indices (an empty word is taken by no piece, as ``dropcaps`` does), so
blocks still name the page's words. Only OCR pages: a text layer places each word once.
Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import across, down
from magpipe.artifacts.pages import OCR_SOURCES, Page, Word
from magpipe.text.folding import folded_words

log = logging.getLogger(__name__)

OVERLAP = 0.5        # share of the smaller box two readings of one word cover together



def _shared(a: Word, b: Word) -> float:
    """Share of the smaller of the two boxes that both cover."""
    w, h = across(a.box, b.box), down(a.box, b.box)
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a.box[2] - a.box[0]) * (a.box[3] - a.box[1]),
                  (b.box[2] - b.box[0]) * (b.box[3] - b.box[1]))
    return w * h / smaller if smaller > 0 else 0.0


def second_readings(words: tuple[Word, ...]) -> set[int]:
    """Indices of the words that are a less confident second reading of another word. The
    readings are weighed line against line: of two OCR lines that read some words twice,
    the line whose twice-read words are the less confident loses all of them (picked word by
    word, each line would keep holes where the other's words won)."""
    order = sorted((i for i, w in enumerate(words) if w.text.strip()),
                   key=lambda i: words[i].box[1])
    keys: dict[int, str] = {}
    pairs: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for n, i in enumerate(order):
        a = words[i]
        for j in order[n + 1:]:
            b = words[j]
            if b.box[1] >= a.box[3]:
                break                               # (sorted by top: none lower overlaps)
            if a.line == b.line or _shared(a, b) <= OVERLAP:
                continue
            ka = keys.setdefault(i, folded_words(a.text))
            if ka and ka == keys.setdefault(j, folded_words(b.text)):
                first, second = (i, j) if a.line < b.line else (j, i)
                pairs.setdefault((words[first].line, words[second].line), []).append(
                    (first, second))
    dropped: set[int] = set()
    for (line_a, line_b), twice in pairs.items():
        conf_a = sum(words[i].conf for i, _ in twice)
        conf_b = sum(words[j].conf for _, j in twice)
        weaker = [j for _, j in twice] if conf_b <= conf_a else [i for i, _ in twice]
        dropped.update(weaker)
        log.debug("%d words of OCR lines %d and %d read twice: %r left out", len(twice),
                  line_a, line_b, " ".join(words[k].text for k in weaker))
    return dropped


def read_once(page: Page) -> Page:
    """``page`` with each second reading of OCR'd ink left empty (see the module)."""
    if page.source not in OCR_SOURCES:
        return page
    dropped = second_readings(page.words)
    if not dropped:
        return page
    log.info("page %d: %d words OCR read twice left out", page.number, len(dropped))
    return replace(page, words=tuple(replace(w, text="") if i in dropped else w
                                     for i, w in enumerate(page.words)))
