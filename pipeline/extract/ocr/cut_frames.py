"""Forms in a dashed frame on a scan: the frame, its answer lines and tick boxes found on the
page image, recorded as the page's drawings (as a text-layer page records them) and painted
white before OCR.

A form for readers to cut out and send back (a subscription form, a registration, a survey)
stands in a dashed frame, the line to cut along, and asks for answers on dotted or ruled lines
after labels (``Họ và tên: ........``) and in tick boxes. On a text-layer page these are drawn
shapes (``Page.drawings``) and the split stage tells the form from an article by them
(``split.drawn_forms``); on a scan they are pixels, which OCR reads as runs of junk glued to
the labels (``Hovaten:i-vy Beir as.``), as ``-`` and ``|`` down the margins and as ``LÌ`` or
``O`` before each choice. So, on the page image (photographs already painted white):

* a *dashed line* is a chain of ``LINE_MARKS`` small marks at least (dashes or dots: ink
  components thinner than ``THIN_MM`` and no longer than ``DASH_MM``), each within
  ``GAP_MM`` of the last on its row (or column), with nothing inked between them over the
  line's band (``BAND_MM`` either side): a line of text has letters between its marks;
* a *cut frame* is four dashed lines meeting at their ends (within ``CORNER_MM``): a top and
  a bottom as wide, a left and a right side as tall;
* inside a cut frame, a dashed line that is none of its sides is an answer line (a rule), an
  ink component longer than ``RULE_MM`` and thinner than ``THIN_MM`` a solid rule (between
  the form's halves, or a ruled answer line), and a hollow square of ``TICK_MM`` a tick box
  (ink in its four corners, none in its middle: an ``O`` has no corners, a ``D`` two).

The frame (``FRAME``), the rules (``RULE``) and tick boxes (``FRAME``) are returned as
pixel boxes, and their ink painted white, so that OCR reads the labels alone (``Họ và
tên:``). Shapes outside a cut frame are left alone: a dotted leader on a contents page or a
rule between columns is not a form's, and recording it would feed the split stage's rules
for drawn shapes with what a scan's rules were not tuned on. Sizes in millimetres on the
page, turned into pixels at the page's resolution. Pure image work (numpy, scipy.ndimage).
"""

from __future__ import annotations

import heapq
import logging
from dataclasses import dataclass
from typing import cast

import numpy as np
from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.extract.ocr.deskew import straighten_box
from magpipe.extract.ocr.despeckle import InkParts, ink_parts, mm_px
from magpipe.extract.ocr.photomask import PixelBox
from PIL import Image
from scipy import ndimage

log = logging.getLogger(__name__)

THIN_MM = 0.6       # a dash, a dot or a rule is at most this thick (a 0.5 pt rule, blurred)
DASH_MM = 3.0       # a dash is at most this long (longer: a solid rule, or a letter's stroke)
GAP_MM = 3.0        # most white between two marks of one dashed or dotted line
BREAK_MM = 8.0      # most white in a dashed line broken by a speck (``_joined``)
SPECK_MM = 0.75     # a speck is no larger than this each way (``despeckle.SPECK_MM``)
EVEN = 0.8          # share of a line's gaps and marks' lengths that are even (``_even``)
EVEN_SLACK = 0.5    # ... within this share of their median (2 pixels at least)
DRIFT_MM = 0.35     # most a mark's middle may stand off its neighbour's row (a skewed scan)
BAND_MM = 0.6       # the band either side of a dashed line that is paper between its marks
STRAY = 4           # inked pixels a gap's band may hold (a speck of dust)
LINE_MARKS = 8      # fewest marks of a dashed or dotted line
LINE_MM = 15.0      # shortest dashed or dotted line
CORNER_MM = 4.0     # how near the ends of a cut frame's sides meet (a corner's dashes join
                    # into an L, which is no mark, so a side's first mark may lie a dash in)
