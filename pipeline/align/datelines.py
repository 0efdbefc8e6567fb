"""An entry's date set over its headline (a chronicle, a calendar): it heads the entry below.

The split stage gives an entry's date, set on a line or in a cell of its own, the role
``label``. The date comes before the entry's title in the reading order (above it, or in a
margin or a date column left of it), while the entry before is still open: a label that is
a date therefore waits for the next title of its language and becomes that article's label,
rather than the label of the article that is open (``Tóm tắt`` over an abstract heads the
text that follows in the open article). Only when text of its language comes before any
title does the open article take it, as before. Where several dates wait (a date column read
before the column of titles beside it), a title takes the one beside it, and text the ones
above it.

Pure functions, no I/O.
"""

from __future__ import annotations

from magpipe.align.drafts import ArticlePiece
from magpipe.artifacts.layout import Block, Role
from magpipe.text.dates import date_alone

NEAR = 2.0          # x the date's height: most white between a date and the headline under it
DATE_WORDS = 4      # most words of a date label whose twin OCR misread (``28 rtobez 2025``)


def dateline(block: Block, role: str) -> bool:
    """A label that is an entry's date: a date alone, or a few words holding a figure (a date
    OCR misread; the split stage tells the twin under a date by its place)."""
    if role != Role.LABEL:
        return False
    text = block.text.strip()
    return date_alone(text) or (len(text.split()) <= DATE_WORDS
                                and any(c.isdigit() for c in text))


def _beside(date: ArticlePiece, block: Block) -> bool:
    """The date stands beside the block's first rows or right above it, on its page (a date
    over its headline, in the margin or the date column left of it)."""
    box = date.sources[0].box
    near = NEAR * (box[3] - box[1])
    return date.sources[0].page == block.page and box[3] >= block.box[1] - near \
        and box[1] < block.box[3]


def _above(date: ArticlePiece, block: Block) -> bool:
    """The date lies on an earlier page than the block, or starts higher on its page."""
    src = date.sources[0]
    return src.page < block.page or (src.page == block.page and src.box[1] <= block.box[1])


def for_title(held: list[ArticlePiece], block: Block
              ) -> tuple[ArticlePiece | None, list[ArticlePiece]]:
    """The dates a title takes (joined) and those still held: the ones beside it (a column
    of dates read before the column of titles holds every entry's date), else all."""
    taken = [d for d in held if _beside(d, block)] or held
    return _joined(taken), [d for d in held if d not in taken]


def before_text(held: list[ArticlePiece], block: Block
                ) -> tuple[ArticlePiece | None, list[ArticlePiece]]:
    """The dates that text coming before any title gives to the open article (those above
    it) and those that still wait for a title further down."""
    taken = [d for d in held if _above(d, block)]
    return _joined(taken), [d for d in held if d not in taken]


def _joined(pieces: list[ArticlePiece]) -> ArticlePiece | None:
    if not pieces:
        return None
    out = pieces[0]
    for p in pieces[1:]:
        out = out.joined(p)
    return out
