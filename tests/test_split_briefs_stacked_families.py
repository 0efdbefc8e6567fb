"""The briefs and stacked layout families, split and aligned from saved repair artifacts
(``tests/data/layouts-split/``, made by ``tools/split_test_data.py`` from the layout bench's
documents): every short item of a briefs page is an article with its own headline in both
languages, the masthead and the calendar of coming events stay out of the articles, and a
stacked page's two bands are each read in their own column grid. Both are development
families; the bench gives the figures over more documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-split"


def _run(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    return result, score(align(result, Config()), truth, fuzzy=True)


@pytest.mark.parametrize("name", ["briefs", "briefs-scanned"])
def test_every_short_item_is_an_article_paired_with_its_english_twin(name: str) -> None:
    """Run down three columns (English headlines in italics, one read as a caption by its
    look) or set in rows under a masthead (OCR): each item paired, its one paragraph linked."""
    _, s = _run(name)
    assert s.paired_right == s.articles >= 3
    assert s.links_right == s.links_output == s.links_truth


def test_masthead_and_calendar_of_a_briefs_page_stay_out_of_the_articles() -> None:
    result, _ = _run("briefs")
    out = {b.text for p in result.pages for b in p.blocks if b.role in FURNITURE_ROLES}
    assert "TIN VẮN ĐỐI NGOẠI" in out and "EXTERNAL AFFAIRS IN BRIEF" in out
    assert {"SẮP DIỄN RA", "COMING UP"} <= out
    assert any(t.startswith("8 January:") for t in out)


def test_stacked_bands_are_each_read_in_their_own_grid() -> None:
    """The Vietnamese band's byline at its top right is read after its text, not inside the
    English band's columns under it: every paragraph link of both articles right."""
    _, s = _run("stacked")
    assert s.paired_right == s.articles == 2
    assert s.links_right == s.links_output == s.links_truth
