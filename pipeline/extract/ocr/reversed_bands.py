"""Captions reversed out of a photograph: white type on a dark band inside it, read inverted.

A travel magazine prints a photo's caption in white inside the picture, on a dark band at
its foot or head (opaque, or a dark veil over the picture); real magazines reverse captions
and pull quotes out of photos the same way. ``photomask`` finds the photograph, and its box
is painted white before OCR (``photopanels``), band and caption with it; read as it is,
Tesseract does not see white type on a dark ground at all. So, on the page image as it came
(before the photographs are painted white), each photograph's box is looked at for such
type, and the region holding it is put back into the page to read, inverted: its light
strokes black on white, where they lie, so that the page's one OCR pass reads them with
the rest of the page (no region is read twice, and a page with no such region costs only
this look).

The evidence is the image's own, on ``photomask``'s cells (``CELL`` pixels a side) of the
photograph's box:

* a cell of ground is dark: its darkest pixels (``FLOOR_PERCENTILE``) lie at most
  ``GROUND_SHARE`` of the paper's level (white type needs a ground much darker than the
  page to be read at all);
* a cell of type is a cell of ground crossed by light strokes: its lightest pixels
  (``TOP_PERCENTILE``) within ``LIGHT_BELOW_PAPER`` of the paper and ``STROKE_SPREAD``
  levels over its ground, and the cells on its four sides ground too (a cell at the
  ground's edge against the picture is crossed by light as type is);
* a line of type: the cells of type joined along the line over a word space (``WORD``),
  a run ``MIN_LINE`` points long and ``LOW`` points high at least (a ground's edge or a
  rule is a cell high), ``SHAPE`` times as long as it is high, with
  type in ``LINE_FILL`` of its cells, lying on ground: the rows of cells just above and
  under it are ground for ``ON_GROUND`` of their length (a band's padding). The edge of a
  dark shape against a light one in the picture is crossed like type along its length but
  has light above or under it;
* the lines within ``LEAD`` points of one another are one band's; its region is their box,
  ``PAD`` points wider on every side, within the photograph's box;
* the picture stands round it: ``PICTURE_SHARE`` of the photograph's cells outside the
  region at least are off the dark ground. A box that is all dark ground is a dark bar (a
  heading or a form's head reversed out of a tint, which ``photomask`` takes for a
  photograph too), no caption inside a picture: it is left as it was.

In the region each pixel is mapped from its ground (the lighter end of the band's ground with
its grain: ``GROUND_TOP_PERCENTILE`` of the top levels of its cells holding no type) to the
strokes' level (the median top level of its cells of type) onto white to black, so the
strokes come out black on white; a pixel of the region not on the band's ground (the picture
beside it, when a region's padding reaches it) is painted white.

Pure image work (numpy, scipy.ndimage), no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from magpipe.extract.ocr.photocaptions import pt_px
from magpipe.extract.ocr.photomask import CELL, PixelBox, paper_level
from PIL import Image
from scipy import ndimage

log = logging.getLogger(__name__)

FLOOR_PERCENTILE = 10       # a cell's ground: its darkest pixels but for a speck
TOP_PERCENTILE = 90         # a cell's strokes: its lightest pixels but for a speck
GROUND_SHARE = 0.5          # x the paper's level: a dark ground's floor at most (the bench's
                            # bands, opaque or a 60% black veil: 40-100 of a paper of 235)
LIGHT_BELOW_PAPER = 70      # the strokes of white type lie this close to the paper's level
STROKE_SPREAD = 100         # ... and this far over their ground (photomask's TEXTLIKE_SPREAD)
WORD = 2.0                  # points: the cells of type of one line joined over this much
MIN_LINE = 36.0             # points: a line of type this long at least (a few words)
LOW = 4.0                   # points: a line of type this high at least (a caption's small
                            # letters with their marks; a rule's or a ground's edge, a cell)
SHAPE = 2.0                 # a line (or the lines of a caption run together) this many times
                            # as long as high at least
LINE_FILL = 0.4             # share of a line's cells that hold type, at least
ON_GROUND = 0.8             # share of the rows just above and under a line that are ground
LEAD = 12.0                 # points: lines of one band lie this close at most
PAD = 3.0                   # points of the band kept round its lines (a band's padding is
                            # wider: the bench's 7 pt)
PICTURE_SHARE = 0.25        # of the photograph's cells outside the band: off the dark ground
                            # at least (the bench's pictures round their bands: most of them;
                            # a dark bar found as a photograph: none but its edge)
GROUND_TOP_PERCENTILE = 90  # the ground's lighter end, over its cells' top levels (a veil's
                            # ground shades with the picture under it)


_CROSS = ndimage.generate_binary_structure(2, 1)


@dataclass(frozen=True)
class Band:
    """A region of a photograph holding white type on a dark ground: its box (pixels) and
    its pixels made black on white, ready to be put back into the page to read."""
    box: PixelBox
    image: np.ndarray


def _cells(region: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each whole cell's floor and top levels (``FLOOR_PERCENTILE``, ``TOP_PERCENTILE``)."""
    rows, cols = region.shape[0] // CELL, region.shape[1] // CELL
    cells = (region[:rows * CELL, :cols * CELL].reshape(rows, CELL, cols, CELL)
             .transpose(0, 2, 1, 3).reshape(rows, cols, -1))
    floor, top = np.percentile(cells, [FLOOR_PERCENTILE, TOP_PERCENTILE], axis=2)
    return floor, top


