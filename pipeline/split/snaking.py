"""Columns that run on under a box set across them: read down each column, then the next.

A news page may set a call-out (a hotline, a notice) across two or more of its columns at
some height, the articles' text running down each column above it, skipping it and going on
under it before the next column (``notices``). The XY cut reads the page in slices: the
columns' text above the box, the box, then the columns' text under it, so that each column's
text under the box is read after the next column's text above it, and an article run on
down the columns is read out of order (the next story's English title under the box before
the rest of the story above it in the column beside).

The rule, from the blocks' places and their text: a run of notes (``aside``) read one after
the other, set across two columns or more, with running text right above it in those
columns and text right under it; where one of those columns' text above the box stops in
mid-sentence (``continuation.ends_open``) and the same column's text goes on under the box
in running text (or in a short line read as a section's rubric: it is running text), the
columns snake around the box: their blocks above and under it are read column by column
(each column's text above the box, then under it), the box after them. A
box between two stories stacked one over the other (each spread over the columns, balanced)
has every column's text above it closed. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Role
from magpipe.split.continuation import ends_open
from magpipe.split.insets import reordered

log = logging.getLogger(__name__)

BAND_COLUMNS = 2    # fewest columns a box reaches across for the columns to run round it
_NOTE = frozenset({Role.ASIDE})
_RUNNING = frozenset({Role.BODY, Role.INTRO})
# what may end a sentence left open over the box: running text, or its short last line read
# as a section's rubric by its look (notices-2 of seed 4300: ``Nhi-Tam Thanh scenic
# complex.`` alone under the box, over the next story's title); made running text
_GOES_ON = _RUNNING | {Role.SECTION}


def _note_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """Runs ``(first, end)`` of notes next to each other in reading order."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(blocks):
        if blocks[k].role in _NOTE:
            end = k
            while end < len(blocks) and blocks[end].role in _NOTE:
                end += 1
            runs.append((k, end))
            k = end
        else:
            k += 1
    return runs


def _centre_in(b: Block, x: tuple[float, float]) -> bool:
    return x[0] <= (b.box[0] + b.box[2]) / 2 <= x[1]


def _snaked(blocks: list[Block], first: int, end: int) -> tuple[list[int], list[int]] | None:
    """The new order of the blocks from the first column block above the run of notes
    ``blocks[first:end]`` to the last under it, and the blocks under it that end a sentence
    left open above it; None when the columns do not run round it."""
    band = blocks[first:end]
    x = (min(b.box[0] for b in band), max(b.box[2] for b in band))
    top, foot = min(b.box[1] for b in band), max(b.box[3] for b in band)
    text = [k for k, b in enumerate(blocks) if b.role not in FURNITURE_ROLES
            and b.column >= 0 and _centre_in(b, x)]
    above = [k for k in text if k < first and blocks[k].box[3] <= top]
    under = [k for k in text if k >= end and blocks[k].box[1] >= foot]
    columns = sorted({blocks[k].column for k in above} & {blocks[k].column for k in under})
    if len(columns) < BAND_COLUMNS or not above or not under:
        return None
    span = range(min(above), max(under) + 1)
    # (anything else read in that stretch, or text of another column: left as it is)
    if any(k not in above and k not in under and not first <= k < end for k in span) or \
            any(blocks[k].column not in columns for k in (*above, *under)):
        return None
    ends: list[int] = []
    for c in columns:
        last = max((k for k in above if blocks[k].column == c), key=lambda k: blocks[k].box[3])
        next_ = min((k for k in under if blocks[k].column == c), key=lambda k: blocks[k].box[1])
        if blocks[last].role in _RUNNING and blocks[next_].role in _GOES_ON and \
                ends_open(blocks[last].text):
            ends.append(next_)
    if not ends:
        return None
    order = [k for c in columns for k in (*[k for k in above if blocks[k].column == c],
                                          *[k for k in under if blocks[k].column == c])]
    return order + list(range(first, end)), ends


def snaking_columns(blocks: list[Block], regions: list[int]) -> tuple[list[Block], list[int]]:
    """The page's blocks and their regions with the columns that run round a box across
    them read column by column (see the module's doc), renumbered in their new order."""
    order = list(range(len(blocks)))
    for first, end in _note_runs(blocks):
        found = _snaked(blocks, first, end)
        if found is None:
            continue
        new, ends = found
        blocks = [replace(b, role=Role.BODY) if k in ends and b.role == Role.SECTION else b
                  for k, b in enumerate(blocks)]
        start = min(new)
        log.debug("page %d: columns run round the box %r, read column by column",
                  blocks[first].page, blocks[first].text[:40])
        order[start:start + len(new)] = new
        break       # (one box a page: the blocks' places change under the next)
    if order == list(range(len(blocks))):
        return blocks, regions
    return reordered(blocks, regions, order)
