"""Teasers: a "next issue" box of no article, its coming titles each over a sentence of blurb.

Trade bulletins, airline magazines and NGO newsletters announce their next issue in a box:
a label (``IN THE NEXT ISSUE``, ``COMING NEXT``), then two or three coming articles, each its
title set in a title face (larger than the body) and under it a blurb of one sentence in the
body face, one language in each half of the box, after an article's end or at a page's foot,
under a heavy rule or in a frame. The role rules read it by its look: a title and the text
under it, so the box opens a false article, or its titles and blurbs go into the next one's
head. What sets the box apart is the page's evidence, in each language:

* a stack of short blocks (an item's lines at most) on one left edge (within ``ALIGN`` body
  sizes), each close under the one before (``GAP`` body sizes), down to a block spanning
  wider than its lines (``SPANS``): from its first block or its second (OCR may run the
  label into the first title), perhaps a label (a line of a few words, ``LABEL_WORDS``, no
  sentence), then ``ITEMS`` or more items, each a head and a blurb;
* a head: a few lines (``HEAD_LINES``; in one block or more, OCR may cut them apart), no
  sentence's end; a blurb right under it: one sentence of a line or two (``BLURB_LINES``)
  that starts with a capital and ends, set smaller than the head on a text layer
  (``HEAD_SIZE``);
* nothing of an article under the stack in its column: the page's furniture only, or the next
  article's head (a title, or what spans wider than the stack, ``SPANS``);
* and beside it, level with it (tops within ``LEVEL`` body sizes), a stack of short blocks
  in the other language closing its column too, as many lines as its items' titles and
  blurbs at least: its twin (OCR may read a title and its blurb there as one block, so the
  twin need not show its items).

An article's opening has one head and paragraphs of many lines under it; a box story (a
kicker, one title, its paragraphs) one head; a page of briefs sets each headline over a
paragraph of several sentences. OCR gives no type size: there the alternation of heads with
no sentence's end and one-sentence blurbs, twice or more, carries the test. The box's blocks
become ``Role.ASIDE`` (text of no article). Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re
import statistics

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Role
from magpipe.artifacts.pages import OCR_SOURCES, Page
from magpipe.split.no_article import ENDS_SENTENCE, block_lines, set_apart_each_page

log = logging.getLogger(__name__)

ITEMS = 2           # fewest coming titles of a box (one head over a sentence is a box story's
                    # or a brief's look; the development draws print two or three)
ALIGN = 1.0         # x body size: the box's blocks start this close to one left edge
GAP = 1.5           # x body size: the widest white between two blocks of one box (a head
                    # stands 0.3-0.6 sizes under the blurb before it on the development draws)
LABEL_WORDS = 5     # most words of the box's label (``ĐÓN ĐỌC SỐ TỚI``)
HEAD_LINES = 3      # most lines of a coming title (one or two on the development draws)
BLURB_LINES = 2     # most lines of a blurb: one sentence across half the text width
HEAD_SIZE = 1.1     # x its blurb's type size: a head's on a text layer (0.72 of the articles'
                    # title size: 1.19-1.6 times the blurb's body face on the development
                    # draws; a bold head at the body's size is a list's or a brief's)
LEVEL = 1.0         # x body size: a box's top stands this level with its twin's
SPANS = 1.5         # x the stack's width: a block under it this wide spans the columns

REASON = ("a box of coming titles, each over a sentence of blurb, closing its column, level "
          "with its twin (a teaser)")

# a sentence's end inside the text, the next one starting (a blurb is one sentence)
_INSIDE = re.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]?[A-ZÀ-Ỹ]")
_WORD = re.compile(r"\w")


def _ocr(page: Page) -> bool:
    """The page's words are OCR's (no type size is known)."""
    return page.source in OCR_SOURCES


def _words(b: Block, page: Page) -> list[int]:
    return [i for i in b.words if i < len(page.words)]


def _size(b: Block, page: Page) -> float:
    """The block's type size (the median of its words')."""
    ids = _words(b, page)
    return statistics.median(page.words[i].size for i in ids) if ids else 0.0


def _label(b: Block, page: Page) -> bool:
    """``b`` is a box's label: a line of a few words, no sentence."""
    words = [w for w in b.text.split() if _WORD.search(w)]
    return (block_lines(b, page) == 1 and 0 < len(words) <= LABEL_WORDS
            and not ENDS_SENTENCE.search(b.text.strip()))


def _head(run: list[Block], k: int, page: Page) -> int:
    """The end ``j`` of the coming title ``run[k:j]``: the blocks from ``k`` with no
    sentence's end, a few lines in all (OCR may cut a title's lines apart); ``k`` if none."""
    j, lines = k, 0
    while j < len(run) and not ENDS_SENTENCE.search(run[j].text.strip()) and run[j].text.strip():
        lines += block_lines(run[j], page)
        if lines > HEAD_LINES:
            break
        j += 1
    return j


