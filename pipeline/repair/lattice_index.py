"""The bigram level's pairs and scores, where the trigram histories of a sequence of slots
lie, and what their rows gather.

Pure logic on integer arrays, compiled (``compiled``): ``lattice.Lattice._histories``
asks for millions of (history, option) entries on a page of stripped text, and in numpy
each of its dozen index steps wrote an array of that size. ``bigram_pairs``,
``pair_values`` and ``history_scores`` fuse whole levels into one pass each: the compiled
tier runs them; the plain tier runs their numpy forms (``lattice_plain``), where an
interpreted step per item would cost more than the arrays. The arrays are those of
``Lattice.scores`` (per word ``u``: ``n[u]`` options from ``offset[u]``, ``d1[u]`` /
``d2[u]`` options of the words before in its run, ``prev[u]`` / ``prev2[u]``: it has
them; ``brk[u]``: the context ends after it, with one more entry, True, for the end;
per option: ``keep`` (it keeps the word) and its language-model id ``lm_ids``).
"""

from __future__ import annotations

import numpy as np
from magpipe.repair.compiled import compiled
from magpipe.repair.trigram_rows import ID_BITS

BOS = 0                      # as ``lm.BOS``: a context break (lm imports nothing from here)


def bigram_pairs(n: np.ndarray, d1: np.ndarray, pair_at: np.ndarray, offset: np.ndarray,
                 prev: np.ndarray, brk: np.ndarray, keep: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs (k1, i) of the bigram level (per word ``u``, option ``k1`` of the word
    before, or none at a run's start, then its option ``i``; laid out flat from
    ``pair_at[u]``) that the bigram is read for: a syllable after a syllable, no break
    between them. (need_at, before, option): per pair, its place among those, -1 for
    the others; per such pair, the flat index of the option before and of its own."""
    total = pair_at[len(n)]
    need_at = np.full(total, -1, dtype=np.int64)
    count = 0
    for u in range(len(n)):
        if not prev[u] or brk[u - 1 if u else len(brk) - 1]:
            continue
        for k1 in range(d1[u]):
            if keep[offset[u - 1] + k1]:
                continue
            for i in range(n[u]):
                if not keep[offset[u] + i]:
                    count += 1
    before = np.empty(count, dtype=np.int64)
    option = np.empty(count, dtype=np.int64)
    at = 0
    for u in range(len(n)):
        if not prev[u] or brk[u - 1 if u else len(brk) - 1]:
            continue
        width = n[u]
        for k1 in range(d1[u]):
            b = offset[u - 1] + k1
            if keep[b]:
                continue
            for i in range(width):
                c = offset[u] + i
                if not keep[c]:
                    need_at[pair_at[u] + k1 * width + i] = at
                    before[at] = b
                    option[at] = c
                    at += 1
    return need_at, before, option


def pair_values(n: np.ndarray, d1: np.ndarray, pair_at: np.ndarray, offset: np.ndarray,
                prev: np.ndarray, keep: np.ndarray, is_num: np.ndarray, emit: np.ndarray,
                fresh: np.ndarray, need_at: np.ndarray, mixed: np.ndarray, switch: float
                ) -> np.ndarray:
    """The bigram-level score of every pair (``bigram_pairs``' layout): the option's own
    score (``emit``) plus, for a syllable, its mixed log-probability (``mixed`` of the
    pairs ``need_at`` names, ``fresh``: that of the option after a context break for
    the others), and ``switch`` where the word before is kept as it is (not a number);
    for an option that keeps the word, ``switch`` where the word before is a syllable
    (not a number), else nothing."""
    value = np.empty(pair_at[len(n)])
    for u in range(len(n)):
        width = n[u]
        has = prev[u]
        for k1 in range(d1[u]):
            b = offset[u - 1] + k1 if has else 0
            before_keep = has and keep[b]
            for i in range(width):
                p = pair_at[u] + k1 * width + i
                c = offset[u] + i
                if keep[c]:
                    step = switch if has and not before_keep and not is_num[b] else 0.0
                    value[p] = emit[c] + step
                else:
                    k = need_at[p]
                    score = mixed[k] if k >= 0 else fresh[c]
                    value[p] = emit[c] + (score + (switch if before_keep and not is_num[c]
                                                   else 0.0))
    return value


def candidate_histories(n: np.ndarray, d1: np.ndarray, d2: np.ndarray, prev: np.ndarray,
                        prev2: np.ndarray, brk: np.ndarray, offset: np.ndarray,
                        keep: np.ndarray, lm_ids: np.ndarray
                        ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray,
                                   np.ndarray]:
    """(word, k2, k1, h2, h1) of every history (k2, k1) a word may have: its word before
    holds option k1, a syllable, with no break after it; h2, h1: the model's ids of the
    two words before (h2 ``BOS`` where there is no word two before in the context).
    In word order, then k2, then k1."""
    count = len(n)
    total = 0
    for u in range(count):
        if prev[u] and not brk[u - 1 if u else len(brk) - 1]:
            total += d2[u] * d1[u]
    word = np.empty(total, dtype=np.int64)
    k2s = np.empty(total, dtype=np.int64)
    k1s = np.empty(total, dtype=np.int64)
    h2s = np.empty(total, dtype=np.int64)
    h1s = np.empty(total, dtype=np.int64)
    at = 0
    for u in range(count):
        if not prev[u] or brk[u - 1 if u else len(brk) - 1]:
            continue
        for k2 in range(d2[u]):
            none = True
            older = 0
            if prev2[u]:
                older = offset[u - 2] + k2
                none = keep[older] or brk[u - 2]
            for k1 in range(d1[u]):
                newer = offset[u - 1] + k1
                if keep[newer]:
                    continue
                word[at] = u
                k2s[at] = k2
                k1s[at] = k1
                h2s[at] = BOS if none else lm_ids[older]
                h1s[at] = lm_ids[newer]
                at += 1
    return word[:at], k2s[:at], k1s[:at], h2s[:at], h1s[:at]



def history_rows(n: np.ndarray, offset: np.ndarray, pair_at: np.ndarray, keep: np.ndarray,
                 word: np.ndarray, k1: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The row of each history (``word``, ``k1``): every option ``i`` of its word, laid
    out flat from ``row_at[h]``; (row_at, pair: where each entry's bigram-level score
    lies, sel: the entries whose option is a syllable (those the trigram model scores),
    history: the history of each of them, option: its option's flat index)."""
    row_at = np.zeros(len(word) + 1, dtype=np.int64)
    chosen = 0
    for h in range(len(word)):
        u = word[h]
        row_at[h + 1] = row_at[h] + n[u]
        for i in range(n[u]):
            if not keep[offset[u] + i]:
                chosen += 1
    pair = np.empty(row_at[-1], dtype=np.int64)
    sel = np.empty(chosen, dtype=np.int64)
    history = np.empty(chosen, dtype=np.int64)
    option = np.empty(chosen, dtype=np.int64)
    at = 0
    for h in range(len(word)):
        u = word[h]
        width = n[u]
        base = pair_at[u] + k1[h] * width
        for i in range(width):
            flat = row_at[h] + i
            pair[flat] = base + i
            c = offset[u] + i
            if not keep[c]:
                sel[at] = flat
                history[at] = h
                option[at] = c
                at += 1
    return row_at, pair, sel, history, option


def history_scores(n: np.ndarray, offset: np.ndarray, pair_at: np.ndarray, keep: np.ndarray,
                   lm_ids: np.ndarray, value: np.ndarray, emit: np.ndarray,
                   need_at: np.ndarray, word: np.ndarray, k1: np.ndarray, found: np.ndarray,
                   tail: np.ndarray, lp2: np.ndarray, tri_lo: np.ndarray, first: np.ndarray,
                   last: np.ndarray, tri_q: np.ndarray, tri_book: np.ndarray,
                   ctx_q: np.ndarray, ctx_book: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The row of each stored history (``word``, ``k1``; ``found``: its row among the
    model's histories): every option ``i`` of its word, laid out flat, history after
    history. (rows, sel, at, logp): ``rows``, the bigram-level score (``value``) of an
    option that keeps the word, the option's own score (``emit``) for a syllable; ``sel``,
    the entries that are syllables; for each of them ``at``, the place of its pair (k1, i)
    among the pairs scored at the bigram level (``need_at``), and ``logp``, log P_lm(w |
    h2 h1) as ``LanguageModel.trigram_logp`` gives it: the stored trigram's value, else
    the history's backoff plus the pair's bigram (``lp2[at]``). A trigram is searched
    only where its pair ends one (``tail[at]``), inside its history's stretch of the keys
    (``first``, ``last``; the ``trigram_rows`` layout: ``LanguageModel.trigram_arrays``
    gives the arrays from ``tri_lo`` on). One pass, no array per step."""
    mask = (1 << ID_BITS) - 1
    total = 0
    chosen = 0
    for h in range(len(word)):
        u = word[h]
        total += n[u]
        for i in range(n[u]):
            if not keep[offset[u] + i]:
                chosen += 1
    rows = np.empty(total)
    sel = np.empty(chosen, dtype=np.int64)
    at = np.empty(chosen, dtype=np.int64)
    logp = np.empty(chosen)
    flat = 0
    e = 0
    for h in range(len(word)):
        u = word[h]
        width = n[u]
        base = pair_at[u] + k1[h] * width
        r = found[h]
        bow = ctx_book[ctx_q[r]]
        for i in range(width):
            c = offset[u] + i
            if keep[c]:
                rows[flat] = value[base + i]
            else:
                rows[flat] = emit[c]
                k = need_at[base + i]
                score = bow + lp2[k]
                if tail[k]:
                    want = lm_ids[c]
                    lo, hi = first[r], last[r]
                    while lo < hi:
                        mid = (lo + hi) >> 1
                        if (int(tri_lo[mid]) & mask) < want:
                            lo = mid + 1
                        else:
                            hi = mid
                    if lo < last[r] and (int(tri_lo[lo]) & mask) == want:
                        score = tri_book[tri_q[lo]]
                sel[e] = flat
                at[e] = k
                logp[e] = score
                e += 1
            flat += 1
    return rows, sel, at, logp


def warm(trigram_arrays: tuple[np.ndarray, ...] | None = None) -> None:
    """Compile both (or read them back from numba's cache) and run them once on the
    array types ``Lattice.scores`` passes (``trigram_arrays``: the language model's, as
    ``LanguageModel.trigram_arrays`` gives them; none: ``history_scores`` is left to its
    first call), so the first document pays nothing."""
    ints, flags = np.zeros(2, dtype=np.int64), np.zeros(2, dtype=bool)
    compiled(bigram_pairs)(ints, ints, np.zeros(3, dtype=np.int64), ints, flags,
                           np.ones(3, dtype=bool), flags)
    compiled(pair_values)(ints, ints, np.zeros(3, dtype=np.int64), ints, flags, flags, flags,
                          np.zeros(2), np.zeros(2), ints, np.zeros(2), -4.0)
    compiled(candidate_histories)(ints, ints, ints, flags, flags, np.ones(3, dtype=bool),
                                  ints, flags, ints)
    compiled(history_rows)(ints, ints, ints, flags, ints[:0], ints[:0])
    if trigram_arrays is not None:
        floats = np.zeros(2)
        compiled(history_scores)(ints, ints, ints, flags, ints, floats, floats, ints,
                                 ints[:0], ints[:0], ints[:0], flags, floats, *trigram_arrays)
