"""Anchor extraction: each kind of anchor that survives translation, as a table of cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align.anchors import Anchor, anchor_similarity, extract_anchors, parse_number

CASES = json.loads((Path(__file__).parent / "data" / "align_anchor_cases.json")
                   .read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_translation_pair_shares_its_anchors(case):
    vi = set(extract_anchors(case["vi"], "vi"))
    en = set(extract_anchors(case["en"], "en"))
    for kind, key in case["shared"]:
        assert Anchor(kind, key) in vi, (kind, key, sorted(vi))
        assert Anchor(kind, key) in en, (kind, key, sorted(en))
    for kind, key in case.get("absent", []):
        assert Anchor(kind, key) not in vi | en


@pytest.mark.parametrize(("digits", "lang", "value"), [
    ("3,4", "vi", 3.4), ("3.4", "en", 3.4), ("1.000", "vi", 1000.0), ("1,000", "en", 1000.0),
    ("50.000", "vi", 50000.0), ("02", "vi", 2.0), ("1,2,3", "vi", None),
])
def test_numbers_read_with_each_languages_separators(digits, lang, value):
    assert parse_number(digits, lang) == value


def test_similarity_is_higher_for_a_translation_than_for_another_text():
    vi = extract_anchors("Ngày 15/12/2025, ông Olivier Brochet thăm tỉnh Lạng Sơn", "vi")
    twin = extract_anchors("On December 15, 2025, Mr. Olivier Brochet visited Lang Son", "en")
    other = extract_anchors("On November 11, 2025, Ms. Okuno visited Quynh Son village", "en")
    assert anchor_similarity(vi, twin) > 0.5
    assert anchor_similarity(vi, other) < anchor_similarity(vi, twin) / 2
    assert anchor_similarity((), ()) == 0.0


def test_a_roman_numeral_has_one_value_in_either_case() -> None:
    """``text.figures.roman_value``, which anchors and the provisions' number lines share."""
    from magpipe.text.figures import roman_value

    assert [roman_value(n) for n in ("XIV", "xiv", "IV", "MCMXC", "ii")] == [14, 14, 4, 1990, 2]


def test_a_run_of_numeral_letters_that_is_no_numeral_gives_no_number_and_no_error() -> None:
    """``VV`` or ``CCCC`` (OCR of a grid, initials) matched the numeral pattern as an empty
    string, and ``roman_value('')`` raised: the document's align failed."""
    from magpipe.align.anchors import NUMBER
    from magpipe.text.figures import roman_value

    assert roman_value("") == 0
    for lang in ("vi", "en"):
        anchors = extract_anchors("Khóa XIV, ô chữ CCCC VV LL và DD", lang)
        assert [a.key for a in anchors if a.kind == NUMBER] == ["14"]
