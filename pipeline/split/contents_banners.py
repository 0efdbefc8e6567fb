"""A line set right over a contents page's heading: the page's banner, no article's title.

A magazine's English section opens with a banner (``ENGLISH SECTION``) over its ``CONTENTS``;
a page setting each language under its own heading puts one over the other (``TRONG SỐ NÀY``
over ``IN THIS ISSUE``), and OCR may garble the upper one past reading as a heading. Either
way the line is set large and alone, and read as a title; but an article's title has its own
text under it, never a contents heading. So a title of one line (its pieces on a row) whose
next block down is a contents heading kept out as contents (``contents_pages.named_contents``),
standing within ``BANNER_GAP`` of the heading's height over it and over the width of its
list (a page's imprint may run down a column of its own beside the list), is no article's
text: a running head of the page (``Role.HEADER``).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.headings import contents_heading

log = logging.getLogger(__name__)

BANNER_GAP = 3.0     # x the heading's height: the banner's foot lies this close over the
                     # heading's top at most (a banner and its heading share the page's head)
OVERLAP = 0.5        # x the heading's height: how far OCR boxes of the two may overlap
# roles of blocks no banner is told from: specks and rules read as letters, and the page's
# running heads (a cover's imprint runs down its own column beside the contents)
_NOTHING = frozenset({Role.OTHER, Role.HEADER, Role.PAGE_NUMBER})


def contents_banners(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A one-line title right over a contents heading is the page's banner (see the module)."""
    out = list(roles)
    for h, head in enumerate(facts):
        if roles[h] != Role.CONTENTS or head.lines != 1 or not contents_heading(head.text):
            continue
        height = head.box[3] - head.box[1]
        # the width of the heading's list: its entries under it, in its column (a banner is
        # centred over the list, not over a heading set at its left)
        listed = [f.box for j, f in enumerate(facts) if roles[j] == Role.CONTENTS
                  and f.box[1] >= head.box[1] and across(f.box, head.box) > 0]
        left, right = min(b[0] for b in listed), max(b[2] for b in listed)
        over = [k for k, f in enumerate(facts) if k != h and roles[k] not in _NOTHING
                and f.box[3] <= head.box[1] + OVERLAP * height
                and f.box[0] < right and f.box[2] > left]
        if not over:
            continue
        # the next row up (OCR cuts a line set large at its wide word or letter spaces)
        foot = max(facts[j].box[3] for j in over)
        row = [j for j in over if facts[j].box[3] >= foot - OVERLAP * height]
        if head.box[1] - foot > BANNER_GAP * height or \
                any(roles[j] != Role.TITLE or facts[j].lines != 1 for j in row):
            continue
        log.debug("a line right over the contents heading %r: its banner: %r",
                  head.text[:20], " ".join(facts[j].text for j in row)[:40])
        for j in row:
            out[j] = Role.HEADER
    return out
