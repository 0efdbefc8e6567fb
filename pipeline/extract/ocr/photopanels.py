"""Text inside a photograph's box, kept when the photograph is blanked before OCR.

``photomask`` finds a photograph as a rectangle, but not every pixel of the rectangle is the
photograph's: a caption may be printed inside it on a light panel laid over a corner (a
travel feature's captions), and a photograph cut out along its subject (a round photo, a
silhouette) leaves page background in its rectangle, where the text beside it runs on.
Painting the whole rectangle white loses that text.

So inside each rectangle only the photograph's own pixels are blanked. The rectangle is cut
into ``photomask``'s cells; a cell is light when most of it is near the paper (a panel, a
little darker than the paper, or the paper itself; mid-tones and shadows are the photo's).
A connected light area is read as text when it is (1) clear of the photograph by a
margin (the cells within ``CLEARANCE`` of the photographic ones are blanked, so no edge of
the picture reaches a text line), (2) flat (one background level, as a panel or the paper
is, where a pale patch of a photograph shades), (3) big enough for a line of text and (4)
either opens onto the page at the rectangle's edge (the page's own paper round a cut-out,
where the text beside it runs in) or holds ink in a share of its cells, as a panel of a few
lines of text does and a pale sky or a white shirt does not. Of an area only the cells
round its ink (``CLEARANCE`` of them) are read. Every other pixel of the rectangle is
blanked as before, so photo noise stays out of the text, and the text kept is read in the
page's one OCR pass, where it lies (never read twice).

Pure image work (numpy, scipy.ndimage), no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from magpipe.extract.ocr.backdrops import ink_level, lift
from magpipe.extract.ocr.photomask import (
    CELL,
    DARK,
    MARGIN,
    PixelBox,
    paper_level,
    photographic_cells,
)
from PIL import Image
from scipy import ndimage

log = logging.getLogger(__name__)

# A cell's background level is this percentile of its pixels: the ink of a text line covers
# less than a quarter of a cell, so the level is the panel's or the paper's under it.
BACKGROUND_PERCENTILE = 75
# A cell is light when its background is less than this much darker than the paper: the
# level below which ``photomask`` calls a pixel a mid-tone (a white panel laid over a photo
# with a little of it showing through sits 10-20 levels under the paper).
LIGHT_BELOW_PAPER = 30
# Photographic cells this few together are no photograph but a heavy stroke of a bold
# heading on a panel, or a speck: they do not push the text area back.
MIN_PHOTO_CELLS = 6
# Cells this close (in cells, 16 px at 300 dpi, about 4 pt) to the photograph are blanked:
# a panel's edge against the photograph and the blur of a cut-out's outline. Text on a
# panel or beside a cut-out is set further in than that (a panel's padding, the gap a
# run-around leaves).
CLEARANCE = 2
# A text area is at least this many cells high and wide: a line of caption-size text on a
# panel with its padding (8 pt type in 3 pt of padding is ~60 px at 300 dpi).
MIN_ROWS = 4
MIN_COLS = 8
# A cell holds ink when this share of it is ink-dark; a panel (an area enclosed by the
# photo) holds ink in this share of its cells (a panel of caption lines: 30-60%; a panel of
# one short line in its padding still 10% or more), and in at least MIN_INK_CELLS of them.
INK_PIXELS = 0.03
INK_SHARE = 0.05
MIN_INK_CELLS = 8
# Flat: the cells' background levels in the area spread over at most this many grey levels
# (10th to 90th percentile): a panel or the paper with scan noise, not a photo's pale
# gradient.
FLAT_SPREAD = 20


@dataclass(frozen=True)
class TextArea:
    """A light area with text inside a photograph's rectangle, in page pixels."""

    box: PixelBox            # the bounding box of its cells
    cells: np.ndarray        # boolean, one value per cell of ``box``


