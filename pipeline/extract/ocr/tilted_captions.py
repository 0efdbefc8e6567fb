"""Captions turned a few degrees with their photo, found on a scanned page's image.

A newsletter pins its photos as snapshots (the layout bench's ``scrapbook``): each a card
turned a few degrees about its centre, its caption inside the card under the photo and
turned with it. A text layer's turned lines are turned back level by ``split.tilted``; a
scan has none, and Tesseract reads a caption turned 3-7 degrees cut into pieces, its lines
crossed (``OVerwi te Ofthe m eeting``). Such a caption is found here and read once, level:

* the photo's turn: on the page image as it came (the photo not yet painted white), the
  top and the foot of the photo's pixels (darker than the paper by ``TONE``, in a square
  ``SOLID`` wide of them) in each column of its box, away from its corners (``CORNER`` of
  its width at either end), each fitted by a straight line; one line fits at least
  (``FIT_SHARE`` of the columns within ``FIT`` of the photo's width; a light patch along
  the photo's edge breaks the other), two that fit run alike (``SAME_TURN``), and the turn
  of the one that fits better lies between ``MIN_TURN`` and ``MAX_TURN`` (less: a photo
  set level on a page scanned askew, whose skew is at most 0.8 degrees on the bench; more:
  no snapshot);
* the caption: the page turned back level about the photo's centre, the photo then an
  upright rectangle (its sides solved from its box and turn); the rows of ink under it
  within its width (``SIDE`` more either side, short of the card's edge), from ``START``
  under it (a row of it: ``ROW_FILL`` of its width ink), down to the first white gap
  taller than ``GAP`` (the card's foot);
* a caption read level: its ink lines up in rows better unturned than sheared either way
  by the photo's turn (a caption set level under a turned photo is left as read);
* it is read once on its own, its crop (``PAD`` of white round it) level, in place of the
  first reading's words whose centres lie in it; its words stand where the level crop puts
  them, turned back about the photo's centre as ``split.tilted`` turns a text layer's, and
  the photo's box becomes its level rectangle.

Pure image work (numpy, PIL) and geometry on pixel boxes, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from magpipe.extract.ocr.deskew import sharpness
from magpipe.extract.ocr.despeckle import ink_threshold
from magpipe.extract.ocr.photomask import PixelBox, paper_level
from magpipe.extract.ocr.tesseract import OcrWord
from PIL import Image
from scipy import ndimage

TONE = 30           # grey levels under the paper: a photo's pixel (photomask's mid-tones)
SOLID = 2.0         # points: the photo's pixels are those in a square this wide of them (a
                    # text stroke, the card's hairline edge are thinner)
CORNER = 0.1        # share of the photo's width left out at either end (its turned corners)
FIT = 0.01          # x the photo's width: a column's edge pixel this near the fitted line
FIT_SHARE = 0.8     # share of the columns whose edge fits (a light patch at the edge misses)
SAME_TURN = 1.0     # degrees: the photo's top and foot run alike within this
MIN_TURN = 1.5      # degrees: a turn this large at least is a card pinned askew (cards are
                    # turned 2-7 degrees on the bench; a scan's own skew is 0.2-0.8)
MAX_TURN = 10.0     # degrees: more is no snapshot (a quarter turn is ``strips``')
START = 1.5         # points under the level photo the caption's rows start (the photo's
                    # edge, turned back, blurs over a pixel or two; captions are set 5 under)
SIDE = 3.0          # points beside the photo's width the caption's rows are read (the card's
                    # edge stands 6 out, its shadow 2 further)
GAP = 9.0           # points of white that end the caption (its lines are led by 2.5-3.5,
                    # its English under its Vietnamese 6.5-7; the card's foot leaves 12.5-13
                    # under its last line)
ROW_FILL = 0.02     # share of a row's width its ink fills at least, for a row of the caption
                    # (a speck of dust fills 0.01; a short last line 0.1 and more)
PAD = 12            # pixels of white round the crop read on its own (Tesseract wants a border)


@dataclass(frozen=True)
class Card:
    """A caption turned with its photo: the photo's box on the page and its level rectangle,
    the turn (degrees, counter-clockwise as PIL turns), the caption's box on the page turned
    level about the photo's centre, the indices of the first reading's words it holds, and
    its level crop (in ``PAD`` of white) to read."""
    photo: PixelBox
    level_photo: PixelBox
    turn: float
    box: PixelBox
    words: tuple[int, ...]
    image: Image.Image
    titles: bool = False

    def placed(self, word: OcrWord, line: int, block: int) -> OcrWord:
        """A word of the crop's reading put where the level crop lies on the page, its line
        and block numbered after the page's."""
        return OcrWord(word.text, self.box[0] - PAD + word.left, self.box[1] - PAD + word.top,
                       word.width, word.height, word.conf, line, block, word.line_height)


