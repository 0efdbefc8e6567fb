"""Split and align on saved pages of older development families where no rule fitted the
layout (issue 16; ``tests/data/layouts-laggards/``, made by ``tools/laggards_test_data.py``):
an issue printing its languages in halves, a title's last line of foreign names, a caption
whose credit ``Photo by NAME`` breaks after ``Photo``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.text.folding import unmarked

DATA = Path(__file__).parent / "data" / "layouts-laggards"


def _load(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config())


@pytest.fixture(scope="module")
def halves():
    artifact, truth, result = _load("halves")
    return truth, align(result, Config())


def test_an_issue_in_language_halves_pairs_each_twin_and_leaves_the_untranslated_article_alone(
        halves) -> None:
    truth, aligned = halves
    s = align_score(aligned, truth, fuzzy=True)
    assert s.paired_right == s.articles == 3
    lone = [t for t in truth["articles"] if t["title"]["en"] is None]
    assert len(lone) == 1
    records = [a for a in aligned.articles if a.title.vi == lone[0]["title"]["vi"]]
    assert len(records) == 1 and not records[0].title.en


def test_an_issue_in_language_halves_links_its_twins_paragraphs(halves) -> None:
    truth, aligned = halves
    s = align_score(aligned, truth, fuzzy=True)
    assert s.links_right >= s.links_truth - 2, (s.links_right, s.links_truth)


def test_a_titles_last_line_of_foreign_names_stays_in_the_vietnamese_title() -> None:
    _, truth, result = _load("title-tail")
    want = next(t["title"]["vi"] for t in truth["articles"]
                if t["title"]["vi"] and "BRAZIL" in t["title"]["vi"])
    titles = [b for p in result.pages for b in p.blocks if b.role == Role.TITLE]
    assert [b.text for b in titles if b.lang == Lang.VI] == [want]
    assert not [b.text for b in titles if b.lang == Lang.EN]


def test_a_caption_whose_credit_breaks_after_photo_is_an_articles_caption_with_its_credit(
        ) -> None:
    _, truth, result = _load("credit-line")
    printed = " ".join(b["text"] for p in truth["pages"] for b in p["blocks"])
    wanted = [c for t in truth["articles"] for c in t["captions"]
              if c["en"] and c["en"][:30] in printed]
    assert len(wanted) == 3
    blocks = [b for p in result.pages for b in p.blocks]
    records = [c for a in align(result, Config()).articles for c in a.captions]
    for c in wanted:
        holding = [b for b in blocks if c["en"][:30] in b.text]
        assert len(holding) == 1 and holding[0].role == Role.CAPTION, c["en"]
        found = [r for r in records if r.en and r.en.startswith(c["en"][:30])]
        assert len(found) == 1 and unmarked(found[0].credit_en or "") == unmarked(c["credit_en"]), c
