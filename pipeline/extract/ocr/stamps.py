"""Coloured stamps kept out of OCR: red seals and blue signatures over the text of a scan.

Administrative scans carry a round red seal over the signer's name and a blue signature
across it; read, they give noise words and break the lines they cross. Both are strongly
coloured and large: a connected patch of red or blue ink at least half an inch each way
(a seal is 1.3-1.6 in across). Coloured print is small by comparison (a red heading is
letters a few tenths of an inch high, each its own patch), so it is left alone.

In a stamp's patch each pixel takes its lightest colour channel as its grey: red or blue
ink is light in its own channel and vanishes, while black text printed under the seal is
dark in every channel and stays. Pure image work (numpy, scipy), no I/O.
"""

from __future__ import annotations

import logging

import numpy as np
from magpipe.extract.ocr.pooled import pooled_any
from PIL import Image
from scipy import ndimage

log = logging.getLogger(__name__)

RED_OVER = 60          # red channel above both others by this much: red ink
BLUE_OVER = 40         # blue above both others by this much: blue ink (ballpoint, stamp pad)
STAMP_INCHES = 0.5     # a stamp's patch is at least this tall and wide
JOIN_INCHES = 0.05     # coloured ink this close together is one patch
MIN_SHARE = 0.0005     # fewer coloured pixels than this share of the page: nothing to do
REDUCE = 4             # patches are found on a 4x smaller map (cheap)


def coloured_ink(rgb: np.ndarray) -> np.ndarray:
    """Pixels of red or blue ink, from an RGB array (height, width, 3) of uint8."""
    r, g, b = (rgb[..., i].astype(np.int16) for i in range(3))
    return ((r - np.maximum(g, b)) >= RED_OVER) | ((b - np.maximum(r, g)) >= BLUE_OVER)


def remove_stamps(image: Image.Image, dpi: float) -> tuple[Image.Image, int]:
    """The page in greyscale with its red and blue stamps taken out, and how many."""
    if image.mode == "L" or coloured_ink(np.asarray(image.convert("RGB").reduce(REDUCE))).mean() \
            < MIN_SHARE:
        return image.convert("L"), 0          # a look at a 4x smaller copy first (cheap)
    rgb = np.asarray(image.convert("RGB"))
    grey = np.asarray(image.convert("L"))
    ink = coloured_ink(rgb)
    small = pooled_any(ink, REDUCE)
    join = max(1, round(JOIN_INCHES * dpi / REDUCE))
    patches, _ = ndimage.label(ndimage.binary_dilation(small, iterations=join))
    side = STAMP_INCHES * dpi / REDUCE
    stamps = [number for number, region in enumerate(ndimage.find_objects(patches), start=1)
              if region is not None and region[0].stop - region[0].start >= side
              and region[1].stop - region[1].start >= side]
    if not stamps:
        return Image.fromarray(grey), 0
    found = np.repeat(np.repeat(np.isin(patches, stamps), REDUCE, axis=0), REDUCE, axis=1)
    inside = np.zeros_like(ink)
    inside[: found.shape[0], : found.shape[1]] = found
    lightest = rgb.max(axis=2)
    cleaned = np.where(inside, lightest, grey).astype(np.uint8)
    log.debug("%d coloured stamps taken out (%.1f%% of the page)", len(stamps),
              100 * inside.mean())
    return Image.fromarray(cleaned), len(stamps)
