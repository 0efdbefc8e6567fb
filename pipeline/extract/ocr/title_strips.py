"""Title strips turned a quarter beside the text, found on a scanned page's image.

A design magazine sets a feature's titles turned a quarter in a narrow strip at the left or
the right of its text (``split.turned_titles`` reads them on a text layer). On a scan of an
upright page Tesseract reads the strip as it is: a few of its words come out as words taller
than wide, the rest as noise (``TES0F``, ``=Đ:``, ``¬``), often no word of it at all, and
no title is found. Such a strip is found here, on the page image, and read once more on its
own, its crop turned upright, as a caption strip beside a photo is (``strips``):

* the ink OCR did not read as level text: the page's ink (darker than Otsu's threshold)
  with the boxes of the first reading's level words (``MEASURED`` letters or digits or
  more, wider than high, read at ``READ`` confidence or more) painted white, on a map
  reduced ``POOL`` times (a cell is ink when any of its pixels is), closed along the page
  over a word space (the depth of the level words: the letters of a turned line run
  together, its lines stay apart);
* a turned line: a piece of that ink ``LONG`` depths long at least, ``SHAPE`` times as long
  as wide, its width (the line's type, capitals and marks) ``DISPLAY`` times the depth at
  least and ``WIDEST`` at most, its own ink (not closed) ``THIN`` to ``FILL`` of its box
  (a hairline rule, a bar or a tint printed solid is no text);
* a strip: turned lines side by side, sharing depth, ``NEXT_LINE`` of a line's width apart
  at most, with the smaller pieces between or beside them in their depth (a title's short
  last line, a word), its longest line ``LONGEST`` depths long at least; standing beside
  no photo (a strip beside a photo is its captions, ``strips``) and holding no caption
  strip's word;
* beside text: level words in its depth, the nearest ``TEXT_REACH`` depths off its side at
  most (a column gutter and the strip's padding); a strip with no text beside it (a label in
  the margin) is left as read;
* a strip each of whose turned lines the first reading read upright for ``READ_SHARE`` of
  its length at least, in words read at ``SURE`` confidence (a label along the page's edge
  in plain capitals), is left as read: a region is not read twice;
* its crop is its box, ``PAD`` of a line's width wider on every side, and holds every word of
  the first reading whose centre lies in it; it is turned the way its surely read lines run
  (``strips.turn_of``: up the page when none tells).

Pure image work (numpy, scipy.ndimage) and logic on pixel boxes, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

import numpy as np
from magpipe.artifacts.base import across, down
from magpipe.caption_strips import beside, gap_across, in_depth
from magpipe.extract.ocr.despeckle import ink_threshold
from magpipe.extract.ocr.photomask import PixelBox
from magpipe.extract.ocr.pooled import pooled_any
from magpipe.extract.ocr.strips import DEPTH_SLACK, REACH, Strip, turn_of, word_box
from magpipe.extract.ocr.tesseract import OcrWord
from PIL import Image
from scipy import ndimage

MEASURED = 3        # letters or digits of a word whose box tells whether it lies level
READ = 50.0         # OCR confidence of a level word taken as read (a turned line's noise,
                    # ``gE§E`` across its foot, is read at 0-30)
POOL = 4            # pixels a side of a cell of the reduced ink map
LONG = 8.0          # x the level words' depth: a turned title line this long at least
LONGEST = 20.0      # x the level words' depth: a strip's longest turned line this long at
                    # least (the bench's turned titles 24-78; a column of key numbers down a
                    # page's foot, ``(1) (2) (3)``, 10)
SHAPE = 4.0         # a turned line's length over its width, at least
DISPLAY = 1.1       # x the level words' depth: a turned line's width this large at least is
                    # display type (the bench's turned titles, capitals with their marks, stand
                    # 1.2-1.5; labels and credits set upright along a page's or photo's edge,
                    # at the body's size or smaller, 0.6-0.9)
WIDEST = 3.0        # x the level words' depth: a piece wider than this is no line of type
FILL = 0.6          # share of a turned line's box its ink fills at most (a line of capitals
                    # 0.3-0.5; a bar or a tint printed solid, nearly all)
THIN = 0.12         # ... and at least (the bench's turned title lines 0.2-0.4; a hairline rule
                    # down a page scanned askew, its box widened by the skew, 0.04-0.05)
SURE = 85.0         # OCR confidence of a word read the right way
READ_SHARE = 0.5    # share of a turned line's length the first reading read upright, surely:
                    # a strip all of whose lines it read so far (a label along the page's
                    # edge, set in plain capitals) is left as read, not read twice
NEXT_LINE = 3.0     # x a line's width: white across between two lines of one strip at most
                    # (a title's leading leaves 0.6-0.9 of it; a short line between, read as
                    # a small piece, leaves 2.5 on either side)
ALONG = 4.0         # x the level words' depth: white along one turned line between its pieces
                    # at most (a word OCR read as a level word, painted white, leaves a hole)
HALF = 0.5          # x a strip's line width: a smaller piece joining it is this wide at least
                    # (a short line's word, not a speck or a hairline)
TEXT_REACH = 5.0    # x the level words' depth: white between the strip and its text at most
PAD = 0.4           # x a line's width: white kept round the strip in its crop


def _level(w: OcrWord) -> bool:
    return sum(map(str.isalnum, w.text)) >= MEASURED and w.width > w.height and w.conf >= READ


def _pieces(image: Image.Image, words: Sequence[OcrWord], depth: float
            ) -> tuple[list[PixelBox], list[float]]:
    """The pieces of ink OCR did not read as level text (see the module): their boxes in
    pixels and the share of each box its own ink fills."""
    grey = image.convert("L")
    ink = np.asarray(grey) < ink_threshold(grey)
    for w in words:
        if _level(w):
            ink[w.top:w.top + w.height, w.left:w.left + w.width] = False
    cells = pooled_any(ink, POOL)
    span = max(1, round(depth / POOL))
    closed = ndimage.binary_closing(cells, structure=np.ones((span, 1), bool))
    labels, _ = ndimage.label(closed | cells)
    boxes, fills = [], []
    for found in ndimage.find_objects(labels):
        if found is None:
            continue
        ys, xs = found
        box = (xs.start * POOL, ys.start * POOL, xs.stop * POOL, ys.stop * POOL)
        boxes.append(box)
        fills.append(float(ink[box[1]:box[3], box[0]:box[2]].mean()))
    return boxes, fills


def _line(box: PixelBox, fill: float, depth: float) -> bool:
    """A piece of ink is a turned line of display type (see the module)."""
    width, length = box[2] - box[0], box[3] - box[1]
    return (length >= LONG * depth and length >= SHAPE * width
            and DISPLAY * depth <= width <= WIDEST * depth and THIN <= fill <= FILL)


def _read_upright(line: PixelBox, words: Sequence[OcrWord]) -> bool:
    """The first reading read ``READ_SHARE`` of the turned ``line``'s length at least in
    words standing upright in it, read at ``SURE`` confidence or more."""
    rows = np.zeros(line[3] - line[1], bool)
    for w in words:
        if w.conf >= SURE and w.height > w.width and \
                line[0] <= w.left + w.width / 2 <= line[2]:
            rows[max(w.top - line[1], 0):max(w.top + w.height - line[1], 0)] = True
    return bool(rows.mean() >= READ_SHARE)


def _joined(a: PixelBox, b: PixelBox, depth: float) -> bool:
    """Two turned lines of one strip: side by side in one depth, ``NEXT_LINE`` of the
    narrower's width apart at most, or one line's pieces, ``ALONG`` depths apart at most."""
    if down(a, b) > 0:
        return gap_across(a, b) <= NEXT_LINE * min(a[2] - a[0], b[2] - b[0])
    return gap_across(a, b) < 0 and -down(a, b) <= ALONG * depth


def _grown(lines: list[PixelBox], pieces: Sequence[PixelBox], level: Sequence[PixelBox],
           depth: float) -> list[list[PixelBox]]:
    """The turned lines grouped into strips, each with the pieces that join it (see the
    module), left to right."""
    strips: list[list[PixelBox]] = []
    for box in sorted(lines):
        near = [s for s in strips if any(_joined(b, box, depth) for b in s)]
        for s in near:
            strips.remove(s)
        strips.append([b for s in near for b in s] + [box])
    out = []
    for strip in sorted(strips):
        line = median(b[2] - b[0] for b in strip)
        held = list(strip)
        more: list[PixelBox] = [held[0]]
        while more:
            box = _union(held)
            more = [p for p in pieces if p not in held
                    and HALF * line <= p[2] - p[0] <= WIDEST * depth
                    and (_joined(box, p, depth) or in_depth(box, p, 0) and p[3] - p[1]
                         >= p[2] - p[0] and gap_across(box, p) <= NEXT_LINE * line)
                    and not any(_reaches(box, _union([box, p]), b) for b in level)]
            held += more
        out.append(held)
    return out


def _reaches(box: PixelBox, grown: PixelBox, word: PixelBox) -> bool:
    """``box`` grown to ``grown`` takes in a level word it did not hold (a word OCR read
    level inside the strip does not stop it)."""
    def meet(a: PixelBox, b: PixelBox) -> bool:
        return across(a, b) > 0 and down(a, b) > 0
    return meet(grown, word) and not meet(box, word)


def _union(boxes: Sequence[PixelBox]) -> PixelBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))


def title_strips(image: Image.Image, words: Sequence[OcrWord], photos: Sequence[PixelBox],
                 taken: frozenset[int] = frozenset()) -> list[Strip]:
    """The title strips turned a quarter on a page ``image`` whose first reading is
    ``words`` (see the module); ``taken``: the indices of the words a caption strip holds."""
    level = [word_box(w) for w in words if _level(w)]
    if not level:
        return []
    depth = median(b[3] - b[1] for b in level)
    pieces, fills = _pieces(image, words, depth)
    lines = [b for b, f in zip(pieces, fills, strict=True) if _line(b, f, depth)
             and not any(beside(p, b, REACH * (b[2] - b[0]), DEPTH_SLACK * (b[2] - b[0]))
                         for p in photos)]
    out: list[Strip] = []
    for held in _grown(lines, pieces, level, depth):
        box = _union(held)
        line = median(b[2] - b[0] for b in held if b in lines)
        if not any(in_depth(box, b, 0) and 0 <= gap_across(box, b) <= TEXT_REACH * depth
                   for b in level):
            continue
        pad = round(PAD * line)
        crop = (max(box[0] - pad, 0), max(box[1] - pad, 0), min(box[2] + pad, image.width),
                min(box[3] + pad, image.height))
        inside = tuple(k for k, w in enumerate(words)
                       if crop[0] <= w.left + w.width / 2 <= crop[2]
                       and crop[1] <= w.top + w.height / 2 <= crop[3])
        if max(b[3] - b[1] for b in held if b in lines) < LONGEST * depth or \
                taken.intersection(inside) or all(_read_upright(b, words) for b in held
                                             if b in lines):
            continue
        out.append(Strip(crop, turn_of([words[k] for k in inside]), inside, titles=True))
    return out
