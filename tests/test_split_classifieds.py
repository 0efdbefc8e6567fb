"""Classified adverts beside the articles (the ``classifieds`` layout family): split and align
from saved documents (``tests/data/layouts-classifieds/``, made by
``tools/classifieds_test_data.py``), and the telephone numbers that mark an advert."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.text.phones import phone_numbers

DATA = Path(__file__).parent / "data" / "layouts-classifieds"
NAMES = ["foot-hairlines", "side-column", "byline-over-band", "scanned-foot", "scanned-side"]


def _split(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config())


@pytest.mark.parametrize("name", NAMES)
def test_classified_adverts_are_kept_out_of_the_articles(name: str) -> None:
    artifact, truth, result = _split(name)
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 1500          # the adverts and their headings: no article's text
    assert s.out_correct / s.out_chars > 0.97
    assert s.in_correct / s.in_chars > 0.99       # and the articles keep all of theirs


@pytest.mark.parametrize("name", ["foot-hairlines", "side-column", "byline-over-band"])
def test_the_articles_run_on_across_the_adverts_to_the_next_page(name: str) -> None:
    _, truth, result = _split(name)
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == 2
    assert s.links_right == s.links_truth == s.links_output


def test_a_scanned_articles_wide_columns_over_the_band_keep_their_paragraphs() -> None:
    """A scan: the article in two wide columns (one a language) over a band of small adverts
    in six narrow columns. Its paragraphs are as wide as the paragraph under them: column
    text, none a lead set across the adverts (each language's three paragraphs were read as
    one intro)."""
    _, truth, result = _split("scanned-foot")
    intros = [b.text for p in result.pages for b in p.blocks if b.role == Role.INTRO]
    assert intros == []
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == 1
    assert s.links_right == s.links_truth == s.links_output == 3


def test_an_articles_byline_over_the_band_stays_its_byline() -> None:
    _, _, result = _split("byline-over-band")
    bylines = [b.text for p in result.pages for b in p.blocks if b.role == Role.BYLINE]
    assert "MAI THU" in bylines
    kept = [b.text for p in result.pages for b in p.blocks if b.role == Role.ASIDE]
    assert len(kept) > 20 and "MAI THU" not in kept


@pytest.mark.parametrize(("text", "count"), [
    ("Gọi (281) 835-2771.", 1), ("Call (281).246-632", 1), ("Tel 713-542-4618 or 0912 345 678", 2),
    ("024.3823.4567", 1), ("ngày 15/12/2025, năm 2025", 0), ("giá $47.000, 1.234.567 đồng", 0),
    ("tổng mức đầu tư 11.000 tỷ đồng", 0), ("(832)", 0)])
def test_telephone_numbers_are_told_from_dates_prices_and_figures(text: str, count: int) -> None:
    assert phone_numbers(text) == count
