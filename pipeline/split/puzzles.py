"""Boxes of numbered short entries: a puzzle's clues, a quiz, a listing set apart from the articles.

A newsletter sets a crossword, a quiz or a short listing between its articles, often under a
title lettered exactly like theirs and in a frame or on a tint that an article's boxed intro
could sit in too, so neither the title's look nor the drawn box tells it from an article's
head. Its text does: entries numbered from one (``1. Thị trấn biên giới ...``,
``2. Spice grown widely ...``), each a phrase rather than a sentence (no full stop closes
it), the numbering starting again under a short heading in capitals (``HÀNG NGANG`` /
``ACROSS``, ``HÀNG DỌC`` / ``DOWN``); last issue's answers as one more numbered run after a
short label (``Lời giải ô chữ số trước: 1. HOA HỒI; 2. ...``). An article's numbered list
reads otherwise: its items are sentences (they end in full stops), set inside a paragraph
that opens with running text or right under one in its column, and about as long as the
page's own sentences, where a clue is a fraction of one. A numbered list of photos' captions
(one list a language under or beside a grid of photos) reads as sentences too, each closed by
a full stop before the photographer's credit that signs it; no clue carries a credit. Its
numbers count the photos it captions: on a page of photos (``GRID_PHOTOS`` or more), a stack
standing level with or under them whose numbers go no higher than the page holds photos is
their captions, signed or not, stopped or not (a crossword's clues run past the few photos a
page may carry; a quiz's questions stand apart from any).

So a stack of blocks down one left edge, each close under the last, each a numbered run of
entries (a label ending in a colon may open it) or a short line between them (a run's
heading, an entry's last word read apart), set apart from running text (no paragraph runs
on right over or under it in its column, unless a drawn panel holds it), holding
``ENTRIES`` entries or more, few of them closed by a full stop (a quiz's questions may close
with a question mark; a stop before a closing credit counts) and on average at most
``ITEM_SHARE`` of the page's body sentence in words, is a box of no article (``aside``); so
is the text in a grid of drawn squares (``drawn_grids``) or in the panel drawn around one,
whatever it reads. So are the numbered
blocks right under such a box (the answers across its foot), the text blocks in a drawn
panel holding it (``figure_boxes.panelled``), and the title or titles stacked right over it
or over its panel, whatever their lettering (``figure_boxes.box_heading``), each set about
as large as the one under it. Sizes are the page's own body size's multiples. Pure logic,
no I/O; a pass over a page's roles and reasons, run after the boxes of listed figures.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.base import Box, across, down, union
from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.artifacts.pages import Drawing
from magpipe.split.box_twins import chains
from magpipe.split.drawn_boxes import in_panel, panels
from magpipe.split.drawn_grids import drawn_grids
from magpipe.split.figure_boxes import BOX_TEXT, box_heading, panelled
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.credits import cut_credit

log = logging.getLogger(__name__)

ENTRIES = 5          # numbered entries of a box, at least (a list of clues, a quiz's
                     # questions, not an article's two or three points)
ITEM_SHARE = 0.6     # an entry's mean words over the page's body sentence's, at most: a clue
                     # or a question is a phrase, an article's listed point a sentence
ITEM_WORDS = 14      # words of an entry on average, at most, on a page with too little
                     # running text to measure its sentences (fewer than ``SENTENCES``)
SENTENCES = 5        # sentences of running text that measure the page's sentence length
STOP_SHARE = 0.34    # share of entries closed by a full stop, at most (each run's last, an
                     # OCR speck read as a stop)
LABEL_WORDS = 6      # words of a label opening a run (``Last issue's answers:``), at most
HEAD_WORDS = 3       # words of a heading between a box's runs (``HÀNG NGANG``), at most
RUN_GAP = 2.0        # x body size: white between a box's blocks down one edge, at most
                     # (and between an article's list and the paragraph it runs on from)
PARAGRAPH_LINES = 3  # lines of a paragraph of running text an article's list runs on from
FOOT_GAP = 2.0       # x body size: white over a numbered block closing the box, at most
TITLE_GAP = 3.0      # x body size: white between a box (or a title) and a title over it
TITLE_LIKE = 0.8     # a title over the box's title is set this large of it at least (its
                     # twin, its pair's; a line set at the body's size over it is no title)

GRID_PHOTOS = 2      # photos on a page, at least, whose numbered captions a stack may be

REASON = "numbered short entries, no running sentence: a puzzle's or a quiz's box"
GRID_REASON = "in a grid of drawn squares or the panel around it: a puzzle's box"
FOOT_REASON = "numbered entries right under a box of numbered entries (its answers)"
PANEL_REASON = "in the drawn panel of a box of numbered entries"
TITLE_REASON = "a title stacked right over a box of numbered entries: the box's own"
# what a line between a box's runs may have been taken for: a box's text, or a contents
# entry (the role model reads a lone ``ACROSS`` so; a contents entry holds a page number,
# which such a line never does)
_BETWEEN = BOX_TEXT | {Role.CONTENTS}
# an entry's number: one or two digits and a stop, a bracket or a colon (OCR reads a stop so),
# after a space or at the text's start
_MARK = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.):](?=\s)")
_FIRST = re.compile(r"^(1)(?=\s+[^\W\d_])")    # a run's first number whose stop OCR lost
_STOPS = ".!?…"
# what closes a statement: an entry closed so is a sentence of running text; a question mark
# closes a quiz's question, no article's listed point
_STATEMENT_ENDS = ".!…"


def entries(text: str) -> tuple[str, ...]:
    """The numbered entries of a block's text: runs numbered on by one (from one, or from any
    number at the block's start: a run read as several blocks), one after the other, each
    number alone or after one word that every number has (``Câu 2:``), the text before the
    first an empty or a short label ending in a colon; () when the text is not so (running
    text with a number in it)."""
    text = text.strip()
    marks = [(int(m.group(1)), m.start(), m.end()) for m in _MARK.finditer(text)]
    first = _FIRST.match(text)
    if first and not (marks and marks[0][1] == 0):
        marks.insert(0, (int(first.group(1)), 0, first.end()))
    kept: list[tuple[int, int, int]] = []
    for number, start, end in marks:     # a number out of sequence is an entry's own word
        if number == 1 or kept and number == kept[-1][0] + 1 or not kept and (
                len(text[:start].split()) <= 1 and ":" not in text[:start]):
            kept.append((number, start, end))   # (a block opening on a later entry: the run
    if not kept:                                # goes on from the block over it)
        return ()
    label = text[:kept[0][1]].strip()
    bounds = [start for _, start, _ in kept[1:]] + [len(text)]
    found = [text[end:stop].strip() for (_, _, end), stop in zip(kept, bounds, strict=True)]
    named = label.split()[-1] if label else ""
    if named.isalpha() and all(t.endswith(f" {named}") for t in found[:-1]):
        # (each number under one word: ``Câu 1: ...? Câu 2: ...?``, ``Question 1: ...``)
        label = label[:-len(named)].strip()
        found = [t[:-len(named)].strip() for t in found[:-1]] + found[-1:]
    if label and not (label.endswith(":") and len(label.split()) <= LABEL_WORDS):
        return ()
    return tuple(found)


def _between_line(f: Facts) -> bool:
    """A line that may stand between a box's entries: a heading over a run (``HÀNG DỌC``) or
    the end of an entry read as a block of its own (``Nùng``): a few words, no figure, no
    sentence's end."""
    words = f.text.split()
    return f.lines == 1 and 0 < len(words) <= HEAD_WORDS and not any(
        c.isdigit() for c in f.text) and f.text.rstrip()[-1:] not in _STOPS


