"""The bulletin's own bigram backs off mostly to the general model in context, not to its
context-free unigram (``magpipe.repair.scoring.DOMAIN_UNIGRAM``).

Where the bulletin holds no pair of a history and a follower, its unigram used to take the
whole of its backoff share: its frequent words were lifted wherever they stood, and the
general model's reading of the context was worn down (``đã bộ`` came within 2.6 nats of
``đã bỏ``, 4.8 apart in the general model). Cases: ``data/repair_domain_backoff_cases.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from magpipe.repair import lexicon, lm
from magpipe.repair.scoring import DOMAIN_UNIGRAM, Mixer, Tables

TABLE = Path(__file__).parent / "data" / "repair_domain_backoff_cases.json"
CASES = json.loads(TABLE.read_text(encoding="utf-8"))
KEPT = 0.6          # share of the general model's margin the mixed score keeps, at least
                    # (each case kept less than this with the unigram's whole share)

shipped = pytest.mark.skipif(lm.load() is None, reason="no language model built")


def _scores(tables: Tables, history: str, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(mixed, general) log scores of ``words`` after ``history``."""
    h1 = np.full(len(words), tables.index[history])
    w = np.array([tables.index[x] for x in words])
    fresh = np.zeros(len(words), dtype=bool)
    general = tables.lm.bigram_logp(tables.lm_ids[h1], tables.lm_ids[w])
    mixed = Mixer(tables).mix(general, tables.lm_ids[w], tables.domain(h1, fresh, w), None,
                              None, tables.backoff(h1, fresh))
    return mixed, general


@shipped
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_a_pair_the_bulletin_never_saw_keeps_most_of_the_general_models_margin(case: dict
                                                                                ) -> None:
    model = lexicon.load()
    tables = Tables(model, lm.load())
    words = [case["read"], *case["over"]]
    assert not any(model.pair_count.get((case["history"], w)) for w in words)
    mixed, general = _scores(tables, case["history"], words)
    for k in range(1, len(words)):
        margin = general[0] - general[k]
        assert margin > 0.5
        assert mixed[0] - mixed[k] >= KEPT * margin


@shipped
def test_with_a_general_model_that_says_what_the_unigram_says_the_bigram_is_as_before(
        ) -> None:
    """``domain + backoff * P_lm`` with P_lm = the bulletin's unigram is the bulletin's
    bigram (``Model.bigram``, worked out on its own): only the backoff's source changed."""
    model = lexicon.load()
    tables = Tables(model, lm.load())
    names = list(tables.index)
    rng = np.random.default_rng(3)
    pairs = [key for key in model.pair_count if key[0] in tables.index
             and key[1] in tables.index][:300]
    pairs += [(names[a], names[b]) for a, b in rng.integers(0, len(names) - 1, (300, 2))]
    h1 = np.array([tables.index[a] for a, _b in pairs])
    w = np.array([tables.index[b] for _a, b in pairs])
    fresh = np.zeros(len(pairs), dtype=bool)
    got = tables.domain(h1, fresh, w) + tables.backoff(h1, fresh) * tables.p_uni[w]
    np.testing.assert_allclose(got, [np.exp(model.bigram(a, b)) for a, b in pairs], rtol=1e-9)
    # after a break the unigram is whole, and nothing backs off
    fresh[:] = True
    np.testing.assert_allclose(tables.domain(h1, fresh, w), tables.p_uni[w], rtol=1e-12)
    assert np.all(tables.backoff(h1, fresh) == 0.0)
    # without a general model the bigram keeps its unigram whole
    assert Tables(model, None).domain_unigram == 1.0 and DOMAIN_UNIGRAM < 1.0
