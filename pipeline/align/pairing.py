"""Pair each Vietnamese article draft with its English twin.

The score of a (vi, en) candidate pair mixes four kinds of evidence, each 0..1:

* anchors of the whole text (dates, money, numbers, names, acronyms), weighted
  Dice overlap (:func:`magpipe.align.anchors.anchor_similarity`);
* anchors of the titles, plus rapidfuzz similarity of the titles once the
  Vietnamese one has lost its diacritics (place and person names survive);
* position: the same page or the facing page, and the same rank among the
  articles of that language;
* length: an English article is about as long as its Vietnamese twin.

The pairs are one global assignment: of all ways to pair drafts (each at most once,
candidates scoring at least ``MIN_SCORE``), the one with the largest sum of scores
(:func:`assign`: a minimum-weight matching, worked out by :mod:`magpipe.align.matching`
where small and sure, else by scipy's sparse one), not each draft's nearest twin taken
greedily: a journal page of short entries with the same names in each would otherwise give an
entry the twin of its neighbour and leave that neighbour with none. Where names and numbers
are few, the gloss anchors of :mod:`magpipe.align.lexicon` stand in for them
(``GLOSS_FLOOR``, ``GLOSS_FULL``).

Only drafts within ``PAIR_WINDOW_PAGES`` pages of each other are scored, so a bound
volume of hundreds of issues costs time in proportion to its pages, not to their
square; each draft's anchors, title and length are worked out once, not once per pair.
Pure functions, no I/O.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from magpipe.align.anchors import AnchorBag, bag_similarity, extract_anchors
from magpipe.align.articles import Draft
from magpipe.align.halves import printed_in_halves
from magpipe.align.lexicon import gloss_similarity
from magpipe.align.matching import sure_assignment
from magpipe.align.paragraphs import RATIO
from magpipe.text.vietnamese import strip_diacritics
from rapidfuzz import fuzz

log = logging.getLogger(__name__)

MIN_SCORE = 0.35
WEIGHT_TEXT, WEIGHT_TITLE, WEIGHT_POSITION, WEIGHT_LENGTH = 0.45, 0.25, 0.2, 0.1
# A twin is printed on the same or the facing page, or (a magazine printing its English
# half after the Vietnamese one) within the same issue: no issue runs past 100 pages, so
# drafts further apart than this in a bound volume belong to different issues.
PAIR_WINDOW_PAGES = 100
# Gloss anchors as text evidence: the share of glossed Vietnamese headwords whose gloss is in
# the English text, counted from GLOSS_FLOOR up to GLOSS_FULL (full evidence). Chosen on the
# tuning half of the CC BY-SA news passages of ../shared/bilingual (bench/bench_align_gloss.py
# --tune: most passages given their twin less those given a wrong one, with and without their
# names and numbers; floor 0 / full 0.3 against 0.05-0.1 and 0.15-0.2), none of the bulletin.
GLOSS_FLOOR, GLOSS_FULL = 0.0, 0.3


@dataclass(frozen=True)
class Pair:
    vi: Draft | None
    en: Draft | None
    score: float          # 0 for an unpaired draft
    best: float = 0.0     # an unpaired draft: its best score with any draft of the other language
    candidates: int = 0   # an unpaired draft: how many drafts of the other language were scored
    taken: bool = False   # an unpaired draft: its best candidate was paired with another draft


@dataclass(frozen=True)
class Features:
    """What the score reads of one draft, worked out once per draft."""

    draft: Draft
    text: AnchorBag
    title: AnchorBag | None       # None: no title
    folded_title: str             # the title lower-cased, Vietnamese marks stripped
    length: int
    pages: tuple[int, ...]
    body: str                     # the text the gloss anchors read
    placed: bool = True           # False: its place says nothing of its twin (halves)


    @classmethod
    def of(cls, draft: Draft) -> Features:
        text = draft.text()
        title = draft.title.text if draft.title is not None else ""
        folded = strip_diacritics(title) if draft.lang == "vi" else title
        titled = draft.title is not None
        return cls(draft, AnchorBag.of(extract_anchors(text, draft.lang)),
                   AnchorBag.of(extract_anchors(title, draft.lang)) if titled else None,
                   folded.lower(), len(text), draft.pages, text)


def _title_similarity(vi: Features, en: Features) -> float:
    if vi.title is None or en.title is None:
        return 0.0
    by_anchor = bag_similarity(vi.title, en.title)
    by_letters = fuzz.token_set_ratio(vi.folded_title, en.folded_title) / 100.0
    return max(by_anchor, by_letters * 0.8)


def _page_gap(a: tuple[int, ...], b: tuple[int, ...]) -> int | None:
    """The fewest pages between two drafts; None when one has no page."""
    return min(abs(p - q) for p in a for q in b) if a and b else None


def _position(vi: Features, en: Features, vi_rank: int, en_rank: int) -> float:
    if not (vi.placed and en.placed):       # an issue printed in language halves
        return 0.0
    gap = _page_gap(vi.pages, en.pages)
    near = {0: 1.0, 1: 0.7, 2: 0.3}.get(9 if gap is None else gap, 0.0)
    order = {0: 1.0, 1: 0.5}.get(abs(vi_rank - en_rank), 0.0)   # one stray draft: half
    return 0.7 * near + 0.3 * order


def _length(vi: Features, en: Features) -> float:
    a, b = vi.length, en.length
    if not a or not b:
        return 0.0
    return math.exp(-abs(math.log(b / a / RATIO)) * 2)


def text_evidence(vi: Features, en: Features) -> float:
    """Shared anchors (names, numbers, dates), or where they say less, shared glosses."""
    anchors = min(1.0, 2 * bag_similarity(vi.text, en.text))
    if anchors >= 1.0:
        return anchors
    gloss = gloss_similarity(vi.body, en.body)
    if gloss is None:
        return anchors
    return max(anchors, min(1.0, max(0.0, gloss - GLOSS_FLOOR) / (GLOSS_FULL - GLOSS_FLOOR)))


def feature_score(vi: Features, en: Features, vi_rank: int = 0, en_rank: int = 0) -> float:
    """The pair score of two drafts' features."""
    return (WEIGHT_TEXT * text_evidence(vi, en) + WEIGHT_TITLE * _title_similarity(vi, en)
            + WEIGHT_POSITION * _position(vi, en, vi_rank, en_rank)
            + WEIGHT_LENGTH * _length(vi, en))


