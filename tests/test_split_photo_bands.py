"""A band of photos across the text width part-way down a page (the ``midband`` layout
family): every column is read down to the band and on under it before the next column, and
a paragraph the band cuts is one paragraph. Inputs: saved repair artifacts and truths in
``tests/data/layouts-midband/`` (``tools/midband_test_data.py``: two columns a language,
born-digital and scanned).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-midband"
TEXT_ROLES = ("intro", "body")


def _load(name: str) -> tuple[RepairArtifact, dict]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth


def _overlap(a: Box, b: Box) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


@pytest.mark.parametrize("name", ["columns", "scanned"])
def test_each_column_is_read_down_to_the_photo_band_and_on_under_it_before_the_next(
        name: str) -> None:
    artifact, truth = _load(name)
    result = split(artifact, Config())
    for page, want in zip(result.pages, truth["pages"], strict=True):
        for lang in ("vi", "en"):
            # (the truth lists each language's text in reading order)
            wanted = [b["box"] for b in want["blocks"]
                      if b["lang"] == lang and b["role"] in TEXT_ROLES]
            order = [max(range(len(page.blocks)), key=lambda k, box=box: _overlap(
                page.blocks[k].box, box)) for box in wanted]
            assert order == sorted(order), (page.number, lang)


@pytest.mark.parametrize("name", ["columns", "scanned"])
def test_a_paragraph_cut_by_the_photo_band_is_one_paragraph_and_linked_to_its_twin(
        name: str) -> None:
    artifact, truth = _load(name)
    score = align_score(align(split(artifact, Config()), Config()), truth, fuzzy=True)
    assert score.links_right == score.links_output == score.links_truth
