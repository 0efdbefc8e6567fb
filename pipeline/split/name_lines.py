"""A block's last line of names does not switch the block's language.

``langid.language_cuts`` cuts a block where its lines switch language for good (a Vietnamese
title set right over its English twin). A long title breaks wherever its measure runs out,
and its last line may hold nothing but foreign names (``DE JANEIRO, BRAZIL`` ending ``... LÃNH
SỰ DANH DỰ VIỆT NAM TẠI BANG RIO``; ``BANG RIO DE JANEIRO, BRAZIL``): no Vietnamese mark and
no English function word, so the line reads English by shape alone (too few of its words
look like Vietnamese syllables; OCR's misreadings, ``RTIO``, ``JANETRO``, make it worse). Cut
there, or read as a paragraph of its own where the title's lines are set loosely, it became
an English title of its own, and the Vietnamese title lost its tail and the article its
pairing (digest; infographic and timeline scans). ``name_tails`` keeps a name in mixed case
under a paragraph; this is its counterpart for a line of a few names in any case.

A cut before a block's last line is dropped (``names_tail_kept``) when that line holds names
only and either of two settings says it runs on from the line above; an English twin set
right under its block is told apart by both:

- a display title's tail: every line in capitals, at one size and weight (``SAME_SIZE``) and
  one leading (``SAME_STEP``: the step to the last line is the block's own), the last line
  ``TITLE_NAMES`` words at most, none an English function word (its English reading rests on
  names alone, which both languages print alike). A twin is set apart by its size, weight or
  leading, or holds more than a few names.
- a wrap, in any case: the last line's first word would not have fitted at the end of the
  line above, inside the block's measure (``measure_of``), so the line above ran full and the
  text went on below it; the last line holds ``WRAP_NAMES`` words at most, none marked, none
  an English function word, each opening with a capital or a digit. A twin starts on a line
  of its own whatever room the line above left.

The two tests of a names line differ as their settings do: a title in capitals may end in
marked names of its own language, and its line of names is short (a wrap carries a longer
one, ``BANG RIO DE JANEIRO, BRAZIL``).

Where a title's lines are set too far apart to be one paragraph, its last line of names is a
draft of its own: ``title_tail_languages`` gives it the language of the title line over it.

Pure logic on line pieces.
"""

from __future__ import annotations

import logging
from statistics import median

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.pieces import Line
from magpipe.text import english
from magpipe.text.headings import in_capitals
from magpipe.text.vietnamese import has_vietnamese_marks

log = logging.getLogger(__name__)

TITLE_NAMES = 4      # most words of the names on a display title's last line
WRAP_NAMES = 6       # most words of a line of names a wrap carried (``BANG RIO DE JANEIRO,
                     # BRAZIL``)
SAME_SIZE = 0.95     # size ratio of one title's lines
SAME_STEP = 0.1      # share by which one title's baseline steps differ at most
BETWEEN_SIZE = 0.9   # size ratio of three title lines at one step: OCR's ink heights of
                     # capitals swing by a tenth between lines (a dipping J or Q), and the two
                     # steps alike already tie the three lines together
LINE_WHITE = 0.5     # x a line's height: most white between two lines of one title
SPACE = 0.25         # x the line's height: the word space assumed where the line above has
                     # no two words to measure one by


