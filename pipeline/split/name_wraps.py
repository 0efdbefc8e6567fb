"""A line of names that a wrap carried under a line does not switch the block's language.

``langid.language_cuts`` cuts a block where its lines switch language for good (a Vietnamese
title set right above its English twin). A long title breaks wherever its measure runs out,
and its last line may hold nothing but names (``BANG RIO DE JANEIRO, BRAZIL``, ``DE JANEIRO,
BRAZIL``): no Vietnamese mark (foreign names bear none) and no English function word, so the
line reads as English by shape alone (too few of its words look like Vietnamese syllables;
OCR's misreadings, ``RTIO``, ``JANETRO``, make it worse). Cut there, the Vietnamese title lost
its tail to the English one and the article its pairing (infographic and timeline scans).
``name_tails`` keeps such a line in mixed case under a paragraph; this is its counterpart for
any case, told by the wrap: the line's first word would not have fitted at the end of the line
above, inside the block's measure, so the line above ran full and the text went on below it.
A twin set right under its block starts on a line of its own whatever room the line above
left. A cut before the block's last line is dropped when that line holds names only (at most
``NAME_WORDS`` words, none marked, none an English function word, each opening with a capital
or a digit) and the line above it wrapped into it.

Pure logic on line pieces.
"""

from __future__ import annotations

from statistics import median

from magpipe.artifacts.pages import Word
from magpipe.split.pieces import Line
from magpipe.text import english
from magpipe.text.vietnamese import has_vietnamese_marks

NAME_WORDS = 6       # most words of a line of names (``BANG RIO DE JANEIRO, BRAZIL``)
SPACE = 0.25         # x the line's height: the word space assumed where the line above has
                     # no two words to measure one by


def _names_only(text: str) -> bool:
    tokens = [t.strip("\"'“”‘’()[],.;:!?") for t in text.split()]
    tokens = [t for t in tokens if any(c.isalnum() for c in t)]
    return 0 < len(tokens) <= NAME_WORDS and all(
        (t[0].isupper() or t[0].isdigit()) and not has_vietnamese_marks(t)
        and t.lower() not in english.STOPWORDS for t in tokens)


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


def names_wrapped(words: tuple[Word, ...], lines: tuple[Line, ...], cuts: list[int],
                  measure: tuple[float, float]) -> list[int]:
    """``cuts`` (line indices where a block switches language) without one before the last
    line when it holds names only and the line above wrapped into it (see the module);
    ``measure``: the block's x range (``measure_of``)."""
    last = len(lines) - 1
    return [k for k in cuts
            if not (k == last and k >= 1 and _names_only(lines[k].text)
                    and wrapped(words, lines[k - 1], lines[k], measure))]


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
