"""The bigram level and the stored histories' rows of ``lattice.Lattice.scores`` as numpy
steps: the forms a process runs while it is on the plain tier (``compiled.Tiers``).

The compiled tier reads them in fused loops (``lattice_index.bigram_pairs``,
``pair_values``, ``history_scores``): one pass, no array per step, the speed of a page of
stripped text. Run as plain Python those loops cost an interpreted step per pair and per
entry, where these steps cost a few array operations per call: a sound page, whose repair
never loads numba, stays on them (with the fused loops' plain forms its repair went from
about 20 to 50 ms a page). Both forms give the same values to the last bit: the same
entries in the same order, and the same float operations on each
(``tests/test_repair_fused_loops.py``).

Pure logic on numpy arrays; the arrays are those of ``Lattice.scores`` (see
``lattice_index``'s docstring).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from magpipe.repair.compiled import compiled
from magpipe.repair.lattice_index import BOS, history_rows
from magpipe.repair.lm import LanguageModel
from magpipe.repair.scoring import Mixer, MixTerms


@dataclass(frozen=True)
class PairLayout:
    """Per pair (k1, i) of the bigram level, laid out flat as ``Scores.pairs``: the flat
    index of its option (``option``) and of the option before (``before``, 0 at a run's
    start), whether there is a word before (``has``), whether the option keeps its word
    (``keep``) and the one before does (``before_keep``); ``need``: the pairs that read
    the bigram (a syllable after a syllable, no break between), in flat order;
    ``need_at``: per pair, its place among those, -1 for the others."""

    option: np.ndarray
    before: np.ndarray
    has: np.ndarray
    keep: np.ndarray
    before_keep: np.ndarray
    need: np.ndarray
    need_at: np.ndarray


def pair_layout(n: np.ndarray, d1: np.ndarray, pair_at: np.ndarray, offset: np.ndarray,
                prev: np.ndarray, brk: np.ndarray, keep: np.ndarray) -> PairLayout:
    """The pairs of the bigram level (``lattice_index.bigram_pairs`` in numpy; its
    ``(need_at, before, option)`` are ``need_at``, ``before[need]``, ``option[need]``)."""
    word = np.repeat(np.arange(len(n)), d1 * n)
    j = np.arange(pair_at[-1]) - pair_at[word]
    width = n[word]
    c = offset[word] + j % width
    has = prev[word]
    b = np.where(has, offset[word - 1] + j // width, 0)
    cur_keep, before_keep = keep[c], keep[b] & has
    fresh = ~has | before_keep | brk[word - 1]      # word 0 reads brk's last entry, True
    need = np.flatnonzero(~fresh & ~cur_keep)
    need_at = np.full(len(c), -1, dtype=np.int64)
    need_at[need] = np.arange(len(need))
    return PairLayout(c, b, has, cur_keep, before_keep, need, need_at)


def pair_values(layout: PairLayout, is_num: np.ndarray, emit: np.ndarray, fresh: np.ndarray,
                mixed: np.ndarray, switch: float) -> np.ndarray:
    """The bigram-level score of every pair (``lattice_index.pair_values`` in numpy):
    ``emit`` of the option plus, for a syllable, ``mixed`` of its pair where it reads the
    bigram, else ``fresh`` (after a context break), and ``switch`` after a word kept as
    it is (not a number); for an option that keeps its word, ``switch`` after a syllable
    (not a number)."""
    c, b = layout.option, layout.before
    value = fresh[c]
    value[layout.need] = mixed
    keep_step = np.where(layout.has & ~layout.before_keep & ~is_num[b], switch, 0.0)
    return emit[c] + np.where(layout.keep, keep_step,
                              value + np.where(layout.before_keep & ~is_num[c], switch, 0.0))


def history_block(lm: LanguageModel, terms: MixTerms, n: np.ndarray, offset: np.ndarray,
                  pair_at: np.ndarray, keep: np.ndarray, lm_ids: np.ndarray,
                  emit: np.ndarray, value: np.ndarray, need_at: np.ndarray, lp2: np.ndarray,
                  word: np.ndarray, k1: np.ndarray, h2: np.ndarray, h1: np.ndarray,
                  found: np.ndarray, compiled_index: bool = False) -> np.ndarray:
    """The rows of the stored histories (``word``, ``k1``, model ids ``h2``, ``h1``, row
    ``found`` among the model's histories), laid out flat (``lattice_index.history_scores``
    with its mix, in numpy): an option that keeps the word scores as at the bigram level;
    a syllable, ``emit`` plus the mix of its trigram with its pair's ``terms``. The index
    loop (``history_rows``) runs compiled with ``compiled_index``, else in numpy
    (``history_rows_numpy``; the caller charged it to the tier)."""
    arrays = (n, offset, pair_at, keep, word, k1)
    _row_at, pair, sel, history, option = (
        compiled(history_rows)(*arrays) if compiled_index else history_rows_numpy(*arrays))
    rows = value[pair]
    local = need_at[pair[sel]]
    tri = lm.trigram_logp(h2[history], h1[history], lm_ids[option], found[history],
                          lp2[local])
    rows[sel] = emit[option] + Mixer.mixed(tri, terms.take(local))
    return rows


def history_rows_numpy(n: np.ndarray, offset: np.ndarray, pair_at: np.ndarray,
                       keep: np.ndarray, word: np.ndarray, k1: np.ndarray
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``lattice_index.history_rows`` in numpy: the same five arrays, entry for entry (every
    option of each history's word, history after history; the options that do not keep
    their word in that order). As plain Python the loop cost an interpreted step per entry
    (~0.8 ms a born-digital page)."""
    word = np.asarray(word, dtype=np.int64)
    width = np.asarray(n, dtype=np.int64)[word]
    row_at = np.zeros(len(word) + 1, dtype=np.int64)
    np.cumsum(width, out=row_at[1:])
    of = np.repeat(np.arange(len(word), dtype=np.int64), width)    # each entry's history
    i = np.arange(int(row_at[-1]), dtype=np.int64) - row_at[of]     # its option of the word
    u = word[of]
    pair = np.asarray(pair_at, dtype=np.int64)[u] + \
        np.asarray(k1, dtype=np.int64)[of] * width[of] + i
    option = np.asarray(offset, dtype=np.int64)[u] + i
    sel = np.flatnonzero(np.logical_not(np.asarray(keep)[option]))
    return row_at, pair, sel, of[sel], option[sel]


