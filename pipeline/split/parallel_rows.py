"""Paragraph pairs set on common lines in two parallel columns.

Treaties, joint statements and letters printed in two languages side by side start each
paragraph and its translation on a common line: the shorter of the two is followed by
blank space down to the longer one's end, and the next pair starts level again. Where one
column's paragraph ends only a little above the next pair's line (the longer of a pair,
followed by the usual small space between paragraphs), geometry alone reads the two
paragraphs as one, when they have no first-line indent. The other column tells where the
pair starts: a paragraph of one column that has a line level with the start of a
paragraph in the other column, after a short line and a wider step than its own line pitch,
is two paragraphs there.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import union
from magpipe.artifacts.layout import Lang
from magpipe.split.langid import classify
from magpipe.split.layout import Para

log = logging.getLogger(__name__)

# A line is level with a paragraph's start when their tops are this close (share of the
# line's height).
LEVEL = 0.35
# The step from the line before it is wider than the paragraph's own line pitch by this
# factor (the space between paragraphs) ...
STEP = 1.2
# ... and the line before it stops short of the paragraph's right edge by this many line
# heights (a paragraph's last line).
SHORT = 1.5


def _column(para: Para, columns: tuple[tuple[float, float], ...]) -> int:
    mid = (para.box[0] + para.box[2]) / 2
    for k, (lo, hi) in enumerate(columns):
        if lo <= mid <= hi and para.box[2] - para.box[0] <= (hi - lo) * 1.05:
            return k
    return -1


def _pitch(para: Para) -> float:
    steps = sorted(b.box[1] - a.box[1] for a, b in zip(para.lines, para.lines[1:],
                                                       strict=False))
    return steps[len(steps) // 2] if steps else 0.0


def _cuts(para: Para, starts: list[float]) -> list[int]:
    """The indices of the lines ``para`` is cut before (see the module's docstring)."""
    pitch = _pitch(para)
    if pitch <= 0:
        return []
    cuts = []
    for i in range(1, len(para.lines)):
        line, prev = para.lines[i], para.lines[i - 1]
        tall = line.box[3] - line.box[1]
        if (any(abs(line.box[1] - s) < LEVEL * tall for s in starts)
                and line.box[1] - prev.box[1] > STEP * pitch
                and para.box[2] - prev.box[2] > SHORT * tall):
            cuts.append(i)
    return cuts


def _cut(para: Para, cuts: list[int]) -> list[Para]:
    if not cuts:
        return [para]
    log.debug("a paragraph cut at %d line(s) level with its twin column's paragraphs",
              len(cuts))
    bounds = [0, *cuts, len(para.lines)]
    return [Para(lines=para.lines[a:b], box=union([ln.box for ln in para.lines[a:b]]),
                 region=para.region) for a, b in zip(bounds, bounds[1:], strict=False)]


def common_row_cuts(paras: list[Para], columns: tuple[tuple[float, float], ...]) -> list[Para]:
    """``paras`` with each paragraph of one of two columns in two languages cut where a
    line of it is level with the start of a paragraph of the other column (see the
    module's docstring)."""
    if len(columns) != 2:
        return paras
    where = [_column(p, columns) for p in paras]
    starts = {k: [p.lines[0].box[1] for p, c in zip(paras, where, strict=True) if c == k]
              for k in (0, 1)}
    cuts = [_cuts(p, starts[1 - c]) if c >= 0 and len(p.lines) >= 3 else []
            for p, c in zip(paras, where, strict=True)]
    if not any(cuts):
        return paras
    # (the columns' languages asked last: most pages have no such line)
    langs = [classify(" ".join(ln.text for p, c in zip(paras, where, strict=True) if c == k
                               for ln in p.lines))[0] for k in (0, 1)]
    if Lang.UNKNOWN in langs or langs[0] == langs[1]:
        return paras
    return [piece for p, c in zip(paras, cuts, strict=True) for piece in _cut(p, c)]