def _padded(grey: np.ndarray) -> np.ndarray:
    """``grey`` padded with white at its right and foot to whole cells."""
    h, w = grey.shape
    padded = np.full((-(-h // CELL) * CELL, -(-w // CELL) * CELL), 255, dtype=grey.dtype)
    padded[:h, :w] = grey
    return padded


def _cell_stats(padded: np.ndarray, dark: int) -> tuple[np.ndarray, np.ndarray]:
    """Each cell's background level and its share of ink-dark pixels (``padded``: whole
    cells, ``_padded``)."""
    rows, cols = padded.shape[0] // CELL, padded.shape[1] // CELL
    cells = padded.reshape(rows, CELL, cols, CELL).transpose(0, 2, 1, 3).reshape(rows, cols, -1)
    level = np.percentile(cells, BACKGROUND_PERCENTILE, axis=2)
    ink = (cells <= dark).mean(axis=2)
    return level, ink


def text_areas(grey: np.ndarray, box: PixelBox, paper: float) -> list[TextArea]:
    """The light, flat areas holding text inside the photograph at ``box`` of ``grey``."""
    x0, top, x1, bottom = box
    inside = grey[top:bottom, x0:x1]
    if inside.size == 0:
        return []
    padded = _padded(inside)
    level, ink = _cell_stats(padded, DARK)
    photo = photographic_cells(padded, paper)
    labels, n = ndimage.label(photo)
    sizes = np.bincount(labels.ravel(), minlength=n + 1)
    photo = (sizes >= MIN_PHOTO_CELLS)[labels] & photo
    near_photo = ndimage.binary_dilation(photo, iterations=CLEARANCE,
                                         structure=np.ones((3, 3), dtype=bool))
    # glyph strokes darker than the light level inside an area are holes in it, not edges
    light = ndimage.binary_fill_holes(level >= paper - LIGHT_BELOW_PAPER) & ~near_photo
    labels, n = ndimage.label(light)
    areas = []
    for k, (rows, cols) in enumerate(ndimage.find_objects(labels), start=1):
        cells = labels[rows, cols] == k
        if rows.stop - rows.start < MIN_ROWS or cols.stop - cols.start < MIN_COLS:
            continue
        inked = int((ink[rows, cols][cells] >= INK_PIXELS).sum())
        opens = (rows.start == 0 or cols.start == 0 or rows.stop == light.shape[0]
                 or cols.stop == light.shape[1])
        if not opens and (inked < MIN_INK_CELLS or inked < INK_SHARE * cells.sum()):
            continue
        backgrounds = level[rows, cols][cells]
        spread = float(np.percentile(backgrounds, 90) - np.percentile(backgrounds, 10))
        if spread > FLAT_SPREAD:
            log.debug("light area at cells %s,%s inside a photo shades over %.0f levels: "
                      "the photo's own, blanked", rows, cols, spread)
            continue
        # only the part round its ink is read: a pale patch of the photo joined to a panel,
        # or the page's paper in a cut-out's other corners, holds no text
        inked_cells = np.argwhere(cells & (ink[rows, cols] >= INK_PIXELS))
        if not len(inked_cells):
            continue
        (r0, c0), (r1, c1) = inked_cells.min(axis=0), inked_cells.max(axis=0)
        r0, c0 = max(0, r0 - CLEARANCE), max(0, c0 - CLEARANCE)
        r1, c1 = r1 + CLEARANCE + 1, c1 + CLEARANCE + 1
        cells = cells[r0:r1, c0:c1]
        area_box = (x0 + (cols.start + c0) * CELL, top + (rows.start + r0) * CELL,
                    min(x1, x0 + (cols.start + c0 + cells.shape[1]) * CELL),
                    min(bottom, top + (rows.start + r0 + cells.shape[0]) * CELL))
        log.info("area %s inside the photo at %s read: light and flat (%.0f levels), %s, "
                 "ink in %d of its %d cells", area_box, box, spread,
                 "the page round a cut-out" if opens else "a panel", inked, int(cells.sum()))
        areas.append(TextArea(area_box, cells))
    return areas


def keep_mask(shape: tuple[int, int], box: PixelBox, areas: list[TextArea]) -> np.ndarray:
    """Boolean mask over ``box`` (``shape`` = its height, width): True where a text area's
    cells lie, the pixels the photograph's blanking leaves alone."""
    keep = np.zeros(shape, dtype=bool)
    for area in areas:
        full = np.repeat(np.repeat(area.cells, CELL, axis=0), CELL, axis=1)
        left, top = area.box[0] - box[0], area.box[1] - box[1]
        height = min(full.shape[0], shape[0] - top)
        width = min(full.shape[1], shape[1] - left)
        keep[top:top + height, left:left + width] |= full[:height, :width]
    return keep


def blank_photo_pixels(image: Image.Image, boxes: tuple[PixelBox, ...]
                       ) -> tuple[Image.Image, int]:
    """A greyscale copy of ``image`` with each photograph's box (and ``MARGIN`` around it)
    painted white but for the text areas inside it, and the count of those areas (a faded
    photograph with text printed on it, ``backdrops``, counts as one: only its ink is
    kept). The areas are looked for in the box with its margin, so a line of text running
    into the box (round a cut-out) keeps the margin's pixels too."""
    grey = np.array(image.convert("L"))
    h, w = grey.shape
    paper = paper_level(grey)
    kept = 0
    for x0, top, x1, bottom in boxes:
        box = (max(0, x0 - MARGIN), max(0, top - MARGIN), min(w, x1 + MARGIN),
               min(h, bottom + MARGIN))
        level = ink_level(grey, box)
        if level is not None:       # a faded photograph with text printed on it
            log.info("photo at %s is faded with text on it: pixels at or above %.0f "
                     "painted white, its ink kept", box, level)
            lift(grey[box[1]:box[3], box[0]:box[2]], level)
            kept += 1
            continue
        areas = text_areas(grey, box, paper)
        keep = keep_mask((box[3] - box[1], box[2] - box[0]), box, areas)
        region = grey[box[1]:box[3], box[0]:box[2]]
        region[~keep] = 255
        kept += len(areas)
    return Image.fromarray(grey, mode="L"), kept
