"""Where the trigram histories of a sequence of slots lie, and what their rows gather.

Pure logic on integer arrays, compiled (``compiled``): ``lattice.Lattice._histories``
asks for millions of (history, option) entries on a page of stripped text, and in numpy
each of its dozen index steps wrote an array of that size. The arrays are those of
``Lattice.scores`` (per word ``u``: ``n[u]`` options from ``offset[u]``, ``d1[u]`` /
``d2[u]`` options of the words before in its run, ``prev[u]`` / ``prev2[u]``: it has
them; ``brk[u]``: the context ends after it, with one more entry, True, for the end;
per option: ``keep`` (it keeps the word) and its language-model id ``lm_ids``).
"""

from __future__ import annotations

import numpy as np
from magpipe.repair.compiled import compiled

BOS = 0                      # as ``lm.BOS``: a context break (lm imports nothing from here)


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


def warm() -> None:
    """Compile both (or read them back from numba's cache) and run them once on the
    array types ``Lattice.scores`` passes, so the first document pays nothing."""
    ints, flags = np.zeros(2, dtype=np.int64), np.zeros(2, dtype=bool)
    compiled(candidate_histories)(ints, ints, ints, flags, flags, np.ones(3, dtype=bool),
                                  ints, flags, ints)
    compiled(history_rows)(ints, ints, ints, flags, ints[:0], ints[:0])
