"""Bands of a round-up whose items start level: each item set across its own band of columns.

A news round-up whose items open with a run-in head (``run_in_heads``) may set each item in a
band of its own across the page: the item's text runs down the first column of its band and
on into the next, its twin in the other language beside it in the columns of its own group,
and the next item opens under the longer of the two, every column of the new band starting
on one row. The gutters of that grid run the page's full height through every band, and a cut
down them would read the first column of every item before the second column of any (an
item's text going on at the next column's head would be read after the next items' heads).
No headline crosses the columns (``modules`` asks one): what tells a band is a white band
across the whole region under which every column starts on one row (each part's top row holds
text on both sides of every gutter of the columns under it) and the first column opens with a
head in capitals at its left edge (``HEAD_WORDS`` words of ``HEAD_LETTERS`` letters, no
lower-case letter among them: an item's run-in head or its first line), the text above the
band ending in a row of text, not a head. Columns of one story whose paragraph gaps line up by
chance open their next rows in mid-sentence, not with a head; a band whose columns start
lower in some column (under a photo) is no band of this kind. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from magpipe.split.modules import (
    HEAD_ALIGN,
    HEAD_SIZE,
    MODULE_GAP,
    Span,
    edge_row,
    head_like,
    stacked,
)
from magpipe.split.pieces import Line, rows
from magpipe.split.run_in_heads import FULL, HEAD_LETTERS, HEAD_WORDS, SAME_SIZE

log = logging.getLogger(__name__)

BAND_STEP = 0.15     # x line pitch: a white band between two items is wider than the white
                     # between the lines of a paragraph by this much at least (the space a
                     # round-up sets after a paragraph; ``MODULE_GAP`` where that is less: a
                     # face's boxes as tall as its size leave a quarter pitch between lines,
                     # and the bands of runin-5 of seeds 4100 and 4300 are 0.44 and 0.48
                     # pitches high)
BAND_ROWS = 2         # fewest rows of text of each part (an item ending at the page's head
                      # may leave two lines there; a head alone is no band)


def _opens_with_head(piece: Line) -> bool:
    """The piece opens with a head in capitals: its first words, ``HEAD_WORDS`` or more of
    ``HEAD_LETTERS`` letters or more, hold no lower-case letter (a run-in head, or a title's
    first line over its run-in line)."""
    return _head_text(piece.text)


def _head_text(text: str) -> bool:
    """The text opens with a head in capitals (``_opens_with_head``)."""
    lead: list[str] = []
    for token in text.split():
        if any(c.islower() for c in token):
            break
        lead.append(token)
    letters = sum(c.isalpha() for t in lead for c in t)
    return len(lead) >= HEAD_WORDS and letters >= HEAD_LETTERS


def _twin_head(row: list[Line], gutters: list[Span]) -> bool:
    """A column of the row after the first opens with a head in capitals, the row's pieces
    in it read left to right (a title's line in capitals set justified falls into pieces a
    word long at its wide spaces)."""
    cuts = sorted((g[0] + g[1]) / 2 for g in gutters)
    for lo, hi in zip(cuts, [*cuts[1:], float("inf")], strict=True):
        inside = sorted((p for p in row if lo <= (p.box[0] + p.box[2]) / 2 < hi),
                        key=lambda p: p.box[0])
        if inside and _head_text(" ".join(p.text for p in inside)):
            return True
    return False


def _head_row(part: list[Line], body: float) -> tuple[list[Line], Line] | None:
    """The part's top row and its leftmost piece when that piece, at the part's left edge,
    opens with a head in capitals set at the text's size (the first tests of
    ``_level_start``, which need no gutters: asked first of every band, they turn down most
    without working out the part's columns); else None."""
    row = edge_row(part, body)
    if not row:
        return None
    first = min(row, key=lambda p: p.box[0])
    if first.box[0] > min(p.box[0] for p in part) + HEAD_ALIGN * body or \
            not (1 - SAME_SIZE) * body <= first.size < HEAD_SIZE * body or \
            not _opens_with_head(first):
        return None
    return row, first


