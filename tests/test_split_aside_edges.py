"""A paragraph is a box among the column text only when it stands in from the text's edges: a
scan's column holding one other paragraph and a running head's line set further out than the
text (``Số 4 - Quý IV năm 2025``) measures them on that paragraph, not on the head's line
(``tetebeche-3-scanned``, saved into ``tests/data/layouts-para-links/`` by
``tools/para_links_test_data.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import _same
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-para-links"
OPENING = "Trong 02 ngày, 14 - 15/12/2025"


def _split():
    return split(RepairArtifact.load(DATA / "listing-colon.repair.json"), Config())


def test_a_paragraph_under_the_columns_only_other_one_is_body_not_a_box():
    (block,) = [b for p in _split().pages for b in p.blocks if b.text.startswith(OPENING)]
    assert block.role == Role.BODY


def test_that_paragraph_links_whole_with_its_twin():
    truth = json.loads((DATA / "listing-colon.truth.json").read_text(encoding="utf-8"))
    (vi, en), = [(" ".join(link["vi"]), " ".join(link["en"])) for a in truth["articles"]
                 for link in a["paragraphs"] if " ".join(link["vi"]).startswith(OPENING)]
    records = align(_split(), Config()).articles
    assert any(_same(p.vi, vi, True) and _same(p.en, en, True)
               for a in records for p in a.paragraphs)
