"""A caption's first lines that the split stage read as text (``body``, ``aside``, ``intro``):
a caption of two lines under a photo whose first line was set apart from the second.

A block is such a head when the block right after it in reading order is a caption of its
language (or such a head: a caption of three blocks) set just under it (a gap of at most
``HEAD_GAP`` of that block's height, no wider than line spacing, or on a scan an overlap of
as much), within its width (a
centred caption's short last line), the block is at most ``HEAD_LINES`` times as tall as that
block (a line or two, not a column of text), and it ends without closing a sentence (its
caption goes on below). A caption much narrower than the block (under ``SAME_MEASURE`` of its
width) is a centred last line only when it is no taller than the block: lines of one caption
share its measure, so several lines in a narrow box under a wide block are a caption of their
own, set beside a photo under text that ends open (photo-essay-2 at seed 4700: a paragraph
across the page whose English ends without its stop, over the English caption of the photo
under it, was read as that caption's first lines and lost to the article). Pure functions,
no I/O.
"""

from __future__ import annotations

import logging
import re

from magpipe.align.photos import photo_captions
from magpipe.artifacts.layout import Block, PageLayout, Role

log = logging.getLogger(__name__)

HEAD_GAP = 0.5       # of the caption's height: the space between two lines of one caption
HEAD_LINES = 3.0     # a head is at most this many times as tall as the caption under it
EDGE = 2.0           # points a caption may stick out of its head's width (rounding of boxes)
SAME_MEASURE = 0.75  # of the head's width: a caption's lines set ragged still fill this much
                     # of the measure they share; a narrower caption is a centred last line
_CLOSED = re.compile(r"[.!?…][\"”’)\]»]?\s*$")
_TEXT_ROLES = frozenset({Role.BODY, Role.ASIDE, Role.INTRO})


def _is_head(block: Block, caption: Block, heads: set[str]) -> bool:
    if block.role not in _TEXT_ROLES or not (caption.role == Role.CAPTION or caption.id in heads):
        return False
    if block.lang != caption.lang or _CLOSED.search(block.text):
        return False
    bx0, by0, bx1, by1 = block.box
    cx0, cy0, cx1, cy1 = caption.box
    height = cy1 - cy0
    # on a scan the boxes of two lines set close overlap (descenders over the next line's
    # ascenders): the caption may start up to as far over the head's foot as below it
    if cx1 - cx0 < SAME_MEASURE * (bx1 - bx0) and height > by1 - by0 + EDGE:
        return False        # (lines of a caption of its own, narrower than the text over it)
    return (abs(cy0 - by1) <= HEAD_GAP * height and cy1 > by1
            and by1 - by0 <= HEAD_LINES * height
            and cx0 >= bx0 - EDGE and cx1 <= bx1 + EDGE)


def caption_heads(page: PageLayout) -> frozenset[str]:
    """Ids of the page's blocks that are the first lines of the caption right after them, and
    of the text blocks that are a photo's caption by where they sit
    (:func:`magpipe.align.photos.photo_captions`)."""
    blocks = page.blocks
    heads: set[str] = set(photo_captions(page))
    for k in range(len(blocks) - 2, -1, -1):      # bottom up: a head may open a head
        if _is_head(blocks[k], blocks[k + 1], heads):
            heads.add(blocks[k].id)
    if heads:
        log.debug("page %d: %s read as the first lines of captions", page.number, sorted(heads))
    return frozenset(heads)
