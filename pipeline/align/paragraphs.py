"""Paragraph alignment inside a Vietnamese/English article pair.

A monotone dynamic programme (in the manner of Gale and Church's length-based
sentence aligner) over the two paragraph lists. Allowed links: 1-1, 1-2, 2-1,
1-0 and 0-1. The cost of a link is

* a length term: English runs about so many characters per Vietnamese one (the
  article pair's own ratio, :func:`own_ratio`), with a spread that grows with the
  length; ``-log`` of the two-sided normal tail of the standardised difference;
* minus an anchor bonus (shared dates, money, names, ... of the two sides),
  plus a penalty for each date or sum of money found on one side only;
* plus the prior cost of the link kind (1-1 is by far the most common).

Each link gets a confidence 0..1 from the same evidence: a noisy-or of how well
the lengths agree and how much the anchors agree, less a little for each date or
sum of money on one side only (0.2 for 1-0 and 0-1 links, x0.9 for 2-1 and 1-2).
The constants were set on the development articles of
``tests/data/align_dev_articles.json`` (two articles of the sample issue that
are not typeset into ``fixtures/``). Pure functions, no I/O.
"""

from __future__ import annotations

import logging
import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass

from magpipe.align.anchors import DATE, MONEY, AnchorBag, bag_similarity, extract_anchors
from magpipe.align.lexicon import gloss_similarity
from magpipe.text.headings import TITLE_CHARS, in_capitals, section_label

log = logging.getLogger(__name__)

RATIO = 1.13         # English characters per Vietnamese character (dev articles: 1.10-1.23)
# How long English runs against Vietnamese is the translator's and the publication's: 0.91 on
# the news pairs of ../shared/bilingual (median sentence), 1.23 on the bulletin's articles, and
# from 0.8 to 1.7 between articles of one issue. So each article pair is read again at its own
# ratio, read from the sure links of a first pass at RATIO (:func:`own_ratio`). A paragraph
# broken at a column or page turn on one side only then links 1-2 at its true length, where a
# translation longer than RATIO made the longer piece alone look like the whole twin.
OWN_RATIO_BOUNDS = (0.7, 1.8)
OWN_RATIO_LINK_MIN = 0.5    # confidence of a 1-1 link read for the ratio (anchors agree)
OWN_RATIO_LINKS = 2         # fewest such links: one pair of paragraphs says little
OWN_RATIO_STEP = 0.03       # a ratio this close to RATIO changes no link: no second pass
SPREAD = 25.0        # variance of the length difference per Vietnamese character
ANCHOR_BONUS = 4.0
MISMATCH_PENALTY = 1.5
# Gloss anchors (magpipe.align.lexicon): tuned on the CC BY-SA news pairs of
# ../shared/bilingual/vi-en-parallel.tsv (a true pair must cost less than the pair of its
# Vietnamese sentence with the next English one: 87.4% without glosses, 94.7% at 4, 96.0% at 8,
# 96.3% at 10, no better above); none of the bulletin's text was used.
GLOSS_BONUS = 8.0
PRIOR_COST = {(1, 1): 0.0, (1, 2): 2.3, (2, 1): 2.3, (1, 0): 4.5, (0, 1): 4.5}


@dataclass(frozen=True)
class Link:
    vi: tuple[int, ...]       # indices of the Vietnamese paragraphs (0, 1 or 2)
    en: tuple[int, ...]
    confidence: float

    @property
    def kind(self) -> str:
        return f"{len(self.vi)}-{len(self.en)}"


def own_ratio(vi: list[str] | tuple[str, ...], en: list[str] | tuple[str, ...],
              links: tuple[Link, ...]) -> float | None:
    """English characters per Vietnamese one in this article pair: the median over its sure
    1-1 links (``OWN_RATIO_LINK_MIN``, ``OWN_RATIO_LINKS`` of them at least; a side that lost
    a paragraph to another record, or two merged at a turn, would skew the ratio of the
    totals), within ``OWN_RATIO_BOUNDS``; None when too few links are sure."""
    ratios = sorted(len(en[link.en[0]]) / len(vi[link.vi[0]]) for link in links
                    if link.kind == "1-1" and link.confidence >= OWN_RATIO_LINK_MIN
                    and vi[link.vi[0]] and en[link.en[0]])
    if len(ratios) < OWN_RATIO_LINKS:
        return None
    low, high = OWN_RATIO_BOUNDS
    return min(high, max(low, statistics.median(ratios)))


def _length_fit(vi_len: int, en_len: int, ratio: float = RATIO) -> float:
    """Probability-like agreement of two lengths, 1 when en == ratio * vi."""
    mean = max(1.0, (vi_len + en_len / ratio) / 2)
    delta = (en_len - vi_len * ratio) / math.sqrt(mean * SPREAD)
    return math.erfc(abs(delta) / math.sqrt(2))


@dataclass(frozen=True)
class _Span:
    """What a link's cost reads of one side's paragraphs (one or two neighbours)."""

    length: int
    bag: AnchorBag
    strong: frozenset[tuple[str, str]]    # its dates and sums of money

    @classmethod
    def of(cls, texts: list[str] | tuple[str, ...], lang: str) -> _Span:
        anchors = tuple(a for t in texts for a in extract_anchors(t, lang))
        return cls(sum(len(t) for t in texts), AnchorBag.of(anchors),
                   frozenset((a.kind, a.key) for a in anchors if a.kind in (DATE, MONEY)))