def _blurb(b: Block, page: Page) -> bool:
    """``b`` may be a blurb: one sentence of a line or two, starting (its first letter a
    capital: a block starting in lower case goes on with the one over it) and ending."""
    text = b.text.strip()
    first = next((ch for ch in text if ch.isalpha()), "")
    return (0 < block_lines(b, page) <= BLURB_LINES and first.isupper()
            and bool(ENDS_SENTENCE.search(text)) and not _INSIDE.search(text))


def _item(run: list[Block], k: int, page: Page) -> int:
    """The end of the coming article ``run[k:]`` opens (a title over its sentence of blurb,
    the title set larger than the blurb on a text layer: OCR gives no type size); ``k`` if
    none."""
    j = _head(run, k, page)
    if j == k or j >= len(run) or not _blurb(run[j], page):
        return k
    if not _ocr(page):
        head = [i for c in run[k:j] for i in _words(c, page)]
        if statistics.median(page.words[i].size for i in head) < \
                HEAD_SIZE * _size(run[j], page):
            return k
    return j + 1


def _items(run: list[Block], page: Page) -> bool:
    """``run`` holds a box's opening (see the module): its label perhaps and ``ITEMS`` coming
    articles or more, from its first block or its second (OCR may run the label into the
    first title)."""
    for start in range(min(2, len(run))):
        for k in {start, start + 1} if _label(run[start], page) else {start}:
            items, end = 0, k
            while (nxt := _item(run, end, page)) > end:
                items, end = items + 1, nxt
            if items >= ITEMS:
                return True
    return False


def _stack(b: Block, blocks: list[Block], body: float) -> list[Block]:
    """``b`` and the blocks right under it on its left edge, each close under the last, down
    to a block spanning wider than its first three (the next article's head; a box's label
    and a coming title may be far narrower than a blurb, a blurb fills its half's width)."""
    below = sorted((c for c in blocks if c is not b and c.box[1] >= b.box[3] - 0.5 * body
                    and abs(c.box[0] - b.box[0]) <= ALIGN * body), key=lambda c: c.box[1])
    run = [b]
    for c in below:
        if c.box[1] - run[-1].box[3] > GAP * body or len(run) >= 3 and \
                c.box[2] - c.box[0] >= SPANS * max(r.box[2] - r.box[0] for r in run):
            break
        run.append(c)
    return run


def _closing(box: list[Block], blocks: list[Block], body: float) -> bool:
    """Nothing of an article follows the box in its column: furniture or the next head."""
    foot = max(c.box[3] for c in box)
    left = min(c.box[0] for c in box)
    right = max(c.box[2] for c in box)
    width = right - left
    under = sorted((c for c in blocks if c not in box and c.box[1] >= foot - 0.5 * body
                    and across(c.box, (left, 0.0, right, 0.0)) > 0
                    and c.role not in FURNITURE_ROLES), key=lambda c: c.box[1])
    if not under:
        return True
    first = under[0]
    return first.role in (Role.TITLE, Role.SECTION) or first.box[2] - first.box[0] >= SPANS * width


def _box(b: Block, blocks: list[Block], page: Page, body: float) -> list[Block]:
    """The stack ``b`` opens when it may be a box (or its twin): short blocks only (an item
    each at most, ``HEAD_LINES`` and ``BLURB_LINES``: OCR may read a label, title and blurb
    as one block), closing its column; else none."""
    if b.role in FURNITURE_ROLES and b.role != Role.ASIDE:
        return []
    kept = [c for c in blocks if not (c.role in FURNITURE_ROLES and c.role != Role.ASIDE)]
    run = _stack(b, kept, body)
    if any(block_lines(c, page) > HEAD_LINES + BLURB_LINES for c in run) \
            or not _closing(run, blocks, body):
        return []
    return run


def teasers(page: Page, blocks: list[Block], body: float) -> dict[str, str]:
    """The ids of the page's teaser blocks (see the module), each with why."""
    if body <= 0:
        return {}
    stacks = [run for b in sorted(blocks, key=lambda c: c.box[1])
              if (run := _box(b, blocks, page, body))]
    why: dict[str, str] = {}
    for box in (run for run in stacks if _items(run, page)):
        # (a twin holds its items' lines at least: a title's and a blurb's each)
        twins = [t for t in stacks if abs(t[0].box[1] - box[0].box[1]) <= LEVEL * body
                 and t[0].lang != box[0].lang and across(t[0].box, box[0].box) <= 0
                 and sum(block_lines(c, page) for c in t) >= 2 * ITEMS]
        if twins:
            twin = min(twins, key=lambda t: abs(t[0].box[1] - box[0].box[1]))
            why.update(dict.fromkeys((c.id for c in box + twin), REASON))
    return why


def teasers_apart(per_page: list[tuple[Page, list[Block], list[int]]], body: dict[int, float]
                  ) -> list[tuple[Page, list[Block], list[int]]]:
    """``per_page`` with the teasers of each page set as text of no article."""
    return set_apart_each_page(per_page, body, teasers, log)
