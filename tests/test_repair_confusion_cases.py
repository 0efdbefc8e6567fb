"""Repair of each confusion kind of English-only OCR, of partial damage in sound text layers,
and what must stay as it is: the table ``tests/data/repair_confusion_cases.json``.

Cases marked ``known_failure`` are strict xfails: the day one passes, the table must say so.
Cases with a ``source`` are repaired as a page of the extract artifact from that source
(``text-layer``: a sound text layer, whose typed marks repair trusts; ``ocr``: a scan of a
clean page, as the ``capitals:`` cases of English titles in capitals), one line a line of
the page; the others as plain text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.pages import DocumentInfo, ExtractArtifact, Page, PageSource, Word
from magpipe.config import Config
from magpipe.repair import repair, repair_text

TABLE = Path(__file__).parent / "data" / "repair_confusion_cases.json"
CASES = json.loads(TABLE.read_text(encoding="utf-8"))


def _params():
    for number, case in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=case["known_failure"])] if case.get(
            "known_failure") else []
        yield pytest.param(case, id=f"{number}-{case['kind']}", marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_repair_confusion_case(case: dict) -> None:
    if "source" in case:
        fixed = _repaired_page(case["input"], PageSource(case["source"]), case["mode"])
    else:
        fixed, _changes = repair_text(case["input"], case["mode"])
    assert fixed == case["expected"]


def _repaired_page(text: str, source: PageSource, mode: str) -> str:
    """``text`` as the words of one extracted page from ``source``, repaired."""
    words = tuple(Word(w, (12.0 * i, 20.0 * n, 12.0 * i + 10, 20.0 * n + 10), 10.0, line=n)
                  for n, line in enumerate(text.split("\n")) for i, w in enumerate(line.split()))
    page = Page(1, 500.0, 700.0, source, "test", words, needs_repair=mode == "damaged")
    doc = ExtractArtifact(DocumentInfo("x.pdf", "x", "0" * 64, 1), (page,))
    return repair(doc, Config()).pages[0].text()
