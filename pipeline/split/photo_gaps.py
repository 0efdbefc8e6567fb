"""Captions set at photos' edges, between two of them, are no columns of the page.

A report that sets its photos in pairs puts both captions in the space between them: under
the upper photo and over the lower one (the two side by side, each on a measure of its own),
or in a narrow column between two photos side by side. Cut as regions of their own, those
captions have x ranges like a column's; but they are set on a grid of their own, and taken
for columns of the page they displaced its text's: one several lines deep counted as a column
of a second grid (the page's text then read as set on two), one starting inside a column of
the text and ending inside the next made a column of its own there, or widened the column of
text it mostly covers past its text (whose paragraphs then stood inset in it, like a boxed
note's: a paragraph read as spanning two columns, an intro, a note).

``column_regions`` gives the regions ``layout.analyse`` finds the page's columns from, without:

* a region of ``CAPTION_LINES`` or more in the gap between two photos (``between_photos``):
  one photo stands over it and another under it, each across most of its width (``ACROSS``),
  its top and its foot within ``GAP`` body sizes of them; or one photo stands left of it and
  another right of it, each along most of its depth, within ``GAP`` of its sides;
* a region of a few lines (``CAPTION_LINES`` or more, fewer than ``bands.BAND_COLUMN_LINES``)
  set at a photo's edge (its top within ``GAP`` of a photo's foot or on the photo above its
  middle, or the mirror at a photo's top; the photo across most of its width) that reaches
  across the gutter between two columns of text (the ranges of regions of many lines side by
  side), past each one's edge by more than ``REACH`` points: a caption on a measure of its
  own, not a column of the text's grid (``straddles`` drops a short row across a gutter only
  where it hides a column).

Unless those are all the regions with a range the page has: a page of photos and a few lines
of text carried over from the page before takes its columns from them as before (its text,
of no column range, has no grid of its own to take them from). Their blocks are read in their
places as before, as captions. Measures are the page's own body size. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box, across, down, union
from magpipe.split.bands import BAND_COLUMN_LINES
from magpipe.split.pieces import Line

log = logging.getLogger(__name__)

GAP = 3.0       # x body size: the most white between a photo and a caption set at its edge (a
                # caption stands a line or so off its photo; text farther off is the page's)
ACROSS = 0.6    # share of the region's width (depth) a photo over or under (beside) it covers
REACH = 2.0     # points: how far past a column's edge a range must reach to cross its gutter
CAPTION_LINES = 2   # fewest lines of a region of captions (a caption and its twin in the other
                    # language; one line by a photo may be the last of a column's text, ending
                    # by it)

Span = tuple[float, float]


def _over_under(box: Box, photos: tuple[Box, ...], body: float) -> tuple[bool, bool]:
    """A photo across most of ``box``'s width stands right over it, and one right under it."""
    gap = GAP * body
    width = box[2] - box[0]
    over = [p for p in photos if across(box, p) >= ACROSS * width]
    middle = (box[1] + box[3]) / 2     # (a caption may start on its photo: a pasted label)
    return (any(box[1] - gap <= p[3] <= middle for p in over),
            any(middle <= p[1] <= box[3] + gap for p in over))


def between_photos(box: Box, photos: tuple[Box, ...], body: float) -> bool:
    """The region ``box`` lies in the white between two photos (see the module)."""
    over, under = _over_under(box, photos, body)
    gap, depth = GAP * body, box[3] - box[1]
    beside = [p for p in photos if down(box, p) >= ACROSS * depth]
    left = any(0 <= box[0] - p[2] <= gap for p in beside)
    right = any(0 <= p[0] - box[2] <= gap for p in beside)
    return over and under or left and right


def _reaches_across(span: Span, tall: list[Span]) -> bool:
    """``span`` reaches across the gutter between two of the ``tall`` ranges side by side."""
    columns = sorted(set(tall))
    return any(span[0] < a[1] - REACH and span[1] > b[0] + REACH
               for a, b in zip(columns, columns[1:], strict=False) if a[1] < b[0])


def column_regions(regions: list[tuple[list[Line], Span]], photos: tuple[Box, ...],
                   body: float) -> list[tuple[list[Line], Span]]:
    """The regions (each with its column range) to find the page's columns from (see the
    module)."""
    if not photos:
        return regions
    boxes = [union([p.box for p in r]) for r, _ in regions]
    kept = [k for k, box in enumerate(boxes) if len(regions[k][0]) < CAPTION_LINES
            or not between_photos(box, photos, body)]
    tall = [regions[k][1] for k in kept if len(regions[k][0]) >= BAND_COLUMN_LINES]
    kept = [k for k in kept if not CAPTION_LINES <= len(regions[k][0]) < BAND_COLUMN_LINES
            or not any(_over_under(boxes[k], photos, body))
            or not _reaches_across(regions[k][1], tall)]
    if not kept:
        return regions
    for k in set(range(len(regions))) - set(kept):
        log.debug("region at %s: captions at a photo's edge, no column",
                  [round(v) for v in boxes[k]])
    return [regions[k] for k in kept]
