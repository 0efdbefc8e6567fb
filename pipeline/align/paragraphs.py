"""Paragraph alignment inside a Vietnamese/English article pair.

A monotone dynamic programme (in the manner of Gale and Church's length-based
sentence aligner) over the two paragraph lists. Allowed links: 1-1, 1-2, 2-1,
1-0 and 0-1. The cost of a link is

* a length term: English runs about ``RATIO`` characters per Vietnamese one,
  with a spread that grows with the length; ``-log`` of the two-sided normal
  tail of the standardised difference;
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
from dataclasses import dataclass

from magpipe.align.anchors import DATE, MONEY, AnchorBag, bag_similarity, extract_anchors
from magpipe.align.lexicon import gloss_similarity

log = logging.getLogger(__name__)

RATIO = 1.13         # English characters per Vietnamese character (dev articles: 1.10-1.23)
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


def _length_fit(vi_len: int, en_len: int) -> float:
    """Probability-like agreement of two lengths, 1 when en == RATIO * vi."""
    mean = max(1.0, (vi_len + en_len / RATIO) / 2)
    delta = (en_len - vi_len * RATIO) / math.sqrt(mean * SPREAD)
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
               gloss: float | None = None) -> tuple[float, float]:
    """Cost and confidence of one link (``gloss``: :func:`gloss_similarity` of its texts)."""
    if 0 in kind:
        return PRIOR_COST[kind], 0.2
    fit = _length_fit(vi.length, en.length)
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
    """The cheapest monotone chain of links covering every paragraph of both lists."""
    n, m = len(vi), len(en)
    # each side's spans (one paragraph, or two neighbours) worked out once, not once per link
    vspan = {(i, i + d): _Span.of(vi[i:i + d], "vi") for d in (1, 2) for i in range(n - d + 1)}
    espan = {(j, j + d): _Span.of(en[j:j + d], "en") for d in (1, 2) for j in range(m - d + 1)}
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
                if di and dj:
                    gloss = gloss_similarity(" ".join(vi[i:ni]), " ".join(en[j:nj]))
                    cost, conf = _link_cost(vspan[i, ni], espan[j, nj], (di, dj), gloss)
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
    log.debug("aligned %d vi and %d en paragraphs into %d links", n, m, len(links))
    return tuple(links)
