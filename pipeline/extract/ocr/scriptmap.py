"""Where the English is on a page image, before any OCR: from the marks over the letters.

Vietnamese print carries a tone or shape mark on most syllables, drawn as a separate small
blot above or below the letters; English has only the dots of i and j and punctuation.
The page's ink is grouped into blocks (ink smeared about a word space sideways and half a
line up and down, then connected), and in each block the share of connected ink pieces that
are small (lower than ~0.45 and narrower than ~0.9 of the block's median piece height) is
measured. On the scanned fixture pages English blocks measure 0.09-0.13, Vietnamese ones
0.24-0.31 and bilingual ones (an intro box, a column of mixed captions) 0.17-0.21; on the
bench's page mix (smaller type, from the sample's learning part) English blocks measure
0.11-0.18 and Vietnamese ones 0.21-0.34. So a page is English when its blocks' marks
together stay under 0.16 and none of its blocks reaches 0.21.

So a page of English is read once, with ``eng``, instead of with ``vie`` and then again
line by line with ``eng``. Pure image work (numpy, scipy), no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from magpipe.extract.ocr.pooled import dilated_by_box, pooled_any
from magpipe.text import english
from magpipe.text.vietnamese import is_bare_syllable
from PIL import Image
from scipy import ndimage

log = logging.getLogger(__name__)

Box = tuple[int, int, int, int]     # x0, top, x1, bottom in pixels, x1/bottom exclusive

INK = 128              # darker than this is ink
ENGLISH_MAX = 0.16     # share of small pieces, over a page's blocks, under which it is English
VIETNAMESE_MIN = 0.21  # a block with this share of marks or more is Vietnamese
MIN_PIECES = 80        # fewer ink pieces than this (a heading, a running head) tell nothing
SMALL_HEIGHT = 0.45    # a mark is lower than this share of the median piece height ...
SMALL_WIDTH = 0.9      # ... and narrower than this share of it


REDUCE = 4             # blocks are found on a 4x smaller ink map (cheap)


def _smear(dpi: float) -> np.ndarray:
    """Structuring element, on the reduced map, joining the letters of a paragraph across
    justified word spaces (0.15 in sideways) and its lines (0.08 in up and down)."""
    unit = dpi / REDUCE
    return np.ones((max(3, round(0.08 * unit)), max(3, round(0.15 * unit))), dtype=bool)


@dataclass(frozen=True)
class Block:
    box: Box
    pieces: int          # connected ink pieces in the block
    marks: float         # share of them that are marks (small pieces)
    label: int           # the block's number in the reduced label map


def block_marks(image: Image.Image, dpi: float) -> tuple[list[Block], np.ndarray]:
    """The page's text blocks, and the label map (4x reduced) they come from."""
    ink = np.asarray(image.convert("L")) < INK
    if not ink.any():
        return [], np.zeros((0, 0), dtype=np.int32)
    height, width = ink.shape
    blocks, _ = ndimage.label(dilated_by_box(pooled_any(ink, REDUCE), *_smear(dpi).shape))
    pieces, count = ndimage.label(ink)
    if not count:
        return [], blocks
    boxes = ndimage.find_objects(pieces)
    tops = np.array([b[0].start for b in boxes])
    lefts = np.array([b[1].start for b in boxes])
    heights = np.array([b[0].stop for b in boxes]) - tops
    widths = np.array([b[1].stop for b in boxes]) - lefts
    rows = np.minimum((tops + heights // 2) // REDUCE, blocks.shape[0] - 1)
    cols = np.minimum((lefts + widths // 2) // REDUCE, blocks.shape[1] - 1)
    owner = blocks[rows, cols]
    found = []
    for number, region in enumerate(ndimage.find_objects(blocks), start=1):
        ids = np.flatnonzero(owner == number)
        if region is None or not len(ids):
            continue
        median = float(np.median(heights[ids]))
        small = float(((heights[ids] < SMALL_HEIGHT * median)
                       & (widths[ids] < SMALL_WIDTH * median)).mean())
        box = (region[1].start * REDUCE, region[0].start * REDUCE,
               min(width, region[1].stop * REDUCE), min(height, region[0].stop * REDUCE))
        found.append(Block(box, len(ids), small, number))
    return found, blocks


def is_english_page(image: Image.Image, dpi: float) -> bool:
    """True for a page of English: over its text blocks large enough to tell, the share of
    marks is under :data:`ENGLISH_MAX`, and no block reaches :data:`VIETNAMESE_MIN`. The
    page is then read with ``eng`` alone; any other page with ``vie`` first, as before."""
    return english_page(block_marks(image, dpi)[0])


def english_page(blocks: list[Block]) -> bool:
    """:func:`is_english_page` on the blocks :func:`block_marks` found."""
    telling = [b for b in blocks if b.pieces >= MIN_PIECES]
    for block in telling:
        log.debug("block %s: %.2f of %d ink pieces are marks", block.box, block.marks,
                  block.pieces)
    pieces = sum(b.pieces for b in telling)
    if not pieces:
        return False
    share = sum(b.marks * b.pieces for b in telling) / pieces
    return share < ENGLISH_MAX and max(b.marks for b in telling) < VIETNAMESE_MIN


# A line the ``eng`` model read in an English block is Vietnamese that lost its marks when
# most of its tokens are bare Vietnamese syllables and no English word (``BAN TIN DOI NGOAI``,
# ``tinh Lang Son``): it is read again with ``vie``. Names alone (``Nguyen Van``) stay.
BARE_SHARE = 0.6
MIN_BARE = 2


def looks_bare_vietnamese(texts: list[str]) -> bool:
    tokens = [t.strip(".,;:!?()[]“”\"'’‘-–/") for t in texts]
    tokens = [t for t in tokens if t and t.isalpha()]
    if not tokens:
        return False
    bare = [t for t in tokens if is_bare_syllable(t) and t.lower() not in english.FUNCTION_WORDS
            and t.lower() not in english.COMMON_NOUNS]
    titled = sum(t[0].isupper() and not t.isupper() for t in bare)
    return (len(bare) >= MIN_BARE and len(bare) >= BARE_SHARE * len(tokens)
            and titled < len(bare))
