"""Pair each Vietnamese article draft with its English twin.

The score of a (vi, en) candidate pair mixes four kinds of evidence, each 0..1:

* anchors of the whole text (dates, money, numbers, names, acronyms), weighted
  Dice overlap (:func:`magpipe.align.anchors.anchor_similarity`);
* anchors of the titles, plus rapidfuzz similarity of the titles once the
  Vietnamese one has lost its diacritics (place and person names survive);
* position: the same page or the facing page, and the same rank among the
  articles of that language;
* length: an English article is about as long as its Vietnamese twin.

Pairs are taken greedily, best score first, each draft at most once; a draft
whose best remaining score is under ``MIN_SCORE`` stays unpaired.
Pure functions, no I/O.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from magpipe.align.anchors import anchor_similarity, extract_anchors
from magpipe.align.articles import Draft
from magpipe.align.paragraphs import RATIO
from magpipe.text.vietnamese import strip_diacritics
from rapidfuzz import fuzz

log = logging.getLogger(__name__)

MIN_SCORE = 0.35
WEIGHT_TEXT, WEIGHT_TITLE, WEIGHT_POSITION, WEIGHT_LENGTH = 0.45, 0.25, 0.2, 0.1


@dataclass(frozen=True)
class Pair:
    vi: Draft | None
    en: Draft | None
    score: float          # 0 for an unpaired draft


def _title_similarity(vi: Draft, en: Draft) -> float:
    if vi.title is None or en.title is None:
        return 0.0
    a, b = vi.title.text, en.title.text
    by_anchor = anchor_similarity(extract_anchors(a, "vi"), extract_anchors(b, "en"))
    by_letters = fuzz.token_set_ratio(strip_diacritics(a).lower(), b.lower()) / 100.0
    return max(by_anchor, by_letters * 0.8)


def _position(vi: Draft, en: Draft, vi_rank: int, en_rank: int) -> float:
    gap = min(abs(p - q) for p in vi.pages for q in en.pages) if vi.pages and en.pages else 9
    near = {0: 1.0, 1: 0.7, 2: 0.3}.get(gap, 0.0)
    return 0.7 * near + 0.3 * (1.0 if vi_rank == en_rank else 0.0)


def _length(vi: Draft, en: Draft) -> float:
    a, b = len(vi.text()), len(en.text())
    if not a or not b:
        return 0.0
    return math.exp(-abs(math.log(b / a / RATIO)) * 2)


def pair_score(vi: Draft, en: Draft, vi_rank: int = 0, en_rank: int = 0) -> float:
    text = anchor_similarity(extract_anchors(vi.text(), "vi"), extract_anchors(en.text(), "en"))
    return (WEIGHT_TEXT * min(1.0, 2 * text) + WEIGHT_TITLE * _title_similarity(vi, en)
            + WEIGHT_POSITION * _position(vi, en, vi_rank, en_rank)
            + WEIGHT_LENGTH * _length(vi, en))


def pair_articles(drafts: tuple[Draft, ...]) -> tuple[Pair, ...]:
    """Pairs and unpaired drafts, in the order of each pair's first block."""
    vis = [d for d in drafts if d.lang == "vi"]
    ens = [d for d in drafts if d.lang == "en"]
    scored = sorted(((pair_score(v, e, i, j), i, j) for i, v in enumerate(vis)
                     for j, e in enumerate(ens)), reverse=True)
    used_vi: set[int] = set()
    used_en: set[int] = set()
    pairs: list[Pair] = []
    for score, i, j in scored:
        if score < MIN_SCORE:
            break
        if i in used_vi or j in used_en:
            continue
        used_vi.add(i)
        used_en.add(j)
        pairs.append(Pair(vis[i], ens[j], score))
        log.debug("paired %r with %r (%.2f)", vis[i].title, ens[j].title, score)
    pairs += [Pair(v, None, 0.0) for i, v in enumerate(vis) if i not in used_vi]
    pairs += [Pair(None, e, 0.0) for j, e in enumerate(ens) if j not in used_en]
    return tuple(sorted(pairs, key=lambda p: min(d.order for d in (p.vi, p.en) if d)))