def _title_names(text: str) -> bool:
    """A display title's line of names: a few words, none an English function word."""
    words = [w.strip(".,;:()'\"’-–").lower() for w in text.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    return 0 < len(words) <= TITLE_NAMES and not any(w in english.STOPWORDS for w in words)


def _wrapped_names(text: str) -> bool:
    """A wrapped line of names: each word opening with a capital or a digit, none marked,
    none an English function word."""
    tokens = [t.strip("\"'“”‘’()[],.;:!?") for t in text.split()]
    tokens = [t for t in tokens if any(c.isalnum() for c in t)]
    return 0 < len(tokens) <= WRAP_NAMES and all(
        (t[0].isupper() or t[0].isdigit()) and not has_vietnamese_marks(t)
        and t.lower() not in english.STOPWORDS for t in tokens)


def _one_setting(lines: tuple[Line, ...]) -> bool:
    """The lines are set in one size, weight and leading."""
    sizes = [ln.size for ln in lines]
    if min(sizes) < SAME_SIZE * max(sizes) or len({ln.bold for ln in lines}) > 1:
        return False
    steps = [b.base - a.base for a, b in zip(lines, lines[1:], strict=False)]
    return min(steps) > 0 and max(steps) - min(steps) <= SAME_STEP * min(steps)


def _title_tail(lines: tuple[Line, ...]) -> bool:
    """The block's last line is a display title's line of names (see the module)."""
    return _title_names(lines[-1].text) and all(in_capitals(ln.text) for ln in lines) \
        and _one_setting(lines)


def _space(words: tuple[Word, ...], line: Line) -> float:
    """The line's median white between neighbouring words."""
    boxes = sorted((words[i].box for i in line.words), key=lambda b: b[0])
    gaps = [b[0] - a[2] for a, b in zip(boxes, boxes[1:], strict=False) if b[0] > a[2]]
    return median(gaps) if gaps else SPACE * (line.box[3] - line.box[1])


def wrapped(words: tuple[Word, ...], above: Line, below: Line, measure: tuple[float, float]
            ) -> bool:
    """The first word of ``below`` would not fit after ``above`` inside ``measure`` (the
    block's x range): ``above`` ran full and wrapped into ``below``. Widths are compared, not
    right edges, so a centred line that left room on both sides did not run full."""
    first = min(below.words, key=lambda i: words[i].box[0])
    width = words[first].box[2] - words[first].box[0]
    return above.box[2] - above.box[0] + _space(words, above) + width > measure[1] - measure[0]


def names_tail_kept(words: tuple[Word, ...], lines: tuple[Line, ...], cuts: list[int],
                    measure: tuple[float, float]) -> list[int]:
    """``cuts`` (line indices where a block switches language) without one before the last
    line when it holds names only and runs on from the line above: a display title's tail,
    or a wrap (see the module); ``measure``: the block's x range (``measure_of``)."""
    last = len(lines) - 1
    if last not in cuts or last < 1:
        return cuts
    if _title_tail(lines) or (_wrapped_names(lines[last].text)
                              and wrapped(words, lines[last - 1], lines[last], measure)):
        return [k for k in cuts if k != last]
    return cuts


def measure_of(box: tuple[float, float, float, float],
               columns: tuple[tuple[float, float], ...], body: float) -> tuple[float, float]:
    """A block's measure: from its own left edge (a title may be set in from its column's,
    beside a margin of dates) to its column's right edge, when a column holds the block
    (within a body size either side: ragged OCR boxes), else to its own right edge (a block
    across the columns, or where no column was found for it)."""
    for lo, hi in columns:
        if lo - body <= box[0] and box[2] <= hi + body:
            return box[0], max(hi, box[2])
    return box[0], box[2]


def _caps_size(words: list[Word]) -> float:
    """The size of a line in capitals: its lowest word box. A capital stands as high as the
    type's size; a mark over or under one, a descender or a speck OCR takes into a word only
    makes it higher, and OCR gives the line the height of its ink (a stray accent read on an
    English name, ``SÓN``, made the line a fifth higher and look set larger than the title
    line over it). A text layer's word boxes are its line boxes, alike for one size."""
    return min(w.box[3] - w.box[1] for w in words)


def _own_white(k: int, roles: list[str], words: list[list[Word]], langs: list[str]) -> float:
    """The white over title draft ``k`` down from the nearest title line of its language set
    over it (overlapping it across), ``SAME_STEP`` more: a display title set loosely, each line
    a draft of its own, steps down by that white to each of its lines (0: no line over it)."""
    left, right = min(w.box[0] for w in words[k]), max(w.box[2] for w in words[k])
    top = min(w.box[1] for w in words[k])
    for j in range(k - 1, -1, -1):
        if roles[j] != Role.TITLE or langs[j] != langs[k] or not words[j]:
            continue
        foot = max(w.box[3] for w in words[j])
        if foot <= top and min(w.box[0] for w in words[j]) < right and \
                max(w.box[2] for w in words[j]) > left:
            return (1 + SAME_STEP) * (top - foot)
    return 0.0


def _between_lines(k: int, roles: list[str], words: list[list[Word]], texts: list[str],
                   langs: list[str]) -> bool:
    """Title draft ``k`` is a line of the title whose lines stand over and under it, though
    read in another language (a line of names, ``HUU NGHI BORDER GATE CHI LANG``, between two
    English lines): all three in capitals, at one size (``BETWEEN_SIZE``) and weight, the
    step from the line over it and the step to the line under it alike (``SAME_STEP``). A
    twin title is set under its title's last line, never between two of its lines."""
    span = range(k - 1, k + 2)
    if any(roles[j] != Role.TITLE or not words[j] or not in_capitals(texts[j]) for j in span) \
            or langs[k - 1] != langs[k + 1] or langs[k] == langs[k - 1]:
        return False
    sizes = [_caps_size(words[j]) for j in span]
    if min(sizes) < BETWEEN_SIZE * max(sizes) or len({frozenset(w.bold for w in words[j])
                                                   for j in span}) > 1:
        return False
    tops = [min(w.box[1] for w in words[j]) for j in span]
    above, below = tops[1] - tops[0], tops[2] - tops[1]
    return min(above, below) > 0 and abs(above - below) <= SAME_STEP * max(above, below)


def title_tail_languages(roles: list[str], words: list[list[Word]], texts: list[str],
                         langs: list[str]) -> list[str]:
    """Languages of a page's drafts, with a title's line between two of its lines given
    theirs (``_between_lines``), and a display title's last line of names (a draft of
    its own where the title's lines were set too far apart to be one paragraph) given the
    language of the title line right over it: both in capitals, in one size and weight, the
    white between them less than ``LINE_WHITE`` of the line's height or than the white over
    that line from the title's line above (``_own_white``: the title's own leading, which
    OCR measures on the ink of capitals and may find a line high) (see the module)."""
    out = list(langs)
    for k in range(1, len(roles) - 1):
        if _between_lines(k, roles, words, texts, out):
            log.debug("a title's line between two of its lines keeps the title's language: %r",
                      texts[k])
            out[k] = out[k - 1]
    for k in range(1, len(roles)):
        if roles[k] != Role.TITLE or roles[k - 1] != Role.TITLE or out[k] == out[k - 1] or \
                not words[k] or not words[k - 1] or not _title_names(texts[k]) or \
                not in_capitals(texts[k]) or not in_capitals(texts[k - 1]):
            continue
        size, over = _caps_size(words[k]), _caps_size(words[k - 1])
        top = min(w.box[1] for w in words[k])
        foot = max(w.box[3] for w in words[k - 1])
        height = max(w.box[3] for w in words[k]) - top
        if min(size, over) >= SAME_SIZE * max(size, over) and \
                {w.bold for w in words[k]} == {w.bold for w in words[k - 1]} and \
                0 <= top - foot < max(LINE_WHITE * height, _own_white(k - 1, roles, words,
                                                                      out)):
            log.debug("a title's last line of names keeps the title's language: %r", texts[k])
            out[k] = out[k - 1]
    return out
