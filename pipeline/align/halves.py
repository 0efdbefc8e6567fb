"""An issue printed in language halves: where its pages say nothing about which draft is whose
twin.

Most bilingual layouts set an article's twin beside it, under it or on the facing page, so
the pair score (:mod:`magpipe.align.pairing`) counts pages apart and rank among the drafts of
each language as evidence. An issue that prints all its Vietnamese articles first and an
English section after them (or the English first) places every twin many pages away, and its
second half need not list the articles in the first half's order (nor list all of them: an
article may be printed in one language only). There the page gap says only how deep an
article sits in its half, and the rank is shifted by every article left untranslated: both
reward wrong pairs as much as right ones, and were what tipped twins whose texts share the
issue's names and places (one province's officials in every article) into the wrong pairs.

A document is printed in halves when a page divides it so that nearly all of one language's
text (``HALF_SHARE`` of its characters: a stray piece read in the other language, a name
under a title, does not undo it) is on the pages before and nearly all of the other's on the
pages after, with at least ``HALF_DRAFTS`` titled drafts on each side: with one article in
each language, placement can mislead nothing.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from magpipe.align.drafts import Draft

log = logging.getLogger(__name__)

HALF_SHARE = 0.9    # share of a language's characters on its own side of the dividing page
HALF_DRAFTS = 2     # fewest titled drafts of each language for placement to mislead


def _chars_by_page(drafts: Sequence[Draft]) -> dict[int, int]:
    """Characters of ``drafts`` by page (a draft over several pages counts on each)."""
    out: dict[int, int] = {}
    for d in drafts:
        pages = d.pages
        for page in pages:
            out[page] = out.get(page, 0) + len(d.text()) // len(pages)
    return out


def _share_up_to(chars: dict[int, int], page: int) -> float:
    total = sum(chars.values())
    return sum(n for p, n in chars.items() if p <= page) / total if total else 0.0


def _first_then(first: dict[int, int], then: dict[int, int]) -> bool:
    """``first``'s text is nearly all on pages before a page that ``then``'s is nearly all
    after."""
    for page in sorted(set(first) | set(then)):
        if _share_up_to(first, page) >= HALF_SHARE and \
                1 - _share_up_to(then, page) >= HALF_SHARE:
            return True
    return False


def printed_in_halves(vis: Sequence[Draft], ens: Sequence[Draft]) -> bool:
    """The document prints its two languages in halves (see the module)."""
    if min(sum(d.title is not None for d in side) for side in (vis, ens)) < HALF_DRAFTS:
        return False
    vi, en = _chars_by_page(vis), _chars_by_page(ens)
    if not vi or not en:
        return False
    apart = _first_then(vi, en) or _first_then(en, vi)
    if apart:
        log.info("languages printed in halves: pages and ranks are no evidence of twins")
    return apart