def _sentence_words(keys: list[int], facts: list[Facts]) -> float:
    """Words per sentence of the page's running text (0: too few sentences to tell). A stop
    closing a short word (``Mr.``, ``Ms.``) or standing alone (an OCR speck) ends none."""
    words = [w for k in keys for w in facts[k].text.split()]
    stops = sum(1 for w in words if w[-1:] in _STOPS and sum(c.isalpha() for c in w) > 2)
    return len(words) / stops if stops >= SENTENCES else 0.0


def _closed_as_statement(item: str) -> bool:
    """An entry closed by a full stop, or by one before the photographer's credit that ends it
    (``1. Toàn cảnh buổi làm việc. Ảnh - LA MAI``): a numbered list of photos' captions, one
    caption a photo, reads as sentences each signed, where no clue or question carries a
    credit."""
    for lang in ("vi", "en"):
        text, credit = cut_credit(item, lang)
        if credit is not None:
            item = text or ""
            break
    return item.rstrip()[-1:] in _STATEMENT_ENDS


def _reads_as_entries(items: list[str], limit: float) -> bool:
    lengths = [len(t.split()) for t in items]
    stops = sum(1 for t in items if _closed_as_statement(t))
    return len(items) >= ENTRIES and sum(lengths) / len(items) <= limit and \
        stops <= STOP_SHARE * len(items)


