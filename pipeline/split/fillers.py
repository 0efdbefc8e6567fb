"""Fillers: a short saying, tip or figure of no article standing in a column's gap.

Community monthlies, parish bulletins and small papers stop the gap under an article's end,
or at the foot of every page, with a filler: a sentence or two led by a word or two in bold
capitals (``PROVERB``, ``A SMALL TIP``), set in the body face at the body's size in the
article's own columns, under a small ornament (stars, a short rule) and no frame or tint.
The role rules read it by its look: its text as the article's last paragraph (or a footnote),
its lead-in as a title, a byline or a label; the article then runs on into it, or a filler
between an article's text and its going on overleaf breaks the article. What sets a filler
apart is the page's evidence around it, in each language:

* a lead-in: a line of its own in capitals, a few words (``LEAD_WORDS``), set at the body's
  size (``SIZE``, ``OCR_SIZE``; bold on text layers), right over the text (within ``TOUCH``
  body sizes); or such words opening the text's block (run in, or the block's first line),
  bold on a text layer;
* the text under it: a few lines (``FILLER_LINES`` with the lead-in), a sentence or more
  that ends (``.``, ``!``, ``?``), on OCR perhaps read as two blocks a line apart;
* stood off the text over it in its column by a gap (``APART`` body sizes: the ornament's
  room; paragraphs of an article stand a fraction of a line apart), and the last text of its
  column: under it only the page's furniture, or a head (a title, or what spans wider than
  the filler, ``SPANS``) that the next article's text follows;
* and its twin in the other language in another column of the page, level with it (tops
  within ``LEVEL`` body sizes), a filler by the same tests: a short item once in a column
  may close an article; the same short item in both languages, level, stood off both texts
  and closing both columns, is the page's own.

Sub-heads inside an article (a run-in head, a numbered note) have text under them in their
column; a page of briefs sets its items one under another (each but the last has text under
it, and the last is the brief's own paragraph, its title over it at a title's size or gap).
The filler's blocks become ``Role.ASIDE`` (text of no article). Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Role
from magpipe.artifacts.pages import OCR_SOURCES, Page
from magpipe.split.no_article import ENDS_SENTENCE, block_lines, set_apart_each_page

log = logging.getLogger(__name__)

LEAD_WORDS = 4      # most words of a filler's lead-in (``IN NUMBERS``, ``GÓC TIẾNG VIỆT``)
FILLER_LINES = 5    # most lines of a filler, its lead-in with it (a sentence or two a
                    # language in a column: 2-4 lines on the development draws)
TOUCH = 0.8         # x body size: a lead-in's line stands this close over its text (its
                    # line's leading; 0.1-0.3 on the development draws)
APART = 1.8         # x body size: the gap over a filler in its column (ornament and its
                    # room: 2.7 sizes; an article's paragraphs 0.4, a byline under its text 0.5)
LEVEL = 1.0         # x body size: a filler's top stands this level with its twin's
SIZE = 0.2          # a lead-in's height within this share of the body's
OCR_SIZE = 0.6      # ... on OCR, whose box of a line in capitals is the letters' own, of a
                    # line with marks taller (1-1.5 times the body's measure on the draws),
                    # a title's twice the body's or more
SPANS = 1.5         # x the filler's width: a block under it this wide spans the columns

REASON = ("a short item led by capitals, stood off the text over it and closing its "
          "column, level with its twin (a filler)")

_CAPS = re.compile(r"^[^\W\d_]+$")


def _capital(word: str) -> bool:
    w = word.strip(".,:;!?()\"'“”")
    return bool(w) and _CAPS.match(w) is not None and w.upper() == w


def _ocr(page: Page) -> bool:
    """The page's words are OCR's (no bold is known)."""
    return page.source in OCR_SOURCES


def _bold(ids: list[int], page: Page) -> bool:
    return _ocr(page) or all(page.words[i].bold for i in ids)


def _lead_line(b: Block, page: Page, body: float) -> bool:
    """``b`` is a lead-in on a line of its own: capitals, a few words, the body's size."""
    words = [i for i in b.words if i < len(page.words)]
    return (0 < len(words) <= LEAD_WORDS and block_lines(b, page) == 1
            and all(_capital(page.words[i].text) for i in words)
            and abs(b.box[3] - b.box[1] - body) <= (OCR_SIZE if _ocr(page) else SIZE) * body
            and _bold(words, page))


