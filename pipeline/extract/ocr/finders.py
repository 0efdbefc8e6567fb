"""A scanned page's printed codes to scan (QR codes): their finder squares, as drawings.

A text-layer page's QR code reaches ``Page.drawings`` as its three finder patterns (the
code's modules are too small to be kept: ``extract.drawings``), and the split stage reads
the lines beside a code as a "scan me" box of no article (``split.scan_codes``). A scan has
no paths, only pixels; OCR reads the code as a few garbage words, or none. Its finder
patterns are found here in the page image instead, and recorded as the text layer has them:
a dark filled square each.

A finder pattern is, by the QR standard, a dark ring seven modules a side around a light
square five a side, a dark core three a side in its middle: on the page's ink (dark below
Otsu's threshold, ``despeckle.ink_threshold``), a square ink component (``SQUARE``) of a
finder's size (``LEAST_MM`` to ``MOST_MM``) that covers about half its box (the ring: 24 of
49 modules, ``RING_FILL``), with another ink component, nearly solid (``CORE_FILL``), of
about three sevenths of its side (``CORE_SIDE``) in its middle (``CENTRED``). Letters are
rings at most (an ``o``, a ``0``), with no solid core set square in their middle. Which
three squares make a code is the split stage's to say (``scan_codes.codes``). Pure image
work (numpy, scipy.ndimage), no I/O.
"""

from __future__ import annotations

import numpy as np
from magpipe.extract.ocr.despeckle import ink_threshold
from magpipe.extract.ocr.photomask import PixelBox
from PIL import Image
from scipy import ndimage

LEAST_MM = 2.5          # the smallest finder (a code about 9 mm a side, 21 modules)
MOST_MM = 25.0          # the largest (a code filling a column is a picture, not a note)
SQUARE = 1.25           # most ratio of a finder's longer side to its shorter one (scan blur)
RING_FILL = (0.35, 0.65)  # share of its box a finder's ring covers (24 / 49 modules)
CORE_SIDE = (0.3, 0.6)  # the core's side as a share of the ring's (3 / 7 modules)
CORE_FILL = 0.75        # least share of its box the core covers (a solid square)
CENTRED = 0.1           # share of the ring's side: most offset of the core's middle


def _px(mm: float, dpi: float) -> float:
    return mm * dpi / 25.4


def _square(rows: slice, cols: slice) -> bool:
    h, w = rows.stop - rows.start, cols.stop - cols.start
    return max(h, w) <= SQUARE * min(h, w)


def finder_squares(image: Image.Image, dpi: float) -> list[PixelBox]:
    """The boxes (pixels: x0, top, x1, bottom) of the QR finder patterns on the greyscale or
    colour page ``image`` at ``dpi`` (see the module's doc), top to bottom."""
    page = image.convert("L")
    ink = np.asarray(page) < ink_threshold(page)
    labels, _ = ndimage.label(ink)
    objects = ndimage.find_objects(labels)
    least, most = _px(LEAST_MM, dpi), _px(MOST_MM, dpi)
    found: list[PixelBox] = []
    for index, where in enumerate(objects, start=1):
        if where is None:
            continue
        rows, cols = where
        side = min(rows.stop - rows.start, cols.stop - cols.start)
        if not least <= side <= most or not _square(rows, cols):
            continue
        fill = float((labels[where] == index).mean())
        if not RING_FILL[0] <= fill <= RING_FILL[1]:
            continue
        middle_y, middle_x = (rows.start + rows.stop) // 2, (cols.start + cols.stop) // 2
        core = int(labels[middle_y, middle_x])
        if core in (0, index) or objects[core - 1] is None:
            continue
        core_rows, core_cols = objects[core - 1]
        core_side = min(core_rows.stop - core_rows.start, core_cols.stop - core_cols.start)
        if not (CORE_SIDE[0] * side <= core_side <= CORE_SIDE[1] * side
                and _square(core_rows, core_cols)
                and abs((core_rows.start + core_rows.stop) / 2 - middle_y) <= CENTRED * side
                and abs((core_cols.start + core_cols.stop) / 2 - middle_x) <= CENTRED * side
                and float((labels[objects[core - 1]] == core).mean()) >= CORE_FILL):
            continue
        found.append((cols.start, rows.start, cols.stop, rows.stop))
    return sorted(found, key=lambda b: (b[1], b[0]))
