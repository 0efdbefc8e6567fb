"""Repair's fused loops (the compiled tier's) and their numpy forms (the plain tier's) give
the same values to the last bit: a pair set's ``find`` (``has`` and ``rank`` in one pass),
the mixed probability of n-grams read at their pair's terms (``Mixer.mixed_at`` against
``Mixer.mixed``), and a lattice's scores whichever tier builds them, or both in turn. A
sound page repaired on the plain tier loads no numba and charges the budget what the
batch's plan counts on."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from magpipe.batch.stagemodels import REPAIR_ITEMS_PER_PAGE
from magpipe.repair import lexicon, lm
from magpipe.repair.bitset import BitSet
from magpipe.repair.compiled import Tiers
from magpipe.repair.decoder import Decoder
from magpipe.repair.evidence import Evidence
from magpipe.repair.lexicon.model import DAMAGED
from magpipe.repair.scoring import Mixer, tables_for
from magpipe.text.vietnamese import strip_diacritics

COMPILED = importlib.import_module("magpipe.repair.compiled")
LATTICE = importlib.import_module("magpipe.repair.lattice")
BITSET = importlib.import_module("magpipe.repair.bitset")
ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Theo bao cao cua Bo, nam 2024 co 15 tinh thanh dat ke hoach. Ong Nguyen Van An noi "
        "rang viec nay can duoc lam som o hai nuoc va tinh Lang Son. Trong nhung nam qua, "
        "thanh pho da xay dung nhieu cong trinh va dat duoc ket qua tot.")
EVIDENCE = Evidence.of({"nước": 3, "hai": 3, "tỉnh": 4, "lạng": 3, "sơn": 3},
                       {("hai", "nước"): 3, ("lạng", "sơn"): 3, ("tỉnh", "lạng"): 2})
SCORE_FIELDS = ("pairs", "hist_k2", "hist_k1", "hist_keys", "key_at", "row_at", "rows")


def _tiers(compiling: bool) -> Tiers:
    """A tier that runs the compiled loops from the start, or the plain forms throughout."""
    tiers = Tiers(budget=-1 if compiling else 10**18, follow=False)
    if compiling:
        tiers.use_compiled()
    return tiers


@pytest.mark.parametrize("compiling", [True, False], ids=["compiled", "plain"])
def test_a_pair_sets_find_is_its_rank_where_it_has_the_member_and_minus_one_elsewhere(
        compiling: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(COMPILED, "TIERS", _tiers(compiling))
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
@pytest.mark.parametrize("compiling", [True, False], ids=["compiled", "plain"])
def test_mixing_n_grams_at_their_pairs_terms_gives_the_mix_of_the_gathered_terms(
        with_evidence: bool, compiling: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every entry of ``mixed_at`` equals ``mixed`` over the terms gathered entry by entry:
    the general model's share, the in-domain part, unknown words, the document's evidence."""
    model = lm.load()
    if model is None:
        pytest.skip("no language model")
    monkeypatch.setattr(COMPILED, "TIERS", _tiers(compiling))
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
    gathered = terms.take(at)
    assert np.array_equal(gathered.domain, terms.domain[at])
    assert np.array_equal(fast, mixer.mixed(logp, gathered))
    assert np.array_equal(mixer.mixed(logp[:pairs], terms),
                          mixer.mix(logp[:pairs], w_lm, tables.domain(h1, fresh, w), seen,
                                    apply, tables.backoff(h1, fresh)))
    if with_evidence:
        assert apply is not None and apply.any()


def _lattice_args(decoder: Decoder, evidence: Evidence) -> tuple:
    """``Lattice.scores``' arguments for the stripped ``TEXT`` (runs cut by breaks, options
    that keep the word, numbers, names)."""
    words = strip_diacritics(TEXT).split()
    parts, slots, priors = decoder._line_slots(words, DAMAGED, (), False)
    where = [k for k, s in enumerate(slots) if s is not None]
    return ([slots[k] for k in where], [priors[k] for k in where],
            [k == 0 or where[k - 1] != i - 1 for k, i in enumerate(where)],
            [bool(parts[k][2]) for k in where], evidence)


