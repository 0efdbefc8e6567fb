"""One stream snaking down narrow columns (issue 16: ``snake``), on pages saved from the layout
bench (``tests/data/layouts-snake/``, made by ``tools/snake_test_data.py``) run through split
and align:

* a title whose face draws boxes hardly taller than the body face's, though the text layer
  declares it 1.45 times the body's size, is a title by that declared size, every line of
  it, wherever it stands: at a column's head or mid-column right under the other language's
  text (``roles.declared_larger``); its short lines are no rubric, label or byline, and its
  lines no cells of a grid (``grids``);
* a step in the declared size parts the title from a lead set in bold at the body's size
  under it, though their boxes stand about as tall (``layout.paragraphs``);
* a column of justified text down the middle of a landscape page, whose wide word spaces
  leave few pieces crossing the middle, is no white between two facing pages (``fold``).

At the round's start (start29) the saved pages paired 1, 1, 1, 2 and 0 of their 2 articles
(the fourth's English title and lead were read as one lead).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-snake"
NAMES = ["title-at-column-head", "title-line-as-byline", "column-across-middle",
         "title-over-bold-lead", "titles-as-grid"]


def _split(name: str):
    return split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())


def _truth(name: str) -> dict:
    return json.loads((DATA / f"{name}.truth.json").read_text("utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_each_article_of_the_stream_is_paired_by_its_titles(name: str) -> None:
    found = score(align(_split(name), Config()), _truth(name), fuzzy=True)
    assert (found.articles, found.paired_right) == (2, 2)


@pytest.mark.parametrize("name", NAMES)
def test_each_title_is_one_block_whole(name: str) -> None:
    titles = [(b.lang, b.text) for p in _split(name).pages for b in p.blocks
              if b.role == Role.TITLE]
    wanted = {(Lang(lang), a["title"][lang]) for a in _truth(name)["articles"]
              for lang in ("vi", "en")
              if any(n == 1 for n in a["pages"])}
    assert wanted <= set(titles)


def test_a_title_is_parted_from_the_bold_lead_under_it() -> None:
    blocks = [b for p in _split("title-over-bold-lead").pages for b in p.blocks
              if b.lang == Lang.EN and b.role in (Role.TITLE, Role.INTRO)]
    assert [(b.role, b.text[:30]) for b in blocks[-2:]] == [
        (Role.TITLE, "LEADER OF THE PROVINCIAL PEOPL"),
        (Role.INTRO, "On the afternoon of November 1")]


def test_a_column_down_the_middle_of_the_page_is_no_fold() -> None:
    page = _split("column-across-middle").pages[0]
    assert len(page.columns) == 5
