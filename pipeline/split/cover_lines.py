"""A magazine's cover: a page of no running text whose cover lines point to pages.

``contents_pages.contents_entries`` takes a page for a contents page when most of its text blocks
(``CONTENTS_SHARE``) are entries ending with a page number. A cover prints, over its photo,
the nameplate and its twin, the issue line of each language and, for a few articles, the
Vietnamese and English titles each with the page the article starts on (``... · tr. 3`` /
``... · p. 3``): half its blocks are such lines, and the rest (the nameplate, the issue
lines) read as a title, a byline, a line of text. Its cover lines then became intros of
articles of no text, its nameplate an article's title (cover).

A page is a cover when it holds no running text (no block of ``RUNNING_LINES`` lines or more
in mixed case: all its text is display lines), names no contents (no ``MỤC LỤC`` /
``CONTENTS`` heading: that is ``named_contents``' matter), and ``COVER_MIN`` lines or more
point to pages (counted by the line: OCR may read two cover lines set close as one block,
each line ending with its page). Those are contents entries, with the blocks among them (a
line whose page number was set as a block of its own) and those set flush over the first of
them at its left edge (a cover line whose last line, its page number lost, OCR read with the
next line's first: nothing else on a cover runs into a cover line); the one-line blocks
above the first of them (the nameplate, its twin, the issue lines) are the publication's
running heads.

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts, points_to_page
from magpipe.text.contents import ends_with_page
from magpipe.text.headings import contents_heading, in_capitals

log = logging.getLogger(__name__)

RUNNING_LINES = 2    # fewest lines of running text (a block in mixed case)
COVER_MIN = 2        # fewest cover lines pointing to pages (an issue of two articles)
FLUSH = 0.5          # x a cover line's line height: a block this close over it runs into it
_KEPT = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER, Role.CONTENTS})


def cover_pages(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The cover lines and the nameplate's lines of a cover (see the module)."""
    text = [k for k, r in enumerate(roles) if r not in _KEPT]
    if any(facts[k].lines >= RUNNING_LINES and not in_capitals(facts[k].text) for k in text) \
            or any(contents_heading(facts[k].text) for k in range(len(facts))):
        return roles
    lines = [k for k in text if points_to_page(facts[k])]
    if sum(map(_page_lines, (facts[k] for k in lines))) < COVER_MIN:
        return roles
    first = min(facts[k].box[1] for k in lines)
    last = max(facts[k].box[3] for k in lines)
    # a line among them whose page number stands as a block of its own is one of them
    lines += [k for k in text if k not in lines and first <= facts[k].box[1] < last]
    # ... and so is a block set flush over the first of them at its left edge: a cover line
    # whose last line, its page number lost, OCR read with the next one's first
    lines += _run_on_over(lines, text, facts, page)
    first = min(facts[k].box[1] for k in lines)
    top = [k for k in text if k not in lines and facts[k].lines == 1 and facts[k].box[3] <= first]
    log.debug("a cover: %d cover lines, %d lines of its nameplate", len(lines), len(top))
    return [Role.CONTENTS if k in lines else Role.HEADER if k in top else r
            for k, r in enumerate(roles)]



def _page_lines(f: Facts) -> int:
    """How many cover lines ``f`` holds: its lines ending with a page (OCR may read two cover
    lines set close as one block), one at least when the block ends with a page."""
    return max(1, sum(map(ends_with_page, f.line_texts)))


def _run_on_over(lines: list[int], text: list[int], facts: list[Facts],
                 page: PageFacts) -> list[int]:
    """The blocks standing flush over the topmost cover line (``FLUSH`` of its line height
    apart at most, their left edges within a body size), up the page one by one."""
    out: list[int] = []
    top = min(lines, key=lambda k: facts[k].box[1])
    while True:
        f = facts[top]
        over = [k for k in text if k not in lines and k not in out
                and 0 <= f.box[1] - facts[k].box[3] <= FLUSH * f.size
                and abs(facts[k].box[0] - f.box[0]) <= page.body_size]
        if not over:
            return out
        top = over[0]
        out.append(top)