@pytest.mark.parametrize("evidence", [Evidence.none(), EVIDENCE], ids=["alone", "evidence"])
def test_a_lattices_scores_are_the_same_from_the_fused_loops_and_from_their_numpy_forms(
        evidence: Evidence, monkeypatch: pytest.MonkeyPatch) -> None:
    """The numpy forms (plain tier throughout), the compiled tier with its numpy forms
    (a sequence shorter than ``FUSED_FROM``), the fused loops compiled, the fused loops run
    as plain Python (their source, as numba compiles it), and a tier that passes its
    budget midway (the bigram level and the first blocks of rows in numpy, the rest
    fused): every array of the scores the same, bit for bit."""
    model = lm.load()
    if model is None:
        pytest.skip("no language model")
    decoder = Decoder(lexicon.load(), model)
    args = _lattice_args(decoder, evidence)
    monkeypatch.setattr(LATTICE, "ROWS_AT_ONCE", 7)
    outcomes = {}
    monkeypatch.setattr(COMPILED, "TIERS", _tiers(True))
    outcomes["compiled, numpy forms for short sequences"] = decoder.lattice.scores(*args)
    monkeypatch.setattr(LATTICE, "FUSED_FROM", 0)       # the fused loops at every size
    numpy_tiers = _tiers(False)
    monkeypatch.setattr(COMPILED, "TIERS", numpy_tiers)
    reference = decoder.lattice.scores(*args)
    assert numpy_tiers.spent > 0 and not numpy_tiers.compiling
    assert len(reference.hist_keys) >= 20
    monkeypatch.setattr(COMPILED, "TIERS", _tiers(True))
    outcomes["compiled"] = decoder.lattice.scores(*args)
    with monkeypatch.context() as patch:
        patch.setattr(COMPILED, "compiled", lambda function: function)
        patch.setattr(BITSET, "compiled", lambda function: function)
        patch.setattr(COMPILED, "TIERS", _tiers(True))
        outcomes["fused as plain Python"] = decoder.lattice.scores(*args)
    midway = Tiers(budget=numpy_tiers.spent - 1, follow=False)    # tips at the last block
    monkeypatch.setattr(COMPILED, "TIERS", midway)
    outcomes["midway"] = decoder.lattice.scores(*args)
    assert midway.compiling and 0 < midway.spent < numpy_tiers.spent
    for name, scores in outcomes.items():
        for field in SCORE_FIELDS:
            assert np.array_equal(getattr(scores, field), getattr(reference, field)), (
                name, field)
        assert scores.hist_at == reference.hist_at, name


def test_a_sound_page_is_repaired_on_the_plain_tier_without_numba_at_the_planned_charge(
        tmp_path: Path) -> None:
    """A fresh process that reads the decoder back and repairs the born-digital bulletin
    (sound text) stays on the plain tier: numba is never imported, and its pages charge the
    budget about what the batch's plan counts a page (``REPAIR_ITEMS_PER_PAGE``, measured
    12,100 on this bulletin). The fused loops' plain forms charged 18,300 a page and cost
    more than twice the CPU: the workers of a 55-page batch passed the budget and loaded
    numba."""
    code = ("import sys; from magpipe import repair; from magpipe.config import Config; "
            "from magpipe.extract import extract; from magpipe.repair import compiled; "
            f"doc = extract({str(ROOT / 'fixtures' / 'bulletin-digital.pdf')!r}, "
            "Config(ocr='never')); repair.repair(doc, Config()); "
            "print(compiled.TIERS.spent / len(doc.pages), compiled.TIERS.compiling, "
            "'numba' in sys.modules)")
    env = dict(os.environ, MAGPIPE_CACHE_DIR=str(tmp_path))
    for _ in range(2):              # the first builds the decoder's snapshot (numba: True)
        out = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                             capture_output=True, text=True).stdout.split()
    per_page, compiling, numba = float(out[-3]), out[-2], out[-1]
    assert (compiling, numba) == ("False", "False")
    assert 0.5 * REPAIR_ITEMS_PER_PAGE < per_page <= 1.1 * REPAIR_ITEMS_PER_PAGE