def _edge_fit(xs: np.ndarray, ys: np.ndarray, width: int) -> tuple[float, float] | None:
    """The turn (degrees, counter-clockwise) of the line the edge pixels ``(xs, ys)`` lie
    on and the share of them within ``FIT`` x ``width`` of it, when that is ``FIT_SHARE``
    at least (fitted again on those)."""
    if len(xs) < 2:
        return None
    slope, cut = np.polyfit(xs, ys, 1)
    near = np.abs(ys - (slope * xs + cut)) <= max(1.0, FIT * width)
    if near.mean() < FIT_SHARE or near.sum() < 2:
        return None
    return -math.degrees(math.atan(np.polyfit(xs[near], ys[near], 1)[0])), float(near.mean())


def photo_turn(grey: np.ndarray, box: PixelBox, paper: float, dpi: float) -> float | None:
    """Degrees the photo in ``box`` is turned counter-clockwise (PIL's sense), from the top
    and foot of its pixels on the page as it came, or None (see the module)."""
    x0, y0, x1, y1 = box
    width = x1 - x0
    left, right = x0 + round(CORNER * width), x1 - round(CORNER * width)
    solid = max(1, round(SOLID * dpi / 72))
    dark = ndimage.binary_opening(grey[y0:y1, left:right] < paper - TONE,
                                  structure=np.ones((solid, solid), bool))
    has = dark.any(axis=0)
    if has.sum() < 2:
        return None
    xs = np.arange(left, right, dtype=np.float64)[has]
    tops = y0 + dark.argmax(axis=0)[has].astype(np.float64)
    feet = y1 - 1 - dark[::-1].argmax(axis=0)[has].astype(np.float64)
    fits = [f for f in (_edge_fit(xs, tops, width), _edge_fit(xs, feet, width)) if f]
    if not fits or max(t for t, _ in fits) - min(t for t, _ in fits) > SAME_TURN:
        return None
    turn = max(fits, key=lambda f: f[1])[0]      # (the edge that fits better)
    return turn if MIN_TURN <= abs(turn) <= MAX_TURN else None


def level_rectangle(box: PixelBox, turn: float) -> PixelBox:
    """The upright rectangle about ``box``'s centre that, turned ``turn`` degrees, has
    ``box`` for its bounding box."""
    cos, sin = math.cos(math.radians(turn)), abs(math.sin(math.radians(turn)))
    big_w, big_h = box[2] - box[0], box[3] - box[1]
    across = cos * cos - sin * sin
    w = (big_w * cos - big_h * sin) / across
    h = (big_h * cos - big_w * sin) / across
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return (round(cx - w / 2), round(cy - h / 2), round(cx + w / 2), round(cy + h / 2))


def to_level(x: float, y: float, centre: tuple[float, float], turn: float
             ) -> tuple[float, float]:
    """Where the page's point (x, y) lies once the page is turned ``-turn`` degrees about
    ``centre`` (as PIL's ``rotate(-turn, center=centre)`` turns it): level."""
    t = math.radians(-turn)
    dx, dy = x - centre[0], y - centre[1]
    return (centre[0] + dx * math.cos(t) + dy * math.sin(t),
            centre[1] - dx * math.sin(t) + dy * math.cos(t))