FRAME_MM = 10.0     # the smallest side of a cut frame
RULE_MM = 10.0      # a solid rule inside a cut frame is at least this long
TICK_MM = (1.5, 5.0)     # the sides of a tick box (a letter's height or so)
TICK_SQUARE = 1.5   # most ratio of a tick box's longer side to its shorter one
CORNER_SHARE = 0.2  # a tick box's corner patches: this share of each side
HALO = 2            # pixels painted round a shape's box (its blurred edge)


@dataclass(frozen=True)
class FormShape:
    """A shape of a cut frame's form: ``FRAME`` (the frame, a tick box) or ``RULE``; its box
    in pixels of the page image (left, top, right, bottom)."""

    kind: DrawingKind
    box: PixelBox


def _chains(marks: list[PixelBox], ink: np.ndarray, dpi: float) -> list[list[PixelBox]]:
    """Marks (left, top, right, bottom) chained along rows into dashed or dotted lines.

    A sweep from left to right: each mark goes on the open chain whose last mark it follows
    closest (within ``GAP_MM``, its middle within ``DRIFT_MM`` of that mark's, paper between
    them; the chain opened first on a tie), or opens a chain; a chain the sweep has passed
    for good (its last mark more than a gap behind a mark that opens one) is closed. The
    open chains are looked up by their last mark's row (``_Rows``) and closed off a queue of
    where they end: a page of text holds thousands of marks (dots, accents, hyphens) on
    hundreds of rows, which a scan of every open chain for every mark took seconds over."""
    gap, drift, band = mm_px(GAP_MM, dpi), mm_px(DRIFT_MM, dpi), mm_px(BAND_MM, dpi)
    length = mm_px(LINE_MM, dpi)
    chains: list[list[PixelBox]] = []
    rows = _Rows(drift)
    ends: list[tuple[int, int]] = []        # (where a chain stops being open, chain)
    closed: list[tuple[int, int]] = []      # (sweep step, chain): the order they closed in
    for step, mark in enumerate(sorted(marks)):
        middle = (mark[1] + mark[3]) / 2
        best: tuple[int, int] | None = None
        for k in rows.near(mark):
            last = chains[k][-1]
            if 0 <= mark[0] - last[2] <= gap and abs(middle - _middle(last)) <= drift and \
                    (best is None or (mark[0] - last[2], k) < best):
                best = (mark[0] - last[2], k)
        if best is not None:
            chain = chains[best[1]]
            last = chain[-1]
            row = round((middle + (last[1] + last[3]) / 2) / 2)
            between = ink[max(row - band, 0):row + band + 1, last[2] + 1:mark[0]]
            if int(between.sum()) <= STRAY:
                rows.move(best[1], last, mark)
                chain.append(mark)
                heapq.heappush(ends, (mark[2] + gap, best[1]))
                continue
        chains.append([mark])
        rows.add(len(chains) - 1, mark)
        heapq.heappush(ends, (mark[2] + gap, len(chains) - 1))
        while ends and ends[0][0] < mark[0]:    # (chains the sweep has passed for good)
            stop, k = heapq.heappop(ends)
            if rows.holds(k, chains[k][-1]) and chains[k][-1][2] + gap == stop:
                rows.remove(k, chains[k][-1])
                closed.append((step, k))
    done = [chains[k] for _, k in sorted(closed)]
    open_ = [c for k, c in enumerate(chains) if rows.holds(k, c[-1])]
    return [c for c in _joined(done + open_, ink, dpi)
            if len(c) >= LINE_MARKS and c[-1][2] - c[0][0] >= length and _even(c, dpi)]


