"""The note that ends a booklet's first half and sends the reader to the turned one.

A tête-bêche booklet (``split.page_order``) ends its upright half with a short note, in both
languages, telling the reader to turn the book over for the other edition: set under the
last columns of text when the page has room, else on a page of its own. It is no article's
text, but reads like one: a paragraph or two at the page's foot, one a language, the first
often taken for the last article's last paragraph, and the other for the start of a new
article in the other language.

``turn_notes``: where the document ends with a turned half, on the last page of the upright
half (the page before the half), the note is the band of blocks at the page's foot that a
white gap across the whole page parts from the text above (nothing above the gap reaches
below it), of at most ``NOTE_BLOCKS`` blocks, holding blocks of both languages, and no title,
byline or caption (the end of an article set in both languages would hold them); of such
bands, the one under the widest gap (the frame's padding or the white over a box; the bands
under narrower gaps are pieces of it). The note is one column of text: its blocks stand one
under another. A page holding nothing but such a band (no band under text found) is the
note's own page. Its blocks become ``Role.ASIDE`` (no article's text) and their continuation links
are dropped.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Role
from magpipe.artifacts.pages import Page
from magpipe.split.page_order import turned_half

log = logging.getLogger(__name__)

NOTE_BLOCKS = 4       # most blocks of the note (a paragraph a language, each possibly cut in
                      # two where a line of it ends a sentence)
# roles no such note holds: an article's head and foot, and the captions of its photos
_NOT_NOTE = frozenset({Role.TITLE, Role.BYLINE, Role.CAPTION, Role.CREDIT})


def _stacked(blocks: list[Block]) -> bool:
    """Each block (in order from the top) starts under the middle of the one before (lines
    boxes of consecutive lines may touch): one column of text, no columns side by side."""
    return all(2 * b.box[1] >= a.box[1] + a.box[3] for a, b in zip(blocks, blocks[1:],
                                                                 strict=False))


def _note_band(blocks: list[Block]) -> list[Block]:
    """The blocks of the note at the foot of a page's text blocks ``blocks``; empty if none.
    A band under text wins over the whole page read as a band."""
    order = sorted(blocks, key=lambda b: b.box[1])
    best: list[Block] = []
    widest = -1.0
    for cut in range(len(order)):
        above, below = order[:cut], order[cut:]
        if len(below) > NOTE_BLOCKS or not _stacked(below):
            continue
        top = below[0].box[1]
        foot = max((b.box[3] for b in above), default=None)
        if foot is not None and foot > top:
            continue        # a block above reaches below the band's top: no gap across
        if not {"vi", "en"} <= {b.lang for b in below} or any(b.role in _NOT_NOTE for b in below):
            continue
        if foot is None:
            return best or below        # the page holds nothing else: the note's own page
        if top - foot > widest:
            best, widest = below, top - foot
    return best


def turn_notes(per_page: list[tuple[Page, list[Block], list[int]]]
               ) -> list[tuple[Page, list[Block], list[int]]]:
    """The note closing the upright half of a tête-bêche booklet set as no article's text
    (see the module); ``per_page`` in reading order."""
    half = turned_half(tuple(page for page, _, _ in per_page))
    if half is None:
        return per_page
    k = half[0] - 1
    page, blocks, regions = per_page[k]
    # (a piece of the note may already be an aside: one set smaller than the text)
    text = [b for b in blocks if b.role not in FURNITURE_ROLES or b.role == Role.ASIDE]
    note = {b.id for b in _note_band(text)}
    if not note:
        return per_page
    log.info("page %d: %d blocks in both languages at the foot of the upright half's last "
             "page: the note to turn the book over, no article's text", page.number, len(note))
    out = list(per_page)
    out[k] = (page, [replace(b, role=Role.ASIDE, continued_from=None) if b.id in note else b
                     for b in blocks], regions)
    return out
