"""Photographs kept out of OCR: find them on a page image and paint them paper-white.

Tesseract reads a photograph as noise words, and when a line of text sits next to one (a
caption set a few points under it, a caption beside it, a running header just above it) it
may take the photograph's edge into that line's box: the line's words then come out at
confidence 0 (``Lãnh Ẩïa Lạng khC``) or the line's height is that of the photograph, which
breaks the paragraph apart downstream. Blanking the photographs before the one OCR pass
avoids both, with no extra Tesseract call.

A photograph is told from print by its grey levels: printed text is ink and paper (dark and
light pixels, with a thin blurred edge between), a photograph is mostly mid-tones. The page
is cut into 8 x 8 pixel cells; a cell is photographic when most of its pixels are mid-tones
and it is clearly darker than the paper, or when it is solid dark (a shadow in the picture).
Connected photographic cells covering a large,
well-filled rectangle are a photograph; its edges are then found to the pixel. A light tint
behind text (a boxed intro) is lighter than that and is left alone, and so is a page that is
mostly "photograph" (a dark or yellowed scan), where the rule cannot be trusted, or whose
photo boxes would hold nearly all its text (a full-page cover photo found only in parts,
its light areas taken for paper, with the nameplate printed on it). What of a
photograph's box is painted white, and what text inside it is kept, is ``photopanels``'s.

Pure image work (numpy, scipy.ndimage), no I/O.
"""

from __future__ import annotations

import logging

import numpy as np
from magpipe.extract.ocr.pooled import pooled_sum
from PIL import Image
from scipy import ndimage

log = logging.getLogger(__name__)

PixelBox = tuple[int, int, int, int]     # x0, top, x1, bottom in pixels, x1/bottom exclusive

CELL = 8               # pixels per side of a cell
DARK = 90              # below this a pixel is ink (or a deep shadow)
MID_BELOW_PAPER = 30   # a mid-tone is at least this much darker than the paper
CELL_BELOW_PAPER = 40  # a photographic cell's mean is at least this much darker than paper
MID_SHARE = 0.6        # share of mid-tone pixels in a photographic cell
SOLID_SHARE = 0.85     # ... or of dark pixels: a shadow of the photograph (no text stroke of
                       # body or caption size fills a cell; alone such cells are too few)
MIN_SIDE = 96          # pixels (about 8 mm at 300 dpi): smaller blots are not photographs
MIN_FILL = 0.5         # share of its bounding box a photograph's cells fill
MAX_PAGE_SHARE = 0.6   # photographs covering more of the page than this: rule not trusted
PAPER_TOLERANCE = 12   # a pixel this close to the paper level is paper
MAX_SPLIT_GAP = 16 * CELL   # widest light patch that may cut a photograph in two
MARGIN = 3             # pixels blanked around a photograph's edge (blur, JPEG ringing)
# A cell is text-like when its pixels spread over this many grey levels (10th to 90th
# percentile): a stroke of ink on paper or of white on a dark band; a photograph's shading
# and scan noise spread over far fewer.
TEXTLIKE_SPREAD = 100
# When this share of the page's text-like cells lies inside the photo boxes, the boxes are
# not photographs round the text but a full-page cover photo whose light areas were taken
# for paper (its nameplate and contents panel inside it): nothing is blanked. On the
# development scans this share is 0.97 on such covers and at most 0.09 anywhere else.
MAX_TEXT_INSIDE = 0.9


def paper_level(grey: np.ndarray) -> float:
    """The paper's grey level: a high percentile of a sample of the page's pixels."""
    return float(np.percentile(grey[::4, ::4], 90))


def photographic_cells(grey: np.ndarray, paper: float) -> np.ndarray:
    """Boolean grid, one value per whole CELL x CELL cell of ``grey``."""
    # (each cell's shares and mean: its sums over its CELL x CELL pixels, ``pooled_sum``)
    area = float(CELL * CELL)
    mid = pooled_sum((grey > DARK) & (grey < paper - MID_BELOW_PAPER), CELL) / area
    solid = pooled_sum(grey <= DARK, CELL) / area >= SOLID_SHARE
    return solid | (mid >= MID_SHARE) & (pooled_sum(grey, CELL) / area < paper - CELL_BELOW_PAPER)


