"""The repair stage's table lookups behind filters answer as a plain binary search over the
stored keys does: the language model's pairs and histories (exact bit sets, ids multiplied
as integers), its trigrams (searched among those of their history), and the
lexicon's in-domain pairs (``scoring.Tables.pair_bits``)."""

from __future__ import annotations

import numpy as np
from magpipe.repair import lexicon, lm
from magpipe.repair.scoring import tables_for


def _searched(keys: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Index of each wanted key in the sorted ``keys`` (-1: absent), one search each."""
    out = np.full(len(wanted), -1, dtype=np.int64)
    for k, key in enumerate(wanted.tolist()):
        i = int(np.searchsorted(keys, key))
        if i < len(keys) and int(keys[i]) == key:
            out[k] = i
    return out


def _ids(model, rng, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of ids: half of them stored pairs of ``keys``-packed form, half random."""
    keys = np.asarray(model._bi_keys, dtype=np.int64)
    stored = keys[rng.integers(0, len(keys), count // 2)]
    a = np.concatenate([stored >> 16, rng.integers(0, len(model.ids), count - count // 2)])
    b = np.concatenate([stored & 0xFFFF, rng.integers(0, len(model.ids), count - count // 2)])
    return a.astype(np.int64), b.astype(np.int64)


def test_bigram_and_history_lookups_find_what_a_plain_search_finds() -> None:
    model = lm.load()
    assert model is not None
    rng = np.random.default_rng(3)
    h1, w = _ids(model, rng, 4000)
    bigram = model.bigram_logp(h1, w)
    found = _searched(np.asarray(model._bi_keys, dtype=np.int64), (h1 << 16) | w)
    books = model._books
    expected = np.where(found >= 0, books[0][model._bi_q[np.maximum(found, 0)]],
                        model._uni_bow[h1] + model._uni[w])
    assert (found >= 0).sum() >= 1000
    assert np.array_equal(bigram, expected)
    rows = model.find_histories(h1, w)
    assert np.array_equal(rows, _searched(np.asarray(model._ctx_keys, dtype=np.int64),
                                          (h1 << 16) | w))


def test_trigram_lookups_in_their_historys_stretch_find_what_a_plain_search_finds() -> None:
    """Each trigram searched among its history's alone (``trigram_rows``), compiled."""
    model = lm.load()
    assert model is not None
    rng = np.random.default_rng(5)
    tri = np.asarray(model._tri[rng.integers(0, len(model._tri), 3000)], dtype=np.int64)
    low = (1 << lm.ID_BITS) - 1
    h2, h1, w = tri >> (2 * lm.ID_BITS), (tri >> lm.ID_BITS) & low, tri & low
    # stored trigrams; their histories with other words (pairs that end no trigram, pairs
    # that end another history's); a stored history's word after a shuffled pair
    w = np.concatenate([w, rng.integers(0, len(model.ids), 3000), rng.permutation(w)])
    h1, h2 = np.tile(h1, 3), np.tile(h2, 3)
    rows = model.find_histories(h2, h1)
    assert (rows >= 0).all()
    bigram = model.bigram_logp(h1, w)
    got = model.trigram_logp(h2, h1, w, rows, bigram.copy())
    found = _searched(np.asarray(model._tri, dtype=np.int64),
                      (h2 << (2 * lm.ID_BITS)) | (h1 << lm.ID_BITS) | w)
    books = model._books
    expected = np.where(found >= 0, books[2][model._tri_q[np.maximum(found, 0)]],
                        books[1][model._ctx_q[rows]] + bigram)
    assert (found >= 0).sum() >= 3000 and (found < 0).sum() >= 2000
    assert np.array_equal(got, expected)


def test_a_bit_sets_rank_counts_its_members_below_and_says_when_it_is_a_keys_row() -> None:
    rng = np.random.default_rng(6)
    members = np.unique(rng.integers(0, 5000, 900))
    bits = lm.BitSet.exact(members, 5000)
    index = rng.integers(0, 5000, 3000)
    assert np.array_equal(bits.rank(index), np.searchsorted(members, index))
    assert np.array_equal(bits.rank(members), np.arange(len(members)))
    assert bits.ranks_keys()
    # keys given twice make a set with fewer members than keys: their rows are searched
    assert not lm.BitSet.exact(np.concatenate([members, members[:3]]), 5000).ranks_keys()


def test_lexicon_pairs_behind_the_bit_filter_are_those_a_plain_search_finds() -> None:
    tables = tables_for(lexicon.load(), lm.load())
    rng = np.random.default_rng(4)
    stored = tables.pair_keys[rng.integers(0, len(tables.pair_keys), 2000)]
    h1 = np.concatenate([stored // tables.size, rng.integers(0, tables.size, 2000)])
    w = np.concatenate([stored % tables.size, rng.integers(0, tables.size, 2000)])
    found = _searched(tables.pair_keys, h1 * tables.size + w)
    seen = np.where(found >= 0, tables.pair_seen[np.maximum(found, 0)], 0.0)
    lam = tables.lam[h1]
    expected = (lam * seen / tables.history_total[h1]
                + (1.0 - lam) * tables.domain_unigram * tables.p_uni[w])
    fresh = np.zeros(len(w), dtype=bool)
    assert np.array_equal(tables.domain(h1, fresh, w), expected)
    assert tables.pair_bits.has(tables.pair_keys).all()
