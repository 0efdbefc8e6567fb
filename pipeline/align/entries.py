"""A contents entry as printed: its text, its own number, the page it points to, and how the
entries of one list are read out of the split stage's blocks.

Real contents pages set the page an entry points to at its right (``Title …… 12``), at its left
(``12  Title``) or in a column of their own; number their entries (``1.``, ``2-``) or open each
with a rubric (``ĐIỂM TIN ĐỐI NGOẠI: …``); and a layout may run several entries into one block
or break one over two. So:

* :func:`parse_entry` reads an entry's number and page (right first, else left);
* :func:`numbered_run` reads the entries of one list as one stream cut where the next number
  in sequence, or the repeated rubric, opens an entry;
* :func:`opening_heading` finds a heading OCR read as the first words of the list;
* :func:`page_numbers_joined` reads a page number set apart on an entry's row with it;
* :func:`row_pieces_joined` reads the rest of an entry's line, cut off at a wide gap, with it;
* :func:`stacked_pieces_joined` reads a rubric set close over its entry with it, where no
  entry prints its page (OCR lost them) to tell entries from the lines over them.

The printed forms of an entry (its number, leader and page, a rubric) are in
:mod:`magpipe.text.contents`, shared with the split stage.

Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from magpipe.artifacts.base import across, down, union
from magpipe.artifacts.layout import Block
from magpipe.artifacts.records import Source
from magpipe.text.contents import (
    bare_numbers,
    marked_numbers,
    opening_rubric,
    page_at_left,
    page_at_right,
    read_entry,
    without_page,
)
from magpipe.text.headings import contents_heading

HEADING_MAX_WORDS = 3       # its words (TABLE OF CONTENTS, IN THIS ISSUE, TRONG SỐ NÀY)
# fewest numbered entries read across blocks (a list of one entry tells nothing of its cuts)
NUMBERED_RUN_MIN = 2
# share of a piece's height that lies on the last row of the entry at its left: the rest of
# that row (OCR cut the line at a word it lost or a wide space), not a line of its own
ROW_SHARE = 0.5
# A list whose entries print no page: a block set over the next one this share of the white
# above it or less is a piece of that entry (a rubric over its title, a title broken in two);
# entries of a list stand apart by at least the white between its heading and first entry
# or its entries (a rubric sits close over its own title: 4-8 pt against 14-20 pt on the
# newsletter scans)
STACK_SHARE = 0.5

@dataclass(frozen=True)
class Entry:
    text: str
    number: int | None          # the entry's own number, when printed
    page: int | None            # the page it points to, when printed
    source: Source
    prefix: tuple[Source, ...] = ()   # blocks set over it and read with it (a rubric)
    part: int = 0               # which entry of its block (entries run together in one block)

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.prefix + (self.source,)

    @property
    def key(self) -> str:
        """The entry's name among a document's entries (its block, and its rank there)."""
        return f"{self.source.block}#{self.part}"


def parse_entry(block: Block, lang: str, part: int = 0) -> Entry:
    """An entry's number and the page it points to: at its end (``Title … 12``), or, when
    none ends it, at its start (``12  Title``, the page column at the left)."""
    number, page = read_entry(block.text)
    return Entry(block.text.strip(), number, page,
                 Source(block.page, block.box, block.id, lang), part=part)


def _number_cuts(stream: str) -> list[tuple[int, int]]:
    """Where the entries of a numbered list open in ``stream`` (offset, number): the numbers
    in sequence, each the first one after the entry before that is set as an entry number
    (``2.``; OCR reads the stop as a comma), else the first bare one (``1 PROVINCIAL``: OCR
    lost the stop), a list read with bare numbers starting at 1."""
    marked, bare = marked_numbers(stream), bare_numbers(stream)
    cuts: list[tuple[int, int]] = []
    while True:
        after = cuts[-1][0] if cuts else -1
        want = cuts[-1][1] + 1 if cuts else None
        strong = [c for c in marked if c[0] > after and want in (None, c[1])]
        weak = [c for c in bare if c[0] > after and c[1] == (want or 1)
                and (not cuts or _closed(stream, cuts, c[0]))]
        options = strong[:1] + weak[:1]     # a marked number first, but the list's opening
        if not options:
            return cuts
        cuts.append(options[0] if cuts else min(options))


def _closed(stream: str, cuts: list[tuple[int, int]], at: int) -> bool:
    """A bare number at ``at`` may open the next entry: the entry it would close ends with
    the page it points to, or no entry cut so far does (a list whose pages OCR lost). Where
    entries print their pages, a bare number inside an entry that prints none yet is a page
    of the column beside it, read into this one (``… COURTESY CALL 5 FROM THE …``)."""
    bounds = [a for a, _ in cuts] + [at]
    pieces = [stream[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    return page_at_right(pieces[-1].strip()) is not None or not any(
        page_at_right(piece.strip()) is not None for piece in pieces[:-1])


def _rubric_cuts(stream: str) -> list[tuple[int, int | None]]:
    """Where entries open that each repeat the rubric the first one opens with
    (``ĐIỂM TIN ĐỐI NGOẠI: A … 2 ĐIỂM TIN ĐỐI NGOẠI: B … 3``: entries read as one block)."""
    rubric = opening_rubric(stream)
    if rubric is None:
        return []
    return [(k.start(), None) for k in re.finditer(re.escape(rubric), stream)]


def numbered_run(blocks: list[Block], lang: str) -> list[Entry] | None:
    """Entries that carry their numbers (``1.``, ``2-``), or each repeat one rubric, read
    across the blocks of one list: the blocks' texts as one stream cut where the next number
    in sequence (or the rubric) opens an entry (entries run together in one block, an entry
    broken over two). None unless that finds ``NUMBERED_RUN_MIN`` entries and tells more than
    the blocks do."""
    texts = [b.text.strip() for b in blocks]
    stream = " ".join(texts)
    starts = [0] + [sum(len(t) + 1 for t in texts[:k]) for k in range(1, len(texts))]
    cuts: list[tuple[int, int | None]] = list(_number_cuts(stream)) or _rubric_cuts(stream)
    if len(cuts) < NUMBERED_RUN_MIN or (len(cuts) == len(blocks) and all(
            at in starts for at, _ in cuts)):
        return None
    bounds = [0] + [at for at, _ in cuts[1:]] + [len(stream)]
    out: list[Entry] = []
    for part, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        held = [blk for blk, at, t in zip(blocks, starts, texts, strict=True)
                if at < b and at + len(t) > a]
        entry = parse_entry(replace(held[0], text=stream[a:b].strip()), lang, part)
        spans = tuple(Source(x.page, x.box, x.id, lang) for x in held[1:])
        out.append(replace(entry, number=cuts[part][1] or entry.number, prefix=spans))
    return out


def opening_heading(text: str) -> str | None:
    """The contents heading a text opens with (``CONTENTS 1 PROVINCIAL …``: OCR read the
    heading with the list under it), as printed, or None. Set in capitals, as headings are:
    an entry may open with the word (``Inside the delegation's visit 5``)."""
    words = text.split()
    return next((" ".join(words[:n]) for n in range(HEADING_MAX_WORDS, 0, -1)
                 if len(words) > n and all(w.isalpha() and w.isupper() for w in words[:n])
                 and contents_heading(" ".join(words[:n]))), None)


def _with_joined(blocks: list[Block], mine: list[Block], joined: dict[str, Block],
                 gone: set[str]) -> tuple[list[Block], list[Block]]:
    """``blocks`` and ``mine`` with the blocks ``joined`` put in (by id) and those ``gone``
    (read into another) left out; as they were when nothing was joined."""
    if not joined:
        return blocks, mine
    return ([joined.get(b.id, b) for b in blocks if b.id not in gone],
            [joined.get(b.id, b) for b in mine if b.id not in gone])


def page_numbers_joined(blocks: list[Block], mine: list[Block]
                         ) -> tuple[list[Block], list[Block]]:
    """A page number set apart at the right of its entry (a block of digits alone) read at the
    end of the entry whose row it shares (of the blocks it overlaps down the page, the one it
    overlaps most; the later one on a tie); ``blocks`` and ``mine`` with those joined."""
    numbers = [b for b in mine if b.text.strip().isdigit()]
    rest = [b for b in mine if not b.text.strip().isdigit()]
    joined: dict[str, Block] = {}
    for n in numbers:
        best, row = None, 0.0
        for b in rest:
            overlap = down(n.box, b.box)
            if overlap > 0 and overlap >= row:
                best, row = b, overlap
        if best is None:
            return blocks, mine               # a number on a row of its own: left as it was
        base = joined.get(best.id, best)
        joined[best.id] = replace(base, text=f"{base.text.strip()} {n.text.strip()}")
    return _with_joined(blocks, mine, joined, {n.id for n in numbers})


def row_pieces_joined(blocks: list[Block], mine: list[Block], lang: str
                      ) -> tuple[list[Block], list[Block]]:
    """The rest of an entry's line read with it: OCR cuts a line at a word it could not read
    or a wide space (``… WITH THE`` and ``CONSUL OF … RIO DE 4`` on one row), and the piece
    at the right holds the page the entry points to. A block on the last row of an entry that
    prints no page, to its right, and opening as no entry does (no entry number, no page at
    its left), is read at the end of that entry (the nearest such entry at its left). Two
    columns of entries keep theirs apart: an entry at the left that prints its page is whole.
    ``blocks`` and ``mine`` with those joined."""
    joined: dict[str, Block] = {}
    gone: set[str] = set()
    for piece in mine:
        text = piece.text.strip()
        if read_entry(text)[0] is not None or page_at_left(text) is not None:
            continue                        # an entry of its own (``2. Title``, ``12  Title``)
        height = piece.box[3] - piece.box[1]
        lefts = [b for b in mine if b.id != piece.id and b.id not in gone
                 and b.box[2] <= piece.box[0] and down(b.box, piece.box) >= ROW_SHARE * height
                 and b.box[3] - piece.box[3] <= ROW_SHARE * height
                 and parse_entry(joined.get(b.id, b), lang).page is None]
        if not lefts or piece.id in joined:
            continue
        left = max(lefts, key=lambda b: b.box[2])
        base = joined.get(left.id, left)
        joined[left.id] = replace(base, text=f"{base.text.strip()} {text}",
                                  box=union([base.box, piece.box]))
        gone.add(piece.id)
    return _with_joined(blocks, mine, joined, gone)


def stacked_pieces_joined(blocks: list[Block], mine: list[Block]
                          ) -> tuple[list[Block], list[Block]]:
    """Where no entry of a list prints the page it points to, a block set close over the next
    (``STACK_SHARE`` of the white above it at most: the white over the block, from the heading
    or the entry above) is read with it: a rubric over its entry's title (``ĐIỂM TIN ĐỐI
    NGOẠI`` over ``LỄ THÔNG TUYẾN …``), or a title broken in two. ``blocks`` and ``mine`` with
    those joined (the lower block takes the upper's text before its own)."""
    joined: dict[str, Block] = {}
    gone: set[str] = set()
    k = 0
    while k + 1 < len(mine):
        upper, lower = mine[k], mine[k + 1]
        over = [b.box[3] for b in blocks if b.box[3] <= upper.box[1] + 1
                and b.id != upper.id and across(b.box, upper.box) > 0]
        gap = lower.box[1] - upper.box[3]
        if over and 0 <= gap < STACK_SHARE * (upper.box[1] - max(over)) \
                and across(upper.box, lower.box) > 0:
            joined[lower.id] = replace(lower, text=f"{upper.text.strip()} {lower.text.strip()}",
                                       box=union([upper.box, lower.box]))
            gone.add(upper.id)
            k += 2
            continue
        k += 1
    return _with_joined(blocks, mine, joined, gone)


def run_ons_joined(blocks: list[Block], mine: list[Block], lang: str
                   ) -> tuple[list[Block], list[Block]]:
    """An entry's title running on below its page number (``… CHI LANG EXPRESSWAY 5`` over
    ``PROJECT``) read with it, the number at the end: a block that prints no page, under one
    that does, closer to it than to the next entry (a rubric sits over its entry), or, after
    the last entry, less than a line height under it. ``blocks`` and ``mine`` with those
    joined."""
    joined: dict[str, Block] = {}
    gone: set[str] = set()
    for k in range(1, len(mine)):
        above, here = joined.get(mine[k - 1].id, mine[k - 1]), mine[k]
        if mine[k - 1].id in gone or parse_entry(here, lang).page is not None:
            continue
        page = parse_entry(above, lang).page
        gap = here.box[1] - above.box[3]
        below = (mine[k + 1].box[1] - here.box[3]) if k + 1 < len(mine) else None
        line = here.box[3] - here.box[1]
        if page is None or gap < 0 or (gap >= below if below is not None else gap >= line):
            continue
        body = without_page(above.text.strip())
        joined[mine[k - 1].id] = replace(above, text=f"{body} {here.text.strip()} {page}",
                                         box=union([above.box, here.box]))
        gone.add(here.id)
    return _with_joined(blocks, mine, joined, gone)