def _numbers_photos(stack: list[int], facts: list[Facts], photos: tuple[Box, ...],
                    body: float) -> bool:
    """The stack numbers the page's photos (module doc): two photos or more, the stack's top
    no higher than theirs (less a body size), and none of its numbers past their count."""
    if len(photos) < GRID_PHOTOS or \
            min(facts[k].box[1] for k in stack) < min(p[1] for p in photos) - body:
        return False
    numbers = [int(m.group(1)) for k in stack for m in _MARK.finditer(facts[k].text)]
    return bool(numbers) and max(numbers) <= len(photos)


def _span(stack: list[int], facts: list[Facts], drawn: tuple[Box, ...], body: float) -> Box:
    """The box's bounds: its blocks', or the drawn panel's holding one of them."""
    boxes = [facts[k].box for k in stack]
    boxes += [p for p in drawn if any(in_panel(facts[k].box, p, body) for k in stack)]
    return union(boxes)


def _feet(span: Box, out: list[str], facts: list[Facts], numbered: dict[int, tuple[str, ...]],
          body: float) -> list[int]:
    """Numbered blocks right under the box, under its width (last issue's answers; some
    already notes, set apart by their look)."""
    return [k for k in numbered if out[k] in BOX_TEXT and across(facts[k].box, span) > 0
            and -0.5 * body <= facts[k].box[1] - span[3] <= FOOT_GAP * body]


def _titles(span: Box, out: list[str], facts: list[Facts], body: float) -> list[int]:
    """The titles stacked right over the box, each over the next with no other text between
    (one pair or two, one block a line or all in one), each set like the one under it (an
    article's last line or byline over the box's title is no title of it)."""
    found: list[int] = []
    top = span[1]
    while True:
        least = min((facts[k].size for k in found), default=0.0)
        over = [k for k, f in enumerate(facts) if k not in found and out[k] not in FURNITURE_ROLES
                and box_heading(out[k], f, body) and across(f.box, span) > 0
                and f.size >= TITLE_LIKE * least
                and top - TITLE_GAP * body <= f.box[3] <= top + 0.5 * body]
        if not over:
            return found
        foot = min(facts[k].box[3] for k in over)
        between = [k for k, f in enumerate(facts) if k not in over and k not in found
                   and out[k] not in FURNITURE_ROLES and across(f.box, span) > 0
                   and f.box[1] >= foot - 0.5 * body and f.box[3] <= top + 0.5 * body]
        if between:
            return found
        found += over
        top = min(facts[k].box[1] for k in over)


def _in_text(stack: list[int], running: list[int], facts: list[Facts], drawn: tuple[Box, ...],
             body: float) -> bool:
    """The stack runs on from a paragraph of running text (``PARAGRAPH_LINES`` lines or more)
    right over or under it in its column, with no drawn panel around it to set it apart: an
    article's list, not a box."""
    if any(in_panel(facts[k].box, p, body) for k in stack for p in drawn):
        return False
    span = union([facts[k].box for k in stack])
    return any(facts[k].lines >= PARAGRAPH_LINES and across(facts[k].box, span) > 0
               and down(facts[k].box, span) >= -RUN_GAP * body for k in running)