def components(grid: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """4-connected components of True cells: (row0, col0, row1, col1, count), ends inclusive,
    in the order of their first cell row by row."""
    labels, n = ndimage.label(grid)       # the default structure: 4-connectivity
    counts = np.bincount(labels.ravel(), minlength=n + 1)
    return [(rows.start, cols.start, rows.stop - 1, cols.stop - 1, int(counts[k]))
            for k, (rows, cols) in enumerate(ndimage.find_objects(labels), start=1)]


def _refine(grey: np.ndarray, box: PixelBox, paper: float) -> PixelBox:
    """Move each edge of a cell-aligned box outwards, a pixel row or column at a time, while
    that row or column is still mostly mid-tone (at most one cell's width)."""
    x0, top, x1, bottom = box
    h, w = grey.shape

    def photographic(strip: np.ndarray) -> bool:
        return strip.size > 0 and float(((strip > DARK) & (strip < paper - MID_BELOW_PAPER))
                                        .mean()) >= 0.5

    for _ in range(CELL):
        if top > 0 and photographic(grey[top - 1, x0:x1]):
            top -= 1
        if bottom < h and photographic(grey[bottom, x0:x1]):
            bottom += 1
        if x0 > 0 and photographic(grey[top:bottom, x0 - 1]):
            x0 -= 1
        if x1 < w and photographic(grey[top:bottom, x1]):
            x1 += 1
    return x0, top, x1, bottom


def _merge_split(grey: np.ndarray, boxes: list[PixelBox], paper: float) -> list[PixelBox]:
    """Join two boxes of one photograph that a light patch of it (near paper white, so not
    mid-tone) cut apart: side by side or one above the other, lined up, and with no paper
    between them."""
    boxes = list(boxes)
    joined = True
    while joined:
        joined = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                merged = _joined(grey, boxes[i], boxes[j], paper)
                if merged is not None:
                    boxes[i] = merged
                    del boxes[j]
                    joined = True
                    break
            if joined:
                break
    return boxes


def _joined(grey: np.ndarray, a: PixelBox, b: PixelBox, paper: float) -> PixelBox | None:
    union = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
    # side by side (the gap along x, lined up along y), or one above the other
    for lo, hi, other_lo, other_hi in ((0, 2, 1, 3), (1, 3, 0, 2)):
        overlap = min(a[other_hi], b[other_hi]) - max(a[other_lo], b[other_lo])
        shorter = min(a[other_hi] - a[other_lo], b[other_hi] - b[other_lo])
        if overlap < 0.8 * shorter:
            continue
        first, second = (a, b) if a[lo] <= b[lo] else (b, a)
        gap = second[lo] - first[hi]
        if gap > MAX_SPLIT_GAP:
            continue
        if gap <= 0:
            return union
        if lo == 0:
            strip = grey[max(first[1], second[1]):min(first[3], second[3]), first[2]:second[0]]
        else:
            strip = grey[first[3]:second[1], max(first[0], second[0]):min(first[2], second[2])]
        if strip.size and float((strip >= paper - PAPER_TOLERANCE).mean()) < 0.5:
            return union
    return None


def find_photos(image: Image.Image) -> tuple[PixelBox, ...]:
    """Boxes (pixels) of the photographs on a greyscale page image, top to bottom."""
    grey = np.asarray(image.convert("L"))
    paper = paper_level(grey)
    grid = photographic_cells(grey, paper)
    boxes: list[PixelBox] = []
    for r0, c0, r1, c1, count in components(grid):
        height, width = (r1 - r0 + 1) * CELL, (c1 - c0 + 1) * CELL
        if min(height, width) < MIN_SIDE or count < MIN_FILL * (r1 - r0 + 1) * (c1 - c0 + 1):
            continue
        boxes.append(_refine(grey, (c0 * CELL, r0 * CELL, (c1 + 1) * CELL, (r1 + 1) * CELL),
                             paper))
    boxes = _merge_split(grey, boxes, paper)
    covered = sum((b[2] - b[0]) * (b[3] - b[1]) for b in boxes)
    if covered > MAX_PAGE_SHARE * grey.size:
        log.info("photo regions would cover %.0f%% of the page: none blanked",
                 100 * covered / grey.size)
        return ()
    if boxes and _text_inside_share(grey, boxes) >= MAX_TEXT_INSIDE:
        log.info("photo regions would cover nearly all the page's text: none blanked")
        return ()
    return tuple(sorted(boxes, key=lambda b: (b[1], b[0])))


def textlike_cells(grey: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pixels of each whole CELL x CELL cell of ``grey`` (rows x cols x CELL**2), and
    which cells are text-like (``TEXTLIKE_SPREAD`` between their 10th and 90th percentile)."""
    rows, cols = grey.shape[0] // CELL, grey.shape[1] // CELL
    cells = (grey[:rows * CELL, :cols * CELL].reshape(rows, CELL, cols, CELL)
             .transpose(0, 2, 1, 3).reshape(rows, cols, -1))
    low, high = np.percentile(cells, [10, 90], axis=2)
    return cells, (high - low) >= TEXTLIKE_SPREAD


def _text_inside_share(grey: np.ndarray, boxes: list[PixelBox]) -> float:
    """Share of the page's text-like cells (``TEXTLIKE_SPREAD``) inside ``boxes``."""
    _, textlike = textlike_cells(grey)
    inside = np.zeros_like(textlike)
    for x0, top, x1, bottom in boxes:
        inside[top // CELL:-(-bottom // CELL), x0 // CELL:-(-x1 // CELL)] = True
    total = int(textlike.sum())
    return int((textlike & inside).sum()) / total if total else 0.0
