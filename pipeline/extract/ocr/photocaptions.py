"""Captions under a photograph read apart from the text set close beside them.

A photograph set into a column of running text (the text wraps round it) leaves a narrow
strip of white between its captions, set in the photograph's own width under it, and the
lines of the column beside them (8 pt on the layout bench's ``wrapround`` scans). Once the
photograph is painted white (``photomask``), Tesseract's layout analysis takes the captions'
lines and the column's lines for one block and reads them as one line each: the two texts
interleave word by word, and the captions' lines, cut at the column's line heights, come
out as noise (``UTLIYI Yuallieyvuvity``, ``oi tuc: transporting rA``). Read on their own,
the same pixels read right.

:func:`caption_regions` finds, under each photograph, the lines of ink that start just under
it and keep inside its width (a white strip at both its edges), down to the first line that
runs across an edge (the column's text going on across the photograph's width) or a white
gap taller than a caption's leading; it returns that region when ink stands beside it within
``BESIDE_PT`` of the photograph's edges on one side (only then can Tesseract join the two;
on both sides the photograph straddles a gutter), and when no ink runs across its sides
(text run round a round photograph reaches into its box's free corners: a cut there would
slice its words). The page is read with those regions painted white, and each region alone
(``page.ocr_page``): one small Tesseract call a region, no pixel read twice.

Pure image work (numpy), no I/O.
"""

from __future__ import annotations

import numpy as np
from magpipe.extract.ocr.despeckle import ink_threshold
from magpipe.extract.ocr.photomask import PixelBox
from PIL import Image

# Distances in points on the page, turned into pixels at the page's resolution.
START_PT = 12.0     # the captions' first line starts at most this far under the photograph
                    # (set 4 pt under it on the bench; a line of white more is allowed)
LEAD_PT = 10.0      # a white gap between two caption lines is at most this tall (captions
                    # of 7-8 pt are led by 1-3 pt; the English caption opens 6.5 pt under
                    # the Vietnamese one's credit line on the bench's ``wrapround`` scans)
EDGE_PT = 6.0       # a caption line keeps this much white outside the photograph's edges
                    # (wider than a justified word space, narrower than the 8 pt the bench's
                    # text keeps from a photograph less a scan's skew over the captions'
                    # height): a line whose ink reaches into that strip runs across the
                    # edge (the text under the captions)
BLUR_PT = 1.5       # ... but for ink set flush with the edge (a credit set right overhangs
                    # the photograph's edge by about a point: its glyphs' side bearings)
BESIDE_PT = 10.0    # ink this close outside the photograph's edges, level with its
                    # captions, is text Tesseract may join to them (a column's gutter is
                    # wider: 12 pt and more on the bench's two- and three-column pages)
CROSS_SHARE = 0.3   # share of a strip's columns a line running across the edge fills (its
                    # letters less its word spaces; a speck beside the photograph, a few)
# RUN_ROUND: the text beside the captions stands beside the photograph too (a column run
# round it). Beside a photograph of a row (``filmstrip``) stands another photograph, and
# another one's captions beside its own are no column Tesseract joins them to.
# INSIDE: no ink left in the photograph's box once it is painted white. Text kept there
# (``photopanels``) is text run round a shape into its box's free corners, or set on it:
# split's run-around and photo rules read those captions as they stand.
# ONE_SIDE: text beside the captions on one side only. A photograph with text close on both
# sides straddles a gutter, the text run round it (``cutout``): painting its captions white
# changed how Tesseract parted the rest of the page (the columns over it read as one, the
# rule under the intro read as letters), and split's run-around reads its caption as it is.
SEAM = 3            # pixels outside a region's sides that must be paper (see _cuts_ink)
PAD = 12            # pixels of white round a region read on its own (Tesseract wants a border)


def pt_px(points: float, dpi: float) -> int:
    """``points`` on the page in pixels at ``dpi`` (one at least)."""
    return max(1, round(points * dpi / 72))


def _strips(box: PixelBox, width: int, dpi: float) -> tuple[slice, slice]:
    """The columns of the strips of ``EDGE_PT`` outside ``box``'s two edges."""
    x0, _, x1, _ = box
    edge, blur = pt_px(EDGE_PT, dpi), pt_px(BLUR_PT, dpi)
    return (slice(max(0, x0 - edge), max(0, x0 - blur)),
            slice(min(width, x1 + blur), min(width, x1 + edge)))


