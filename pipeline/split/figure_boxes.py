"""Boxes of listed figures: exchange rates, weather, prices, set apart under a title of their own.

A bulletin sets a box of no article (the day's exchange rates, the weekend's weather, market
prices) under a title set exactly like its articles' titles, so nothing in the title's look
tells it from an article's head, and on a scan nothing drawn around the box reaches the split
stage either. What tells it is the text under the title: an entry a line, each a short label, a
colon (or a spaced dash) and its figures (``Đô la Mỹ (USD): mua 25.380, bán 25.684``, ``Mau Son
peak: 9–14°C, bitterly cold.``), and no running sentence. An article's paragraph never reads so:
its lines run on into each other, so they do not each open with a label and a colon, and a
number-heavy paragraph (statistics, a timeline, a treaty's clauses) still spends most of its
words on sentences, so its share of figures stays near the page's own body text.

So a stack of blocks down one left edge, each close under the last, whose lines are entries
(``ENTRIES`` or more in all; each block opening with one, and no two of its lines in a row other
than entries: an entry run over to a second line, a source line) and whose words are figures
``FIGURE_RATIO`` times as often as the page's body text's, is a box of no article (``aside``);
so is a short line closing it (its source, which OCR may not read as an entry), and the title or
titles right over it (the box's own, in one language or both, or a heading the look rules left
as text), with no other text between. On a born-digital page a frame or a tint drawn around the
box (``drawn_boxes.panels``) tells its bounds too: every text block in it is the box's (a note
without a figure among its entries). Sizes are the page's own body size's multiples. Pure logic,
no I/O; a pass over a page's roles and reasons, run after the drawn boxes.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.base import Box, across, union
from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.split.box_twins import ALIGN, chains
from magpipe.split.drawn_boxes import in_panel
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.headings import in_capitals

log = logging.getLogger(__name__)

# an entry: a label opening with a letter, a few words without a figure (a place, a currency
# and its code in brackets), a colon or a spaced dash (``Lạng Sơn – 12–16°C``), then a value
# holding a figure (``mua 25.380``)
_ENTRY = re.compile(r"^(?P<label>[^\W\d_][^\d:–—]*?)(?::|\s[–—-]\s).*\d")
LABEL_WORDS = 5      # words of an entry's label, at most (a name, not a clause)
ENTRIES = 3          # entry lines of a box, at least (a list, not one labelled figure)
RUN_GAP = 1.5        # x body size: white between a box's blocks, at most (its lines' leading)
TITLE_GAP = 3.0      # x body size: white between a box and its title over it, at most
FIGURE_RATIO = 2.0   # a box's share of figures over its page's body text's, at least ...
FIGURE_SHARE = 0.08  # ... and this share at least (a page with no figure in its body text)
CLOSING_LINES = 2    # lines of a box's closing note (its source), at most
HEAD_LINES = 2       # lines of a heading over a box that the look rules left as text, at most
HEAD_SIZE = 1.15     # x body size: such a heading set this much larger than the body

REASON = "lines each a label and its figures, no running sentence: a box of listed figures"
CLOSING_REASON = "a short line closing a box of listed figures (its source)"
TITLE_REASON = "the title right over a box of listed figures: the box's own"
PANEL_REASON = "in the drawn panel of a box of listed figures"
# what a box's lines may have been taken for by their look (a caption, a credit: the source
# line's label; keywords: a label and a colon; a heading over its runs: a byline, a label; a
# run of one entry: a caption), and what a box's text may be given (``puzzles`` too)
BOX_TEXT = frozenset({Role.BODY, Role.INTRO, Role.CAPTION, Role.CREDIT, Role.KEYWORDS,
                   Role.BYLINE, Role.LABEL, Role.ASIDE})
_HEADS = frozenset({Role.TITLE, Role.SECTION})


def _figure_word(word: str) -> bool:
    return any(c.isdigit() for c in word)


def entry_line(text: str) -> bool:
    """The line is an entry: a short label (``LABEL_WORDS`` words at most), a colon or a
    spaced dash and a value holding a figure."""
    found = _ENTRY.match(text.strip())
    return found is not None and len(found.group("label").split()) <= LABEL_WORDS


def _lines(f: Facts) -> tuple[str, ...]:
    return f.line_texts or (f.text,)


def _entries(f: Facts) -> int:
    """The block's entry lines when it opens with one and no two of its lines in a row are
    none (an entry run over to a second line, a source line under them), else 0."""
    marks = [entry_line(t) for t in _lines(f)]
    if not marks[0] or any(not a and not b for a, b in zip(marks, marks[1:], strict=False)):
        return 0
    return sum(marks)


def _share(keys: list[int], facts: list[Facts]) -> float:
    words = [w for k in keys for w in facts[k].text.split()]
    return sum(_figure_word(w) for w in words) / len(words) if words else 0.0


def _closing(stack: list[int], roles: list[str], facts: list[Facts], body: float) -> int | None:
    """A short line right under the stack, on its left edge, set no larger than it (its
    source), or None."""
    last = facts[stack[-1]]
    size = max(facts[k].size for k in stack)
    under = [k for k, f in enumerate(facts) if roles[k] in BOX_TEXT and k not in stack
             and f.lines <= CLOSING_LINES and f.size <= 1.1 * size
             and abs(f.box[0] - last.box[0]) <= ALIGN * body
             and -0.5 * body <= f.box[1] - last.box[3] <= RUN_GAP * body]
    return min(under, key=lambda k: facts[k].box[1]) if under else None


def box_heading(role: str, f: Facts, body: float) -> bool:
    """A title or a rubric, or a line or two set apart as a heading (bold, in capitals or
    larger than the body) that the look rules left as text."""
    return role in _HEADS or role in BOX_TEXT and f.lines <= HEAD_LINES and (
        f.bold or in_capitals(f.text) or f.size >= HEAD_SIZE * body)


def _titles(box: tuple[float, float, float, float], roles: list[str], facts: list[Facts],
            body: float) -> list[int]:
    """The titles right over the box, across its width, with no other text between."""
    top = box[1]
    over = [k for k, f in enumerate(facts) if roles[k] != Role.ASIDE
            and box_heading(roles[k], f, body) and across(f.box, box) > 0
            and top - TITLE_GAP * body <= f.box[3] <= top + 0.5 * body]
    if not over:
        return []
    foot = min(facts[k].box[3] for k in over)
    between = [k for k, f in enumerate(facts) if k not in over
               and roles[k] not in FURNITURE_ROLES
               and across(f.box, box) > 0 and f.box[1] >= foot - 0.5 * body
               and f.box[3] <= top + 0.5 * body]
    return [] if between else over


def _joined(stacks: list[list[int]], facts: list[Facts], panels: tuple[Box, ...],
            body: float) -> list[list[int]]:
    """The stacks with those in one drawn panel joined (a note between its entries parts
    them), top to bottom."""
    for panel in panels:
        held = [s for s in stacks if any(in_panel(facts[k].box, panel, body) for k in s)]
        if len(held) > 1:
            stacks = [s for s in stacks if s not in held] + \
                [sorted((k for s in held for k in s), key=lambda k: facts[k].box[1])]
    return stacks


def panelled(stack: list[int], out: list[str], why: list[str], facts: list[Facts],
             panels: tuple[Box, ...], body: float, reason: str = PANEL_REASON) -> list[int]:
    """The stack with the text blocks in a drawn panel holding one of its blocks, those
    made notes with ``reason`` (in place)."""
    found = list(stack)
    for panel in panels:
        if not any(in_panel(facts[k].box, panel, body) for k in stack):
            continue
        for k, f in enumerate(facts):
            if k not in found and out[k] in BOX_TEXT and in_panel(f.box, panel, body):
                out[k], why[k] = Role.ASIDE, reason
                found.append(k)
    return found


def figure_boxes(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                 panels: tuple[Box, ...] = ()) -> tuple[list[str], list[str]]:
    """Boxes of listed figures, their closing lines, the text in the panels drawn around them
    (``panels``) and their titles are notes (``aside``; see the module's docstring), with
    ``REASON``, ``CLOSING_REASON``, ``PANEL_REASON``, ``TITLE_REASON``."""
    out, why = list(roles), list(reasons)
    body = page.body_size
    if body <= 0:
        return out, why
    entries = {k: n for k, f in enumerate(facts) if roles[k] in BOX_TEXT and (n := _entries(f))}
    if sum(entries.values()) < ENTRIES:
        return out, why
    stacks = [s for s in _joined(chains(list(entries), facts, body, RUN_GAP), facts, panels,
                                 body) if sum(entries[k] for k in s) >= ENTRIES]
    if not stacks:
        return out, why
    in_stacks = {k for s in stacks for k in s}
    running = [k for k, f in enumerate(facts) if roles[k] == Role.BODY and f.lines > 1
               and k not in in_stacks]
    floor = max(FIGURE_SHARE, FIGURE_RATIO * _share(running, facts))
    boxes = []
    for stack in stacks:
        share = _share(stack, facts)
        if share < floor:
            log.debug("entries with figures at %.2f of their words, the body text's at most "
                      "%.2f: an article's list: %r", share, floor, facts[stack[0]].text[:40])
            continue
        closing = _closing(stack, roles, facts, body)
        for k in stack:
            out[k], why[k] = Role.ASIDE, REASON
        if closing is not None:
            out[closing], why[closing] = Role.ASIDE, CLOSING_REASON
            stack = [*stack, closing]
        stack = panelled(stack, out, why, facts, panels, body)
        boxes.append(stack)
        log.debug("%s (%d blocks, figures %.2f of its words): %r", REASON, len(stack), share,
                  facts[stack[0]].text[:40])
    # (a box's halves side by side, one a language: its title runs across both)
    spans = sorted((union([facts[k].box for k in s]) for s in boxes), key=lambda b: b[0])
    for box in spans:
        for k in _titles(box, out, facts, body):
            out[k], why[k] = Role.ASIDE, TITLE_REASON
            log.debug("%s: %r", TITLE_REASON, facts[k].text[:40])
    return out, why
