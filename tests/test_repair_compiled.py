"""The repair stage's compiled loops (``repair.compiled``) answer as their plain Python
functions do, and as plain numpy would: the Viterbi of every part at once
(``repair.search``), the stretches of the trigram keys per stored history and the
searches in them (``repair.trigram_rows``), the bit sets of the language model."""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from magpipe.repair import bitset, lexicon, lm
from magpipe.repair.compiled import Tiers, compiled
from magpipe.repair.decoder import Decoder
from magpipe.repair.evidence import Evidence
from magpipe.repair.lattice import Scores
from magpipe.repair.lexicon.model import DAMAGED
from magpipe.repair.paths import best_paths
from magpipe.repair.trigram_rows import ID_BITS, find_in_ranges, history_ranges, tail_bits
from magpipe.text.vietnamese import strip_diacritics
from repair_reference import brute_force, total
from test_repair_fast_paths import random_runs

LATTICE = importlib.import_module("magpipe.repair.lattice")
COMPILED = importlib.import_module("magpipe.repair.compiled")


def test_the_compiled_viterbi_takes_the_plain_functions_paths_and_the_best_of_all(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(11)
    cases = [random_runs(rng, longest=7, widest=3) for _ in range(120)]
    monkeypatch.setattr(COMPILED, "TIERS", Tiers(budget=-1))
    fast = [best_paths(Scores.from_steps(steps), spans) for steps, spans in cases]
    monkeypatch.setattr(COMPILED, "TIERS", Tiers(budget=10**18, follow=False))
    for (steps, spans), found in zip(cases, fast, strict=True):
        assert best_paths(Scores.from_steps(steps), spans) == found
        for (lo, hi), path in zip(spans, found, strict=True):
            assert total(steps[lo:hi], path) == total(steps[lo:hi], brute_force(steps[lo:hi]))


def _keys(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Sorted distinct trigram keys stored as the model stores them (low 32 bits, segment
    ends of the bits above), and the sorted histories of most of them, plus some without
    a trigram."""
    size = 1 << ID_BITS
    h2 = rng.integers(0, size, 400)
    h1 = rng.integers(0, size, 400)
    w = rng.integers(0, size, (400, 5))
    packed = np.unique(((h2[:, None] << (2 * ID_BITS)) | (h1[:, None] << ID_BITS) | w).ravel())
    high = packed >> 32
    ends = np.searchsorted(high, np.arange(1 << (3 * ID_BITS - 32)) + 1).astype(np.int64)
    lo = (packed & 0xFFFFFFFF).astype(np.uint32)
    histories = np.unique(packed >> ID_BITS)
    kept = histories[rng.random(len(histories)) < 0.8]
    extra = rng.integers(0, size, (50, 2))
    ctx = np.unique(np.concatenate([((kept >> ID_BITS) << 16) | (kept & (size - 1)),
                                    (extra[:, 0] << 16) | extra[:, 1]])).astype(np.uint32)
    return packed, ends, lo, ctx


def test_each_historys_stretch_holds_its_trigrams_and_searches_behind_the_tails_find_them(
) -> None:
    rng = np.random.default_rng(12)
    packed, ends, lo, ctx = _keys(rng)
    first, last = history_ranges(ends, lo, ctx)
    fast_first, fast_last = compiled(history_ranges)(ends, lo, ctx)
    assert np.array_equal(first, fast_first) and np.array_equal(last, fast_last)
    of = ((packed >> (2 * ID_BITS)) << 16) | ((packed >> ID_BITS) & ((1 << ID_BITS) - 1))
    for r, key in enumerate(ctx.tolist()):
        assert np.array_equal(np.arange(first[r], last[r]), np.flatnonzero(of == key))
    rows = rng.integers(0, len(ctx), 3000)
    w = np.concatenate([(packed[np.minimum(first[rows[:1500]], len(packed) - 1)]
                         & ((1 << ID_BITS) - 1)).astype(np.int64),
                        rng.integers(0, 1 << ID_BITS, 1500)])
    size = 1 << ID_BITS
    tails = compiled(tail_bits)(lo, size)
    assert np.array_equal(tails, tail_bits(lo, size))
    h1 = ctx[rows].astype(np.int64) & 0xFFFF
    found = compiled(find_in_ranges)(lo, first, last, tails, size, rows, h1, w)
    assert np.array_equal(found, find_in_ranges(lo, first, last, tails, size, rows, h1, w))
    wanted = (ctx[rows].astype(np.int64) >> 16 << (2 * ID_BITS)
              | (ctx[rows].astype(np.int64) & 0xFFFF) << ID_BITS | w)
    at = np.minimum(np.searchsorted(packed, wanted), len(packed) - 1)
    assert np.array_equal(found, np.where(packed[at] == wanted, at, -1))
    assert (found >= 0).sum() >= 1000


def test_a_bit_set_holds_the_bits_numpy_would_pack() -> None:
    rng = np.random.default_rng(13)
    for size in (1, 9, 5000, 1 << 20):
        members = np.unique(rng.integers(0, size, min(size, 3000)))
        flags = np.zeros(size + 8, dtype=bool)
        flags[members] = True
        packed = np.packbits(flags, bitorder="little")
        assert np.array_equal(bitset.BitSet.exact(members.astype(np.uint64), size).bits, packed)


def test_the_histories_found_by_the_compiled_loops_score_as_the_plain_functions_do(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``Lattice.scores`` of stripped lines (runs cut by a break, options that keep the
    word, numbers) with the compiled index loops and with their plain functions."""
    model = lm.load()
    if model is None:
        pytest.skip("no language model")
    decoder = Decoder(lexicon.load(), model)
    text = ("Theo bao cao cua Bo, nam 2024 co 15 tinh thanh dat ke hoach. Ong Nguyen Van "
            "An noi rang viec nay can duoc lam som")
    words = strip_diacritics(text).split()
    parts, slots, priors = decoder._line_slots(words, DAMAGED, (), False)
    where = [k for k, s in enumerate(slots) if s is not None]
    run = [slots[k] for k in where]
    starts = [k == 0 or where[k - 1] != i - 1 for k, i in enumerate(where)]
    breaks = [bool(parts[k][2]) for k in where]
    args = (run, [priors[k] for k in where], starts, breaks, Evidence.none())
    monkeypatch.setattr(COMPILED, "TIERS", Tiers(budget=-1))
    fast = decoder.lattice.scores(*args)
    monkeypatch.setattr(COMPILED, "TIERS", Tiers(budget=10**18, follow=False))
    plain = decoder.lattice.scores(*args)
    assert len(fast.hist_keys) >= 20
    for name in ("pairs", "hist_k2", "hist_k1", "hist_keys", "row_at", "rows"):
        np.testing.assert_array_equal(getattr(fast, name), getattr(plain, name))
    assert fast.hist_at == plain.hist_at


def test_the_numpy_form_of_the_trigram_search_finds_what_the_loop_finds() -> None:
    """``find_in_ranges_numpy`` (the plain tier's) answers as ``find_in_ranges`` does, query
    for query: trigrams stored and not, pairs the tails filter out, empty stretches, no query
    at all."""
    from magpipe.repair.trigram_rows import find_in_ranges_numpy
    rng = np.random.default_rng(14)
    packed, ends, lo, ctx = _keys(rng)
    first, last = history_ranges(ends, lo, ctx)
    size = 1 << ID_BITS
    tails = tail_bits(lo, size)
    for count in (0, 1, 7, 3000):
        rows = rng.integers(0, len(ctx), count)
        half = count // 2
        w = np.concatenate([(packed[np.minimum(first[rows[:half]], len(packed) - 1)]
                             & (size - 1)).astype(np.int64),
                            rng.integers(0, size, count - half)])
        h1 = ctx[rows].astype(np.int64) & 0xFFFF
        loop = find_in_ranges(lo, first, last, tails, size, rows, h1, w)
        assert np.array_equal(find_in_ranges_numpy(lo, first, last, tails, size, rows, h1, w),
                              loop)
        if count == 3000:
            assert (loop >= 0).sum() >= 1000 and (loop < 0).sum() >= 1000
    assert (last == first).any()        # (histories with no trigram: empty stretches)


def test_the_numpy_form_of_the_history_rows_lays_them_out_as_the_loop_does() -> None:
    """``lattice_plain.history_rows_numpy`` (the plain tier's) gives ``history_rows``' five
    arrays, entry for entry and with their dtypes: words of one option and of several,
    options that keep their word and not, a word asked by several histories, none."""
    from magpipe.repair.lattice_index import history_rows
    from magpipe.repair.lattice_plain import history_rows_numpy
    rng = np.random.default_rng(15)
    n = rng.integers(1, 7, 60)
    offset = np.concatenate([[0], np.cumsum(n)[:-1]])
    pair_at = np.concatenate([[0], np.cumsum(n * rng.integers(1, 7, 60))[:-1]])
    keep = rng.random(int(n.sum())) < 0.3
    for count in (0, 1, 500):
        word = rng.integers(0, 60, count)
        k1 = rng.integers(0, 6, count)
        loop = history_rows(n, offset, pair_at, keep, word, k1)
        fast = history_rows_numpy(n, offset, pair_at, keep, word, k1)
        for a, b in zip(loop, fast, strict=True):
            assert a.dtype == b.dtype and np.array_equal(a, b)
        if count == 500:
            assert 0 < len(loop[2]) < len(loop[1])      # some options keep their word


def test_the_numpy_form_of_the_candidate_histories_finds_what_the_loop_finds() -> None:
    """``lattice_plain.candidate_histories_numpy`` (the plain tier's) gives
    ``candidate_histories``' five arrays, entry for entry and with their dtypes: words after
    a break and not, a word two before or none, options that keep their word, words of no
    option before them, none at all."""
    from magpipe.repair.lattice_index import candidate_histories
    from magpipe.repair.lattice_plain import candidate_histories_numpy
    rng = np.random.default_rng(16)
    for count in (0, 1, 2, 300):
        n = rng.integers(1, 6, count)
        offset = np.concatenate([[0], np.cumsum(n)[:-1]]).astype(np.int64)
        d1 = np.concatenate([[0], n[:-1]])[:count].astype(np.int64)
        d2 = np.concatenate([[0, 0], n[:-2]])[:count].astype(np.int64)
        d2[rng.random(count) < 0.3] = 1
        prev, prev2 = d1 > 0, (d2 > 0) & (rng.random(count) < 0.8)
        brk = rng.random(count) < 0.2
        keep = rng.random(int(n.sum())) < 0.3
        lm_ids = rng.integers(1, 5000, int(n.sum()))
        args = (n, d1, d2, prev, prev2, brk, offset, keep, lm_ids)
        loop, fast = candidate_histories(*args), candidate_histories_numpy(*args)
        for a, b in zip(loop, fast, strict=True):
            assert a.dtype == b.dtype and np.array_equal(a, b)
        if count == 300:
            assert (loop[3] == 0).any() and (loop[3] != 0).any() and len(loop[0]) > 300
