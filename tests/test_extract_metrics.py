"""The token accuracy metric shared by benches: 1 - (S + D + I) / N."""

from __future__ import annotations

import pytest
from magpipe.eval.ocr_metrics import TokenScore, text_score, tokens

CASES = [
    ("identical", "Việt Nam", "việt nam.", 1.0),
    ("one substitution of four", "tỉnh Lạng Sơn hôm", "tỉnh Lang Sơn hôm", 0.75),
    ("one deletion of four", "tỉnh Lạng Sơn hôm", "tỉnh Lạng hôm", 0.75),
    ("one insertion on four", "tỉnh Lạng Sơn hôm", "tỉnh Lạng Sơn Sơn hôm", 0.75),
    ("nothing read", "a b", "", 0.0),
    ("more insertions than tokens floors at zero", "a", "x y z", 0.0),
]


@pytest.mark.parametrize(("label", "ref", "hyp", "expected"), CASES, ids=[c[0] for c in CASES])
def test_text_score_accuracy(label: str, ref: str, hyp: str, expected: float) -> None:
    assert text_score(ref, hyp).accuracy == pytest.approx(expected)


def test_tokens_are_lowercase_nfc_without_edge_punctuation() -> None:
    assert tokens("“Lạng Sơn”, 2025-26.") == ["lạng", "sơn", "2025-26"]


def test_typographic_apostrophe_counts_as_straight() -> None:
    assert text_score("the People’s Committee", "the People's Committee").accuracy == 1.0


def test_scores_add_up() -> None:
    assert (TokenScore(1, 10) + TokenScore(2, 10)).accuracy == pytest.approx(0.85)