def pair_score(vi: Draft, en: Draft, vi_rank: int = 0, en_rank: int = 0) -> float:
    return feature_score(Features.of(vi), Features.of(en), vi_rank, en_rank)


def candidate_pairs(vis: list[Features], ens: list[Features]) -> list[tuple[int, int]]:
    """(vi index, en index) of the drafts printed within ``PAIR_WINDOW_PAGES`` pages of each
    other (a draft without pages is a candidate of every draft); found through an index of
    the English drafts by page, so the work grows with the pages, not their square."""
    by_page: dict[int, list[int]] = {}
    pageless: list[int] = []
    for j, en in enumerate(ens):
        for page in en.pages:
            by_page.setdefault(page, []).append(j)
        if not en.pages:
            pageless.append(j)
    out: list[tuple[int, int]] = []
    for i, vi in enumerate(vis):
        if not vi.pages:
            out += [(i, j) for j in range(len(ens))]
            continue
        near: set[int] = set(pageless)
        low = None
        for page in vi.pages:             # sorted: the windows' union, each page once
            first = page - PAIR_WINDOW_PAGES if low is None else max(low, page - PAIR_WINDOW_PAGES)
            for q in range(first, page + PAIR_WINDOW_PAGES + 1):
                near.update(by_page.get(q, ()))
            low = page + PAIR_WINDOW_PAGES + 1
        out += [(i, j) for j in sorted(near)]
    return out