def _entry_boxes(out: list[str], why: list[str], facts: list[Facts], body: float,
                 numbered: dict[int, tuple[str, ...]], drawn: tuple[Box, ...],
                 photos: tuple[Box, ...]) -> list[Box]:
    """The stacks of numbered entries made notes with the text of the panels drawn around
    them (in place), and the bounds of each."""
    if sum(len(v) for v in numbered.values()) < ENTRIES:
        return []
    heads = [k for k, f in enumerate(facts) if out[k] in _BETWEEN and k not in numbered
             and _between_line(f)]
    running = [k for k, f in enumerate(facts) if out[k] in (Role.BODY, Role.INTRO)
               and f.lines > 1 and k not in numbered]
    sentence = _sentence_words(running, facts)
    limit = ITEM_SHARE * sentence if sentence else ITEM_WORDS
    spans: list[Box] = []
    for stack in chains(sorted([*numbered, *heads]), facts, body, RUN_GAP):
        listed = [t for k in stack if k in numbered for t in numbered[k]]
        if not _reads_as_entries(listed, limit):
            continue
        if _in_text(stack, running, facts, drawn, body):
            log.debug("numbered entries run on from an article's paragraph: its list: %r",
                      facts[stack[0]].text[:40])
            continue
        if _numbers_photos(stack, facts, photos, body):
            log.debug("numbered entries by %d photos, numbered no higher: their captions: %r",
                      len(photos), facts[stack[0]].text[:40])
            continue
        for k in stack:
            out[k], why[k] = Role.ASIDE, REASON
        stack = panelled(stack, out, why, facts, drawn, body, PANEL_REASON)
        spans.append(_span(stack, facts, drawn, body))
        log.debug("%s (%d entries, %.1f words each at most %.1f): %r", REASON, len(listed),
                  sum(len(t.split()) for t in listed) / len(listed), limit,
                  facts[stack[0]].text[:40])
    return spans


def _grid_boxes(out: list[str], why: list[str], facts: list[Facts], body: float,
                drawings: tuple[Drawing, ...], drawn: tuple[Box, ...]) -> list[Box]:
    """The text in each grid of drawn squares, or in the panel drawn around one, made notes
    (in place; its clues, its instructions), and the bounds of each."""
    spans = []
    for grid in drawn_grids(drawings, body):
        span = union([grid, *(p for p in drawn if in_panel(grid, p, body))])
        for k, f in enumerate(facts):
            if out[k] in BOX_TEXT and out[k] != Role.ASIDE and in_panel(f.box, span, body):
                out[k], why[k] = Role.ASIDE, GRID_REASON
                log.debug("%s: %r", GRID_REASON, f.text[:40])
        spans.append(span)
    return spans


def puzzle_boxes(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                 drawings: tuple[Drawing, ...] = (), drawn: tuple[Box, ...] | None = None,
                 photos: tuple[Box, ...] = ()) -> tuple[list[str], list[str]]:
    """Boxes of numbered short entries and grids of drawn squares, their answers, the text of
    the panels drawn around them and their titles are notes (``aside``; see the module's
    docstring), with ``REASON``, ``GRID_REASON``, ``FOOT_REASON``, ``PANEL_REASON``,
    ``TITLE_REASON``. ``drawn``: the page's ``panels`` when the caller found them already;
    ``photos``: the page's photos (a stack numbering them is their captions)."""
    out, why = list(roles), list(reasons)
    body = page.body_size
    if body <= 0:
        return out, why
    numbered = {k: items for k, f in enumerate(facts) if roles[k] in BOX_TEXT
                and (items := entries(f.text))}
    if drawn is None:
        drawn = panels(drawings, body)
    spans = _entry_boxes(out, why, facts, body, numbered, drawn, photos) + \
        _grid_boxes(out, why, facts, body, drawings, drawn)
    # (a box's halves side by side, one a language, and its answers under them: one box)
    merged: list[Box] = []
    for span in sorted(spans, key=lambda b: b[1]):
        near = [m for m in merged if down(m, span) > 0
                or across(m, span) > 0 and down(m, span) >= -FOOT_GAP * body]
        merged = [m for m in merged if m not in near] + [union([span, *near])]
    for span in merged:
        feet = _feet(span, out, facts, numbered, body)
        for k in (k for k in feet if out[k] != Role.ASIDE):
            out[k], why[k] = Role.ASIDE, FOOT_REASON
            log.debug("%s: %r", FOOT_REASON, facts[k].text[:40])
        # (the answers run across the whole box, its grid too: the titles stand over that)
        span = union([span, *(facts[k].box for k in feet)])
        for k in _titles(span, out, facts, body):
            out[k], why[k] = Role.ASIDE, TITLE_REASON
            log.debug("%s: %r", TITLE_REASON, facts[k].text[:40])
    return out, why
