"""The odds of a clause end after a word, added to the scores of the word before punctuation.

Pure logic on numpy arrays. The decoder breaks its context at punctuation, so without this
``nhanh lắm,`` and ``nhanh làm,`` differ only by what comes before them. The language model
is counted with a clause end (``lm.END_COMMA``, ``lm.END_STOP``) as a word after every
syllable followed by such punctuation (``lm.end_of``), so it knows P(end | the two words
before). A word followed by a clause end gets, per option ``i`` after option ``k1`` of the
word before,

    ENDS_WEIGHT * (log P(end | k1, i) - log P(end))

where P(end) is the share of syllables the corpora follow by that end (``meta.json``,
``end_rates``): an option that ends clauses more often than the average word gains, one
that seldom does loses. The odds are counted from the best of the word's (k1, i), so
an option that keeps the word as it is (English, a name) is left as it was, and the odds
never make a reading likelier than keeping the word (`Mr. Doan Thanh Son,` in an English
half stays so, though `Sơn` often ends a clause). The term depends on (k1, i) only, so it
is added to the word's bigram-level scores and to every stored history's row alike.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np
from magpipe.repair.lattice import Scores, Slot
from magpipe.repair.lm import BOS, UNK, LanguageModel
from magpipe.repair.scoring import Tables

# weight of the clause-end odds; chosen on the TUNE news documents and the sample's
# learning lines (bench/bench_repair_lm.py --tune --end-weights)
ENDS_WEIGHT = 0.7


def end_ids(lm: LanguageModel | None, ends: Sequence[str | None]) -> list[int]:
    """The model's id of each word's clause end (-1: none, or a model built without
    them)."""
    if lm is None or not lm.end_rates:
        return [-1] * len(ends)
    return [lm.ids.get(end, -1) if end is not None else -1 for end in ends]


def end_odds(lm: LanguageModel, h2: np.ndarray, h1: np.ndarray, end: np.ndarray,
             weight: float = ENDS_WEIGHT) -> np.ndarray:
    """``weight * (log P(end | h2 h1) - log P(end))`` for integer arrays of model ids
    (``h1`` a syllable or a number; ``h2`` BOS where there is no word before)."""
    rates = np.zeros(len(lm.ids) + 1)
    for name, rate in lm.end_rates.items():
        rates[lm.ids[name]] = math.log(rate)
    return weight * (lm.logp_many(h2, h1, end) - rates[end])


def with_ends(scores: Scores, run: Sequence[Slot], starts: Sequence[bool],
              breaks: Sequence[bool], ends: Sequence[int], tables: Tables,
              weight: float = ENDS_WEIGHT) -> Scores:
    """``scores`` of ``run`` with the clause-end odds of each word before a clause end
    (``ends[u]``: the id of the end after word ``u``, -1: none); ``starts``/``breaks`` as
    in ``Lattice.scores``."""
    lm = tables.lm
    words = [u for u, end in enumerate(ends) if end >= 0]
    if lm is None or not words or not weight:
        return scores
    ids = tables.lm_ids

    def model_ids(slot: Slot, empty: int) -> np.ndarray:
        own = np.array(slot.ids, dtype=np.int64)
        out = np.where(own >= 0, ids[np.maximum(own, 0)], UNK)
        return np.where(out == UNK, empty, out)

    h2s, h1s = [], []
    for u in words:
        h1 = model_ids(run[u], UNK)
        # the word before: in the same run, no break between (else a context's start)
        h2 = (np.full(scores.d1[u], BOS, dtype=np.int64) if starts[u] or breaks[u - 1]
              else model_ids(run[u - 1], BOS))
        h2s.append(np.repeat(h2, len(h1)))
        h1s.append(np.tile(h1, len(h2)))
    h2, h1 = np.concatenate(h2s), np.concatenate(h1s)
    end = np.repeat(np.array([ends[u] for u in words], dtype=np.int64),
                    [scores.d1[u] * scores.n[u] for u in words])
    term = np.zeros(len(h1))
    live = h1 != UNK
    term[live] = end_odds(lm, h2[live], h1[live], end[live], weight)
    # counted from each word's best reading (all at once: a page has hundreds of them)
    sizes = np.array([scores.d1[u] * scores.n[u] for u in words], dtype=np.int64)
    first = np.cumsum(sizes) - sizes
    best = np.maximum.reduceat(np.where(live, term, -np.inf), first)
    term = np.where(live, term - np.repeat(np.where(np.isfinite(best), best, 0.0), sizes), 0.0)
    pairs, rows = scores.pairs.copy(), scores.rows.copy()
    at = np.array(scores.pair_at, dtype=np.int64)[words]
    pairs[np.repeat(at - first, sizes) + np.arange(len(term))] += term
    # every stored history (k2, k1) of an ending word: the same term per (k1, i)
    hist_at = np.array(scores.hist_at, dtype=np.int64)
    width = np.array([scores.n[u] for u in words], dtype=np.int64)
    counts = hist_at[np.array(words) + 1] - hist_at[words]
    if counts.sum():
        owner = np.repeat(np.arange(len(words)), counts)
        hist = hist_at[words][owner] + np.arange(len(owner)) - np.repeat(
            np.cumsum(counts) - counts, counts)
        n = width[owner]
        local = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
        row_at = np.asarray(scores.row_at, dtype=np.int64)
        rows[np.repeat(row_at[hist], n) + local] += term[
            np.repeat(first[owner] + scores.hist_k1[hist] * n, n) + local]
    return dataclasses.replace(scores, pairs=pairs, rows=rows)
