"""Repair of each confusion kind of English-only OCR, of partial damage in sound text layers,
and what must stay as it is: the table ``tests/data/repair_confusion_cases.json``.

Cases marked ``known_failure`` are strict xfails: the day one passes, the table must say so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.repair import repair_text

TABLE = Path(__file__).parent / "data" / "repair_confusion_cases.json"
CASES = json.loads(TABLE.read_text(encoding="utf-8"))


def _params():
    for number, case in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=case["known_failure"])] if case.get(
            "known_failure") else []
        yield pytest.param(case, id=f"{number}-{case['kind']}", marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_repair_confusion_case(case: dict) -> None:
    fixed, _changes = repair_text(case["input"], case["mode"])
    assert fixed == case["expected"]
