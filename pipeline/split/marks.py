"""Marks of display type that OCR reads a second time as words of their own.

Tesseract reads a large display title (a greeting's "Lời ngỏ" in a decorative face) with its
marks, and then often reads the marks standing above the letters (the grave of "ờ", the hook
of "ỏ") or below them (the dot of "ạ") again as a separate line of tiny "words" such as
``S.ẻ.`` or a backquote. Chained into the title's line, they end up inside the title
("Lời S.ẻ. ngỏ"), and the title no longer matches its twin. The big word already carries its
marks, so such a word is noise: ``mark_words`` finds them and ``build_pieces`` leaves them out.

Every test is relative to the page's own text: the mark is small against the page's body size
and against the word it sits on, short, and sits on that word's top or bottom edge across the
word's letters. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box, across
from magpipe.artifacts.pages import Word

log = logging.getLogger(__name__)

MARK_BODY = 0.5    # x body size: a mark read as a word is less than half a body line tall
MARK_RATIO = 2.0   # ... and at most half as tall as the word it belongs to (display type)
MARK_CHARS = 4     # ... and reads as a few glyphs at most (a mark, a speck, "S.ẻ."), never
                   # a word of small print
EDGE_REACH = 0.25  # share of the big word's height, inside its box, where its marks sit


def _height(b: Box) -> float:
    return max(b[3] - b[1], 0.5)


def _on_edge(mark: Box, word: Box) -> bool:
    """``mark`` lies across the letters of ``word`` (half its width over them) with its centre
    on the word's top or bottom edge: within ``EDGE_REACH`` of the word's height inside the
    box, or within the mark's own height outside it."""
    if across(mark, word) < 0.5 * (mark[2] - mark[0]):
        return False
    centre, h, tall = (mark[1] + mark[3]) / 2, _height(mark), _height(word)
    top = word[1] - h <= centre <= word[1] + EDGE_REACH * tall
    bottom = word[3] - EDGE_REACH * tall <= centre <= word[3] + h
    return top or bottom


def mark_words(words: tuple[Word, ...], body: float) -> set[int]:
    """Indices of words that are marks of a taller word, read again by OCR (see the module)."""
    small = [i for i, w in enumerate(words)
             if _height(w.box) < MARK_BODY * body and len(w.text.strip()) <= MARK_CHARS]
    if not small:
        return set()
    least = min(_height(words[i].box) for i in small)
    tall = [w for w in words if _height(w.box) >= MARK_RATIO * least]
    marks = set()
    for i in small:
        box = words[i].box
        owner = next((w for w in tall if _height(w.box) >= MARK_RATIO * _height(box)
                      and _on_edge(box, w.box)), None)
        if owner is not None:
            log.debug("dropped %r at %s: a mark of %r read again as a word", words[i].text,
                      box, owner.text)
            marks.add(i)
    return marks
