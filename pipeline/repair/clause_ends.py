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
from itertools import chain

import numpy as np
from magpipe.repair.lattice import Scores, Slot
from magpipe.repair.lm import BOS, UNK, LanguageModel
from magpipe.repair.paths import expand
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
    return weight * (lm.end_logp(h2, h1, end) - rates[end])


def with_ends(scores: Scores, run: Sequence[Slot], starts: Sequence[bool],
              breaks: Sequence[bool], ends: Sequence[int], tables: Tables,
              weight: float = ENDS_WEIGHT, in_place: bool = False) -> Scores:
    """``scores`` of ``run`` with the clause-end odds of each word before a clause end
    (``ends[u]``: the id of the end after word ``u``, -1: none); ``starts``/``breaks`` as
    in ``Lattice.scores``. ``in_place``: the odds are added to ``scores``' own arrays (a
    decoder's fresh scores, read by no one else: no copy of a page's megabytes of rows)."""
    lm = tables.lm
    if lm is None or not weight:
        return scores
    ends_of = np.asarray(ends, dtype=np.int64)
    n_all, d1_all, pair_at_all = scores.arrays
    # a word with one (k1, i) (one option, after a word of one option or none: most of a
    # sound page's) gets odds of 0 from its best reading, its only one: left out
    words = np.flatnonzero((ends_of >= 0) & (d1_all * n_all > 1))
    if not len(words):
        return scores
    # the model ids of the options of each ending word and of the word before it, laid out
    # flat (``UNK``: a word kept as it is, or unknown); the other words' are never read
    near = np.unique(np.concatenate([words, words[words > 0] - 1]))
    own = np.fromiter(chain.from_iterable(run[u].ids for u in near.tolist()), dtype=np.int64,
                      count=int(n_all[near].sum()))
    model = np.where(own >= 0, tables.lm_ids[np.maximum(own, 0)], UNK)
    offset = np.zeros(len(n_all), dtype=np.int64)
    offset[near] = np.cumsum(n_all[near]) - n_all[near]
    # per ending word, its (k1, i) laid out flat as its bigram-level scores are
    n, d1 = n_all[words], d1_all[words]
    sizes = d1 * n
    owner, j = expand(sizes)
    u = words[owner]
    k1, i = np.divmod(j, n[owner])
    h1 = model[offset[u] + i]
    # the word before: in the same run, no break between (else a context's start: BOS)
    fresh = (np.asarray(starts, dtype=bool) | np.concatenate(
        [[True], np.asarray(breaks, dtype=bool)[:-1]]))[u]
    h2 = np.where(fresh, BOS, model[np.where(fresh, 0, offset[u - 1] + k1)])
    h2 = np.where(h2 == UNK, BOS, h2)
    end = ends_of[u]
    term = np.zeros(len(h1))
    live = h1 != UNK
    term[live] = end_odds(lm, h2[live], h1[live], end[live], weight)
    # counted from each word's best reading (all at once: a page has hundreds of them)
    first = np.cumsum(sizes) - sizes
    best = np.maximum.reduceat(np.where(live, term, -np.inf), first)
    term = np.where(live, term - np.repeat(np.where(np.isfinite(best), best, 0.0), sizes), 0.0)
    pairs, rows = ((scores.pairs, scores.rows) if in_place
                   else (scores.pairs.copy(), scores.rows.copy()))
    at = pair_at_all[words]
    pairs[np.repeat(at - first, sizes) + np.arange(len(term))] += term
    # every stored history (k2, k1) of an ending word: the same term per (k1, i)
    hist_at = np.array(scores.hist_at, dtype=np.int64)
    width = n
    counts = hist_at[words + 1] - hist_at[words]
    if counts.sum():
        owner = np.repeat(np.arange(len(words)), counts)
        hist = hist_at[words][owner] + np.arange(len(owner)) - np.repeat(
            np.cumsum(counts) - counts, counts)
        n = width[owner]
        local = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
        row_at = np.asarray(scores.row_at, dtype=np.int64)
        rows[np.repeat(row_at[hist], n) + local] += term[
            np.repeat(first[owner] + scores.hist_k1[hist] * n, n) + local]
    return scores if in_place else dataclasses.replace(scores, pairs=pairs, rows=rows)