class _Rows:
    """Chains looked up by the row of their last mark: rows ``2 * drift + 1`` half-pixels
    high, so that marks whose middles lie within ``drift`` of each other fall in the same
    row or the next."""

    def __init__(self, drift: int) -> None:
        self.high = 2 * drift + 1
        self.rows: dict[int, set[int]] = {}

    def _row(self, mark: PixelBox) -> int:
        return (mark[1] + mark[3]) // self.high      # (the middle, doubled: whole pixels)

    def add(self, k: int, mark: PixelBox) -> None:
        self.rows.setdefault(self._row(mark), set()).add(k)

    def remove(self, k: int, mark: PixelBox) -> None:
        self.rows[self._row(mark)].discard(k)

    def move(self, k: int, old: PixelBox, new: PixelBox) -> None:
        self.remove(k, old)
        self.add(k, new)

    def holds(self, k: int, mark: PixelBox) -> bool:
        return k in self.rows.get(self._row(mark), ())

    def near(self, mark: PixelBox) -> list[int]:
        """The chains whose last mark's row is ``mark``'s or next to it, in the order they
        were opened (``_chains`` and ``_joined`` break ties by it)."""
        row = self._row(mark)
        return sorted(k for r in (row - 1, row, row + 1) for k in self.rows.get(r, ()))


def _even(chain: list[PixelBox], dpi: float) -> bool:
    """The marks are thin and evenly set, as a dashed or dotted line's are: ``EVEN`` of them
    thinner than ``THIN_MM`` (small letters side by side are thicker), of the gaps between
    them within ``EVEN_SLACK`` of their median, and of the marks' lengths too (the marks over
    or under a line of text are uneven)."""
    if sum(1 for m in chain if m[3] - m[1] <= mm_px(THIN_MM, dpi)) < EVEN * len(chain):
        return False
    gaps = [b[0] - a[2] for a, b in zip(chain, chain[1:], strict=False)]
    lengths = [m[2] - m[0] for m in chain]
    for values in (gaps, lengths):
        middle = float(np.median(values))
        near = sum(1 for v in values if abs(v - middle) <= max(EVEN_SLACK * middle, 2))
        if near < EVEN * len(values):
            return False
    return True


def _middle(mark: PixelBox) -> float:
    return (mark[1] + mark[3]) / 2


def _joined(chains: list[list[PixelBox]], ink: np.ndarray,
            dpi: float) -> list[list[PixelBox]]:
    """Chains on one row with at most ``BREAK_MM`` between them, holding no more ink over
    the line's band than a speck, made one: a speck on a dash (no mark then) or beside a gap
    breaks a dashed line; a letter's descender between two dots under a line of text is
    more ink. (Each chain joins the first made of those it may, looked up by row.)"""
    most, drift, band = mm_px(BREAK_MM, dpi), mm_px(DRIFT_MM, dpi), mm_px(BAND_MM, dpi)
    speck = mm_px(SPECK_MM, dpi) ** 2
    out: list[list[PixelBox]] = []
    rows = _Rows(drift)
    for chain in sorted((c for c in chains if len(c) > 1), key=lambda c: c[0][0]):
        first = chain[0]
        for k in rows.near(first):
            before = out[k]
            last = before[-1]
            row = round((_middle(first) + _middle(last)) / 2)
            if 0 <= first[0] - last[2] <= most and \
                    abs(_middle(first) - _middle(last)) <= drift and \
                    int(ink[max(row - band, 0):row + band + 1,
                            last[2] + 1:first[0]].sum()) <= speck:
                rows.move(k, last, chain[-1])
                before.extend(chain)
                break
        else:
            out.append(list(chain))
            rows.add(len(out) - 1, chain[-1])
    return out


def _mark_limits(dpi: float) -> tuple[int, int]:
    """The longest and the thickest a piece of ink along a line and across it may be to be a
    dash or a dot of a line, in pixels: no longer than ``DASH_MM``, thinner than ``THIN_MM``,
    or than both it and a speck (a dash a speck landed on; ``_even`` wants most of a line's
    marks thin). Worked out once a page, not for each of its thousands of pieces."""
    return mm_px(DASH_MM, dpi), mm_px(THIN_MM + SPECK_MM, dpi)


