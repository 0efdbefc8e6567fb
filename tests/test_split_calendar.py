"""An events calendar of no article between two articles (the ``calendar`` layout family): a
box across the page of dated entries in both languages under a heading. Split and align of
saved files (``tests/data/layouts-calendar/``, made by ``tools/calendar_test_data.py``): on
scans, where no frame or tint is recorded, the calendar's heading and every entry stay out
of the articles; a page whose text pauses at its middle under the box is one page."""

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
from magpipe.split.two_up import two_up

DATA = Path(__file__).parent / "data" / "layouts-calendar"


def _load(name: str) -> tuple[RepairArtifact, dict]:
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    return pages, json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["framed-scan", "tinted-scan"])
def test_a_scanned_calendars_heading_and_entries_stay_out_of_the_articles(name):
    """Every character of the calendar (its heading in capitals naming the months, each
    entry, an entry's last word read apart) is kept out of the articles, and no paragraph
    link is made of it."""
    pages, truth = _load(name)
    result = split(pages, Config())
    s = split_score(result, pages.pages, truth)
    assert s.out_chars > 300
    assert s.out_correct == s.out_chars
    assert s.in_correct == s.in_chars
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.links_output == a.links_right == a.links_truth


def test_a_page_pausing_at_its_middle_under_a_box_is_one_page():
    """The calendar ends near the page's middle and the next article opens just under it:
    the page is not cut into two pages printed one over the other (a calendar line that
    stands half a page over the page number is no page number), so its running heads stay
    furniture and the articles are read whole."""
    pages, truth = _load("midpage")
    assert two_up(pages).cuts == ()
    result = split(pages, Config())
    heads = [b for b in result.blocks() if b.text.startswith(("BẢN TIN", "LANG SON CULTURE"))]
    assert len(heads) == 2
    assert all(b.role == Role.HEADER for b in heads)
    s = split_score(result, pages.pages, truth)
    assert s.out_correct == s.out_chars
