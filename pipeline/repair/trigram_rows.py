"""The stored trigrams of each stored history: where they lie, and a word's among them.

Pure logic on the language model's arrays, compiled (``compiled``). The trigram keys are
stored sorted, packed ``h2 h1 w`` (``lm.ID_BITS`` each): their low 32 bits (``tri_lo``)
and, per value of the bits above, where its keys end (``tri_ends``). The stored histories
(``ctx_keys``, ``h2 << 16 | h1``) are sorted in the same order, so the trigrams of history
row ``r`` are the stretch ``first[r]:last[r]`` of the keys (``history_ranges``: one pass
over both), and inside it they differ only in ``w``, the low bits. A trigram is then found
by a search of a few steps inside its history's stretch (``find_in_ranges``), behind an
exact filter of the pairs that end a stored trigram (``tail_bits``), with no 64-bit copy
of the keys.
"""

from __future__ import annotations

import numpy as np

ID_BITS = 13                 # as ``lm.ID_BITS``: ids packed 13 bits each in a trigram key
PAIR_BITS = 16               # a stored history's key: ``h2 << PAIR_BITS | h1``


def history_ranges(tri_ends: np.ndarray, tri_lo: np.ndarray, ctx_keys: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray]:
    """(first, last): per stored history, the stretch of the trigram keys it begins."""
    count = len(ctx_keys)
    first = np.zeros(count, dtype=np.int64)
    last = np.zeros(count, dtype=np.int64)
    mask = (1 << ID_BITS) - 1
    r = 0
    start = 0
    for high in range(len(tri_ends)):
        end = tri_ends[high]
        for t in range(start, end):
            packed = (high << 32) | int(tri_lo[t])
            h2 = packed >> (2 * ID_BITS)
            h1 = (packed >> ID_BITS) & mask
            key = (h2 << PAIR_BITS) | h1
            while r < count and int(ctx_keys[r]) < key:
                r += 1
            if r < count and int(ctx_keys[r]) == key:
                if last[r] == 0:
                    first[r] = t
                last[r] = t + 1
        start = max(start, end)
    return first, last


def tail_bits(tri_lo: np.ndarray, width: int) -> np.ndarray:
    """The pairs (h1, w) that end a stored trigram, as bits ``h1 * width + w`` (``width``:
    the vocabulary's size): bit ``m & 7`` of byte ``m >> 3``."""
    mask = (1 << ID_BITS) - 1
    bits = np.zeros((width * width + 15) // 8, dtype=np.uint8)
    for t in range(len(tri_lo)):
        low = int(tri_lo[t])
        m = ((low >> ID_BITS) & mask) * width + (low & mask)
        bits[m >> 3] |= np.uint8(1 << (m & 7))
    return bits


def find_in_ranges(tri_lo: np.ndarray, first: np.ndarray, last: np.ndarray,
                   tails: np.ndarray, width: int, rows: np.ndarray, h1: np.ndarray,
                   w: np.ndarray) -> np.ndarray:
    """Per query, the index of the stored trigram (history row ``rows[q]``, whose last
    word is ``h1[q]``, then ``w[q]``) among the keys, -1 where it is none. A pair (h1, w)
    that ends no stored trigram (``tails``, from ``tail_bits``: most do not) is not
    searched: one bit read in place of a search through the history's stretch."""
    mask = (1 << ID_BITS) - 1
    out = np.full(len(w), -1, dtype=np.int64)
    for q in range(len(w)):
        m = h1[q] * width + w[q]
        if not (tails[m >> 3] >> (m & 7)) & 1:
            continue
        r = rows[q]
        lo, hi = first[r], last[r]
        want = w[q]
        while lo < hi:
            mid = (lo + hi) >> 1
            if (int(tri_lo[mid]) & mask) < want:
                lo = mid + 1
            else:
                hi = mid
        if lo < last[r] and (int(tri_lo[lo]) & mask) == want:
            out[q] = lo
    return out


def find_in_ranges_numpy(tri_lo: np.ndarray, first: np.ndarray, last: np.ndarray,
                         tails: np.ndarray, width: int, rows: np.ndarray, h1: np.ndarray,
                         w: np.ndarray) -> np.ndarray:
    """``find_in_ranges`` in numpy, for the plain tier (``compiled``): the same filter, then
    the same search (the first key of the stretch whose low bits are not below ``w``) run
    for all the queries that pass it at once, a step of every search an array operation
    (the stretches are short: a dozen steps or so). Run as plain Python, the loop cost an
    interpreted step per query and per step of its search (~1.2 ms a born-digital page,
    ~6,500 queries a document in one call). The same answers, index for index (tested)."""
    mask = (1 << ID_BITS) - 1
    w = np.asarray(w, dtype=np.int64)
    out = np.full(len(w), -1, dtype=np.int64)
    m = np.asarray(h1, dtype=np.int64) * width + w
    maybe = np.flatnonzero((tails[m >> 3] >> (m & 7)) & 1)
    if not len(maybe) or not len(tri_lo):
        return out
    r = np.asarray(rows, dtype=np.int64)[maybe]
    want = w[maybe]
    lo, end = first[r].astype(np.int64), last[r].astype(np.int64)
    hi = end.copy()
    while True:
        open_ = np.flatnonzero(lo < hi)
        if not len(open_):
            break
        mid = (lo[open_] + hi[open_]) >> 1
        below = (tri_lo[mid].astype(np.int64) & mask) < want[open_]
        lo[open_[below]] = mid[below] + 1
        hi[open_[~below]] = mid[~below]
    at = np.minimum(lo, len(tri_lo) - 1)
    hit = (lo < end) & ((tri_lo[at].astype(np.int64) & mask) == want)
    out[maybe[hit]] = lo[hit]
    return out
