"""Helpers of the tests on saved bench documents of ``tests/data/layouts-para-links/`` (made by
``tools/para_links_test_data.py``): the document split, and whether a truth link comes out
whole."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.layout import SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import _same
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-para-links"


def split_saved(name: str) -> SplitArtifact:
    return split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())


def truth_of(name: str) -> dict:
    return json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))


def linked_whole(name: str, vi_part: str) -> bool:
    """The one truth link whose Vietnamese holds ``vi_part`` is a paragraph link of the
    document's records, and every record has a title."""
    (vi, en), = [(" ".join(link["vi"]), " ".join(link["en"])) for a in truth_of(name)["articles"]
                 for link in a["paragraphs"] if vi_part in " ".join(link["vi"])]
    records = align(split_saved(name), Config()).articles
    return all(a.title.vi or a.title.en for a in records) and \
        any(_same(p.vi, vi, True) and _same(p.en, en, True) for a in records for p in a.paragraphs)
