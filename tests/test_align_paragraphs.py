"""Paragraph alignment (monotone DP with 1-1, 1-2, 2-1, 1-0 and 0-1 links).

Uses the development articles (tests/data/align_dev_articles.json: two articles of
the sample issue that are not in fixtures/), whose paragraphs all translate 1-1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align.paragraphs import align_paragraphs

DEV = json.loads((Path(__file__).parent / "data" / "align_dev_articles.json")
                 .read_text(encoding="utf-8"))["articles"]


def _sides(article: dict) -> tuple[list[str], list[str]]:
    vi = [article["intro"]["vi"]] + [p for link in article["paragraphs"] for p in link["vi"]]
    en = [article["intro"]["en"]] + [p for link in article["paragraphs"] for p in link["en"]]
    return vi, en


@pytest.mark.parametrize("article", DEV, ids=[a["id"] for a in DEV])
def test_one_to_one_translations_align_one_to_one(article):
    vi, en = _sides(article)
    links = align_paragraphs(vi, en)
    assert [(link.vi, link.en) for link in links] == [((i,), (i,)) for i in range(len(vi))]
    assert all(link.confidence >= 0.5 for link in links)


def test_two_vietnamese_paragraphs_translated_as_one_make_a_two_to_one_link():
    vi, en = _sides(DEV[1])
    merged = en[:1] + [en[1] + " " + en[2]] + en[3:]
    links = align_paragraphs(vi, merged)
    kinds = [link.kind for link in links]
    assert kinds == ["1-1", "2-1", "1-1", "1-1"]
    assert links[1].vi == (1, 2) and links[1].en == (1,)


def test_one_vietnamese_paragraph_translated_as_two_makes_a_one_to_two_link():
    vi, en = _sides(DEV[0])
    merged = vi[:2] + [vi[2] + " " + vi[3]] + vi[4:]
    links = align_paragraphs(merged, en)
    assert [link.kind for link in links] == ["1-1", "1-1", "1-2", "1-1"]


def test_paragraph_missing_in_english_is_left_unlinked_with_low_confidence():
    vi, en = _sides(DEV[1])
    links = align_paragraphs(vi, en[:2] + en[3:])
    assert [(link.vi, link.en) for link in links] == [
        ((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((4,), (3,))]
    assert links[2].confidence < 0.5


def test_empty_side_gives_only_one_sided_links():
    links = align_paragraphs(["Một đoạn văn.", "Đoạn thứ hai."], [])
    assert [link.kind for link in links] == ["1-0", "1-0"]
    assert align_paragraphs([], []) == ()
