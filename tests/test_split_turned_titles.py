"""Titles turned a quarter in a narrow strip beside their text (issue 16), on pages saved from
the layout bench (``tests/data/layouts-turned-titles/``, made by
``tools/turnhead_test_data.py``) run through split and align:

* the turned lines of display type beside the text are its titles, one block a language,
  read before the text beside them (``split.turned_titles``), where before they were read
  as running heads at the page's end and align named no article;
* a title's last word wrapped onto a line alone is a turned line of the strip
  (``split.turned``: flush with the line beside it);
* a title's line in capitals that reads like a credit's name stays in its title.

At the round's start (start31) each saved page's articles were 0 of 1 paired by title.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.turned import turned_runs

DATA = Path(__file__).parent / "data" / "layouts-turned-titles"
NAMES = ["left-strip", "right-strip", "lone-word-line", "line-like-credit"]


def _truth(name: str) -> dict:
    return json.loads((DATA / f"{name}.truth.json").read_text("utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_the_turned_titles_name_the_article_in_both_languages(name: str) -> None:
    truth = _truth(name)
    started = [a for a in truth["articles"] if min(a["pages"]) in
               {p["number"] for p in truth["pages"]}]
    truth = dict(truth, articles=started)
    result = align(split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config()), Config())
    found = score(result, truth)
    assert (found.articles, found.paired_right) == (1, 1)


@pytest.mark.parametrize("name", NAMES)
def test_the_titles_are_one_block_a_language_read_before_the_text_beside_them(
        name: str) -> None:
    truth = _truth(name)
    titles = {b["lang"]: b["text"] for p in truth["pages"] for b in p["blocks"]
              if b["role"] == "title"}
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())
    blocks = [b for p in result.pages for b in p.blocks if b.role not in FURNITURE_ROLES]
    at = next(k for k, b in enumerate(blocks) if b.role == Role.TITLE)
    assert [(b.role, b.lang, b.text) for b in blocks[at:at + 2]] == [
        (Role.TITLE, Lang.VI, titles["vi"]), (Role.TITLE, Lang.EN, titles["en"])]
    assert all(b.role != Role.TITLE for b in blocks[at + 2:])
    page = next(p for p in truth["pages"] if any(b["role"] == "title" for b in p["blocks"]))
    first = next(b for b in page["blocks"] if b["article"] is not None and b["role"] != "title")
    assert blocks[at + 2].text.startswith(first["text"][:20])


def test_a_title_s_last_word_alone_on_its_line_is_a_turned_line() -> None:
    artifact = RepairArtifact.load(DATA / "lone-word-line.repair.json")
    words = artifact.pages[0].words
    runs = [" ".join(words[i].text for i in run) for run in turned_runs(words)]
    assert "QUỐC" in runs
