"""The exact Viterbi of ``paths.best_paths``, compiled: every part of a sequence in one call.

Pure logic on numpy arrays. A part is a stretch of words whose search is independent of
the words around it (``paths.parts``); its state after word ``u`` is (option of word
``u - 1``, option of word ``u``). A step adds the bigram-level scores of word ``u``
(``Scores.pairs``, one ``(k1, i)`` array) to the state's score, the rows of the histories
the trigram model stores (``Scores.rows``) in place of theirs, and keeps per ``(k1, i)``
the best ``k2``: the first best, as ``numpy.argmax`` would take it, and every sum the same
two terms added in the same order as the numpy search this replaces, so the paths are its
own to the last tie.

A step is a dozen small array operations; in numpy each cost a Python call, and a page
of stripped text has tens of thousands of steps: the loops below are compiled once with
numba (``compiled``). ``warm`` builds or reads it back while the decoder loads, so no
document pays for it; ``search_parts`` is the plain Python function, which the tests run
beside the compiled one.
"""

from __future__ import annotations

import logging
import time

import numpy as np
from magpipe.repair.compiled import compiled

log = logging.getLogger(__name__)

def search_parts(n: np.ndarray, pair_at: np.ndarray, pairs: np.ndarray,
                 hist_at: np.ndarray, hist_local: np.ndarray, row_at: np.ndarray,
                 rows: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                 first_at: np.ndarray, firsts: np.ndarray) -> np.ndarray:
    """The best option per word of each part ``starts[p]:ends[p]`` (words of a
    ``lattice.Scores``: ``n``, ``pair_at``, ``pairs``, ``hist_at``, ``hist_local``,
    ``row_at``, ``rows`` are its arrays), the scores of its first word's options being
    ``firsts[first_at[p]:first_at[p + 1]]``; the paths laid out flat, part after part."""
    total_words = 0
    widest = 1
    for p in range(len(starts)):
        total_words += ends[p] - starts[p]
    for u in range(len(n)):
        widest = max(widest, n[u])
    out = np.zeros(total_words, dtype=np.int64)
    back = np.zeros(len(pairs), dtype=np.int64)        # per (word, k1, i): the best k2
    score = np.empty(widest * widest)                    # the state's scores, [k2 or k1, i]
    step = np.empty(widest * widest)
    total = np.empty(widest * widest * widest)           # one step's sums, [k2, k1, i]
    at = 0
    for p in range(len(starts)):
        lo, hi = starts[p], ends[p]
        rows_now, size = 1, n[lo]
        for i in range(size):
            score[i] = firsts[first_at[p] + i]
        for u in range(lo + 1, hi):
            before, size = size, n[u]
            base = pair_at[u]
            # score[k2, k1] + pairs[k1, i], every (k2, k1, i)
            for k2 in range(rows_now):
                for k1 in range(before):
                    s = score[k2 * before + k1]
                    flat = (k2 * before + k1) * size
                    for i in range(size):
                        total[flat + i] = s + pairs[base + k1 * size + i]
            # the histories' rows in place of the pairs'
            for h in range(hist_at[u], hist_at[u + 1]):
                local = hist_local[h]
                s = score[local]
                flat = local * size
                row = row_at[h]
                for i in range(size):
                    total[flat + i] = s + rows[row + i]
            # the best k2 per (k1, i): the first of the best
            for k1 in range(before):
                for i in range(size):
                    best = total[k1 * size + i]
                    which = 0
                    for k2 in range(1, rows_now):
                        value = total[(k2 * before + k1) * size + i]
                        if value > best:
                            best = value
                            which = k2
                    step[k1 * size + i] = best
                    back[base + k1 * size + i] = which
            for j in range(before * size):
                score[j] = step[j]
            rows_now = before
        # the best last state, first in row-major order (``argmax``), then back
        best = score[0]
        which = 0
        for j in range(1, rows_now * size):
            if score[j] > best:
                best = score[j]
                which = j
        length = hi - lo
        last = which % size
        out[at + length - 1] = last
        if length > 1:
            k1 = which // size
            out[at + length - 2] = k1
            i = last
            for u in range(hi - 1, lo + 1, -1):
                k2 = back[pair_at[u] + k1 * n[u] + i]
                out[at + u - lo - 2] = k2
                i, k1 = k1, k2
        at += length
    return out


def warm() -> None:
    """Compile ``search_parts`` (or read it back from numba's cache) and run it once on a
    small part, so the first document pays nothing: called while the decoder loads."""
    started = time.perf_counter()
    one = np.ones(1, dtype=np.int64)
    compiled(search_parts)(
        np.array([2, 2], dtype=np.int64), np.array([0, 2, 6], dtype=np.int64), np.zeros(6),
        np.zeros(3, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64),
        np.zeros(0), np.zeros(1, dtype=np.int64), one * 2, np.array([0, 2], dtype=np.int64),
        np.zeros(2))
    log.info("compiled Viterbi ready in %.2f s", time.perf_counter() - started)
