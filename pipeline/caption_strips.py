"""A photo's caption strip told by boxes alone: lines turned a quarter, set beside the photo.

Two stages look for such a strip: extract on a scan's first reading (``extract.ocr.strips``:
words taller than wide, in pixels) and split among a page's turned lines
(``split.turned_captions``, in points). What they share lives here:

* a box stands ``beside`` a photo when it lies outside the photo across (the white between
  them, ``gap_across``, is zero or more) within ``reach`` of its side, and within its depth
  (``slack`` over its top or under its foot at most);
* a strip of several lines runs further off the photo than its first line stands: a box
  outside the photo across and in its depth joins the strip when the white between it and
  one of the strip's boxes is ``leading`` times a line's width at most (the strip's line
  width when the caller knows one, else the narrower of the two boxes' widths), and so on
  until none joins (``grown``);
* which way a strip reads: up the page when in half its lines of two boxes or more at least
  the first box (in reading order) stands under the last, and when no line tells
  (``reads_up``): captions and credits along a photo most often read up.

The reach, slack and leading are the callers' own, in their units. Pure geometry, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from magpipe.artifacts.base import Box, across


def gap_across(a: Box, b: Box) -> float:
    """The white between two boxes side by side (negative: they share width)."""
    return -across(a, b)


def in_depth(photo: Box, box: Box, slack: float) -> bool:
    """``box`` lies within ``photo``'s depth, ``slack`` over its top or under its foot at
    most."""
    return box[1] >= photo[1] - slack and box[3] <= photo[3] + slack


def beside(photo: Box, box: Box, reach: float, slack: float) -> bool:
    """``box`` stands beside ``photo``: outside it across, ``reach`` from its side at most, in
    its depth (see the module)."""
    return 0 <= gap_across(photo, box) <= reach and in_depth(photo, box, slack)


def grown(photo: Box, boxes: Sequence[Box], members: Iterable[int], free: Iterable[int],
          slack: float, leading: float, line: float | None = None) -> list[int]:
    """The strip ``members`` (indices of ``boxes``) with the boxes of ``free`` that join it
    (see the module; ``line``: the strip's line width, None to measure each pair of boxes by
    the narrower's width), members first, then each round's joiners in ``free``'s order."""
    out = list(members)
    held = set(out)
    candidates = [k for k in free if gap_across(photo, boxes[k]) >= 0
                  and in_depth(photo, boxes[k], slack)]
    more = out
    while more:
        more = [k for k in candidates if k not in held
                and any(_next_line(boxes[m], boxes[k], leading, line) for m in out)]
        out += more
        held.update(more)
    return out


def _next_line(a: Box, b: Box, leading: float, line: float | None) -> bool:
    width = min(a[2] - a[0], b[2] - b[0]) if line is None else line
    return gap_across(a, b) <= leading * width


def reads_up(lines: Iterable[Sequence[Box]]) -> bool:
    """A strip whose lines' boxes (each line's in reading order) read up the page (see the
    module)."""
    votes = [line[0][1] > line[-1][1] for line in lines if len(line) > 1]
    return sum(votes) * 2 >= len(votes)
