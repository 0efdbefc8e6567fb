"""A box's other language beside it: the twin of a note set side by side with it is a note too.

A bilingual paper sets a box of no article (a readers' questions and answers, a notice) in
both languages side by side in one frame, the Vietnamese down its left half and the English
down its right half, paragraph level with paragraph. Where nothing drawn reaches the split
stage (a scanned page) the box is found by its text held in from the column's edges
(``framed``), and that often holds for one half only: the frame's padding sits on its outer
sides, and the half whose text starts at the gutter is held in from one edge alone. Two
rules mend that, on the page's own body size:

* a line or two between two blocks of one box, set on their left edge in their run (a
  reader's name between the question and the answer, too short to be taken as held in),
  is the box's;
* a run of two or more blocks of a box whose twin lies beside it in the other language, a
  block level with each of its blocks (tops within ``LEVEL`` body sizes, as many lines
  give or take one), with no other text among them, is the box's other half.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import classify
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

RUN_GAP = 2.0      # x body size: blocks of one box follow each other down closer than this
ALIGN = 1.0        # x body size: the blocks of a box's half start on one left edge
LEVEL = 1.0        # x body size: twin paragraphs of a box start this level with each other
LINES = 1          # lines a paragraph and its twin may differ by (the languages' lengths)
BOX_RUN = 2        # fewest blocks of a half that make a box's twin worth looking for
FILL_LINES = 2     # most lines of a block taken into the box around it (a name, a signature:
                   # an article's paragraph between a pull quote and a note is longer)

REASON = "the other language's half of a box of no article beside it"
FILL_REASON = "between two blocks of a box of no article, on their left edge"
# what a box's text may have been taken for by its look, and what it may be given
_TEXT = frozenset({Role.BODY, Role.INTRO, Role.BYLINE, Role.LABEL})


def chains(keys: list[int], facts: list[Facts], body: float,
           gap: float = RUN_GAP) -> list[list[int]]:
    """``keys`` (top to bottom) cut into runs down one left edge, each block under the last
    closer than ``gap`` body sizes (``figure_boxes`` stacks a box's entries so too)."""
    runs: list[list[int]] = []
    for k in sorted(keys, key=lambda j: facts[j].box[1]):
        f = facts[k]
        for chain in runs:
            last = facts[chain[-1]].box
            if abs(f.box[0] - last[0]) <= ALIGN * body and \
                    -0.5 * body <= f.box[1] - last[3] <= gap * body:
                chain.append(k)
                break
        else:
            runs.append([k])
    return runs


def _filled(out: list[str], why: list[str], facts: list[Facts], body: float) -> None:
    """A text block between two of a box's blocks in their run is the box's (in place)."""
    keys = [k for k, r in enumerate(out) if r == Role.ASIDE or r in _TEXT]
    for chain in chains(keys, facts, body):
        for above, k, below in zip(chain, chain[1:], chain[2:], strict=False):
            if out[k] in _TEXT and out[above] == Role.ASIDE == out[below] and \
                    facts[k].lines <= FILL_LINES:
                out[k], why[k] = Role.ASIDE, FILL_REASON
                log.debug("%s: %r", FILL_REASON, facts[k].text[:40])


def _level(f: Facts, g: Facts, body: float) -> bool:
    return abs(f.box[1] - g.box[1]) <= LEVEL * body and abs(f.lines - g.lines) <= LINES


def _twin(run: list[int], out: list[str], facts: list[Facts], body: float) -> list[int] | None:
    """The blocks beside ``run``, one level with each of its blocks, on one left edge, with no
    other text between them; None when there is no such twin."""
    left = min(facts[k].box[0] for k in run)
    right = max(facts[k].box[2] for k in run)
    span = (left, 0.0, right, 0.0)
    twin = []
    for k in run:
        level = [j for j, g in enumerate(facts) if out[j] in _TEXT and j not in twin
                 and across(g.box, span) <= 0 and _level(facts[k], g, body)]
        if len(level) != 1:
            return None
        twin.append(level[0])
    lefts = [facts[j].box[0] for j in twin]
    if max(lefts) - min(lefts) > ALIGN * body:
        return None
    top, bottom = facts[twin[0]].box[1], facts[twin[-1]].box[3]
    x0, x1 = min(lefts), max(facts[j].box[2] for j in twin)
    among = [j for j, g in enumerate(facts) if j not in twin and out[j] in _TEXT
             and top <= g.box[1] <= bottom and g.box[0] < x1 and g.box[2] > x0]
    return None if among else twin


def _language(keys: list[int], facts: list[Facts]) -> str:
    return classify(" ".join(facts[k].text for k in keys))[0]


def box_twins(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts
              ) -> tuple[list[str], list[str]]:
    """Blocks of a box left out of it (``_filled``) and a box's other half beside it
    (``_twin``) are notes (``aside``), with ``FILL_REASON`` / ``REASON``."""
    out, why = list(roles), list(reasons)
    body = page.body_size
    if Role.ASIDE not in roles or body <= 0:
        return out, why
    _filled(out, why, facts, body)
    asides = [k for k, r in enumerate(out) if r == Role.ASIDE]
    for run in chains(asides, facts, body):
        if len(run) < BOX_RUN:
            continue
        twin = _twin(run, out, facts, body)
        if twin is None or {_language(run, facts), _language(twin, facts)} != {Lang.VI,
                                                                               Lang.EN}:
            continue
        for j in twin:
            out[j], why[j] = Role.ASIDE, REASON
        log.debug("%s: %d blocks from %r", REASON, len(twin), facts[twin[0]].text[:40])
    return out, why
