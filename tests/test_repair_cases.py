"""Repair of single lines, from the table in ``tests/data/repair_cases.json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.repair import repair_text

TABLE = Path(__file__).parent / "data" / "repair_cases.json"
CASES = json.loads(TABLE.read_text(encoding="utf-8"))


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason="known failure")] if case.get(
            "known_failure") else []
        yield pytest.param(case, id=case["label"], marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_repair_case_gives_expected_text(case: dict) -> None:
    fixed, _changes = repair_text(case["input"], case["mode"])
    assert fixed == case["expected"]


@pytest.mark.parametrize("case", [c for c in CASES if c["input"] == c["expected"]
                                  and not c.get("known_failure")], ids=lambda c: c["label"])
def test_leave_alone_cases_record_no_change(case: dict) -> None:
    _fixed, changes = repair_text(case["input"], case["mode"])
    assert changes == ()


def test_decomposed_unicode_vietnamese_is_read_as_sound() -> None:
    import unicodedata
    text = unicodedata.normalize("NFD", "Đồng chí Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh")
    for mode in ("clean", "damaged"):
        fixed, changes = repair_text(text, mode)
        assert (fixed, changes) == (text, ())