def _level_start(part: list[Line], body: float, gutters: list[Span]) -> bool:
    """The part's top row holds text on both sides of every gutter (every column starts on
    it) and its leftmost piece, at the part's left edge, opens with a head in capitals set
    at the text's size (within ``run_in_heads.SAME_SIZE`` below it and under
    ``modules.HEAD_SIZE``: a run-in head's; a display title's lines, white between them
    level with white in the next column, and headlines set smaller over their own lines are
    none), its text running on after the head or its capitals filling the column's measure
    (``run_in_heads.FULL``: a rail's label alone on a short line is no head), the next
    column's top piece opening with no such head (the item's text goes on there) and a
    column further along the row opening with one (the item's twin in the other language,
    starting level with it: a numbered heading of a report in one language, its column's
    white level by chance with a paragraph gap in the next, starts no band)."""
    opening = _head_row(part, body)
    if opening is None or not gutters:
        return False
    row, first = opening
    edge = min(g[0] for g in gutters)       # (the first column's right edge)
    beside = [p for p in row if p.box[0] >= edge]
    if beside and _opens_with_head(min(beside, key=lambda p: p.box[0])):
        return False        # (the next column opens with a head too: numbered headings side
                            # by side; an item's text goes on there in mid-sentence)
    if not _twin_head(row, gutters):
        return False        # (no twin's head further along the row: one language's columns
                            # whose paragraph gaps line up under a numbered heading in the
                            # first, report-4 of seed 4500; items start level in pairs)
    if first.text == first.text.upper() and first.box[2] < edge - FULL * first.size:
        return False        # (a label alone on a short line: a rail's, a heading's)
    return all(any(p.core[1] <= (g[0] + g[1]) / 2 for p in row) and
               any(p.core[0] >= (g[0] + g[1]) / 2 for p in row) for g in gutters)


def _title_goes_on(above: list[Line], below: list[Line], body: float) -> bool:
    """The first column's lowest piece above the band is a line in capitals (a title's line:
    the white under it lies between two lines of one title, set looser than its text)."""
    row = edge_row(below, body)
    if not row:
        return False
    first = min(row, key=lambda p: p.box[0])
    over = [p for p in above if p.box[2] <= first.box[2] + HEAD_ALIGN * body
            and p.box[0] <= first.box[0] + HEAD_ALIGN * body]
    if not over:
        return False
    low = max(over, key=lambda p: p.box[3])
    return any(c.isalpha() for c in low.text) and low.text == low.text.upper()


def run_in_bands(pieces: list[Line], body: float, pitch: float,
                 grid: Callable[[list[Line]], list[Span]]) -> list[list[Line]] | None:
    """The region's bands, top to bottom, cut at white bands across it (``MODULE_GAP``
    pitches high at least, or ``BAND_STEP`` pitches more than the white between the lines of
    a paragraph where that is less) under which every column of the part below starts on one row,
    the first with a head in capitals (``_level_start``; ``grid``: the gutters that part a
    part's columns), each part holding ``BAND_ROWS`` rows, the part above ending in no
    head's row; else ``None``. (Asked before the region's gutters, as ``modules`` is.)"""
    def band(order: list[Line], start: int, k: int, cuts: list[int]) -> bool:
        above, below = order[start:k], order[k:]
        # (``_head_row`` first: the cheapest test, and the one most white bands fail)
        return _head_row(below, body) is not None and rows(above, body) >= BAND_ROWS and \
            rows(below, body) >= BAND_ROWS and \
            not head_like(edge_row(above, body, top=False), body) and \
            not _title_goes_on(above, below, body) and _level_start(below, body, grid(below))

    heights = sorted(p.box[3] - p.box[1] for p in pieces)
    between = pitch - heights[len(heights) // 2]        # (white between a paragraph's lines)
    gap = min(MODULE_GAP * pitch, max(0.0, between) + BAND_STEP * pitch)
    parts = stacked(pieces, gap, band)
    if parts is None:
        return None
    log.debug("%d bands of items starting level cut apart before the columns", len(parts))
    return parts
