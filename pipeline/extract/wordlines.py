"""Text-layer words with their line and block numbers, worked out a column at a time.

``to_words`` decides for each word whether it continues the previous word's line and whether
its line starts a new block. Each decision looks only at the word, the word before it and the
first word of the previous line, so numpy makes all of a page's decisions at once; the same
IEEE operations on the same doubles as a loop over the words would make, in the same order, so
the numbers are the same. The boxes and sizes are rounded to 0.01 pt exactly as ``round(x, 2)``
rounds each (``round2``): a page has hundreds of words, and ``round`` costs as much a value as
making the word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from magpipe.artifacts.pagefile import make_words
from magpipe.artifacts.pages import Word

if TYPE_CHECKING:
    from magpipe.extract.pdftext import RawWord

# Line and block rule, in units of the previous word's font size (at least 1 pt): a word is on
# the previous word's line when the layer gives no line break before it, its top is within
# half a unit of the previous top, and it starts no more than half a unit left of the previous
# word's end and less than three units right of it. A new line starts a block when it steps
# down more than 1.25 line heights plus 0.6 units, moves up or hardly down (under 0.3 line
# heights: another column), or its left edge is more than four units from the previous line's.
SAME_TOP = 0.5
OVERLAP = 0.5
WORD_GAP = 3.0
BLOCK_STEP, BLOCK_STEP_SLACK = 1.25, 0.6
BLOCK_RISE = 0.3
BLOCK_INDENT = 4.0

# A font name that says its cut is italic: ``Lato-Italic``, ``DejaVuSans-BoldOblique``,
# ``Arial,Italic``, ``TimesNewRomanPS-ItalicMT``, and the short ``It`` of ``MinionPro-It`` /
# ``MyriadPro-SemiboldIt`` (a capital I then t, at the name's end or before a capital or a
# separator: ``Item``, ``Itc`` or ``Bitstream`` are no cut's name)
_ITALIC = re.compile(r"(?i:italic|oblique)|It(?![a-z])")


@cache
def italic_font(name: str) -> bool:
    """The font's name says its cut is italic (or oblique); asked once per font name."""
    return _ITALIC.search(name.split("+", 1)[-1]) is not None


# round2's exact path: values from 2**-7 to 2**40 points (frexp exponents -6 to 41) are
# rounded with integers (zero too); any other value, or inf or NaN, goes through ``round``.
_MIN_EXPONENT, _MAX_EXPONENT = -6, 41


def round2(values: np.ndarray) -> list[float]:
    """``[round(v, 2) for v in values]``, computed with integers on the exact binary values.

    A double is ``M * 2**(e - 53)`` with an integer ``M`` under ``2**53``; ``100 * M`` fits in
    64 bits, so ``100 * v`` rounded half to even is an integer shift and a look at the bits
    shifted out. ``round`` returns the double nearest to that many hundredths, which is what
    dividing the (exact) integer by 100.0 gives. The sign is put back last (``round`` keeps a
    negative value's sign, -0.0 included)."""
    values = np.asarray(values, dtype=np.float64)
    mantissas, exponents = np.frexp(np.abs(values))
    exact = (exponents >= _MIN_EXPONENT) & (exponents <= _MAX_EXPONENT) & np.isfinite(values)
    mantissas = np.where(exact, mantissas, 0.0)         # zero (exponent 0) is exact too
    exponents = np.where(exact, exponents, 0)
    scaled = (mantissas * 2.0 ** 53).astype(np.int64) * 100       # exact: under 2**60
    shift = (53 - exponents).astype(np.int64)                       # 12 to 59
    whole = np.right_shift(scaled, shift)
    rest = scaled - np.left_shift(whole, shift)
    half = np.left_shift(np.int64(1), shift - 1)
    whole += (rest > half) | ((rest == half) & (whole & 1 == 1))
    rounded = np.copysign(whole.astype(np.float64) / 100.0, values).tolist()
    if not exact.all():
        for k in np.flatnonzero(~exact).tolist():
            rounded[k] = round(float(values[k]), 2)
    return rounded


def to_words(raw: Sequence[RawWord], texts: list[str]) -> tuple[Word, ...]:
    """Attach line and block numbers; ``texts`` are the fixed texts of ``raw`` (a word whose
    text is empty is left out, and the words around it are compared with each other).

    A new line starts where the text layer breaks the line, or when a word does not
    continue the previous one on the same baseline. A new block starts when the new line
    is not just below the previous one (gap over ~1.25 line heights, a jump upwards, or
    a left edge moved by more than four font sizes: another column or box).
    """
    kept = [k for k, text in enumerate(texts) if text]
    if not kept:
        return ()
    if len(kept) < len(raw):
        raw = [raw[k] for k in kept]
        texts = [texts[k] for k in kept]
    count = len(raw)
    # columns: x0, top, x1, bottom, size of each word
    columns = np.array([word[1:6] for word in raw], dtype=np.float64).reshape(count, 5)
    x0, top, x1, bottom, size = columns.T
    lines = np.zeros(count, dtype=np.int64)
    blocks = np.zeros(count, dtype=np.int64)
    if count > 1:
        prev_size = size[:-1]
        unit = np.where(1.0 > prev_size, 1.0, prev_size)       # max(size, 1.0), NaN kept
        cur_x0, prev_x1, prev_top = x0[1:], x1[:-1], top[:-1]
        newline = np.fromiter((word[8] for word in raw[1:]), dtype=bool, count=count - 1)
        same_line = (~newline & (np.abs(top[1:] - prev_top) <= SAME_TOP * unit)
                     & (cur_x0 >= prev_x1 - OVERLAP * unit)
                     & (cur_x0 - prev_x1 < WORD_GAP * unit))
        new_line = np.concatenate(([True], ~same_line))
        # the first word of each word's line; a new line is judged against the previous one's
        line_start = np.maximum.accumulate(np.where(new_line, np.arange(count), 0))
        line_x0 = x0[line_start[:-1]]
        step = top[1:] - prev_top
        line_height = bottom[:-1] - prev_top
        line_height = np.where(line_height < 1.0, 1.0, line_height)
        new_block = ~same_line & (
            (step > BLOCK_STEP * line_height + BLOCK_STEP_SLACK * unit)
            | (step < BLOCK_RISE * line_height)
            | (np.abs(cur_x0 - line_x0) > BLOCK_INDENT * unit))
        lines[1:] = np.cumsum(~same_line)
        blocks[1:] = np.cumsum(new_block)
    x0_2, top_2, x1_2, bottom_2, size_2 = _rounded_columns(columns, count)
    boxes = list(zip(x0_2, top_2, x1_2, bottom_2, strict=True))
    # (made a field at a time, not through the frozen dataclass's constructor: ``make_words``)
    return make_words(Word, [texts, boxes, size_2, [100.0] * count, lines.tolist(),
                             blocks.tolist(), [word[7] for word in raw],
                             [italic_font(word[6]) for word in raw],
                             [word[10] for word in raw], [word[11] for word in raw]])


def _rounded_columns(columns: np.ndarray, count: int) -> list[list[float]]:
    """The five columns rounded to 0.01, in one pass over all their values."""
    rounded = round2(columns.T.ravel())
    return [rounded[k * count:(k + 1) * count] for k in range(5)]
