"""Words joined by a slash read as words of their own by the decoder (``USD/hoc`` ->
``USD/học``), while dates, fractions, codes, URLs and ``and/or`` stay as written
(``magpipe.repair.slashes``; the table in ``tests/data/repair_slash_cases.json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.repair import repair_text
from magpipe.repair.decoder import Decision
from magpipe.repair.slashes import CutLines, slash_parts

TABLE = Path(__file__).parent / "data" / "repair_slash_cases.json"
CASES = json.loads(TABLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["label"])
def test_slash_case_gives_expected_text(case: dict) -> None:
    fixed, _changes = repair_text(case["input"], case["mode"])
    assert fixed == case["expected"]


@pytest.mark.parametrize("word", ["15/1/2025", "1/2", "123/QĐ-TTg", "16/2005/ND-CP", "and/or",
                                  "http://a.vn/tin/moi", "km/h", "dong/3", "/", "nam/"])
def test_dates_codes_urls_and_english_stay_one_word(word: str) -> None:
    assert slash_parts(word) is None


def test_a_slash_word_is_cut_with_its_punctuation_on_the_outer_parts() -> None:
    parts = slash_parts("(dong/thang/nguoi),")
    assert parts is not None and len(parts) == 3
    assert parts[0].startswith("(dong/") and parts[1].startswith("thang/")
    assert parts[2] == "nguoi),"


def test_decisions_on_the_parts_become_one_change_of_the_word() -> None:
    lines = [["gia", "dong/thang", "va"]]
    cut = CutLines(lines)
    words = cut.cut[0]
    assert len(words) == 4
    decisions = [Decision(0, "gia", "giá", 3.0, "stripped"),
                 Decision(1, words[1], words[1].replace("dong", "đồng"), 2.0, "stripped"),
                 Decision(2, words[2], "tháng", 1.5, "stripped"),
                 Decision(3, "va", "và", 4.0, "stripped")]
    joined = cut.joined(0, decisions)
    assert [(d.index, d.before, d.after) for d in joined] == [
        (0, "gia", "giá"), (1, "dong/thang", "đồng/tháng"), (2, "va", "và")]
    assert joined[1].score == pytest.approx(3.5)