def _lines(ground: np.ndarray, typed: np.ndarray, dpi: float) -> list[tuple[int, int, int, int]]:
    """The lines of type (see the module) as cell boxes (row0, col0, row1, col1), ends
    exclusive."""
    word = max(1, round(pt_px(WORD, dpi) / CELL))
    joined = ndimage.binary_closing(typed, structure=np.ones((1, 2 * word + 1), bool))
    joined |= typed
    labels, _ = ndimage.label(joined)
    longest = pt_px(MIN_LINE, dpi) / CELL
    out = []
    for rows, cols in ndimage.find_objects(labels):
        height, length = rows.stop - rows.start, cols.stop - cols.start
        if length < longest or length < SHAPE * height or height * CELL < pt_px(LOW, dpi):
            continue
        if typed[rows, cols].mean() < LINE_FILL * joined[rows, cols].mean():
            continue
        above = ground[rows.start - 1, cols] if rows.start > 0 else np.zeros(0, bool)
        under = ground[rows.stop, cols] if rows.stop < ground.shape[0] else np.zeros(0, bool)
        edges = np.concatenate([above, under])
        if not edges.size or edges.mean() < ON_GROUND or (
                above.size and above.mean() < ON_GROUND) or (
                under.size and under.mean() < ON_GROUND):
            continue
        out.append((rows.start, cols.start, rows.stop, cols.stop))
    return out


def _in_picture(ground: np.ndarray, band: tuple[int, int, int, int]) -> bool:
    """``PICTURE_SHARE`` of the cells outside ``band`` (cell box) are off the ground."""
    outside = np.ones(ground.shape, bool)
    outside[band[0]:band[2], band[1]:band[3]] = False
    return bool(outside.any()) and float((~ground[outside]).mean()) >= PICTURE_SHARE


def _grouped(lines: list[tuple[int, int, int, int]], lead: int
             ) -> list[tuple[int, int, int, int]]:
    """The lines within ``lead`` cells of one another gathered, each group's box."""
    groups: list[tuple[int, int, int, int]] = []
    for box in sorted(lines):
        near = [g for g in groups if box[0] - g[2] <= lead and g[0] - box[2] <= lead
                and box[1] < g[3] and g[1] < box[3]]
        for g in near:
            groups.remove(g)
        groups.append((min([box[0]] + [g[0] for g in near]),
                       min([box[1]] + [g[1] for g in near]),
                       max([box[2]] + [g[2] for g in near]),
                       max([box[3]] + [g[3] for g in near])))
    return sorted(groups)


