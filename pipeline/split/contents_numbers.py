"""Each contents entry given back its own page number, where the page's cut into regions
put it with the wrong block.

Two lists set side by side (the Vietnamese entries at the left, the English at the right)
print each entry's page at the right end of its line. The Vietnamese list's numbers stand at
the right edge of its half, nearer the English entries than their own titles, so the cut
into regions reads them as the first words of the English lines (``2 1. LEADER …``). And a
numbered entry of two or three lines may print its page at the end of its first line, the
title running on below it (``1. LEADER … WITH THE 4`` over ``HONORARY CONSUL …``), where an
entry's number is read at its end.

So, over the contents drafts of one page:

* a page number opening a row of a list that prints its own numbers at its rows' right ends,
  in a column of such numbers (their right edges agree), with a list at its left that prints
  none and has a line on that row, ends that line: it moves to the list at its left;
* a page number ending the full first row of a numbered entry (the row opens ``1.`` and
  spans most of the list's width), under which the title runs on (rows at line pitch, under
  it, opening no entry and printing no page), moves to the end of the entry's last row (in
  whichever draft holds that row).

Drafts that lost or took a word have their words put back in reading order (row by row, left
to right). Pure function over the page's words and the drafts, no I/O.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from magpipe.artifacts.base import Box, across, down, union
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.drafts import Draft
from magpipe.text.contents import PAGE, opens_with_number

log = logging.getLogger(__name__)

# The page numbers of one column are set flush right: their right edges agree within this
# share of their height (a digit's width wobbles less than that).
COLUMN_SLACK = 0.5
# A row of a title running on under its entry's first row starts less than this share of a
# row's height below the row above (set at the entry's line pitch, not a list's gap).
PITCH_GAP = 1.0
# A title runs on under its first row only when that row is full: its text spans at least this
# share of the list's widest row (a short row over an unnumbered one is a title over its twin
# in the other language, or over a deck, and keeps its number).
FULL_SHARE = 0.7

_PAGE = re.compile(rf"{PAGE}")


def _number(w: Word) -> bool:
    return _PAGE.fullmatch(w.text.strip()) is not None


def _rows(words: tuple[Word, ...], idx: list[int]) -> list[list[int]]:
    """A draft's words row by row (top to bottom), each row left to right: a word whose middle
    lies within the height of a row's first word is on that row."""
    rows: list[list[int]] = []
    for i in sorted(idx, key=lambda i: (words[i].box[1], words[i].box[0])):
        mid = (words[i].box[1] + words[i].box[3]) / 2
        row = next((r for r in rows if words[r[0]].box[1] <= mid <= words[r[0]].box[3]), None)
        if row is None:
            rows.append([i])
        else:
            row.append(i)
    return [sorted(r, key=lambda i: words[i].box[0]) for r in rows]


def _box(words: tuple[Word, ...], idx: list[int]) -> Box:
    return union([words[i].box for i in idx])


def _ends(words: tuple[Word, ...], rows: list[list[int]]) -> list[int]:
    """The page numbers ending rows that hold more than the number."""
    return [r[-1] for r in rows if len(r) > 1 and _number(words[r[-1]])]


def _flush(words: tuple[Word, ...], idx: list[int]) -> bool:
    """The numbers stand in a column set flush right (their right edges agree)."""
    rights = [words[i].box[2] for i in idx]
    height = min(words[i].box[3] - words[i].box[1] for i in idx)
    return max(rights) - min(rights) <= COLUMN_SLACK * height


