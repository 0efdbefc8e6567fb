"""Display lines of no article set in a title's style right before an article's head.

A bulletin may print a slogan banner between two articles or at the head of its first page
(``ĐOÀN KẾT - HỮU NGHỊ - HỢP TÁC - PHÁT TRIỂN`` over ``Solidarity - Friendship - ...``), set in
the titles' own faces and sizes: the role rules read its lines as titles, and the article
after it takes them for the first lines of its head. What tells such a banner from a title is
what follows it: no article text comes after it before the next title. The banner and the
article's own head then stand in one run of titles (reading order, furniture passed over),
the banner above, and the banner stands apart from that head:

* on the same page, by a white gap at least ``BANNER_GAP`` times the widest gap between the
  lines of the head under it (a title's Vietnamese and English lines stand at the title's
  leading; a kicker or a title's last line stands as close); gaps are measured no smaller
  than ``GAP_FLOOR`` times the page's body size, so a head whose lines touch does not make
  any small gap look wide;
* or by a page break: the banner closes a page (the next article, title first, starts on the
  following one), as a banner goes where its page has room and an article's head never ends
  a page with its text on the next.

The head under the banner must be a whole one, a title in each language, and article text
(an intro, the body or a byline) must follow it. A banner never reaches out past the article
it stands over: its lines lie across the head and the first row of text under the head
(within ``OVERHANG`` times the body size). A title that stretches far past that article is
the head of another article whose text runs beside or under it (a dogleg: a story boxed
under the lead story's title, the lead story's text wrapping round it). The title blocks
above a head that pass become
``Role.ASIDE`` (text of no article). ``banners`` gives their ids; ``banners_apart`` applies it
to a document's pages.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang
from magpipe.artifacts.pages import Page
from magpipe.split.no_article import ARTICLE_TEXT, set_apart, title_runs

log = logging.getLogger(__name__)

BANNER_GAP = 2.5   # x the widest gap inside the head under it: a banner stands this far apart
                   # (the slogan bulletins' banners stand 3.7-4.7 times their title's leading
                   # above it, scanned or born-digital; a kicker stands at about its leading)
GAP_FLOOR = 0.5    # x body size: the smallest a head's inner gap is taken to be (lines whose
                   # boxes touch or overlap would make any gap above them look wide)
OVERHANG = 4.0     # x body size: how far a banner's lines may reach out past the head and the
                   # first row of text under it (a title set flush left, its glyphs' bearing);
                   # a dogleg's lead title stretches whole columns (30-40 sizes) past the story
                   # boxed under it
ROW = 3.0          # x body size: text whose top stands this close under the head's foot is the
                   # first row of the head's own article (its intro or its columns' first lines)
# why a banner's blocks are set apart (logged)
BANNER_REASON = ("a banner in a title's style standing apart over an article's head, no "
                 "article's text")


def _whole_head(blocks: list[Block]) -> bool:
    """A title in each language (the head an article's text follows)."""
    langs = {b.lang for b in blocks}
    return Lang.VI in langs and Lang.EN in langs


def _gap(upper: Block, lower: Block) -> float:
    return lower.box[1] - upper.box[3]


def _overhangs(banner: list[Block], head: list[Block], after: list[Block], body: float
               ) -> bool:
    """``banner``'s lines on the head's page reach out past the head and the first row of the
    text ``after`` it (see the module) by more than ``OVERHANG`` body sizes."""
    page, foot = head[-1].page, max(b.box[3] for b in head)
    row = [b for b in after if b.page == page and b.role in ARTICLE_TEXT
           and foot <= b.box[1] + 1 <= foot + ROW * body + 1]
    left = min(b.box[0] for b in head + row)
    right = max(b.box[2] for b in head + row)
    reach = OVERHANG * body
    return any(b.box[0] < left - reach or b.box[2] > right + reach
               for b in banner if b.page == page)


def _banner_part(run: list[Block], body: dict[int, float], after: list[Block]) -> int:
    """How many of ``run``'s first blocks (a run of titles, an article's text ``after`` it)
    are a banner standing apart from the head under it; 0 when none is."""
    for cut in range(len(run) - 1, 0, -1):       # the lowest cut first: the head is the last
        head = run[cut:]
        if not _whole_head(head):
            continue
        upper, lower = run[cut - 1], run[cut]
        if upper.page != lower.page:
            if all(b.page == lower.page for b in head):
                return cut
            continue
        if any(b.page != lower.page for b in head):
            continue
        size = body.get(lower.page, 0.0)
        inner = max([GAP_FLOOR * size] + [_gap(a, b) for a, b in zip(head, head[1:],
                                                                      strict=False)])
        if _gap(upper, lower) >= BANNER_GAP * inner:
            if _overhangs(run[:cut], head, after, size):
                log.debug("a title over a head reaching out past its article: no banner: %r",
                          upper.text[:50])
                continue
            return cut
    return 0


def banners(blocks: list[Block], body: dict[int, float]) -> set[str]:
    """The ids of the title blocks that are banners of no article (see the module): ``blocks``
    the document's in reading order, ``body`` each page's body size by page number."""
    seq = [b for b in blocks if b.role not in FURNITURE_ROLES]
    found: set[str] = set()
    for i, j in title_runs(seq):
        found.update(b.id for b in seq[i:i + _banner_part(seq[i:j], body, seq[j:])])
    return found


def banners_apart(per_page: list[tuple[Page, list[Block], list[int]]], body: dict[int, float]
                  ) -> list[tuple[Page, list[Block], list[int]]]:
    """``per_page`` (in reading order) with the banners of no article set as asides."""
    found = banners([b for _, blocks, _ in per_page for b in blocks], body)
    return set_apart(per_page, dict.fromkeys(found, BANNER_REASON), log)