def reversed_bands(grey: np.ndarray, photos: tuple[PixelBox, ...], dpi: float
                   ) -> list[Band]:
    """The regions of white type on a dark ground inside ``photos`` (pixel boxes on the
    greyscale page ``grey``, as it came), each with its pixels made black on white."""
    if not photos:
        return []
    paper = paper_level(grey)
    out = []
    for x0, top, x1, bottom in photos:
        region = grey[top:bottom, x0:x1]
        if region.shape[0] < CELL or region.shape[1] < CELL:
            continue
        floor, light = _cells(region)
        ground = floor <= GROUND_SHARE * paper
        # (a cell beside one off the ground is the ground's edge against the picture, crossed
        # by light like type: type lies inside its ground)
        typed = ndimage.binary_erosion(ground, structure=_CROSS, border_value=1) & \
            (light >= paper - LIGHT_BELOW_PAPER) & (light - floor >= STROKE_SPREAD)
        if not typed.any():
            continue
        pad = pt_px(PAD, dpi)
        for r0, c0, r1, c1 in _grouped(_lines(ground, typed, dpi),
                                       max(1, round(pt_px(LEAD, dpi) / CELL))):
            # (a cell in from the photograph's edge: its outer cells hold the paper's edge)
            box = (max(x0 + CELL, x0 + c0 * CELL - pad), max(top + CELL, top + r0 * CELL - pad),
                   min(x1 - CELL, x0 + c1 * CELL + pad),
                   min(bottom - CELL, top + r1 * CELL + pad))
            if not _in_picture(ground, (r0, c0, r1, c1)):
                log.debug("white type on a dark ground filling the box at %s: a dark bar, "
                          "not a caption inside a photograph; left as it was",
                          (x0, top, x1, bottom))
                continue
            out.append(_inverted(grey, box, (x0, top), ground, typed, light))
            log.info("white type on a dark ground inside the photo at %s: region %s read "
                     "inverted", (x0, top, x1, bottom), box)
    return out


def _inverted(grey: np.ndarray, box: PixelBox, origin: tuple[int, int], ground: np.ndarray,
              typed: np.ndarray, light: np.ndarray) -> Band:
    """The band at ``box`` black on white (see the module); ``ground``, ``typed`` and
    ``light``: the cells of the photograph whose box starts at ``origin``."""
    x0, top, x1, bottom = box
    ox, oy = origin
    rows = slice((top - oy) // CELL, -(-(bottom - oy) // CELL))
    cols = slice((x0 - ox) // CELL, -(-(x1 - ox) // CELL))
    on, type_cells, tops = ground[rows, cols], typed[rows, cols], light[rows, cols]
    bare = on & ~type_cells
    low = float(np.percentile(tops[bare], GROUND_TOP_PERCENTILE)) if bare.any() else \
        float(tops[on].min())
    high = float(np.median(tops[type_cells]))
    region = grey[top:bottom, x0:x1].astype(np.float32)
    share = np.clip((region - low) / max(high - low, 1.0), 0.0, 1.0)
    out = (255 * (1.0 - share)).astype(np.uint8)
    mask = np.repeat(np.repeat(on, CELL, axis=0), CELL, axis=1)
    shift_y, shift_x = (top - oy) % CELL, (x0 - ox) % CELL
    mask = mask[shift_y:shift_y + out.shape[0], shift_x:shift_x + out.shape[1]]
    full = np.zeros(out.shape, bool)
    full[:mask.shape[0], :mask.shape[1]] = mask
    out[~full] = 255
    return Band(box, out)


def with_bands(image: Image.Image, bands: list[Band]) -> Image.Image:
    """A greyscale copy of ``image`` (the page with its photographs painted white) with
    each band's black-on-white pixels put in where the band lies."""
    grey = np.array(image.convert("L"))
    for band in bands:
        x0, top, x1, bottom = band.box
        grey[top:bottom, x0:x1] = band.image
    return Image.fromarray(grey, mode="L")
