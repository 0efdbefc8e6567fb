"""A cheap look at a page image before OCR: does its print stand on its head?

Latin print, Vietnamese more so, puts more ink above a line's core (the band of its small
letters, where most of its ink lies) than below it: capitals, ascenders (b d h k l t) and
the marks over Vietnamese vowels stand over the core, only descenders (g p q y) and the dots
under a few vowels hang below it. Turned half a circle, the page shows the opposite. The
page's text lines are found in vertical strips of a reduced copy (``STRIPS``: a skew of a
degree tilts a line across a whole page by more than its core's height), and in each the
ink over and under the core (the rows holding ``CORE_SHARE`` of the line's densest row or
more) is summed.

``looks_upside_down`` says a page is doubtful when the ink over the cores is less than
``DOUBT_RATIO`` times the ink under them: on the upright pages of the layout bench's scanned
copies and the fixtures' scans (263 pages, rendered at 300 dpi) the ratio is over 1 on nine
pages in ten; pages of photographs and a few lines, and covers of
display type, fall to 0.2-0.6 (six pages under 0.6); the six upside-down pages of the
tête-bêche copies measure 0.34-0.48. A doubtful page is only a candidate: the OCR path asks
Tesseract's orientation detection before reading it, and turns it only when that agrees
(``extract.ocr.page``; a turned page that then reads badly is read as it came, and the
better reading kept), so an upright page taken for doubtful costs one orientation check, and
an upside-down page is read once, turned, instead of read, found to read badly, turned and
read again. Sideways pages show no lines across the strips and are left to the check after a
first reading that reads badly.

Pure numpy on an image, no I/O.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

REDUCE = 3            # the page is looked at reduced this many times (~100 dpi from 300)
STRIPS = 6            # vertical strips the page's lines are found in
CORE_SHARE = 0.5      # share of a line's densest row a row of its core holds at least
MIN_LINE_ROWS = 4     # a run of inked rows shorter than this (reduced) is a speck or a rule
DOUBT_RATIO = 0.6     # ink over the cores / ink under them under which a page is doubtful
MIN_LINES = 12        # fewest lines over all strips (a line across the page counts in each
                      # strip it crosses) for the look to count: a page of a few words or of
                      # specks says nothing


def ink_over_under(image: Image.Image) -> tuple[float, float, int]:
    """Ink over and under the cores of the page's text lines, and the lines seen (in all
    strips)."""
    ink = np.asarray(image.convert("L").reduce(REDUCE)) < 128
    height, width = ink.shape
    over = under = 0.0
    lines = 0
    for s in range(STRIPS):
        profile = ink[:, s * width // STRIPS:(s + 1) * width // STRIPS].sum(axis=1)
        inked = np.concatenate(([False], profile > 0, [False]))
        edges = np.flatnonzero(inked[1:] != inked[:-1])
        for start, stop in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
            if stop - start < MIN_LINE_ROWS:
                continue
            line = profile[start:stop]
            core = np.flatnonzero(line >= CORE_SHARE * line.max())
            over += float(line[:core[0]].sum())
            under += float(line[core[-1] + 1:].sum())
            lines += 1
    return over, under, lines


def looks_upside_down(image: Image.Image) -> bool:
    """The page's lines carry less ink over their cores than under them (see the module)."""
    over, under, lines = ink_over_under(image)
    return lines >= MIN_LINES and over < DOUBT_RATIO * under
