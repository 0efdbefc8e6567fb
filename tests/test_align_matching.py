"""The pairing's assignment without scipy (align.matching): the same pairs scipy's sparse
matching finds, scipy left to a group that needs it (that align imports none:
``test_batch_startup``)."""

from __future__ import annotations

import random

from magpipe.align import matching
from magpipe.align.pairing import _sparse_matching, assign


def _costs(scored):
    return [(1.0 - score + 1e-6, i, j) for score, i, j in scored]


def _random_scored(rng: random.Random, n_vi: int, n_en: int, scores) -> list:
    pairs = [(i, j) for i in range(n_vi) for j in range(n_en) if rng.random() < 0.5]
    return sorted(((rng.choice(scores) if isinstance(scores, list) else
                    round(rng.uniform(0.35, 1.0), 6), i, j) for i, j in pairs), reverse=True)


def test_assign_gives_scipys_pairs_on_random_candidates():
    rng = random.Random(2025)
    for _ in range(400):
        n_vi, n_en = rng.randint(1, 7), rng.randint(1, 7)
        scored = _random_scored(rng, n_vi, n_en, None)
        assert assign(scored, n_vi, n_en) == (
            _sparse_matching(_costs(scored), n_vi, n_en) if scored else set())


def test_tied_pairings_are_left_to_scipy():
    # two drafts of each language, every pair scoring the same: four pairings of equal total
    scored = [(0.5, 0, 0), (0.5, 0, 1), (0.5, 1, 0), (0.5, 1, 1)]
    edges = [(1.0 - cost, i, j) for cost, i, j in _costs(scored)]
    assert matching.sure_assignment(edges) is None
    assert assign(scored, 2, 2) == _sparse_matching(_costs(scored), 2, 2)
    rng = random.Random(7)
    for _ in range(200):                  # few distinct scores: many ties
        n_vi, n_en = rng.randint(1, 5), rng.randint(1, 5)
        scored = _random_scored(rng, n_vi, n_en, [0.4, 0.5, 0.6, 0.9])
        if scored:
            assert assign(scored, n_vi, n_en) == _sparse_matching(_costs(scored), n_vi, n_en)


def test_groups_share_no_draft_and_a_large_group_goes_to_scipy():
    edges = [(0.9, 0, 0), (0.5, 1, 1), (0.4, 1, 2), (0.8, 3, 2), (0.7, 2, 5)]
    found = matching.groups(edges)
    assert sorted(map(sorted, found)) == sorted(map(sorted, [
        [(0.9, 0, 0)], [(0.5, 1, 1), (0.4, 1, 2), (0.8, 3, 2)], [(0.7, 2, 5)]]))
    assert matching.sure_assignment(edges) == {(0, 0), (1, 1), (3, 2), (2, 5)}
    chain = [(0.5, i, j) for i in range(matching.MAX_DRAFTS + 1) for j in (i, i + 1)]
    assert matching.sure_best(chain) is None

