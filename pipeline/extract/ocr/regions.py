"""A page with English and Vietnamese text blocks side by side, read once per region with
the right model: the English blocks with ``eng``, the rest with ``vie``.

Which blocks are English comes from the marks over the letters, before any OCR
(:func:`magpipe.extract.ocr.scriptmap.block_marks`). Each model reads its own copy of the
page: the ``vie`` copy has the English blocks painted white, the ``eng`` copy is cut to the
English blocks with everything else painted white. So no line is read twice, where a
``vie`` reading of the whole page followed by a second ``eng`` reading of its English lines
read every English line twice. Blocks too small to tell (headings, captions, running heads)
stay with ``vie``; their English lines are read again with ``eng`` as before
(:mod:`magpipe.extract.ocr.langpass`). Pure image and list work, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

import numpy as np
from magpipe.artifacts.base import across, down, shares_width
from magpipe.extract.ocr.scriptmap import (
    ENGLISH_MAX,
    MIN_PIECES,
    REDUCE,
    VIETNAMESE_MIN,
    Block,
)
from magpipe.extract.ocr.tesseract import OcrWord
from PIL import Image

log = logging.getLogger(__name__)

# Share of the page's telling ink pieces that English blocks must hold for the page to be
# read in two regions: a lone English block of a few lines costs a model load and a layout
# pass of its own and saves little; its lines are read again in English as before.
MIN_ENGLISH_SHARE = 0.15
PAD = 12            # pixels of white kept around the English region's cut-out


@dataclass(frozen=True)
class LanguageSplit:
    """The page as two images: ``english`` (cut out at ``offset``) and ``rest``."""

    english: Image.Image
    offset: tuple[int, int]         # left, top of the English cut-out in page pixels
    rest: Image.Image
    english_blocks: int


def english_blocks(blocks: list[Block]) -> list[Block]:
    """The telling blocks whose share of marks is an English one, and the undecided ones
    (between :data:`ENGLISH_MAX` and :data:`VIETNAMESE_MIN`: a paragraph of capitals and
    quotes) that lie within the column of one of those."""
    telling = [b for b in blocks if b.pieces >= MIN_PIECES]
    english = [b for b in telling if b.marks < ENGLISH_MAX]
    mates = [b for b in telling if ENGLISH_MAX <= b.marks < VIETNAMESE_MIN
             and any(_within_column(b, e) for e in english)]
    return english + mates


# A block lies within another's column when this share of its width is inside the other's.
WITHIN = 0.9


def _within_column(block: Block, column: Block) -> bool:
    return across(block.box, column.box) >= WITHIN * (block.box[2] - block.box[0])


def _overlap(a: Block, b: Block) -> bool:
    """The two blocks' boxes overlap: one has grown into the other's place."""
    return across(a.box, b.box) > 0 and down(a.box, b.box) > 0


def split_by_language(image: Image.Image, blocks: list[Block],
                      labels: np.ndarray) -> LanguageSplit | None:
    """Two images when the page holds English blocks beside others, else None.

    Not when a block of the other reading overlaps an English block (a Vietnamese column
    whose smear grew into the end of the English column beside it): the end of the English
    column would reach ``vie`` without the rest of its column, and Tesseract then joins its
    lines with the lines beside them. ``blocks`` and ``labels`` are
    :func:`~magpipe.extract.ocr.scriptmap.block_marks`'s."""
    telling = [b for b in blocks if b.pieces >= MIN_PIECES]
    english = english_blocks(blocks)
    others = [b for b in telling if b not in english]
    pieces = sum(b.pieces for b in telling)
    if not english or not others or not pieces:
        return None
    share = sum(b.pieces for b in english) / pieces
    if share < MIN_ENGLISH_SHARE:
        log.debug("English blocks hold %.0f%% of the ink pieces: one 'vie' reading", 100 * share)
        return None
    if any(_overlap(o, e) for o in others for e in english):
        log.debug("a block of another language overlaps an English one: one 'vie' reading")
        return None
    grey = np.asarray(image.convert("L"))
    small = np.isin(labels, [b.label for b in english])
    mask = np.zeros(grey.shape, dtype=bool)
    full = np.repeat(np.repeat(small, REDUCE, axis=0), REDUCE, axis=1)
    mask[: full.shape[0], : full.shape[1]] = full[: grey.shape[0], : grey.shape[1]]
    rest = np.where(mask, 255, grey).astype(np.uint8)
    left = max(0, min(b.box[0] for b in english) - PAD)
    top = max(0, min(b.box[1] for b in english) - PAD)
    right = min(grey.shape[1], max(b.box[2] for b in english) + PAD)
    bottom = min(grey.shape[0], max(b.box[3] for b in english) + PAD)
    cut = np.where(mask, grey, 255).astype(np.uint8)[top:bottom, left:right]
    return LanguageSplit(Image.fromarray(cut), (left, top), Image.fromarray(rest), len(english))


def join_readings(rest: tuple[OcrWord, ...], english: tuple[OcrWord, ...],
                  offset: tuple[int, int]) -> tuple[tuple[OcrWord, ...], frozenset[int]]:
    """The two readings as one page's words, and the line numbers the ``eng`` model read.

    The English words move back to page coordinates and take line and block numbers after
    the other reading's. Each English block goes into the other reading's block order in
    its column: before the first block of its column that starts below it, else after the
    last one of its column, else (a column of its own) before the first block to its
    right."""
    dx, dy = offset
    lines = 1 + max((w.line for w in rest), default=-1)
    blocks = 1 + max((w.block for w in rest), default=-1)
    moved = tuple(replace(w, left=w.left + dx, top=w.top + dy, line=w.line + lines,
                          block=w.block + blocks) for w in english)
    units = _blocks(rest)
    for unit in _blocks(moved):
        units.insert(_place(units, _extent(unit)), unit)
    return tuple(w for unit in units for w in unit), frozenset(w.line for w in moved)


def _blocks(words: tuple[OcrWord, ...]) -> list[list[OcrWord]]:
    """Words grouped by block, blocks in the order of their first word."""
    grouped: dict[int, list[OcrWord]] = {}
    for w in words:
        grouped.setdefault(w.block, []).append(w)
    return list(grouped.values())


# Two blocks share a column when their widths overlap by this share of the narrower one.
SAME_COLUMN = 0.5


def _place(units: list[list[OcrWord]], box: tuple[int, int, int, int]) -> int:
    extents = [_extent(u) for u in units]
    column = [i for i, e in enumerate(extents) if shares_width(e, box, SAME_COLUMN)]
    below = [i for i in column if extents[i][1] >= box[1]]
    if below:
        return below[0]
    if column:
        return column[-1] + 1
    return next((i for i, e in enumerate(extents) if e[0] >= box[2]), len(units))


def _extent(words: list[OcrWord] | tuple[OcrWord, ...]) -> tuple[int, int, int, int]:
    return (min(w.left for w in words), min(w.top for w in words),
            max(w.left + w.width for w in words), max(w.top + w.height for w in words))
