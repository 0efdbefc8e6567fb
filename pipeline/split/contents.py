"""Where a contents page's list ends: the entries under a ``MỤC LỤC`` / ``CONTENTS`` heading.

A heading names a contents list, but the list need not fill the page below it: a magazine sets
"In this issue" in a box over the editorial, an English section opens with its contents and
then its first article, a cover carries the list in a strip at its foot. So the blocks under a
heading are read top to bottom, and the list is the run of blocks that look like entries:

* an entry points to a page (``… 12``, ``12  Title``, a number alone in a column of its own),
  opens with an entry number (``1.``, ``2-``; the printed forms are in
  :mod:`magpipe.text.contents`), or is short (``CONTENTS_LINES`` lines at most: a
  rubric over an entry, an entry whose page number OCR lost);
* it sits under the heading: it starts, across the page, under the heading or the first
  entry, or lies mostly under them;
* it follows the entry above closely (``RUN_GAP`` line heights at most; a heading may stand
  further off its first entry);

and blocks after the last entry that points to a page, when entries print pages, are no entry
(an article's title under the list) unless set at line pitch under it (its title running on
below the page number) or opening with the entry number after the list's last one (``3.``
after ``2.``: the last entry, whose page OCR lost). A short block set on the row of an entry
(a line the page cut in two, a page number far right) is read with the list wherever it
stands across.

Pure functions over plain boxes and flags (``magpipe.split.roles`` measures them), no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from magpipe.artifacts.base import Box, across, down, union
from magpipe.text.contents import marked_numbers, opens_with_number, page_at_left, read_entry

log = logging.getLogger(__name__)

CONTENTS_LINES = 3      # most lines of an entry that points to no page (a rubric, a lost number)
RUN_GAP = 3.0           # x the entries' line height: a wider gap ends the list (an article's
                        # title or text set below it; entries keep a line or two apart)
WRAP_GAP = 1.0          # x its line height: a block this close under an entry is its next line
ROW_OVERLAP = 0.5       # share of a block's height on an entry's row: a piece of that row
HEAD_OVERLAP = 0.5      # share of the heading's height the first entry's box may reach up into
                        # (OCR boxes of a heading and the line set close under it overlap)


@dataclass(frozen=True)
class Listed:
    """What the list's reader sees of one block under a heading."""

    box: Box
    lines: int
    size: float          # its line height
    points: bool         # it (or one of its lines) ends with a page number, or is one alone
    line_texts: tuple[str, ...] = ()

    @property
    def numbered(self) -> bool:
        """Its lines open with entry numbers (a list of numbered entries run together)."""
        return any(opens_with_number(t) for t in self.line_texts)

    @property
    def leads_with_page(self) -> bool:
        """It opens with the page it points to (``12  Title``: the page column at the left)."""
        return bool(self.line_texts) and page_at_left(self.line_texts[0]) is not None


def _points(b: Listed) -> bool:
    return b.points or b.leads_with_page


def _entry_like(b: Listed) -> bool:
    return _points(b) or b.numbered or b.lines <= CONTENTS_LINES


def entry_run(blocks: dict[int, Listed], head: Box) -> set[int]:
    """The keys of ``blocks`` (those under the heading ``head``) that make its list."""
    reach = max(1.0, HEAD_OVERLAP * (head[3] - head[1]))
    below = sorted((k for k, b in blocks.items() if b.box[1] >= head[3] - reach),
                   key=lambda k: (blocks[k].box[1], blocks[k].box[0]))
    first = next((k for k in below if across(head, blocks[k].box) > 0), None)
    if first is None:
        return set()
    span = union((head, blocks[first].box))     # across the page: the heading and first entry
    run: list[int] = []
    bottom = head[3]
    for k in below:
        b = blocks[k]
        width = b.box[2] - b.box[0]
        if not span[0] - b.size <= b.box[0] <= span[2] and across(span, b.box) < 0.5 * width:
            continue                       # beside the list (its row-mates come in below)
        height = blocks[run[0]].size if run else b.size
        if not _entry_like(b) or (run and b.box[1] - bottom > RUN_GAP * height):
            break
        run.append(k)
        bottom = max(bottom, b.box[3])
    mates = {k: _row_mates(blocks, below, run, k) for k in run}
    pointing = {k for k in run if _points(blocks[k]) or any(_points(blocks[m]) for m in mates[k])}
    if pointing:
        while run and run[-1] not in pointing:
            if len(run) > 1 and run[-2] in pointing and _wraps(blocks[run[-2]], blocks[run[-1]]):
                break                      # the last entry's title running on below its page
            if _next_number(blocks, run):
                break                      # the next entry in sequence, its page lost
            run.pop()                      # an article's title under the list
    beside = {m for k in run for m in mates[k]}
    log.debug("contents list under the heading at %.0f: %d entries, %d pieces beside them",
              head[1], len(run), len(beside))
    return set(run) | beside


def _next_number(blocks: dict[int, Listed], run: list[int]) -> bool:
    """The run's last block opens with the entry number after the highest one the blocks
    above it print with a stop (``3,`` after ``1 …`` and ``2. …``)."""
    last = blocks[run[-1]]
    number = read_entry(last.line_texts[0])[0] if last.line_texts else None
    seen = [n for k in run[:-1] for t in blocks[k].line_texts for _, n in marked_numbers(t)]
    return number is not None and bool(seen) and number == max(seen) + 1


def _wraps(upper: Listed, lower: Listed) -> bool:
    """``lower`` is the next line of ``upper``'s text (set at its line pitch, not apart)."""
    return lower.lines <= CONTENTS_LINES and lower.box[1] - upper.box[3] < WRAP_GAP * lower.size


def _row_mates(blocks: dict[int, Listed], below: list[int], run: list[int], k: int) -> set[int]:
    """Short blocks outside the run set on the row of its entry ``k`` (a piece of its line)."""
    return {j for j in below if j not in run and blocks[j].lines <= CONTENTS_LINES
            and down(blocks[k].box, blocks[j].box)
            >= ROW_OVERLAP * (blocks[j].box[3] - blocks[j].box[1])}
