"""Titles over all an article's columns but one (issue 16: ``stepped``), on pages saved from
the layout bench (``tests/data/layouts-stepped/``, made by ``tools/stepped_test_data.py``) run
through split and align:

* the titles are read before the free column that runs up beside them from the article's
  rule, on whichever side it stands, and the text of the article above, beside the titles
  in the other columns, before them (``free_columns``);
* a twin title's first English line, too short to tell its language, goes with the English
  title it shares its type with (bold italics), not with the Vietnamese one in bold above
  it (``twin_type``);
* a column of the article before, running on beside the next article's titles between
  them and that article's own titles, is no free column (``digest``).

At the round's start (start32) the five stepped pages paired 0, 1, 0, 0 and 0 of their
articles (1, 2, 2, 1 and 1).
"""

from __future__ import annotations

from functools import cache

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from saved_pages import saved

STEPPED = ["free-column-left", "two-openings-one-free-column", "titles-over-one-column",
           "english-title-short-first-line", "free-column-left-scanned"]


@cache
def _saved(name: str):
    artifact, truth = saved("layouts-stepped", name)
    return split(artifact, Config()), truth


def _split(name: str):
    return _saved(name)[0]


def _truth(name: str) -> dict:
    return _saved(name)[1]


def _key(text: str) -> str:
    return " ".join(text.split())[:24]


@pytest.mark.parametrize("name", STEPPED)
def test_each_stepped_article_is_paired_by_its_titles(name: str) -> None:
    found = score(align(_split(name), Config()), _truth(name), fuzzy=True)
    assert found.paired_right == found.articles > 0


@pytest.mark.parametrize("name", STEPPED[:-1])
def test_each_stepped_article_is_read_titles_first_then_its_text(name: str) -> None:
    truth = _truth(name)
    article_of = {_key(b["text"]): b["article"] for p in truth["pages"] for b in p["blocks"]
                  if b.get("article") is not None}
    read = [article_of.get(_key(b.text)) for p in _split(name).pages for b in p.blocks
            if b.role not in FURNITURE_ROLES]
    roles = [b.role for p in _split(name).pages for b in p.blocks
             if b.role not in FURNITURE_ROLES]
    firsts = {}
    for art, role in zip(read, roles, strict=True):
        firsts.setdefault(art, role)
    assert all(role == Role.TITLE for art, role in firsts.items() if art is not None)
    # each article's blocks read in one run, in the articles' order
    runs = [a for k, a in enumerate(read) if a is not None and (k == 0 or read[k - 1] != a)]
    assert runs == sorted(set(runs))


def test_a_short_english_title_line_goes_with_the_english_title() -> None:
    titles = {b.lang: b.text for p in _split("english-title-short-first-line").pages
              for b in p.blocks if b.role == Role.TITLE}
    wanted = _truth("english-title-short-first-line")["articles"][0]["title"]
    assert titles == {Lang.VI: wanted["vi"], Lang.EN: wanted["en"]}


def test_a_column_running_on_beside_the_next_titles_is_read_before_them() -> None:
    blocks = [b for p in _split("digest-column-beside-titles").pages for b in p.blocks]
    at = {_key(b.text)[:12]: k for k, b in enumerate(blocks)}
    assert at["Over two day"] < at["On the after"] < at["Mr. Chen Gan"] < at["CHAIRMAN OF "]