def _caption_rows(ink: np.ndarray, start: int, gap: int) -> tuple[int, int] | None:
    """[top, bottom) of the rows of ink from ``start`` down to a white gap over ``gap``."""
    inked = ink.mean(axis=1) >= ROW_FILL
    top = next((y for y in range(start, min(len(inked), start + 4 * gap)) if inked[y]), None)
    if top is None:
        return None
    bottom = y = top
    while y < len(inked) and y - bottom <= gap:
        if inked[y]:
            bottom = y + 1
        y += 1
    return top, bottom


def _reads_level(ink: np.ndarray, turn: float) -> bool:
    """The ink lines up in rows better as it stands than sheared by ``turn`` either way."""
    ys, xs = np.nonzero(ink)
    if len(xs) == 0:
        return False
    xs, ys = xs.astype(np.float64), ys.astype(np.float64)
    return sharpness(xs, ys, 0.0) >= max(sharpness(xs, ys, turn), sharpness(xs, ys, -turn))


def tilted_cards(raw: Image.Image, words: Sequence[OcrWord], photos: Sequence[PixelBox],
                 dpi: float) -> list[Card]:
    """The captions turned with their photo (see the module) on a page whose image as it came
    is ``raw`` (greyscale, its photos not painted white) and whose first reading is
    ``words``."""
    grey_image = raw.convert("L")
    grey = np.asarray(grey_image)
    paper = paper_level(grey)
    threshold = ink_threshold(grey_image)
    px = dpi / 72
    out = []
    for photo in photos:
        turn = photo_turn(grey, photo, paper, dpi)
        if turn is None:
            continue
        centre = ((photo[0] + photo[2]) / 2, (photo[1] + photo[3]) / 2)
        level = grey_image.rotate(-turn, resample=Image.Resampling.BILINEAR, center=centre,
                                  fillcolor=255)
        rect = level_rectangle(photo, turn)
        x0, x1 = max(0, rect[0] - round(SIDE * px)), min(level.width, rect[2] + round(SIDE * px))
        ink = np.asarray(level)[:, x0:x1] < threshold
        rows = _caption_rows(ink, rect[3] + round(START * px), round(GAP * px))
        if rows is None or not _reads_level(ink[rows[0]:rows[1]], turn):
            continue
        box = (x0, rows[0], x1, rows[1])
        crop = Image.new("L", (x1 - x0 + 2 * PAD, rows[1] - rows[0] + 2 * PAD), 255)
        crop.paste(level.crop(box), (PAD, PAD))
        held = []
        for k, w in enumerate(words):
            lx, ly = to_level(w.left + w.width / 2, w.top + w.height / 2, centre, turn)
            if box[0] <= lx <= box[2] and box[1] <= ly <= box[3]:
                held.append(k)
        out.append(Card(photo, rect, turn, box, tuple(held), crop))
    return out


def page_box(card: Card) -> PixelBox:
    """The upright box on the page round the card's caption as it stands there, turned."""
    centre = ((card.photo[0] + card.photo[2]) / 2, (card.photo[1] + card.photo[3]) / 2)
    x0, y0, x1, y1 = card.box
    pts = [to_level(x, y, centre, -card.turn) for x in (x0, x1) for y in (y0, y1)]
    return (math.floor(min(p[0] for p in pts)), math.floor(min(p[1] for p in pts)),
            math.ceil(max(p[0] for p in pts)), math.ceil(max(p[1] for p in pts)))


def without_cards(image: Image.Image, cards: Sequence[Card]) -> Image.Image:
    """``image`` with each card's photo and caption, as they stand on the page, painted
    white (a page's skew is read from its level text, not from its turned cards)."""
    if not cards:
        return image
    grey = np.array(image.convert("L"))
    for card in cards:
        x0, y0, x1, y1 = page_box(card)
        grey[max(card.photo[1], 0):card.photo[3], max(card.photo[0], 0):card.photo[2]] = 255
        grey[max(y0, 0):y1, max(x0, 0):x1] = 255
    return Image.fromarray(grey, mode="L")
