"""Repair's fused compiled loops give what the numpy steps they replace give, to the last
bit: a pair set's ``find`` (``has`` and ``rank`` in one pass) and the mixed probability of
n-grams read at their pair's terms (``Mixer.mixed_at`` against ``Mixer.mixed``)."""

from __future__ import annotations

import numpy as np
import pytest
from magpipe.repair import lexicon, lm
from magpipe.repair.bitset import BitSet
from magpipe.repair.compiled import Tiers
from magpipe.repair.evidence import Evidence
from magpipe.repair.scoring import Mixer, tables_for

COMPILED = __import__("importlib").import_module("magpipe.repair.compiled")


@pytest.mark.parametrize("budget", [-1, 10**18], ids=["compiled", "plain"])
def test_a_pair_sets_find_is_its_rank_where_it_has_the_member_and_minus_one_elsewhere(
        budget: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(COMPILED, "TIERS", Tiers(budget=budget, follow=False))
    rng = np.random.default_rng(11)
    size = 5000
    members = np.unique(rng.integers(0, size, 700)).astype(np.int64)
    bits = BitSet.exact(members, size)
    index = np.concatenate([members, rng.integers(0, size, 3000)])
    found = bits.find(index)
    expected = np.where(bits.has(index), bits.rank(index), -1)
    assert np.array_equal(found, expected)
    assert np.array_equal(found[:len(members)], np.arange(len(members)))
    assert (found[len(members):] == -1).sum() >= 1000


@pytest.mark.parametrize("with_evidence", [False, True], ids=["alone", "evidence"])
@pytest.mark.parametrize("budget", [-1, 10**18], ids=["compiled", "plain"])
def test_mixing_n_grams_at_their_pairs_terms_gives_the_mix_of_the_gathered_terms(
        with_evidence: bool, budget: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every entry of ``mixed_at`` equals ``mixed`` over the terms gathered entry by entry:
    the general model's share, the in-domain part, unknown words, the document's evidence."""
    model = lm.load()
    if model is None:
        pytest.skip("no language model")
    monkeypatch.setattr(COMPILED, "TIERS", Tiers(budget=budget, follow=False))
    tables = tables_for(lexicon.load(), model)
    mixer = Mixer(tables)
    rng = np.random.default_rng(3)
    pairs = 400
    h1 = rng.integers(0, tables.size, pairs)
    w = rng.integers(0, tables.size, pairs)
    w_lm = tables.lm_ids[w].copy()
    w_lm[:40] = lm.UNK
    fresh = np.zeros(pairs, dtype=bool)
    evidence = (Evidence.of({"nước": 3, "hai": 3, "tỉnh": 4}, {("hai", "nước"): 3})
                if with_evidence else Evidence.none())
    ev = mixer.evidence(evidence)
    h1[:20] = tables.index["hai"]
    w[:10] = tables.index["nước"]
    seen, apply = mixer.evidence_terms(ev, h1, fresh, w)
    terms = mixer.terms(w_lm, tables.domain(h1, fresh, w), seen, apply,
                        tables.backoff(h1, fresh))
    at = rng.integers(0, pairs, 5000)
    logp = rng.uniform(-20.0, -0.5, len(at))
    fast = mixer.mixed_at(logp, at, terms)
    gathered = type(terms)(terms.unk[at], terms.share[at], terms.domain[at],
                           None if seen is None else seen[at],
                           None if apply is None else apply[at])
    assert np.array_equal(fast, mixer.mixed(logp, gathered))
    assert np.array_equal(mixer.mixed(logp[:pairs], terms),
                          mixer.mix(logp[:pairs], w_lm, tables.domain(h1, fresh, w), seen,
                                    apply, tables.backoff(h1, fresh)))
    if with_evidence:
        assert apply is not None and apply.any()