def _crosses(ink: np.ndarray, top: int, bottom: int, strips: tuple[slice, slice]) -> bool:
    """Whether the line of ink in rows [top, bottom) runs into either strip: its ink fills
    ``CROSS_SHARE`` of a strip's columns (a speck beside the photograph fills a few)."""
    return any(ink[top:bottom, strip].any(axis=0).mean() >= CROSS_SHARE
               for strip in strips if strip.stop > strip.start)


def _caption_rows(ink: np.ndarray, box: PixelBox, dpi: float) -> tuple[int, int] | None:
    """[top, bottom) of the rows of the captions under the photograph ``box``, or None."""
    x0, _, x1, bottom = box
    height, width = ink.shape
    strips = _strips(box, width, dpi)
    inked = np.asarray(ink[:, x0:x1].any(axis=1))
    start = next((y for y in range(bottom, min(height, bottom + pt_px(START_PT, dpi)))
                  if inked[y]), None)
    if start is None:
        return None
    lead = pt_px(LEAD_PT, dpi)
    end, y = start, start
    while y < height:
        if not inked[y]:
            if y - end >= lead:
                break
            y += 1
            continue
        top = y                         # a line of ink: [top, y)
        while y < height and inked[y]:
            y += 1
        if _crosses(ink, top, y, strips):   # the text under the captions: they end above
            break
        end = y
    return (start, end) if end > start else None


def _cuts_ink(ink: np.ndarray, region: PixelBox) -> bool:
    """Whether ink stands right outside either side of ``region`` (within ``SEAM``
    pixels): text run round a shape (a round photograph's box leaves its corners free)
    reaching into the photograph's width beside its captions, whose words a region cut
    there would slice."""
    x0, top, x1, bottom = region
    width = ink.shape[1]
    return bool(ink[top:bottom, max(0, x0 - SEAM):x0].any() or
                ink[top:bottom, x1:min(width, x1 + SEAM)].any())


def caption_regions(image: Image.Image, photos: tuple[PixelBox, ...],
                    dpi: float) -> tuple[PixelBox, ...]:
    """The regions under ``photos`` (pixel boxes on the greyscale ``image``, the photographs
    already painted white) holding their captions, where text stands beside them within
    ``BESIDE_PT``: each as (x0, top, x1, bottom) in pixels."""
    if not photos:
        return ()
    grey = image.convert("L")
    ink = np.asarray(grey) < ink_threshold(grey)
    width = ink.shape[1]
    beside, edge = pt_px(BESIDE_PT, dpi), pt_px(EDGE_PT, dpi)
    out = []
    for box in photos:
        rows = _caption_rows(ink, box, dpi)
        if rows is None or ink[box[1]:box[3], box[0]:box[2]].any():
            continue        # (ink left in the photograph's box: see INSIDE)
        top, bottom = rows
        x0, _, x1, _ = box
        # (text beside the captions and beside the photograph itself: a column run round
        # it, see RUN_ROUND)
        left, right = (ink[top:bottom, strip].any() and ink[box[1]:box[3], strip].any()
                       for strip in (slice(max(0, x0 - beside), max(0, x0 - edge)),
                                     slice(min(width, x1 + edge), min(width, x1 + beside))))
        if left == right:
            continue        # (no text beside, or text on both sides: see ONE_SIDE)
        blur = pt_px(BLUR_PT, dpi)            # (ink set flush with an edge blurs over it)
        region = (max(0, x0 - blur), top, min(width, x1 + blur), bottom)
        if _cuts_ink(ink, region):
            continue
        out.append(region)
    return tuple(out)


def without_regions(image: Image.Image, regions: tuple[PixelBox, ...]) -> Image.Image:
    """A greyscale copy of ``image`` with ``regions`` painted white."""
    grey = np.array(image.convert("L"))
    for x0, top, x1, bottom in regions:
        grey[top:bottom, x0:x1] = 255
    return Image.fromarray(grey, mode="L")


def region_image(image: Image.Image, region: PixelBox) -> tuple[Image.Image, tuple[int, int]]:
    """``region`` of ``image`` on its own, in a white border of ``PAD`` pixels, and the
    offset (left, top) that takes its pixels back to the page's."""
    x0, top, x1, bottom = region
    cut = image.convert("L").crop(region)
    framed = Image.new("L", (cut.width + 2 * PAD, cut.height + 2 * PAD), 255)
    framed.paste(cut, (PAD, PAD))
    return framed, (x0 - PAD, top - PAD)
