"""Is a page image blank, so that Tesseract need not read it?

A page with almost no ink (a blank verso, a page of scanner dust) is not worth a Tesseract
run of a second or two. But ink share alone also throws out a page that holds one short
line: the last words of an article turned over ("... of the people.") or a folio line
printed alone come to 0.14-0.19% of a 300 dpi page, under ``BLANK_INK``. So a page under
that share still goes to OCR when its ink holds a line of print: a band of rows as deep as
type, with several separate marks across it spanning at least a short word's width. Dust
scattered over a page gives neither.

The look works on a 4x reduced grey copy (75 dpi at 300), so it costs
a few milliseconds on the pages it is asked about, the nearly blank ones.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

BLANK_INK = 0.002       # share of dark pixels below which a page may count as blank
REDUCE = 4              # the reduced copy: one pixel for 4 x 4 of the page image
DARK = 128              # grey level under which a pixel is ink
LINE_MIN_PT = 3.0       # a line of print is at least this deep (small type's x-height) ...
LINE_MAX_PT = 40.0      # ... and at most this deep (a display line); deeper: a rule, a frame
MIN_MARKS = 3           # separate marks across a band (letters or words run together at 75 dpi)
MIN_SPAN_PT = 36.0      # from its first mark to its last: half an inch, a short word or two


def reduced_ink(image: Image.Image) -> np.ndarray:
    """The ink of ``image`` on its 4x reduced grey copy, as a boolean array."""
    return np.asarray(image.convert("L").reduce(REDUCE)) < DARK


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """The runs of True in a 1-D boolean array, as (start, end) with end exclusive."""
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def has_print_line(ink: np.ndarray, dpi: float) -> bool:
    """True when a band of inked rows as deep as type holds marks spread across it like a
    line of words (``ink``: the reduced page's ink; ``dpi``: the full image's resolution)."""
    if not ink.size:
        return False
    per_pt = dpi / REDUCE / 72.0        # reduced pixels to the point
    shallow, deep = LINE_MIN_PT * per_pt, LINE_MAX_PT * per_pt
    for top, bottom in _runs(np.asarray(ink.any(axis=1))):
        if not shallow <= bottom - top <= deep:
            continue
        marks = _runs(np.asarray(ink[top:bottom].any(axis=0)))
        if len(marks) >= MIN_MARKS and marks[-1][1] - marks[0][0] >= MIN_SPAN_PT * per_pt:
            return True
    return False


def blank_page(image: Image.Image, dpi: float) -> tuple[bool, float]:
    """Whether the page image is blank (too little ink, and no line of print in it), and its
    ink share (for the log)."""
    ink = reduced_ink(image)
    share = float(ink.mean()) if ink.size else 0.0
    return share < BLANK_INK and not has_print_line(ink, dpi), share