def assign(scored: list[tuple[float, int, int]], n_vi: int, n_en: int) -> set[tuple[int, int]]:
    """The (vi, en) pairs of largest total score, each draft at most once. A sparse
    minimum-weight full matching of the candidates, where each draft may also take a stand-in
    of its own (cost 1, as a pair costs ``1 - score`` plus its two stand-ins' 1): leaving two
    drafts apart costs 2, pairing them ``2 - score``. Its groups of a few drafts, whose best
    pairing is sure, are solved without scipy (``matching``: the same pairs); scipy is
    imported only for the others."""
    if not scored:
        return set()
    costs = [(1.0 - score + 1e-6, i, j) for score, i, j in scored]
    # a pairing costs the drafts' count less the sum of its pairs' gains
    sure = sure_assignment([(1.0 - cost, i, j) for cost, i, j in costs])
    return sure if sure is not None else _sparse_matching(costs, n_vi, n_en)


def _sparse_matching(costs: list[tuple[float, int, int]], n_vi: int,
                     n_en: int) -> set[tuple[int, int]]:
    """``assign`` by scipy's sparse minimum-weight full matching, ``costs`` the pairs'."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching
    rows, cols, values = [], [], []
    for cost, i, j in costs:
        rows += [i, n_vi + j]           # the pair, and the two stand-ins meeting
        cols += [j, n_en + i]
        values += [cost, 1.0]
    for i in range(n_vi):               # a Vietnamese draft left alone: its stand-in
        rows.append(i)
        cols.append(n_en + i)
        values.append(1.0)
    for j in range(n_en):
        rows.append(n_vi + j)
        cols.append(j)
        values.append(1.0)
    size = n_vi + n_en
    graph = csr_matrix((np.array(values), (np.array(rows), np.array(cols))),
                       shape=(size, size))
    _, matched = min_weight_full_bipartite_matching(graph)
    return {(i, int(matched[i])) for i in range(n_vi) if matched[i] < n_en}


def pair_articles(drafts: tuple[Draft, ...], scorer: Callable[..., float] = feature_score
                  ) -> tuple[Pair, ...]:
    """Pairs and unpaired drafts, in the order of each pair's first block. ``scorer``
    rates a candidate pair's ``Features`` (tests count its calls)."""
    vis = [d for d in drafts if d.lang == "vi"]
    ens = [d for d in drafts if d.lang == "en"]
    placed = not printed_in_halves(vis, ens)
    vi_features = [replace(Features.of(d), placed=placed) for d in vis]
    en_features = [replace(Features.of(d), placed=placed) for d in ens]
    scored = sorted(((scorer(vi_features[i], en_features[j], i, j), i, j)
                     for i, j in candidate_pairs(vi_features, en_features)), reverse=True)
    chosen = assign([(score, i, j) for score, i, j in scored if score >= MIN_SCORE],
                    len(vis), len(ens))
    used_vi = {i for i, _ in chosen}
    used_en = {j for _, j in chosen}
    pairs: list[Pair] = []
    for score, i, j in scored:
        if (i, j) in chosen:
            pairs.append(Pair(vis[i], ens[j], score))
            log.debug("paired %r with %r (%.2f)", vis[i].title, ens[j].title, score)
    best_vi: dict[int, tuple[float, int, int]] = {}     # draft -> (best score, partner, count)
    best_en: dict[int, tuple[float, int, int]] = {}
    for score, i, j in scored:                          # best first: the first seen is the best
        bv = best_vi.get(i)
        best_vi[i] = (bv[0], bv[1], bv[2] + 1) if bv else (score, j, 1)
        be = best_en.get(j)
        best_en[j] = (be[0], be[1], be[2] + 1) if be else (score, i, 1)
    for i, v in enumerate(vis):
        if i not in used_vi:
            score, j, count = best_vi.get(i, (0.0, -1, 0))
            pairs.append(Pair(v, None, 0.0, round(score, 3), count, j in used_en))
    for j, e in enumerate(ens):
        if j not in used_en:
            score, i, count = best_en.get(j, (0.0, -1, 0))
            pairs.append(Pair(None, e, 0.0, round(score, 3), count, i in used_vi))
    return tuple(sorted(pairs, key=lambda p: min(d.order for d in (p.vi, p.en) if d)))
