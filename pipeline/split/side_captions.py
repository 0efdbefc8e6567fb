"""A caption set beside its photo: in the space to its left or right, or in the margin.

A photo narrower than the text leaves room beside it, and a caption set there (each
language's on its own side of the photo, or one caption in the margin) stands level with
the photo, a few lines of small type, its near end against the photo's edge. Read with the
page's text, such a caption runs on from the column above it (the cut takes it for the rest
of that column, its first lines read with the column and the rest apart) or joins the
caption on the photo's other side in one slice.

``beside_photo`` (asked by ``photo_text`` for each photo the text does not wrap around):
on each side of the photo, the pieces whose near end lies within ``NEAR`` body sizes of the
photo's edge and that lie within the photo's height (``SLACK`` body sizes of slack), when
they are a caption:

* set smaller than the page's body (their median height under ``SMALLER`` of the body
  size; on a scan, whose heights swing, the same: line heights follow the type's size);
* stacked (at most ``STACK_GAP`` body sizes of white between two of them, at least
  ``MIN_LINES`` rows);
* and alone: no text of that side of the page runs on from them within ``STACK_GAP`` above
  their first line or under their last (a column set beside the photo runs past it, and
  is left to the cut: ``photo_pieces``).

Each side's pieces are lifted out of the cut, a region of their own read after the body's,
as a caption stacked under a photo is. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box
from magpipe.split.pieces import Line

log = logging.getLogger(__name__)

NEAR = 2.0          # x body size: the most white between a photo's edge and a caption beside it
SLACK = 0.5         # x body size: how far a caption beside a photo may reach past its top or foot
SMALLER = 0.9       # x body size: a caption's median line height is under this
STACK_GAP = 1.0     # x body size: the most white between two lines of one caption
MIN_LINES = 2       # fewest lines of a caption beside a photo (one line: a label, a credit)


def _level(p: Line, photo: Box, body: float) -> bool:
    """The piece lies within the photo's height (``SLACK`` of slack)."""
    return p.box[1] >= photo[1] - SLACK * body and p.box[3] <= photo[3] + SLACK * body


def _outside(p: Line, photo: Box, side: int) -> bool:
    """The piece stands off the photo's edge on ``side`` (0: left, 1: right)."""
    return p.box[0] >= photo[2] - 1.0 if side else p.box[2] <= photo[0] + 1.0


def _near(p: Line, photo: Box, side: int, body: float) -> bool:
    """The piece stands on ``side`` of the photo, level with it, its near end within
    ``NEAR`` of the photo's edge."""
    white = p.box[0] - photo[2] if side else photo[0] - p.box[2]
    return _level(p, photo, body) and _outside(p, photo, side) and white <= NEAR * body


def _stacked(lines: list[Line], body: float) -> bool:
    return all(b.box[1] - a.box[3] <= STACK_GAP * body for a, b in zip(lines, lines[1:],
                                                                         strict=False))


def _runs_on(pieces: list[Line], stack: list[Line], body: float) -> bool:
    """Text of the stack's side runs on from it: a piece over its x range, not in it, within
    ``STACK_GAP`` above its first line or under its last."""
    ids = {id(p) for p in stack}
    x0, x1 = min(p.box[0] for p in stack), max(p.box[2] for p in stack)
    top, foot = stack[0].box[1], max(p.box[3] for p in stack)
    reach = STACK_GAP * body
    return any(id(p) not in ids and p.box[0] < x1 and x0 < p.box[2]
               and (0 <= top - p.box[3] <= reach or 0 <= p.box[1] - foot <= reach)
               for p in pieces)


def beside_photo(pieces: list[Line], photo: Box, body: float) -> list[list[Line]]:
    """The pieces of each caption set beside the photo, left then right (see the module)."""
    out: list[list[Line]] = []
    for side in (0, 1):
        seeds = [p for p in pieces if _near(p, photo, side, body)]
        if len(seeds) < MIN_LINES:
            continue
        # (and the lines of its measure that end short of the photo: a ragged edge)
        x0, x1 = min(p.box[0] for p in seeds), max(p.box[2] for p in seeds)
        stack = sorted((p for p in pieces if _level(p, photo, body) and p.box[0] < x1
                        and x0 < p.box[2] and _outside(p, photo, side)),
                       key=lambda p: p.box[1])
        sizes = sorted(p.size for p in stack)
        if sizes[len(sizes) // 2] >= SMALLER * body or not _stacked(stack, body) or \
                _runs_on(pieces, stack, body):
            continue
        log.debug("photo at %s: a caption of %d lines beside it on the %s",
                  [round(v) for v in photo], len(stack), "right" if side else "left")
        out.append(stack)
    return out
