"""A contents list set as cells side by side (``magpipe.split.cells``): the Vietnamese entries,
their page numbers, then the English entries and theirs. The strip between the numbers and the
English entries parts the two languages, though the text right beside it on its left is page
numbers alone, of neither language. On a saved report cover (page 1 of ``report-5-digital`` of
the layout bench's seed 4200, ``tests/data/layouts-report-cover/contents-numbers``, made by
``tools/report_cover_test_data.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-report-cover"


def test_contents_entries_beside_their_page_numbers_stay_in_their_own_language() -> None:
    pages = RepairArtifact.load(DATA / "contents-numbers.repair.json")
    truth = json.loads((DATA / "contents-numbers.truth.json").read_text(encoding="utf-8"))
    entries = {lang: [b["text"] for p in truth["pages"] for b in p["blocks"]
                           if b["role"] == "contents" and b["lang"] == lang
                           and b["text"][:2] in ("1.", "2.", "3.", "4.")]
               for lang in ("vi", "en")}
    assert len(entries["vi"]) == len(entries["en"]) == 4
    blocks = [b for b in split(pages, Config()).blocks() if b.role == Role.CONTENTS]
    for lang, texts in entries.items():
        other = entries["en" if lang == "vi" else "vi"]
        for text in texts:
            [held] = [b for b in blocks if text[:20] in b.text]
            assert held.lang.value == lang
            assert not any(o[:20] in held.text for o in other)
