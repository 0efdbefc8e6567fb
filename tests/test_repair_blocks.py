"""Repair's work done block by block gives the scores of the work done at once: the rows of
the stored trigram histories (``lattice.ROWS_AT_ONCE``), worked out in blocks so their
arrays stay small."""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from magpipe.repair import lexicon, lm
from magpipe.repair.decoder import Decoder
from magpipe.repair.evidence import Evidence
from magpipe.repair.lexicon.model import DAMAGED
from magpipe.text.vietnamese import strip_diacritics

LATTICE = importlib.import_module("magpipe.repair.lattice")
TEXT = ("Theo bao cao cua Bo, nam 2024 co 15 tinh thanh dat ke hoach. Ong Nguyen Van An noi "
        "rang viec nay can duoc lam som o hai nuoc va tinh Lang Son")
EVIDENCE = Evidence.of({"nước": 3, "hai": 3, "tỉnh": 4, "lạng": 3, "sơn": 3},
                       {("hai", "nước"): 3, ("lạng", "sơn"): 3, ("tỉnh", "lạng"): 2})


@pytest.fixture(scope="module")
def decoder() -> Decoder:
    model = lm.load()
    if model is None:
        pytest.skip("no language model")
    return Decoder(lexicon.load(), model)


@pytest.mark.parametrize("evidence", [Evidence.none(), EVIDENCE], ids=["alone", "evidence"])
def test_the_rows_of_the_histories_worked_out_in_blocks_equal_those_worked_out_at_once(
        decoder: Decoder, evidence: Evidence, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stripped words (runs cut by a break, options that keep the word, numbers), with and
    without a document's evidence: blocks of a few entries, every bit the same."""
    words = strip_diacritics(TEXT).split()
    parts, slots, priors = decoder._line_slots(words, DAMAGED, (), False)
    where = [k for k, s in enumerate(slots) if s is not None]
    args = ([slots[k] for k in where], [priors[k] for k in where],
            [k == 0 or where[k - 1] != i - 1 for k, i in enumerate(where)],
            [bool(parts[k][2]) for k in where], evidence)
    monkeypatch.setattr(LATTICE, "ROWS_AT_ONCE", 10**9)
    whole = decoder.lattice.scores(*args)
    monkeypatch.setattr(LATTICE, "ROWS_AT_ONCE", 7)
    blocks = decoder.lattice.scores(*args)
    assert len(LATTICE._chunks(whole.row_at, 7)) >= 20
    for name in ("pairs", "hist_k2", "hist_k1", "hist_keys", "row_at", "rows"):
        np.testing.assert_array_equal(getattr(blocks, name), getattr(whole, name))


def test_blocks_cover_every_item_once_and_never_cut_one() -> None:
    at = np.array([0, 3, 3, 10, 11, 40, 41, 42])
    for size in (1, 2, 5, 30, 100):
        chunks = LATTICE._chunks(at, size)
        assert chunks[0][0] == 0 and chunks[-1][1] == len(at) - 1
        assert all(a < b for a, b in chunks)
        assert all(b == c for (_a, b), (c, _d) in zip(chunks, chunks[1:], strict=False))
    assert LATTICE._chunks(np.array([0]), 5) == []