def _span(chain: list[PixelBox]) -> PixelBox:
    return (min(m[0] for m in chain), min(m[1] for m in chain),
            max(m[2] for m in chain), max(m[3] for m in chain))


def _turned(box: PixelBox) -> PixelBox:
    return (box[1], box[0], box[3], box[2])


def _frames(rows: list[list[PixelBox]], columns: list[list[PixelBox]],
            dpi: float) -> list[PixelBox]:
    """Boxes of four dashed lines meeting at their ends: ``rows`` (horizontal lines) and
    ``columns`` (vertical lines) as their marks, from left to right and top to bottom."""
    corner, least = mm_px(CORNER_MM, dpi), mm_px(FRAME_MM, dpi)

    def near(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return abs(a[0] - b[0]) <= corner and abs(a[1] - b[1]) <= corner

    def ends(c: list[PixelBox], down: bool) -> tuple[tuple[float, float], tuple[float, float]]:
        first, last = c[0], c[-1]
        if down:
            return ((first[0] + first[2]) / 2, first[1]), ((last[0] + last[2]) / 2, last[3])
        return (first[0], _middle(first)), (last[2], _middle(last))
    row_ends = [ends(c, False) for c in rows]
    column_ends = [ends(c, True) for c in columns]
    found = []
    for t, (top_left, top_right) in enumerate(row_ends):
        for b, (bottom_left, bottom_right) in enumerate(row_ends):
            if bottom_left[1] - top_left[1] < least:
                continue
            left = any(near(a, top_left) and near(z, bottom_left) for a, z in column_ends)
            right = any(near(a, top_right) and near(z, bottom_right) for a, z in column_ends)
            if left and right:
                box = _span(rows[t] + rows[b])
                found.append((box[0], box[1], box[2], box[3]))
    return found


def _at_corner(piece: PixelBox, frames: list[PixelBox], corner: int, dash: int) -> bool:
    """The piece, no larger than a dash each way, lies at a corner of one of ``frames``."""
    if piece[2] - piece[0] > dash or piece[3] - piece[1] > dash:
        return False
    return any(min(abs(piece[0] - f[0]), abs(piece[2] - f[2])) <= corner
               and min(abs(piece[1] - f[1]), abs(piece[3] - f[3])) <= corner for f in frames)


def _inside(box: PixelBox, frame: PixelBox, slack: int) -> bool:
    return box[0] >= frame[0] - slack and box[1] >= frame[1] - slack and \
        box[2] <= frame[2] + slack and box[3] <= frame[3] + slack


def _tick(piece: np.ndarray, dpi: float) -> bool:
    """A hollow square: sides of ``TICK_MM``, ink in its four corners, none in its middle."""
    height, width = piece.shape
    low, high = mm_px(TICK_MM[0], dpi), mm_px(TICK_MM[1], dpi)
    if not (low <= min(height, width) and max(height, width) <= high
            and max(height, width) <= TICK_SQUARE * min(height, width)):
        return False
    dy, dx = max(1, round(CORNER_SHARE * height)), max(1, round(CORNER_SHARE * width))
    corners = (piece[:dy, :dx], piece[:dy, -dx:], piece[-dy:, :dx], piece[-dy:, -dx:])
    return all(c.any() for c in corners) and not piece[dy:-dy, dx:-dx].any()


def find_form_shapes(image: Image.Image, dpi: float, parts: InkParts | None = None
                     ) -> tuple[list[FormShape], list[PixelBox]]:
    """The cut frames of greyscale ``image`` and the answer lines, rules and tick boxes
    inside them (see the module's doc); and the marks of the dashed lines among them (the
    frames' sides, the answer lines), to paint. ``parts``: the image's ink and its pieces,
    when already worked out (``despeckle.ink_parts``)."""
    parts = parts or ink_parts(image)
    ink, labels, count = parts.ink, parts.labels, parts.count
    if count == 0:
        return [], []
    dash = mm_px(DASH_MM, dpi)
    pieces = [(s[1].start, s[0].start, s[1].stop, s[0].stop)
              for s in ndimage.find_objects(labels) if s is not None]
    longest, thickest = _mark_limits(dpi)
    across_ = [p for p in pieces if p[2] - p[0] <= longest and p[3] - p[1] <= thickest]
    down = [_turned(p) for p in pieces if p[3] - p[1] <= longest and p[2] - p[0] <= thickest]
    row_chains = _chains(across_, ink, dpi)
    column_chains = [[_turned(m) for m in c] for c in _chains(down, ink.T, dpi)]
    rows = [_span(c) for c in row_chains]
    frames = _frames(row_chains, column_chains, dpi)
    if not frames:
        return [], []
    corner, rule = mm_px(CORNER_MM, dpi), mm_px(RULE_MM, dpi)
    shapes = [FormShape(DrawingKind.FRAME, f) for f in frames]

    def framed(box: PixelBox) -> bool:
        return any(_inside(box, f, corner) for f in frames)
    # (the frames' sides, and the dashed or dotted lines inside them: answer lines)
    marks = [m for c in row_chains + column_chains if framed(_span(c)) for m in c]
    shapes += [FormShape(DrawingKind.RULE, r) for r in rows if framed(r)
               and not any(abs(r[1] - f[1]) <= corner or abs(r[3] - f[3]) <= corner
                           for f in frames)]
    for k, p in enumerate(pieces, start=1):
        if not framed(p):
            continue
        if _at_corner(p, frames, corner, dash):
            marks.append(p)       # (a corner's dashes, joined into an L)
            continue
        height, width = p[3] - p[1], p[2] - p[0]
        if min(height, width) <= mm_px(THIN_MM, dpi) and max(height, width) >= rule:
            shapes.append(FormShape(DrawingKind.RULE, p))
            marks.append(p)
        elif _tick(labels[p[1]:p[3], p[0]:p[2]] == k, dpi):
            shapes.append(FormShape(DrawingKind.FRAME, p))
            marks.append(p)
    return shapes, marks


def paint_form(image: Image.Image, dpi: float, parts: InkParts | None = None
               ) -> tuple[Image.Image, list[FormShape]]:
    """``image`` with the shapes of its cut frames' forms (``find_form_shapes``) painted
    white, and the shapes; ``image`` itself when it has none (``parts``: of its greyscale
    copy, as ``find_form_shapes``)."""
    grey = image if image.mode == "L" else image.convert("L")
    shapes, marks = find_form_shapes(grey, dpi, parts)
    if not shapes:
        return image, []
    pixels = np.array(image)
    height, width = pixels.shape[:2]
    white = 255 if pixels.ndim == 2 else (255,) * pixels.shape[2]
    for box in marks:
        _paint(pixels, box, width, height, white)
    log.info("a form in a cut frame: %d shapes found and painted white before OCR",
             len(shapes))
    return Image.fromarray(pixels, mode=image.mode), shapes


def _paint(pixels: np.ndarray, box: PixelBox, width: int, height: int,
           white: int | tuple[int, ...]) -> None:
    left, top, right, bottom = box
    pixels[max(top - HALO, 0):min(bottom + HALO, height),
           max(left - HALO, 0):min(right + HALO, width)] = white


def form_drawings(form: list[FormShape], skew: float, centre_x: float, centre_y: float,
                  scale: float) -> tuple[Drawing, ...]:
    """The shapes of a cut frame's form as the page's drawings in points, straightened as its
    words are (``skew`` degrees about the image's centre; black: a scan's ink)."""
    return tuple(Drawing(s.kind, cast(Box, tuple(round(v * scale, 2) for v in straighten_box(
        s.box, skew, centre_x, centre_y))), 0.0) for s in form)