def candidate_histories_numpy(n: np.ndarray, d1: np.ndarray, d2: np.ndarray, prev: np.ndarray,
                              prev2: np.ndarray, brk: np.ndarray, offset: np.ndarray,
                              keep: np.ndarray, lm_ids: np.ndarray
                              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray,
                                         np.ndarray]:
    """``lattice_index.candidate_histories`` in numpy: the same five arrays, entry for entry
    (every (k2, k1) of each word whose word before holds a syllable with no break after it,
    in word order, then k2, then k1; the words before indexed as the loop indexes them,
    a negative index from the end). As plain Python the loop cost an interpreted step per
    history (~0.5 ms a born-digital page)."""
    count = len(n)
    brk = np.asarray(brk, dtype=bool)
    u = np.arange(count, dtype=np.int64)
    before = np.where(u > 0, u - 1, len(brk) - 1)
    live = np.flatnonzero(np.asarray(prev, dtype=bool) & ~brk[before]) if count else u
    d1 = np.asarray(d1, dtype=np.int64)[live]
    sizes = np.asarray(d2, dtype=np.int64)[live] * d1
    starts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    at = np.repeat(np.arange(len(live), dtype=np.int64), sizes)   # each entry's word, of live
    within = np.arange(int(starts[-1]), dtype=np.int64) - starts[at]
    word, step = live[at], d1[at]
    k2, k1 = within // step, within % step
    offset = np.asarray(offset, dtype=np.int64)
    keep = np.asarray(keep, dtype=bool)
    lm_ids = np.asarray(lm_ids, dtype=np.int64)
    newer = offset[word - 1] + k1
    two = np.asarray(prev2, dtype=bool)[word]
    older = np.where(two, offset[np.where(two, word - 2, 0)] + k2, 0)
    none = ~two | keep[older] | brk[np.where(two, word - 2, 0)] if len(keep) else ~two
    h2 = np.where(none, BOS, lm_ids[older] if len(lm_ids) else BOS).astype(np.int64)
    sel = np.flatnonzero(~keep[newer]) if len(newer) else newer
    return word[sel], k2[sel], k1[sel], h2[sel], lm_ids[newer][sel]
