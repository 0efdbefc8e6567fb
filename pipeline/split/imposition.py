"""A booklet in printer's spreads: each sheet side two booklet pages, read in booklet order.

A saddle-stitched booklet (a newsletter, a programme) is printed on sheets folded once and
nested: each side of a sheet holds two booklet pages side by side, not the two that follow
each other but those the fold brings together. The outer sheet's front holds the last page
on the left and page 1 on the right, its back page 2 and the page before last, and so on
inwards; only the centre spread holds two pages that follow each other. Such a booklet
reaches an archive as the printer's imposed file, or with its staples taken out and each
sheet scanned flat: every page of the file is a sheet side, and an article's text goes on
from one booklet page to the next on another sheet, sometimes an earlier page of the file.

The page geometry already reads each half of a two-page sheet as a page of its own
(``split.fold``: its columns and reading order never cross the fold). This module puts the
halves in booklet order. A document is imposed when

* its pages with text are wider than tall (``LANDSCAPE``: two portrait pages side by side);
* the page numbers printed in the halves (a bare number in the page's top or bottom band,
  ``roles.FURNITURE_MARGIN``) show the imposition: the two numbers of a sheet side add up
  to one sum (``n`` and ``N + 1 - n`` for a booklet of ``N`` pages), on ``IMPOSED_SHEETS``
  sheet sides or more, one of them at least holding two pages that do not follow each other
  (facing pages of a magazine's spread follow each other: ``n``, ``n + 1``), and on more
  than half of the sheet sides with two numbers read (an OCR misreading is outvoted); or
  every number read stands where the printer's usual order puts it (below), one sheet side
  at least with two read (a booklet of four pages numbers only its middle spread, 2 and 3:
  a magazine's spreads file of two sheet sides ends on a page of its own).

When OCR reads no page number at all (a lone digit in a foot band is often dropped), the
file is still taken for a booklet in the printer's usual order when it opens on the outer
sheet: the first sheet side's left half (the back cover) prints no running head and no
title, and every other sheet side prints a head on one half at least: a running head, or
the half's first line set in its head band (a half's own head over its text; OCR may read it
as a title) (a magazine's spreads file holds no bare page beside its first page).

A half whose number is not printed (a cover, a back cover) takes the sum less its
partner's number; a sheet side with no number read takes the one pair of numbers no other
sheet side holds, or, when the read numbers follow the printer's usual order (sheet side
``k`` of ``S`` holding ``k`` and ``2S + 1 - k``), its pair in that order. Of a pair, the two
pages differ in parity, and every page of one parity is on the same side: a book read left
to right opens with its first page on the right, so when the cover counts as page 1 every
odd page is a right-hand page (the halves whose numbers are read tell which parity is on
the left; even, when none is). When some half's number cannot be worked out the file's
order is kept.

The split stage then reads every half as a page of its own, in booklet order: a sheet side
becomes two page layouts of one page number (a record's pages stay the file's pages), each
with the blocks of its half; the paragraph links and align's articles follow that order.

The booklet's last page is its back cover when it prints neither a page number nor a
running head (the pages of the text do): an outer cover holds the publisher's address and
imprint, a photo, no article's text, so its text is kept out of the articles as notes beside
them (``Role.ASIDE``); read after the last article's text, its lines would else run on as
that article's paragraphs.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Role
from magpipe.split.roles import FURNITURE_MARGIN, REPEAT_MARGIN

log = logging.getLogger(__name__)

LANDSCAPE = 1.0         # width / height above which a page may hold two portrait pages
IMPOSED_SHEETS = 2      # fewest sheet sides whose two read numbers show the imposition (one
                        # pair adding up to some sum may be chance)
LEFT, RIGHT = 0, 1      # the halves of a sheet side
KEPT_ON_COVER = frozenset({Role.CAPTION, Role.CREDIT})  # a back cover's roles left as found
                                                        # (a photo's caption and credit)
ACROSS_REACH = 0.1      # x a half's width: how far a line must reach into each half to run
                        # across the fold (a spread's title), past a box's ragged edge

# a page number as printed alone in a page's head or foot band (OCR may read a dash or a
# stroke beside it)
_NUMBER = re.compile(r"^[-–—|.\s]*(\d{1,3})[-–—|.\s]*$")


class Sheet(Protocol):
    """What this module reads of a page: its number and size."""

    @property
    def number(self) -> int: ...

    @property
    def width(self) -> float: ...

    @property
    def height(self) -> float: ...


S = TypeVar("S", bound=Sheet)


@dataclass(frozen=True)
class Half:
    """One booklet page of a sheet side."""

    sheet: int          # index of the sheet side in the document's pages (file order)
    side: int           # LEFT or RIGHT
    number: int         # the booklet page it is


def side_of(block: Block, width: float) -> int:
    """The half of the sheet side ``width`` wide the block lies in (by its box's middle)."""
    return LEFT if (block.box[0] + block.box[2]) / 2 < width / 2 else RIGHT


def printed_numbers(blocks: list[Block], width: float, height: float) -> tuple[int | None, ...]:
    """The page number printed in each half of a sheet side (left, right): a bare number in
    the head or foot band; None where there is none, or two different ones."""
    found: tuple[set[int], set[int]] = (set(), set())
    band = FURNITURE_MARGIN * height
    for b in blocks:
        match = _NUMBER.match(b.text)
        if match and (b.box[3] <= band or b.box[1] >= height - band):
            found[side_of(b, width)].add(int(match.group(1)))
    return tuple(next(iter(f)) if len(f) == 1 else None for f in found)


def _sum_of(numbers: list[tuple[int | None, ...]]) -> int | None:
    """The sum the two numbers of each sheet side add up to, when they show an imposition
    (see the module's text); None else."""
    both = [(a, b) for a, b in numbers if a is not None and b is not None]
    sums = Counter(a + b for a, b in both)
    if not sums:
        return None
    if _in_usual_places(numbers):
        return 2 * len(numbers) + 1
    total, count = sums.most_common(1)[0]
    apart = any(a + b == total and abs(a - b) > 1 for a, b in both)
    # (the two pages of a sheet side differ in parity: their sum is odd)
    if count < IMPOSED_SHEETS or not apart or 2 * count <= len(both) or total % 2 == 0:
        return None
    return total


def _in_usual_places(numbers: list[tuple[int | None, ...]]) -> bool:
    """Every number read stands where the printer's usual order puts it, one sheet side at
    least with both numbers read: a booklet of four pages (the cover and back cover
    unnumbered, pages 2 and 3 in the middle) shows no more than that."""
    return any(a is not None and b is not None for a, b in numbers) and all(
        read is None or read == want for k, pair in enumerate(numbers)
        for read, want in zip(pair, _usual_sides(k, len(numbers)), strict=True))


def _usual_sides(k: int, count: int) -> tuple[int, int]:
    """The pages the printer's usual order puts on the left and right of sheet side ``k``
    (from 0) of ``count``: the outer sheet's front the last page and page 1, its back page 2
    and the page before last, and so on inwards."""
    last = 2 * count
    return (last - k, k + 1) if k % 2 == 0 else (k + 1, last - k)


def _left_parity(numbers: list[tuple[int | None, ...]]) -> int:
    """The parity (``n % 2``) of the left-hand pages: what most read numbers show (a left
    half's number, or the other parity of a right half's), even when none is read."""
    votes = Counter([a % 2 for a, _ in numbers if a is not None]
                    + [1 - b % 2 for _, b in numbers if b is not None])
    return 1 if votes[1] > votes[0] else 0


def _pairs(numbers: list[tuple[int | None, ...]], total: int) -> list[set[int] | None]:
    """The two booklet pages of each sheet side (None where they cannot be told)."""
    pairs: list[set[int] | None] = []
    for a, b in numbers:
        known = a if a is not None else b
        pairs.append(None if known is None else {known, total - known})
    usual: list[set[int] | None] = [set(_usual_sides(k, len(numbers)))
                                     for k in range(len(numbers))]
    if total == 2 * len(numbers) + 1 and all(pair is None or pair == want
                                            for pair, want in zip(pairs, usual, strict=True)):
        return usual
    held = {n for pair in pairs if pair for n in pair}
    missing = [{n, total - n} for n in range(1, (total + 1) // 2) if n not in held]
    unread = [k for k, pair in enumerate(pairs) if pair is None]
    if len(unread) == 1 and len(missing) == 1:
        pairs[unread[0]] = missing[0]
    return pairs


def _headed_sides(blocks: list[Block], width: float, height: float) -> set[int]:
    """The halves of a sheet side that print a running head in their head band."""
    band = FURNITURE_MARGIN * height
    return {side_of(b, width) for b in blocks if b.role == Role.HEADER and b.box[3] <= band}


def _opened_sides(blocks: list[Block], width: float, height: float) -> set[int]:
    """The halves of a sheet side whose first line is set in their head band, down to
    ``REPEAT_MARGIN`` (a running head over a rule a little under the furniture margin, or a
    half's own head, a booklet's ``IN ENGLISH`` over its second half, which OCR reads as a
    title): a page of the text, where a back cover opens with its photo."""
    band = REPEAT_MARGIN * height
    sides: set[int] = set()
    for side in (LEFT, RIGHT):
        text = [b for b in blocks if side_of(b, width) == side and b.role != Role.OTHER]
        if text and min(b.box[3] for b in text) <= band:
            sides.add(side)
    return sides | _headed_sides(blocks, width, height)


def _outer_sheet_first(sheets: list[tuple[S, list[Block]]],
                       numbers: list[tuple[int | None, ...]]) -> bool:
    """No page number read on any sheet side (OCR drops a lone digit), but the file opens on
    a booklet's outer sheet (see the module's text): the first sheet side's left half prints
    no running head and no title (a back cover: an address, an imprint, a photo), every other
    sheet side a head on one half at least (``_opened_sides``)."""
    if any(n is not None for pair in numbers for n in pair) or not sheets:
        return False
    (first, blocks), rest = sheets[0], sheets[1:]
    back = [b for b in blocks if side_of(b, first.width) == LEFT]
    return (bool(back) and not any(b.role == Role.TITLE for b in back)
            and not any(_across_fold(b, first.width) for b in blocks)
            and LEFT not in _headed_sides(blocks, first.width, first.height)
            and all(_opened_sides(b, page.width, page.height) for page, b in rest))


def _across_fold(block: Block, width: float) -> bool:
    """The block runs across the middle of a sheet side ``width`` wide, reaching
    ``ACROSS_REACH`` of a half's width into each half: a line set over two facing pages."""
    reach = ACROSS_REACH * width / 2
    return block.box[0] < width / 2 - reach and block.box[2] > width / 2 + reach


def booklet_halves(sheets: list[tuple[S, list[Block]]]) -> list[Half] | None:
    """The halves of a document printed in printer's spreads in booklet order (``sheets``:
    each page and its blocks, file order), or None when the document is not imposed or some
    half's place cannot be worked out (see the module's text)."""
    texts = [(page, blocks) for page, blocks in sheets if blocks]
    if len(texts) < IMPOSED_SHEETS or any(page.width <= LANDSCAPE * page.height
                                          for page, _ in texts):
        return None
    numbers = [printed_numbers(blocks, page.width, page.height) for page, blocks in sheets]
    total = _sum_of(numbers)
    if total is None and _outer_sheet_first(sheets, numbers):
        log.info("no page number read, but the file opens on a booklet's outer sheet (a bare "
                 "back cover on the left, running heads on every other sheet side): the "
                 "printer's usual order")
        total = 2 * len(numbers) + 1
    if total is None:
        return None
    parity = _left_parity(numbers)
    halves: list[Half] = []
    for k, ((a, b), pair) in enumerate(zip(numbers, _pairs(numbers, total), strict=True)):
        if pair is None or len(pair) != 2:
            log.info("page %d: the booklet pages of this sheet side are not known: the "
                     "file's page order kept", sheets[k][0].number)
            return None
        left, right = sorted(pair, key=lambda n: n % 2 != parity)
        if (a is not None and a != left) or (b is not None and b != right):
            log.info("page %d: its printed numbers %s, %s break the booklet's sides: the "
                     "file's page order kept", sheets[k][0].number, a, b)
            return None
        halves += [Half(k, LEFT, left), Half(k, RIGHT, right)]
    log.info("a booklet printed in spreads (the numbers of each sheet side add up to %d): "
             "its %d pages read in booklet order", total, len(halves))
    return sorted(halves, key=lambda h: h.number)


def booklet_order(per_page: list[tuple[S, list[Block], list[int]]]
                  ) -> list[tuple[S, list[Block], list[int]]]:
    """``per_page`` (each page, its blocks and their regions, file order) in booklet order
    when the document is imposed: each sheet side twice, once with each half's blocks in
    their order; unchanged else."""
    halves = booklet_halves([(page, blocks) for page, blocks, _ in per_page])
    if halves is None:
        return per_page
    out = []
    for half in halves:
        page, blocks, regions = per_page[half.sheet]
        kept = [k for k, b in enumerate(blocks) if side_of(b, page.width) == half.side]
        out.append((page, [blocks[k] for k in kept], [regions[k] for k in kept]))
    page, blocks, regions = out[-1]
    if _bare(blocks, page.width, page.height):
        log.info("page %d: the booklet's last page prints no number and no running head: "
                 "its back cover, no article's text", page.number)
        out[-1] = (page, [replace(b, role=Role.ASIDE) if b.role not in FURNITURE_ROLES
                          and b.role not in KEPT_ON_COVER else b for b in blocks], regions)
    return out


def _bare(blocks: list[Block], width: float, height: float) -> bool:
    """The half's blocks (all of one side) print no page number and no running head."""
    band = FURNITURE_MARGIN * height
    numbered = any(n is not None for n in printed_numbers(blocks, width, height))
    headed = any(b.role == Role.HEADER and b.box[3] <= band for b in blocks)
    return bool(blocks) and not numbered and not headed
