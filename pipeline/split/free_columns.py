"""Titles over all an article's columns but one: the titles read before the free column.

A review may open an article with its titles over all its columns but one (``stepped``):
that free column runs up beside the titles from the rule over the article, its first line
level with the titles' top, while the other columns start under the titles (level, or
stepping down like stairs). The XY cut parts the free column, a column of the band from its
top to its foot, from the titles and the columns under them; standing left of them, it is
read first, and the article's text then opens before its titles (align reads it as the end
of the article before). ``titles_first`` moves the titles right before the free column.

Blocks read right before a run of titles are the titles' free column when they are text
(body, intro, a byline closing them) lying in one column left of the titles, at most a
gutter or two away (``BESIDE``); the first of them opens a paragraph (a capital or a digit:
a column that runs on from elsewhere opens mid-sentence) with its top level with the titles'
top (``LEVEL``), and is the first block of its column in that band (no text of its column
ends right above it, ``APART``); and text is read after the titles under them (the columns
they stand over). A headline over both the free column and the titles (an inset's titles
beside the lead story's column, under the lead's headline: ``dogleg``) says the column is
the lead's: nothing moves then.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

LEVEL = 1.0      # x body pitch: the free column's top and the titles' top this close (both
                 # set just under the article's rule; OCR boxes swing by a few points)
BESIDE = 3.0     # x body size: the most white between the free column and the titles (a
                 # gutter, not a column left empty)
APART = 1.5      # x body pitch: text of the free column's column ending this close above its
                 # first block is the same column running on: no column starting at a rule
OVER = 0.5       # share of a block's width: text under the titles lies this much inside them

_OPENING = frozenset({Role.BODY, Role.INTRO})
_FREE = _OPENING | {Role.BYLINE}


def _pitch(page: PageFacts) -> float:
    return page.body_pitch or 1.2 * page.body_size


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


def _free_column(k: int, roles: list[str], facts: list[Facts], left: float, top: float,
                 page: PageFacts) -> tuple[int, int] | None:
    """Where the free column of the titles read from ``k`` on (their left edge ``left``,
    their top ``top``) lies in the reading order before them: the index of its first block,
    the last block read before the titles whose top is level with theirs, in a column left
    of them, and past the index of its last (the blocks read after it down its column);
    None when there is no such block."""
    for j in range(k - 1, -1, -1):
        f = facts[j]
        if roles[j] not in _OPENING or f.column < 0 or f.box[2] > left or \
                left - f.box[2] > BESIDE * page.body_size or \
                abs(f.box[1] - top) > LEVEL * _pitch(page):
            continue
        end = j + 1
        while end < k and roles[end] in _FREE and facts[end].box[1] >= facts[end - 1].box[1] \
                and _overlap((facts[end].box[0], facts[end].box[2]), (f.box[0], f.box[2])) \
                > OVER * min(f.box[2] - f.box[0], facts[end].box[2] - facts[end].box[0]):
            end += 1
        return j, end
    return None


def _opens(text: str) -> bool:
    """The block opens a paragraph: its first letter or digit is a capital or a digit."""
    first = next((c for c in text if c.isalnum()), "")
    return first.isdigit() or first.isupper()


def _column_starts(j: int, roles: list[str], facts: list[Facts], page: PageFacts) -> bool:
    """No text of block ``j``'s column ends right above it (within ``APART`` pitches)."""
    f = facts[j]
    for k, g in enumerate(facts):
        if k == j or roles[k] in FURNITURE_ROLES:
            continue
        if g.box[3] <= f.box[1] + 1.0 and f.box[1] - g.box[3] < APART * _pitch(page) and \
                _overlap((g.box[0], g.box[2]), (f.box[0], f.box[2])) > 0:
            return False
    return True


def _under(k: int, end: int, roles: list[str], facts: list[Facts],
           span: tuple[float, float], foot: float) -> bool:
    """Text is read after the titles (``k`` to ``end``) that lies under them, inside their
    width: the columns they stand over."""
    return any(roles[j] in _OPENING and facts[j].box[1] >= foot - 1.0 and
               _overlap((facts[j].box[0], facts[j].box[2]), span)
               > OVER * (facts[j].box[2] - facts[j].box[0])
               for j in range(end, len(facts)))


def _headline_over(roles: list[str], facts: list[Facts], x0: float, x1: float,
                   top: float) -> bool:
    """A title above ``top`` spans both the free column and the titles (``x0`` to ``x1``)."""
    return any(r == Role.TITLE and g.box[3] <= top + 1.0 and g.box[0] <= x0 + 1.0 and
               g.box[2] >= x1 - 1.0 for r, g in zip(roles, facts, strict=True))


def titles_first(roles: list[str], facts: list[Facts], page: PageFacts) -> list[int]:
    """The page's blocks in reading order, each run of titles with a free column beside it
    (see the module docstring) moved right before that column's first block."""
    order = list(range(len(facts)))
    k = 0
    while k < len(order):
        if roles[order[k]] != Role.TITLE or k and roles[order[k - 1]] == Role.TITLE:
            k += 1
            continue
        end = k
        while end < len(order) and roles[order[end]] == Role.TITLE:
            end += 1
        run = order[k:end]
        left = min(facts[t].box[0] for t in run)
        right = max(facts[t].box[2] for t in run)
        top = min(facts[t].box[1] for t in run)
        foot = max(facts[t].box[3] for t in run)
        seen = [roles[i] for i in order]
        seen_facts = [facts[i] for i in order]
        free = _free_column(k, seen, seen_facts, left, top, page)
        if free is not None and _opens(seen_facts[free[0]].text) and \
                _column_starts(free[0], seen, seen_facts, page) and \
                _under(k, end, seen, seen_facts, (left, right), foot) and \
                not _headline_over(seen, seen_facts, seen_facts[free[0]].box[0], right, top):
            start, stop = free
            log.debug("titles %r read before the free column beside them (%r)",
                      facts[run[0]].text[:40], seen_facts[start].text[:40])
            order = order[:start] + order[stop:k] + run + order[start:stop] + order[end:]
        k = end
    return order
