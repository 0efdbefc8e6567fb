"""A page's section band: its name in both languages on one row, one flush left, one flush right.

A news page may open under a band that names its section in both languages, the Vietnamese
name at the text's left edge and the English one at its right edge, with nothing between
them (``TIN TỨC - SỰ KIỆN`` ... ``NEWS AND EVENTS``). Both are set large, so their look makes
them titles, and read as titles they open two articles that have no text. What tells them
from a Vietnamese title beside its English twin (two texts side by side, each titling its
column) is where the second sits: a column's title starts at its column's left edge, the band's
right half is set flush right, ending at the text's right edge and starting well inside its
column. Such a row, with no running text above it (the band opens the page), is page
furniture (a header), no article's.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import classify
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.headings import in_capitals

log = logging.getLogger(__name__)

FLUSH = 1.0          # x body size: how near the text's edge a flush half ends
RAGGED = 2.0         # x body size: a flush-right half starts at least this far inside its column
                     # (a column's title starts at its edge, within FLUSH; notices-1 of seed
                     # 4100: 2.8 body sizes in, on a sheet of three narrow columns)
_FURNITURE = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER})
# text a band opens the page above: none of it lies over the band (a quartet scan's row of
# two titles' second lines, mid-page under the columns of the article above, was no band)
_RUNNING = frozenset({Role.BODY, Role.INTRO, Role.CAPTION})
# a title line right over the left half, set about as large, at most this share of the half's
# own depth above it, makes the half its next line (a long title wrapped over two rows under
# generous leading, its second rows flush left and, justified, ending at the right edge, is
# no band: spread-3 of seed 5500, the gap 0.55 of the line's depth)
NEXT_LINE_GAP = 1.0
SAME_SIZE = 0.8     # the smaller of the two sizes over the larger, at least


def _one_row(a: Facts, b: Facts) -> bool:
    low = min(a.box[3] - a.box[1], b.box[3] - b.box[1])
    return min(a.box[3], b.box[3]) - max(a.box[1], b.box[1]) > 0.5 * low


def _large(role: str, f: Facts, page: PageFacts) -> bool:
    """A band's left half: a title, or on OCR a line in capitals its look made body text (OCR
    measures one type narrower under marks and with a dash between words: ``TIN TỨC - SỰ
    KIỆN`` measured as body beside its twin ``NEWS AND EVENTS``, measured as a title)."""
    return role == Role.TITLE or (not page.exact and role == Role.BODY and in_capitals(f.text))


def _overhangs(start: float, end: float, foot: float, roles: list[str], facts: list[Facts],
               text: list[int], body: float) -> bool:
    """The right half (``start`` to ``end``, its foot at ``foot``) starts more than ``FLUSH``
    body sizes left of the running text right under it: wider than the column it ends over,
    it is no column's title (a column's title starts at its text's edge). On a page of
    narrow columns the band's name reaches past its column's left edge, and the column's
    range, taken from the blocks in it, then starts where the name does (issue 16: notices-5
    of seed 4200, three columns on a sheet 737 points wide)."""
    under = [facts[k] for k in text if roles[k] in _RUNNING and facts[k].box[1] >= foot
             and facts[k].box[0] < end and facts[k].box[2] > start]
    if not under:
        return False
    nearest = min(under, key=lambda f: f.box[1])
    return nearest.box[0] - start > FLUSH * body


def _title_over(a: int, roles: list[str], facts: list[Facts], text: list[int]) -> bool:
    """A title set about as large as block ``a`` lies right over it (``NEXT_LINE_GAP``,
    ``SAME_SIZE``), across its left edge: ``a`` is that title's next line."""
    fa = facts[a]
    depth = fa.box[3] - fa.box[1]
    for k in text:
        fk = facts[k]
        if k == a or roles[k] != Role.TITLE or fk.box[3] > fa.box[1] + 0.25 * depth:
            continue
        sizes = sorted((fk.size, fa.size))
        if fa.box[1] - fk.box[3] <= NEXT_LINE_GAP * depth and sizes[0] >= SAME_SIZE * sizes[1] \
                and fk.box[0] <= fa.box[0] + depth and fk.box[2] > fa.box[0]:
            return True
    return False


def section_bands(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A one-line title (``_large``) flush with the text's left edge and the rest of its row
    (one-line titles) flush right (``FLUSH``, ``RAGGED``), of the other language: headers.
    (Set at the body's size, a label at the left and a byline flush right on one row are no
    band.)"""
    out = list(roles)
    text = [k for k, r in enumerate(roles) if r not in _FURNITURE]
    if len(text) < 3:
        return out
    left = min(facts[k].box[0] for k in text)
    right = max(facts[k].box[2] for k in text)
    body = page.body_size
    for a in text:
        fa = facts[a]
        if not _large(roles[a], fa, page) or fa.lines != 1 or fa.box[0] - left > FLUSH * body:
            continue
        # the right half: the rest of the row (OCR may leave a name's words apart)
        row = [k for k in text if k != a and _one_row(fa, facts[k])]
        if not row or any(roles[k] != Role.TITLE or facts[k].lines != 1 or
                          facts[k].box[0] <= fa.box[2] for k in row):
            continue
        start, end = min(facts[k].box[0] for k in row), max(facts[k].box[2] for k in row)
        first = min(row, key=lambda k: facts[k].box[0])
        if right - end > FLUSH * body or \
                start - facts[first].column_box[0] < RAGGED * body and \
                not _overhangs(start, end, fa.box[3], roles, facts, text, body):
            continue
        if any(roles[k] in _RUNNING and facts[k].box[3] <= fa.box[1] for k in text):
            continue        # (text above it: a row of two titles' last lines, not a band)
        if _title_over(a, roles, facts, text):
            continue        # (a title's second row, not a band)
        twin = " ".join(facts[k].text for k in sorted(row, key=lambda k: facts[k].box[0]))
        if {classify(fa.text)[0], classify(twin)[0]} != {Lang.VI, Lang.EN}:
            continue
        for k in (a, *row):
            out[k] = Role.HEADER
        log.debug("section band: %r ... %r", fa.text[:30], twin[:30])
    return out
