"""A skewed scan's slope, read from its line pieces' baselines, and the word boxes turned
straight by it (``layout`` turns a page straight before any geometry; ``cells``, ``bar_rules``
and ``ruled_rows`` read their words as the geometry does). Pure logic on word boxes."""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from magpipe.artifacts.pages import Word
from magpipe.split.pieces import Line


def skew_slope(pieces: list[Line], words: tuple[Word, ...]) -> float:
    """The page's text slope (dy/dx) from the baselines of long pieces; 0 when unsure.

    For each piece of four or more words, the median bottom of its right half minus that of its
    left half, over the distance between the halves' centres; the median over the pieces.
    """
    slopes = []
    for p in pieces:
        if len(p.words) < 4 or p.box[2] - p.box[0] < 60:
            continue
        ws = [words[i].box for i in p.words]
        half = len(ws) // 2
        left, right = ws[:half], ws[-half:]
        dx = median([(b[0] + b[2]) / 2 for b in right]) - median([(b[0] + b[2]) / 2
                                                                  for b in left])
        if dx > 0:
            slopes.append((median([b[3] for b in right]) - median([b[3] for b in left])) / dx)
    return median(slopes) if len(slopes) >= 5 else 0.0


def deskewed(words: tuple[Word, ...], slope: float) -> tuple[Word, ...]:
    """Word boxes turned by ``-slope`` about the page origin (small-angle rotation)."""
    if abs(slope) < 1e-4:
        return words
    out = []
    for w in words:
        x0, top, x1, bottom = w.box
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        dx, dy = slope * cy, -slope * cx
        out.append(replace(w, box=(x0 + dx, top + dy, x1 + dx, bottom + dy)))
    return tuple(out)
