"""A band of photos across the columns, part-way down: the columns flow round it.

A magazine sets a wide picture (or a row of them, their captions under them) into running
text: every column of text runs down to the band and goes on under it before the next column
starts. The XY cut (``xycut.xy_cut``) sees only the text: the band leaves white across the
columns, its captions span them, so the cut slices the page there and reads every column
above the band before the text under it (the second column's top before the first column's
rest under the photo; a paragraph cut by the band is read apart, its two halves' link lost).

``flow_round`` reorders the cut's regions: under a band each column's text is read right
after the same column's text above it. A band is a row of photos at least
``photo_size.MIN_PHOTO`` body sizes wide and tall, level with each other
(``photo_rows.LEVEL``), taken together, with no text inside the row's box (text there stands
beside a photo, in a column of its own). A column runs round it when:

* a region of the column (the cut gave it a column's range) lies over the band within its
  width, its foot at most ``REACH`` line pitches above the band's top, no other text between;
* a region of the same column (their ranges sharing ``SAME_COLUMN`` of the wider) lies
  under the band, its top at most ``REACH`` line pitches under the band's foot or under the
  foot of the text set between them, and that text (the band's captions and credits) is set
  no larger than the page's text (``xycut.TITLE_SIZE``): a title there opens other text,
  which is read after the columns above it as before.

The text under the band (that region and the regions of the same column that follow it in
the cut's order) is moved to right after the text above it. The band's captions keep their
places. Measures are the page's own: its body size and line pitch. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box, union
from magpipe.split.photo_rows import level_photos
from magpipe.split.photo_size import large_photo
from magpipe.split.pieces import JUNK_CONF, Line
from magpipe.split.xycut import TITLE_SIZE, Span

log = logging.getLogger(__name__)

REACH = 3.0          # x line pitch: the most white between a column's text and the band (the
                     # band's margin, a line the column could not fit, a paragraph's gap)
SAME_COLUMN = 0.8    # share of the wider range two regions' ranges share in one column (a
                     # caption across two columns is in neither; a column running round the
                     # band keeps its width, and another story's grid under it does not:
                     # three columns under two share 0.65 of theirs, stacked-5 of seed 5500)
SLACK = 0.5          # x body size: how far text may reach into the band's box (OCR boxes,
                     # a photo's edge found a little off)

Region = tuple[list[Line], Span | None]


def bands(photos: tuple[Box, ...], body: float) -> list[Box]:
    """The page's rows of large photos (each row one box), top to bottom."""
    large = sorted((p for p in photos if large_photo(p, body)), key=lambda p: p[1])
    rows: list[Box] = []
    for p in large:
        for k, row in enumerate(rows):
            if level_photos(row, p):
                rows[k] = union([row, p])
                break
        else:
            rows.append(p)
    return rows


def _box(region: list[Line]) -> Box:
    """The region's extent, OCR junk left out (read off a photo's edge, it is no text)."""
    text = [p.box for p in region if p.conf >= JUNK_CONF] or [p.box for p in region]
    return union(text)


def _same(a: Span | None, b: Span) -> bool:
    """``a`` is a column's range (not None) lying in the column ``b``."""
    if a is None:
        return False
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared >= SAME_COLUMN * max(a[1] - a[0], b[1] - b[0])


def _between(boxes: list[Box], skip: set[int], x: Span, top: float, foot: float) -> list[int]:
    """The regions (but ``skip``) with text across ``x`` between ``top`` and ``foot``."""
    return [k for k, b in enumerate(boxes) if k not in skip and b[0] < x[1] and x[0] < b[2]
            and b[1] < foot and top < b[3]]


def _round_one(regions: list[Region], band: Box, body: float, pitch: float) -> list[Region]:
    boxes = [_box(r) for r, _ in regions]
    slack = SLACK * body
    if any(p.conf >= JUNK_CONF and p.box[0] < band[2] - slack and band[0] + slack < p.box[2]
           and p.box[1] < band[3] - slack and band[1] + slack < p.box[3]
           for r, _ in regions for p in r):
        return regions          # (text beside a photo, within the row's reach: no band)
    inside = [col is not None and band[0] - slack <= col[0] and col[1] <= band[2] + slack
              for _, col in regions]
    moves: dict[int, list[int]] = {}      # a region over the band -> the run read after it
    for k, (_, col) in enumerate(regions):
        if not inside[k] or col is None or boxes[k][3] > band[1] + slack or \
                band[1] - boxes[k][3] > REACH * pitch or \
                _between(boxes, {k}, col, boxes[k][3], band[1] - slack):
            continue
        under = [j for j, (_, c) in enumerate(regions) if j > k and inside[j] and _same(c, col)
                 and boxes[j][1] >= band[3] - slack]
        if not under:
            continue
        first = min(under, key=lambda j: boxes[j][1])
        held = _between(boxes, {first}, col, band[3] - slack, boxes[first][1])
        if any(_same(regions[j][1], col) for j in held) or \
                any(p.size > TITLE_SIZE * body for j in held for p in regions[j][0]
                    if p.conf >= JUNK_CONF):
            continue            # (the column's own text, or a title, stands between)
        foot = max([band[3], *(boxes[j][3] for j in held)])
        if boxes[first][1] - foot > REACH * pitch:
            continue
        run = [first]
        while run[-1] + 1 < len(regions) and run[-1] + 1 in under:
            run.append(run[-1] + 1)
        if first > k + 1:
            moves[k] = run
    if not moves:
        return regions
    moved = {j for run in moves.values() for j in run}
    out: list[Region] = []
    for k, region in enumerate(regions):
        if k in moved:
            continue
        out.append(region)
        for j in moves.get(k, ()):
            out.append(regions[j])
            log.debug("column %s: its text under the photo band at y=%.0f read right after "
                      "its text over it", regions[j][1], band[1])
    return out


def flow_round(regions: list[Region], photos: tuple[Box, ...], body: float,
               pitch: float) -> list[Region]:
    """The cut's ``regions`` with each column's text under a band of photos read right after
    its text over the band (see the module)."""
    for band in bands(photos, body):
        regions = _round_one(regions, band, body, pitch)
    return regions