def _run_in(b: Block, page: Page) -> bool:
    """``b``'s first words are a lead-in over its text or run into it: capitals (bold, the
    text after them on the line not, on a text layer), the text going on after them."""
    words = [i for i in b.words if i < len(page.words)]
    if not words:
        return False
    first = [i for i in words if page.words[i].line == page.words[words[0]].line]
    caps = 0
    while caps < len(first) and _capital(page.words[first[caps]].text):
        caps += 1
    if not 0 < caps <= LEAD_WORDS or (caps == len(first) and len(first) == len(words)) \
            or sum(len(page.words[i].text) for i in first[:caps]) <= 2:
        return False
    return _ocr(page) or (all(page.words[i].bold for i in first[:caps])
                          and (caps == len(first) or not page.words[first[caps]].bold))


def _stack(b: Block, below: list[Block], body: float) -> list[Block]:
    """``b`` and the blocks right under it in its column (a line or less apart)."""
    run = [b]
    for c in below:
        if c.box[1] - run[-1].box[3] > TOUCH * body or abs(c.box[0] - b.box[0]) > body:
            break
        run.append(c)
    return run


def _column(b: Block, blocks: list[Block]) -> list[Block]:
    """The page's blocks sharing ``b``'s x range, top to bottom (``b`` among them)."""
    return sorted((c for c in blocks if across(c.box, b.box) > 0), key=lambda c: c.box[1])


def _filler(b: Block, blocks: list[Block], page: Page, body: float) -> list[Block]:
    """The filler ``b`` opens (its blocks), or none."""
    if b.role in FURNITURE_ROLES and b.role != Role.ASIDE:
        return []
    col = _column(b, blocks)
    k = col.index(b)
    # (a run-in lead-in the rules cut off its text: the text starts on the lead-in's line)
    below = [c for c in col if c is not b and c.box[1] >= b.box[1] - 0.5 * body
             and c.box[3] > b.box[3]]
    run = _stack(b, below, body)
    if _lead_line(b, page, body):
        if len(run) < 2:
            return []
    elif not _run_in(b, page):
        return []
    lines = sum(block_lines(c, page) for c in run)
    if lines > FILLER_LINES or not ENDS_SENTENCE.search(run[-1].text.strip()):
        return []
    width = max(c.box[2] for c in run) - min(c.box[0] for c in run)
    for c in (c for c in below if c not in run and c.role not in FURNITURE_ROLES):
        if c.role in (Role.TITLE, Role.SECTION) or c.box[2] - c.box[0] >= SPANS * width:
            break       # the next article's head: what follows it is that article's
        return []       # text goes on under it in its column
    over = [c for c in col[:k] if c.box[3] <= b.box[1] + 0.5 * body
            and c.role not in FURNITURE_ROLES]
    if over and b.box[1] - max(c.box[3] for c in over) < APART * body:
        return []
    return run


def fillers(page: Page, blocks: list[Block], body: float) -> dict[str, str]:
    """The ids of the page's filler blocks (see the module), each with why."""
    found = [(b, run) for b in blocks if (run := _filler(b, blocks, page, body))]
    why: dict[str, str] = {}
    for b, run in found:
        if any(abs(t.box[1] - b.box[1]) <= LEVEL * body and t.lang != b.lang
               and across(t.box, b.box) <= 0 for t, _ in found):
            why.update(dict.fromkeys((c.id for c in run), REASON))
    return why


def fillers_apart(per_page: list[tuple[Page, list[Block], list[int]]], body: dict[int, float]
                  ) -> list[tuple[Page, list[Block], list[int]]]:
    """``per_page`` with the fillers of each page set as text of no article."""
    return set_apart_each_page(per_page, body, fillers, log)
