"""Dust read as a dash: a word OCR read as a lone dash whose ink is no dash is dropped.

Dust in a column's white or in the gutter beside a line's end (a speck, a few specks) is read
as a word ``-`` of the line, a word space after its last word (interleaf scans: ``theo -``,
``nước -``, a speck in the gutter 4 pt after the line's end). Kept, the dash stretches the
line into the gutter, and the split stage joins it to the next column's line across it. A
printed dash or hyphen is a bar: one piece of ink much longer than thick; a speck is about
as tall as wide. A word of dashes alone whose largest piece of ink (on the image OCR read) is
less than ``DASH_ASPECT`` times as wide as tall, or that has no ink the threshold sees, is
dust: dropped. Pure image work on the words' boxes (numpy, scipy.ndimage).
"""

from __future__ import annotations

import logging

import numpy as np
from magpipe.extract.ocr.despeckle import ink_threshold
from magpipe.extract.ocr.tesseract import OcrWord
from PIL import Image
from scipy import ndimage

log = logging.getLogger(__name__)

DASHES = frozenset("-‐‑‒–—―")
DASH_ASPECT = 1.8   # least width of a dash's ink in its height (a 9 pt hyphen, blurred at
                    # 300 dpi: ~12 x 3 px; a speck ~4 x 4 px)


def is_dust_dash(ink: np.ndarray) -> bool:
    """The ink of a word read as a dash (its box's pixels, True where inked) is no dash: no
    ink, or its largest piece not ``DASH_ASPECT`` times as wide as tall."""
    labels, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    if count == 0:
        return True
    sizes = np.bincount(labels.ravel())[1:]
    rows, columns = np.nonzero(labels == int(np.argmax(sizes)) + 1)
    width = int(columns.max() - columns.min()) + 1
    height = int(rows.max() - rows.min()) + 1
    return width < DASH_ASPECT * height


def drop_dust_dashes(words: tuple[OcrWord, ...],
                     image: Image.Image) -> tuple[tuple[OcrWord, ...], int]:
    """``words`` (pixels of ``image``) without the lone dashes read from dust
    (``is_dust_dash``), and how many were dropped."""
    if not any(w.text and set(w.text) <= DASHES for w in words):
        return words, 0
    grey = image.convert("L")
    pixels, threshold = np.asarray(grey), ink_threshold(grey)
    out = []
    for w in words:
        if w.text and set(w.text) <= DASHES:
            ink = pixels[max(0, w.top):w.top + w.height, max(0, w.left):w.left + w.width]
            if is_dust_dash(ink < threshold):
                log.debug("a dash read from dust: %r at (%d, %d)", w.text, w.left, w.top)
                continue
        out.append(w)
    return tuple(out), len(words) - len(out)
