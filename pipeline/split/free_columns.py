"""Titles over all an article's columns but one: the article read as a band, titles first.

A review may open an article with its titles over all its columns but one (``stepped``):
that free column runs up beside the titles from the rule over the article, its first line
level with the titles' top, while the other columns start under the titles (level, or
stepping down like stairs). The XY cut finds a gutter running the page's full height beside
the titles and reads each side whole: a free column standing left of the titles is read
before them (the article's text then opens before its titles, and align reads it as the end
of the article before), and where the titles stand over one column of a language, the text
of the article above in the other columns is read after them.

``titles_first`` finds such titles: a run of titles read one after another with a free
column beside them, a block of text (body or intro) on either side at most a gutter or two
away (``BESIDE``) whose top is level with the titles' top (``LEVEL``), that opens a
paragraph (a capital or a digit: a column running on from elsewhere opens mid-sentence) and
is the first block of its column in that band (no text of its column ends right above it,
``APART``) and the first or last column of the article (no text beside it on its far side: a
column of the article before, running on between that article's titles and these, is no free
column, ``digest``); the titles are as wide as a column at least (a strip of titles turned
up the side of the text is no head over columns) and text starts right under them
(``UNDER``: the columns they stand over). A headline over both the free column and the
titles (an inset's titles beside the lead story's column, under the lead's headline:
``dogleg``) says the column is the lead's: those titles open no band. On a text layer the
article's rule must be drawn right over the titles and the free column (``RULED``); a scan
records no drawings, and the tests above stand alone there.

Each such run opens a band from its top down to the next one's, across its titles and its
free column: the blocks of the page inside that width are read band by band, the text above
the first band first, each band's titles before its other blocks, which keep their order
(the free column before the columns under the titles when it stands left of them, after
them when right). Blocks outside every band's width, and the page's furniture, keep their
places.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

LEVEL = 1.0      # x body pitch: the free column's top and the titles' top this close (both
                 # set just under the article's rule; OCR boxes swing by a few points)
BESIDE = 3.0     # x body size: the most white between the free column and the titles (a
                 # gutter, not a column left empty)
APART = 1.5      # x body pitch: text of the free column's column ending this close above its
                 # first block is the same column running on: no column starting at a rule
UNDER = 2.0      # x body pitch: the most white between the titles and the text under them
OVER = 0.5       # share of a block's width: a block lies in a band (under the titles) when
                 # this much of it lies inside the band's (titles') width
WIDE = 0.8       # share of the free column's width: the titles are at least this wide
RULED = 1.0      # x body pitch: text layers: the most white between the article's drawn rule
                 # and the tops of the titles and the free column under it (a column running
                 # on at a page's head beside another article's titles stands under no rule:
                 # imposed-1, whose page-wide rule lies 15 points over both)

_OPENING = frozenset({Role.BODY, Role.INTRO})


def _pitch(page: PageFacts) -> float:
    return page.body_pitch or 1.2 * page.body_size


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


def _inside(f: Facts, span: tuple[float, float]) -> bool:
    return _overlap((f.box[0], f.box[2]), span) > OVER * (f.box[2] - f.box[0])


def _opens(text: str) -> bool:
    """The block opens a paragraph: its first letter or digit is a capital or a digit."""
    first = next((c for c in text if c.isalnum()), "")
    return first.isdigit() or first.isupper()


def _column_starts(j: int, roles: list[str], facts: list[Facts], page: PageFacts) -> bool:
    """No text of block ``j``'s column ends right above it (within ``APART`` pitches)."""
    f = facts[j]
    return not any(k != j and roles[k] not in FURNITURE_ROLES and g.box[3] <= f.box[1] + 1.0
                   and f.box[1] - g.box[3] < APART * _pitch(page)
                   and _overlap((g.box[0], g.box[2]), (f.box[0], f.box[2])) > 0
                   for k, g in enumerate(facts))


def _free_column(run: list[int], roles: list[str], facts: list[Facts],
                 page: PageFacts) -> int | None:
    """The first block of the free column beside the titles ``run`` (see the module
    docstring), or None."""
    left = min(facts[t].box[0] for t in run)
    right = max(facts[t].box[2] for t in run)
    top = min(facts[t].box[1] for t in run)
    reach = BESIDE * page.body_size
    for j, f in enumerate(facts):
        if roles[j] not in _OPENING or f.column < 0 or \
                abs(f.box[1] - top) > LEVEL * _pitch(page) or \
                not (0 <= left - f.box[2] <= reach or 0 <= f.box[0] - right <= reach) or \
                right - left < WIDE * (f.box[2] - f.box[0]):
            continue
        if _opens(f.text) and _column_starts(j, roles, facts, page) and \
                _at_edge(j, f.box[2] <= left, roles, facts):
            return j
    return None


