"""Joining lines into running text: line-end hyphens of English words go, real ones stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.text.dehyphen import join_lines, join_pair

CASES = json.loads((Path(__file__).parent / "data" / "dehyphen_cases.json").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_join_lines_handles_line_end_hyphens(case):
    assert join_lines(case["lines"], lang=case["lang"]) == case["expected"]


def test_join_pair_joins_pieces_of_a_paragraph_across_columns():
    assert join_pair("Mr. Le Hoai Trung, Member of the Party", "Central Committee") == \
        "Mr. Le Hoai Trung, Member of the Party Central Committee"


def test_join_lines_skips_empty_lines():
    assert join_lines(["", "one", "  ", "two"]) == "one two"
