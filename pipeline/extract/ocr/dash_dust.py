"""Dust read as a dash: a line's last word OCR read as a lone dash whose ink is no dash is
dropped.

Dust in a column's white or in the gutter beside a line's end (a speck, a few specks) is
read as a word ``-`` ending the line, a word space after its last word (interleaf scans:
``theo -``, ``nước -``, specks in the gutter 4 pt after the line's end). Kept, the dash
stretches the line into the gutter, and the split stage joins it to the next column's line
across it. A printed dash or hyphen is a bar, wider than tall however short it is set (a
hyphen of small type, blurred: 7 x 5 pixels at 300 dpi); a speck or a cluster of specks is
about as tall as wide, or taller. A line's last word of dashes alone none of whose pieces of
ink (on the image OCR read, in the word's box) is wider than tall is dust: dropped (a box
may hold a piece of a letter beside the dash, or specks beside it: each piece is looked at).
Only a line's last word: inside a line, OCR's box of a dash may hold a sliver of its ink
only (an italic ``Nam - Japan``), and a speck there joins nothing across a gutter. A word
with no ink under its box on that image is kept: its ink is elsewhere (a caption strip or
card read from its own crop and placed back, a line over a photo painted white). Pure image
work on the words' boxes (numpy, scipy.ndimage). A line of words set one under another (a
caption turned a quarter beside its photo, its words placed back on the page) runs down the
page: a dash in it is a bar taller than wide, so its ink is looked at turned (edgecap scans:
``1119 - 1120`` in a turned caption lost its dash).
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


def is_dust_dash(ink: np.ndarray, down: bool = False) -> bool:
    """The ink of a word read as a dash (its box's pixels, True where inked) is no dash: it
    has ink, and none of its pieces is wider than tall (taller than wide in a line that runs
    down the page, ``down``; see the module's doc)."""
    if down:
        ink = ink.T
    labels, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    if count == 0:
        return False        # (its ink is not on this image: see the module's doc)
    return not any(s[1].stop - s[1].start > s[0].stop - s[0].start
                   for s in ndimage.find_objects(labels) if s is not None)


def _line_ends(words: tuple[OcrWord, ...]) -> set[int]:
    """The positions in ``words`` of each line's last word (rightmost)."""
    last: dict[int, int] = {}
    for k, w in enumerate(words):
        if w.line not in last or w.left > words[last[w.line]].left:
            last[w.line] = k
    return set(last.values())


def _runs_down(words: tuple[OcrWord, ...], line: int) -> bool:
    """The words of ``line`` stand one under another: the line spans more height than width."""
    mine = [w for w in words if w.line == line]
    high = max(w.top + w.height for w in mine) - min(w.top for w in mine)
    wide = max(w.left + w.width for w in mine) - min(w.left for w in mine)
    return len(mine) > 1 and high > wide


def drop_dust_dashes(words: tuple[OcrWord, ...],
                     image: Image.Image) -> tuple[tuple[OcrWord, ...], int]:
    """``words`` (pixels of ``image``) without the dashes ending a line read from dust
    (``is_dust_dash``), and how many were dropped."""
    ends = [k for k in _line_ends(words) if words[k].text and set(words[k].text) <= DASHES]
    if not ends:
        return words, 0
    grey = image.convert("L")
    pixels, threshold = np.asarray(grey), ink_threshold(grey)
    dust = set()
    for k in ends:
        w = words[k]
        ink = pixels[max(0, w.top):w.top + w.height, max(0, w.left):w.left + w.width]
        if is_dust_dash(ink < threshold, _runs_down(words, w.line)):
            log.debug("a dash read from dust ending a line: %r at (%d, %d)", w.text, w.left,
                      w.top)
            dust.add(k)
    return tuple(w for k, w in enumerate(words) if k not in dust), len(dust)