def _at_edge(j: int, on_left: bool, roles: list[str], facts: list[Facts]) -> bool:
    """No text stands on the far side of block ``j`` (left of it when it stands left of the
    titles, ``on_left``) beside it: the free column is the article's first or last column,
    not a column of the article before running on between its titles and these."""
    f = facts[j]
    return not any(k != j and roles[k] not in FURNITURE_ROLES and
                   min(g.box[3], f.box[3]) - max(g.box[1], f.box[1]) > 0 and
                   (g.box[2] <= f.box[0] if on_left else g.box[0] >= f.box[2])
                   for k, g in enumerate(facts))


def _under(run: list[int], roles: list[str], facts: list[Facts], page: PageFacts) -> bool:
    """Text starts right under the titles ``run``, inside their width."""
    span = (min(facts[t].box[0] for t in run), max(facts[t].box[2] for t in run))
    foot = max(facts[t].box[3] for t in run)
    return any(r in _OPENING and -1.0 <= f.box[1] - foot <= UNDER * _pitch(page)
               and _inside(f, span) for r, f in zip(roles, facts, strict=True))


def _headline_over(roles: list[str], facts: list[Facts], x0: float, x1: float,
                   top: float) -> bool:
    """A title above ``top`` spans ``x0`` to ``x1`` (the free column and the titles)."""
    return any(r == Role.TITLE and g.box[3] <= top + 1.0 and g.box[0] <= x0 + 1.0 and
               g.box[2] >= x1 - 1.0 for r, g in zip(roles, facts, strict=True))


def _title_runs(roles: list[str]) -> list[list[int]]:
    """The runs of titles read one after another."""
    runs: list[list[int]] = []
    for k, r in enumerate(roles):
        if r != Role.TITLE:
            continue
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _ruled(drawings: tuple[Drawing, ...], free: tuple[float, float],
           titles: tuple[float, float], top: float, page: PageFacts) -> bool:
    """A drawn rule lies right over ``top`` (``RULED``), across both the free column's and
    the titles' widths."""
    return any(d.kind == DrawingKind.RULE and d.box[3] <= top + 1.0 and
               top - d.box[3] <= RULED * _pitch(page) and
               _overlap((d.box[0], d.box[2]), free) > 0 and
               _overlap((d.box[0], d.box[2]), titles) > 0 for d in drawings)


def _bands(roles: list[str], facts: list[Facts], page: PageFacts,
           drawings: tuple[Drawing, ...]) -> list[tuple[float, tuple[float, float], list[int]]]:
    """Each band a run of titles with a free column opens: its top, its width and the
    titles, top to bottom."""
    out = []
    for run in _title_runs(roles):
        free = _free_column(run, roles, facts, page)
        if free is None or not _under(run, roles, facts, page):
            continue
        top = min(facts[t].box[1] for t in run)
        lo = min(facts[free].box[0], *(facts[t].box[0] for t in run))
        hi = max(facts[free].box[2], *(facts[t].box[2] for t in run))
        if _headline_over(roles, facts, lo, hi, top) or page.exact and not _ruled(
                drawings, (facts[free].box[0], facts[free].box[2]),
                (min(facts[t].box[0] for t in run), max(facts[t].box[2] for t in run)),
                min(top, facts[free].box[1]), page):
            continue
        log.debug("titles %r open a band with the free column beside them (%r)",
                  facts[run[0]].text[:40], facts[free].text[:40])
        out.append((top, (lo, hi), run))
    return sorted(out, key=lambda b: b[0])


def titles_first(roles: list[str], facts: list[Facts], page: PageFacts,
                 drawings: tuple[Drawing, ...] = ()) -> list[int]:
    """The page's blocks in reading order, read band by band where runs of titles with a
    free column beside them open bands (see the module docstring; ``drawings``: a text
    layer's, ``Page.drawings``)."""
    bands = _bands(roles, facts, page, drawings)
    if not bands:
        return list(range(len(facts)))
    titled = {t: b for b, (_, _, run) in enumerate(bands) for t in run}
    tol = LEVEL * _pitch(page)
    keys: dict[int, tuple[int, int]] = {}
    for k, f in enumerate(facts):
        if k in titled:
            keys[k] = (titled[k], 0)
            continue
        if roles[k] in FURNITURE_ROLES:
            continue
        spans = [b for b, (_, span, _) in enumerate(bands) if _inside(f, span)]
        if not spans:
            continue
        below = [b for b in spans if f.box[1] >= bands[b][0] - tol]
        keys[k] = (max(below) if below else -1, 1)
    slots = sorted(keys)
    moved = sorted(slots, key=lambda k: keys[k])        # (stable: each band's own order kept)
    order = list(range(len(facts)))
    for slot, k in zip(slots, moved, strict=True):
        order[slot] = k
    return order
