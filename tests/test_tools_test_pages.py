"""Saving pages of bench documents as test inputs (``tools/test_pages.py``): a repair artifact
cut to its kept pages and their changes, a truth cut to those pages with its articles kept,
filtered or renumbered, and the whole document for no pages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import ROOT
from magpipe.artifacts.pages import RepairArtifact

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.test_pages import Truth, cut_artifact, cut_truth  # noqa: E402

# a saved two-page letters artifact whose repair changes fall on pages 1 and 3
LETTERS = ROOT / "tests" / "data" / "layouts-letters" / "parallel.repair.json"


def block(article: int | None) -> dict:
    return {"text": "x", "role": "body" if article is not None else "header", "lang": "vi",
            "article": article}


# three pages: article 0 on page 1, articles 1 and 2 on page 2 (2 running on to page 3)
TRUTH = {"file": "doc.pdf",
         "pages": [{"number": 1, "blocks": [block(None), block(0)]},
                   {"number": 2, "blocks": [block(2), block(1)]},
                   {"number": 3, "blocks": [block(2)]}],
         "articles": [{"id": "a", "pages": [1]}, {"id": "b", "pages": [2]},
                      {"id": "c", "pages": [2, 3]}]}


def test_artifact_keeps_only_its_pages_and_their_changes():
    artifact = RepairArtifact.load(LETTERS)
    assert {c.page for c in artifact.changes} == {1, 3}
    cut = cut_artifact(artifact, (1,))
    assert [p.number for p in cut.pages] == [1]
    assert cut.changes and {c.page for c in cut.changes} == {1}


def test_artifact_keeps_every_change_when_asked():
    artifact = RepairArtifact.load(LETTERS)
    cut = cut_artifact(artifact, (2,), every_change=True)
    assert [p.number for p in cut.pages] == [2]
    assert cut.changes == artifact.changes


def test_no_pages_keeps_the_whole_document():
    artifact = RepairArtifact.load(LETTERS)
    assert cut_artifact(artifact, None) is artifact
    assert cut_truth(TRUTH, None, Truth.BLOCK_ARTICLES) is TRUTH


def test_truth_of_every_article_keeps_all_records():
    cut = cut_truth(TRUTH, (1,), Truth.EVERY_ARTICLE)
    assert [p["number"] for p in cut["pages"]] == [1]
    assert cut["articles"] == TRUTH["articles"]
    assert list(cut) == list(TRUTH)     # the keys in the order the bench wrote them


def test_truth_of_page_articles_keeps_those_printed_on_the_pages():
    cut = cut_truth(TRUTH, (3,), Truth.PAGE_ARTICLES)
    assert [a["id"] for a in cut["articles"]] == ["c"]
    assert cut["pages"][0]["blocks"][0]["article"] == 2      # left as it was


def test_truth_of_block_articles_renumbers_them_in_order():
    cut = cut_truth(TRUTH, (2,), Truth.BLOCK_ARTICLES)
    assert [a["id"] for a in cut["articles"]] == ["b", "c"]
    assert [b["article"] for b in cut["pages"][0]["blocks"]] == [1, 0]
    assert [b["article"] for b in TRUTH["pages"][1]["blocks"]] == [2, 1]   # source untouched


def test_truth_as_written_cannot_be_cut():
    with pytest.raises(ValueError):
        cut_truth(TRUTH, (1,), Truth.AS_WRITTEN)

