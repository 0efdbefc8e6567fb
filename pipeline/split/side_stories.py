"""Stories side by side: two slices of a page read as one region when their gutters part two
stories standing beside each other, each under its own headline.

The XY cut slices a region at its white rows and puts back together neighbouring slices of
the same column grid (``xycut.xy_cut``). A front page may set two stories side by side, each
in its own grid (a lead story over four columns, a second one over two at the right), their
headlines and photos in the top rows and their columns under a white row that the photos'
captions leave: the slice of headlines and photos then has one gutter (between the stories)
and the slice of columns has more (the stories' own), so the two are no "same grid" and were
read one after the other, both headlines before either story's text (front-page at seed 5000:
the lead story's columns read under the second story's headline, its title taken for the
lead's). The slices belong together when a gutter of the upper one runs on through the lower
one as a gutter of its columns (the cut then parts the two stories first) and the upper
slice holds a headline on each side of it (``modules.head_like``: each story's own); one
side without a headline (a caption, a byline) is one story's photo beside its head, left to
the grids. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.split.gutters import column_gutters
from magpipe.split.modules import head_like
from magpipe.split.pieces import Line

log = logging.getLogger(__name__)

Span = tuple[float, float]


def _side(part: list[Line], gutter: Span, left: bool) -> list[Line]:
    """The part's pieces on one side of the gutter (by the x range of their letters)."""
    middle = (gutter[0] + gutter[1]) / 2
    return [p for p in part if (p.core[1] <= middle if left else p.core[0] >= middle)]


def _headed(side: list[Line], body: float) -> bool:
    """Some line of the side is a headline's (``head_like``)."""
    return any(head_like([p], body) for p in side)


def side_by_side(upper: list[Line], lower: list[Line], body: float) -> bool:
    """``upper`` and ``lower`` are the top and the columns of stories standing side by side
    (see the module): a gutter parts the columns of both together, the upper slice holds text
    on both sides of it, a headline on each, and the lower one columns on both sides."""
    for g in column_gutters(upper + lower, body):
        sides = [_side(upper, g, True), _side(upper, g, False)]
        if not all(sides) or not all(_side(lower, g, left) for left in (True, False)):
            continue
        if all(_headed(side, body) for side in sides):
            log.debug("stories side by side: slices read together, parted at %.0f-%.0f", *g)
            return True
    return False
