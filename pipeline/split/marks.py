"""Marks of display type that OCR reads a second time as words of their own.

Tesseract reads a large display title (a greeting's "Lời ngỏ" in a decorative face) with its
marks, and then often reads the marks standing above the letters (the grave of "ờ", the hook
of "ỏ") or below them (the dot of "ạ") again as a separate line of tiny "words" such as
``S.ẻ.`` or a backquote. Chained into the title's line, they end up inside the title
("Lời S.ẻ. ngỏ"), and the title no longer matches its twin. The big word already carries its
marks, so such a word is noise: ``mark_words`` finds them and ``build_pieces`` leaves them out.

Every test is relative to the page's own text: the mark is small against the page's body size
and against the word it sits on, short, and sits on that word's top or bottom edge across the
word's letters.

OCR may also read the marks over a title's line, with the tops of its letters, as a whole line
of its own set between two lines of the title (``sóc ra¬ T®rz> `.`` over ``CỦA TRUNG QUỐC``:
snake-1-scanned), its words too tall or too long for the tests above. Between the title's lines
it parted the title in two (the Vietnamese article lost its title's tail, and its twin paired
with the tail). Such a line is told by where every one of its words stands and by what it
reads: each lies across the letters of a word of display type (``DISPLAY``) of another line,
taller than it, its box reaching into that word's on its top or bottom edge (no line of
print overlaps the letters of a taller one), and under ``MARK_READS`` of its characters stand
in words either language reads (``text.reading``: a line of small print set close over a
title reads as words). ``mark_lines`` finds those lines' words.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box, across, down
from magpipe.artifacts.pages import Word
from magpipe.text.reading import read_share

log = logging.getLogger(__name__)

MARK_BODY = 0.5    # x body size: a mark read as a word is less than half a body line tall
MARK_RATIO = 2.0   # ... and at most half as tall as the word it belongs to (display type)
MARK_CHARS = 4     # ... and reads as a few glyphs at most (a mark, a speck, "S.ẻ."), never
                   # a word of small print
EDGE_REACH = 0.25  # share of the big word's height, inside its box, where its marks sit
DISPLAY = 1.3      # x body size: a word this tall is display type, which a line of marks may
                   # overlie (snake's titles stand 1.4x the body's box height and more)
MARK_READS = 0.5   # a line of marks: under this share of its characters read as words


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
    """Indices of words that are marks of a taller word read again by OCR, each alone or a
    whole line of them (``mark_lines``; see the module)."""
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
    return marks | mark_lines(words, body)


def mark_lines(words: tuple[Word, ...], body: float) -> set[int]:
    """Indices of the words of the OCR lines that are marks of display type read as a line of
    their own (see the module's doc)."""
    display = [w for w in words if _height(w.box) >= DISPLAY * body]
    if not display:
        return set()
    lines: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        lines.setdefault(w.line, []).append(i)
    marks: set[int] = set()
    for members in lines.values():
        if all(_overlies(words[i], display) for i in members) and \
                read_share(" ".join(words[i].text for i in members)) < MARK_READS:
            log.debug("dropped the line %r: marks of display type read again as a line",
                      " ".join(words[i].text for i in members))
            marks.update(members)
    return marks


def _overlies(mark: Word, display: list[Word]) -> bool:
    """``mark`` lies on the top or bottom edge of a taller display word of another line,
    across its letters, the two boxes overlapping."""
    box, tall = mark.box, _height(mark.box)
    return any(w.line != mark.line and _height(w.box) > tall and down(box, w.box) > 0
               and _on_edge(box, w.box) for w in display)