def _strays_homed(words: tuple[Word, ...], lists: dict[int, list[int]]) -> set[int]:
    """Page numbers opening rows of a list at the right moved to the list at their left
    whose lines they end (``lists``: draft -> its words, changed in place); the drafts
    changed."""
    moved: set[int] = set()
    rows = {k: _rows(words, idx) for k, idx in lists.items()}
    right = {k: max(words[i].box[2] for i in idx) for k, idx in lists.items()}   # as cut
    for k in list(lists):
        strays = [r[0] for r in rows[k] if len(r) > 1 and _number(words[r[0]])]
        if not strays or not _flush(words, strays):
            continue
        left = min(words[i].box[0] for i in strays)
        own = [i for j in lists if min(words[x].box[0] for x in lists[j]) >= left
               for i in _ends(words, rows[j])]
        if len(own) < 2 or not _flush(words, own):
            continue                     # no page column of its own at the right
        for s in strays:
            box = words[s].box
            height = box[3] - box[1]
            lefts = []
            for j, idx in lists.items():
                on_row = [i for i in idx if down(words[i].box, box) >= 0.5 * height]
                if j == k or not on_row or _ends(words, rows[j]) or \
                        right[j] > box[0]:
                    continue             # the list itself, or one that prints its pages
                lefts.append((max(words[i].box[2] for i in on_row), j, on_row))
            if not lefts:
                continue
            _, j, on_row = max(lefts)
            lists[k].remove(s)
            at = lists[j].index(max(on_row, key=lambda i: words[i].box[2])) + 1
            lists[j].insert(at, s)
            log.debug("contents: page number %r at %.0f moved to the list at its left",
                      words[s].text, box[0])
            moved |= {j, k}
    return moved


def _text_width(words: tuple[Word, ...], row: list[int]) -> float:
    """A row's width without the page number ending it."""
    text = row[:-1] if len(row) > 1 and _number(words[row[-1]]) else row
    box = _box(words, text)
    return box[2] - box[0]


def _run_ons_homed(words: tuple[Word, ...], lists: dict[int, list[int]]) -> set[int]:
    """A page number ending a numbered entry's first row moved after the title's last row;
    the drafts changed."""
    moved: set[int] = set()
    rows = sorted(((r, k) for k, idx in lists.items() for r in _rows(words, idx)),
                  key=lambda rk: words[rk[0][0]].box[1])
    for n, (row, k) in enumerate(rows):
        text = " ".join(words[i].text for i in row)
        if len(row) < 3 or not _number(words[row[-1]]) or not opens_with_number(text):
            continue
        title = _box(words, row[:-1])
        widest = max(_text_width(words, r) for r, _ in rows
                     if across(_box(words, r), title) > 0)
        if title[2] - title[0] < FULL_SHARE * widest:
            continue                     # a short first row: the entry ends there
        last, last_k = row[:-1], k
        for below, j in rows[n + 1:]:
            upper, lower = _box(words, last), _box(words, below)
            height = lower[3] - lower[1]
            below_text = " ".join(words[i].text for i in below)
            if across(upper, lower) <= 0:
                continue                 # a row of the other list
            if not -0.5 * height <= lower[1] - upper[3] < PITCH_GAP * height or \
                    opens_with_number(below_text) or _number(words[below[-1]]):
                break
            last, last_k = below, j
        if last_k == k and last == row[:-1]:
            continue
        p = row[-1]
        lists[k].remove(p)
        lists[last_k].insert(lists[last_k].index(max(last, key=lambda i: words[i].box[2])) + 1,
                             p)
        log.debug("contents: page number %r of a numbered entry moved after its title's "
                  "last row", words[p].text)
        moved |= {k, last_k}
    return moved


def numbers_homed(words: tuple[Word, ...], drafts: list[Draft]) -> list[Draft]:
    """The page's drafts with each contents entry's page number at the end of its entry."""
    lists = {k: [i for r in _rows(words, d.words) for i in r]       # in reading order
             for k, d in enumerate(drafts) if d.role == Role.CONTENTS}
    if not lists:
        return drafts
    changed = _strays_homed(words, lists) | _run_ons_homed(words, lists)
    out = [replace(d, words=lists[k]) if k in changed else d for k, d in enumerate(drafts)]
    return [d for d in out if d.words]
