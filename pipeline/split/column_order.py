"""Reading order of a page's regions column by column, under the heads that span them.

The XY cut reads a page from the widest white band down: a photo that fills the top of one
column beside the text of the next leaves a band white but for the photos (a photo is no
text), and the cut reads the text above that band in every column before the text under it
(the second column's opening before the first column's text under its photo). On a page of
known columns the order is the columns' one: the regions that span two columns or more (a
title, an intro across the page) open a band; in a band, each column's regions top to
bottom, the columns left to right.

``column_major`` gives the regions' new order. It is used on each page of a sheet of two
(``magpipe.split.fold``), whose halves have columns that photos across the fold interrupt.
The top and bottom bands of the page (running heads, page numbers) keep their places: the
top band first, the bottom band last. Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.base import Box, union
from magpipe.split.layout import Para, column_of

SPAN_SHARE = 0.15    # share of a column's width a region must cover to touch that column


def _touched(box: Box, columns: tuple[tuple[float, float], ...]) -> int:
    """How many of the columns the box covers a fair part of."""
    return sum(1 for lo, hi in columns
               if min(box[2], hi) - max(box[0], lo) > SPAN_SHARE * (hi - lo))


def column_major(paras: tuple[Para, ...], columns: tuple[tuple[float, float], ...],
                 top_edge: float, foot_edge: float) -> list[int]:
    """The regions of ``paras`` (their ``region`` numbers) in column order (see the module's
    text); regions wholly above ``top_edge`` or under ``foot_edge`` keep their places."""
    boxes: dict[int, list[Box]] = {}
    for para in paras:
        boxes.setdefault(para.region, []).append(para.box)
    order = list(boxes)                      # the cut's order (paras are in reading order)
    if len(columns) < 2:
        return order
    region_box = {r: union(b) for r, b in boxes.items()}
    top = [r for r in order if region_box[r][3] <= top_edge]
    foot = [r for r in order if region_box[r][1] >= foot_edge and r not in top]
    middle = [r for r in order if r not in top and r not in foot]
    spanning = sorted((r for r in middle if _touched(region_box[r], columns) >= 2),
                      key=lambda r: region_box[r][1])
    heads = [region_box[r][1] for r in spanning]

    def key(r: int) -> tuple[int, int, float]:
        box = region_box[r]
        band = sum(1 for y in heads if y <= box[1])
        if r in spanning:
            return (band, -1, box[1])
        return (band, column_of(box, columns), box[1])

    return top + sorted(middle, key=key) + foot