def _link_cost(vi: _Span, en: _Span, kind: tuple[int, int],
               gloss: float | None = None, ratio: float = RATIO) -> tuple[float, float]:
    """Cost and confidence of one link (``gloss``: :func:`gloss_similarity` of its texts;
    ``ratio``: the article pair's own, :func:`own_ratio`)."""
    if 0 in kind:
        return PRIOR_COST[kind], 0.2
    fit = _length_fit(vi.length, en.length, ratio)
    sim = bag_similarity(vi.bag, en.bag)
    miss = len(vi.strong ^ en.strong)      # dates and sums of money on one side only
    glossed = gloss or 0.0
    cost = -math.log(max(fit, 1e-12)) - ANCHOR_BONUS * sim + MISMATCH_PENALTY * miss
    cost += PRIOR_COST[kind] - GLOSS_BONUS * glossed
    # noisy-or of the two kinds of evidence; anchors count for more than lengths (the glosses
    # steer the choice of links through the cost only: the confidence was calibrated without)
    confidence = 1 - (1 - 0.6 * fit) * (1 - min(1.0, 1.8 * sim)) - 0.15 * miss
    confidence = max(0.0, min(1.0, confidence))
    if kind != (1, 1):
        confidence *= 0.9
    return cost, confidence


def link_confidence(vi: str, en: str) -> float:
    """Confidence of a 1-1 link between two paragraphs, as the aligner would give it."""
    return _link_cost(_Span.of((vi,), "vi"), _Span.of((en,), "en"), (1, 1),
                      gloss_similarity(vi, en))[1]


def align_paragraphs(vi: list[str] | tuple[str, ...], en: list[str] | tuple[str, ...]
                     ) -> tuple[Link, ...]:
    """The cheapest monotone chain of links covering every paragraph of both lists: at
    ``RATIO`` first, then again at the pair's own ratio read from those links."""
    # each side's spans (one paragraph, or two neighbours) worked out once, not once per link
    n, m = len(vi), len(en)
    vspan = {(i, i + d): _Span.of(vi[i:i + d], "vi") for d in (1, 2) for i in range(n - d + 1)}
    espan = {(j, j + d): _Span.of(en[j:j + d], "en") for d in (1, 2) for j in range(m - d + 1)}
    glosses: dict[tuple[int, int, int, int], float | None] = {}

    def gloss(i: int, ni: int, j: int, nj: int) -> float | None:
        if (i, ni, j, nj) not in glosses:
            glosses[i, ni, j, nj] = gloss_similarity(" ".join(vi[i:ni]), " ".join(en[j:nj]))
        return glosses[i, ni, j, nj]

    heads = ([_numbered_caps(t) for t in vi], [_numbered_caps(t) for t in en])
    links = _chain(n, m, vspan, espan, gloss, RATIO, heads)
    ratio = own_ratio(vi, en, links)
    if ratio is not None and abs(ratio - RATIO) >= OWN_RATIO_STEP:
        log.debug("paragraphs read at the pair's own length ratio %.2f", ratio)
        links = _chain(n, m, vspan, espan, gloss, ratio, heads)
    log.debug("aligned %d vi and %d en paragraphs into %d links", n, m, len(links))
    return links


def _numbered_caps(text: str) -> bool:
    """A numbered section heading set in capitals (``3. LEADER OF …``), a title's length at
    most, whatever ends it (OCR reads a footnote mark after it as ``?``)."""
    return (len(text.strip()) <= TITLE_CHARS and in_capitals(text)
            and section_label(text) is not None)


def _chain(n: int, m: int, vspan: dict[tuple[int, int], _Span],
           espan: dict[tuple[int, int], _Span],
           gloss: Callable[[int, int, int, int], float | None], ratio: float,
           heads: tuple[list[bool], list[bool]]) -> tuple[Link, ...]:
    """The cheapest monotone chain of links at the length ratio ``ratio``; a 2-1 or 1-2 link
    never joins a paragraph that is a numbered section heading (``heads``, per side: one the
    grouping left among the paragraphs, as OCR read it) to its neighbour: the paragraphs it
    joins are the pieces of one broken at a turn, or two a translator merged."""
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == inf:
                continue
            for di, dj in PRIOR_COST:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if (di == 2 and heads[0][i:ni] != [False] * 2) or (
                        dj == 2 and heads[1][j:nj] != [False] * 2):
                    continue            # a numbered heading is no piece of a paragraph
                if di and dj:
                    cost, conf = _link_cost(vspan[i, ni], espan[j, nj], (di, dj),
                                            gloss(i, ni, j, nj), ratio)
                else:
                    cost, conf = PRIOR_COST[di, dj], 0.2
                if here + cost < best[ni][nj]:
                    best[ni][nj] = here + cost
                    back[ni][nj] = (i, j, conf)
    links: list[Link] = []
    i, j = n, m
    while (i, j) != (0, 0):
        step = back[i][j]
        assert step is not None
        pi, pj, conf = step
        links.append(Link(tuple(range(pi, i)), tuple(range(pj, j)), round(conf, 3)))
        i, j = pi, pj
    links.reverse()
    return tuple(links)
