"""Syllable trigram counts and interpolated modified Kneser-Ney estimates, in numpy.

Pure: ids in, arrays out (``tools/build_lm.py`` reads the corpora and writes the result,
``magpipe.repair.lm`` reads it). Ids are small integers (``BOS`` = 0 marks every context
break); an n-gram is one integer key, 16 bits per id: ``a << 32 | b << 16 | c``.

Method (Chen & Goodman's interpolated modified Kneser-Ney, order 3): three discounts per
order from the counts of counts; the trigram level uses counts, the bigram level the
number of distinct left neighbours (continuation counts; raw counts after ``BOS``, which
has none), the unigram level the number of distinct left neighbours of a syllable, with
add-half smoothing. Pruned n-grams fall back to the lower order through a backoff weight
recomputed so each history's distribution still sums to one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LOW16 = np.uint64(0xFFFF)
LOW32 = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True)
class Counts:
    """Sorted unique keys and their (weighted) counts, bigrams and trigrams."""

    bi_keys: np.ndarray
    bi_counts: np.ndarray
    tri_keys: np.ndarray
    tri_counts: np.ndarray


@dataclass(frozen=True)
class Estimates:
    """log P of the kept n-grams and the backoff weights (natural logs)."""

    vocab_size: int
    uni_lp: np.ndarray          # [V]
    uni_bow: np.ndarray         # [V]: backoff of the bigram history b
    bi_keys: np.ndarray         # b << 16 | c, sorted
    bi_lp: np.ndarray
    ctx_keys: np.ndarray        # a << 16 | b: trigram histories with kept trigrams
    ctx_bow: np.ndarray
    tri_keys: np.ndarray        # a << 32 | b << 16 | c, sorted
    tri_lp: np.ndarray


def count(flat: np.ndarray, bos: int) -> Counts:
    """Bigram and trigram counts of one flat id array (``bos`` at every break)."""
    f = flat.astype(np.uint64)
    bi = (f[:-1] << np.uint64(16)) | f[1:]
    bi = bi[flat[1:] != bos]
    tri = (f[:-2] << np.uint64(32)) | (f[1:-1] << np.uint64(16)) | f[2:]
    tri = tri[(flat[1:-1] != bos) & (flat[2:] != bos)]
    bk, bc = np.unique(bi, return_counts=True)
    tk, tc = np.unique(tri, return_counts=True)
    return Counts(bk, bc.astype(np.int64), tk, tc.astype(np.int64))


def merge(parts: list[tuple[Counts, int]]) -> Counts:
    """The sum of several counts, each repeated ``weight`` times."""
    def add(keys: list[np.ndarray], counts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        uniq, inverse = np.unique(np.concatenate(keys), return_inverse=True)
        return uniq, np.bincount(inverse, weights=np.concatenate(counts)).astype(np.int64)
    bk, bc = add([c.bi_keys for c, _w in parts], [c.bi_counts * w for c, w in parts])
    tk, tc = add([c.tri_keys for c, _w in parts], [c.tri_counts * w for c, w in parts])
    return Counts(bk, bc, tk, tc)


def discounts(counts: np.ndarray) -> tuple[float, float, float]:
    """D1, D2, D3+ from the counts of counts (Chen & Goodman 1998)."""
    n = [max(int(np.count_nonzero(counts == r)), 1) for r in (1, 2, 3, 4)]
    y = n[0] / (n[0] + 2 * n[1])
    d1, d2, d3 = (min(max(d, 0.05), r) for d, r in zip(
        (1 - 2 * y * n[1] / n[0], 2 - 3 * y * n[2] / n[1], 3 - 4 * y * n[3] / n[2]),
        (1.0, 2.0, 3.0), strict=True))
    return d1, d2, d3


def _discounted(counts: np.ndarray, groups: np.ndarray, size: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """Per item: the discounted count; per group: the mass left for the lower order."""
    d1, d2, d3 = discounts(counts)
    d = np.where(counts == 1, d1, np.where(counts == 2, d2, d3))
    left = np.bincount(groups, weights=d, minlength=size)
    return np.maximum(counts - d, 0.0), left


def estimate(counts: Counts, vocab_size: int, bos: int, tri_min: int = 2,
             bi_min: int = 1, frequent: int = 0) -> Estimates:
    """Interpolated modified Kneser-Ney, order 3; trigrams kept when counted at least
    ``tri_min`` times, or at all after a history counted at least ``frequent`` times (0:
    none), bigram-level entries when their count is at least ``bi_min``."""
    v = vocab_size
    tk, tc = counts.tri_keys, counts.tri_counts.astype(np.float64)
    # bigram level: continuation counts (distinct left neighbours), raw counts after BOS
    cont_keys, cont = np.unique(tk & LOW32, return_counts=True)
    after_bos = (counts.bi_keys >> np.uint64(16)) == np.uint64(bos)
    bk = np.concatenate([cont_keys, counts.bi_keys[after_bos]])
    bc = np.concatenate([cont, counts.bi_counts[after_bos]]).astype(np.float64)
    order = np.argsort(bk, kind="stable")
    bk, bc = bk[order], bc[order]
    # unigram level: distinct left neighbours, add-half smoothing
    c_of_b = (bk & LOW16).astype(np.int64)
    uni_cont = np.bincount(c_of_b, minlength=v).astype(np.float64)
    uni_cont[bos] = 0.0
    p1 = (uni_cont + 0.5) / (uni_cont.sum() + 0.5 * v)
    # bigram probabilities
    b_of_b = (bk >> np.uint64(16)).astype(np.int64)
    total2 = np.bincount(b_of_b, weights=bc, minlength=v)
    disc2, left2 = _discounted(bc, b_of_b, v)
    gamma2 = np.divide(left2, total2, out=np.ones(v), where=total2 > 0)
    p2 = disc2 / total2[b_of_b] + gamma2[b_of_b] * p1[c_of_b]
    # trigram probabilities
    ctx, ctx_of_t = np.unique(tk >> np.uint64(16), return_inverse=True)
    total3 = np.bincount(ctx_of_t, weights=tc)
    disc3, left3 = _discounted(tc, ctx_of_t, len(ctx))
    p2_of_t = p2[np.searchsorted(bk, tk & LOW32)]
    p3 = disc3 / total3[ctx_of_t] + (left3 / total3)[ctx_of_t] * p2_of_t
    # prune, then renormalise the backoff weights over what is left
    keep3 = tc >= tri_min
    if frequent:
        keep3 |= total3[ctx_of_t] >= frequent
    kept_ctx = ctx_of_t[keep3]
    num = 1.0 - np.bincount(kept_ctx, weights=p3[keep3], minlength=len(ctx))
    den = 1.0 - np.bincount(kept_ctx, weights=p2_of_t[keep3], minlength=len(ctx))
    has = np.bincount(kept_ctx, minlength=len(ctx)) > 0
    bow3 = np.log(np.maximum(num[has], 1e-12) / np.maximum(den[has], 1e-12))
    keep2 = bc >= bi_min
    num2 = 1.0 - np.bincount(b_of_b[keep2], weights=p2[keep2], minlength=v)
    den2 = 1.0 - np.bincount(b_of_b[keep2], weights=p1[c_of_b[keep2]], minlength=v)
    bow2 = np.log(np.maximum(num2, 1e-12) / np.maximum(den2, 1e-12))
    return Estimates(v, np.log(p1), bow2, bk[keep2], np.log(p2[keep2]), ctx[has], bow3,
                     tk[keep3], np.log(p3[keep3]))
