"""Banners of no article in a title's style (``magpipe.split.banners``): a title pair standing
apart over an article's head, or closing a page before the next article's head, is text of no
article; a kicker or a title's lines standing close over the head, or a head with no text
after it, stay as they are. Pages of the ``slogan`` family saved by
``tools/slogan_test_data.py``; the pure rule on blocks built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.banners import banners
from rapidfuzz import fuzz

DATA = Path(__file__).parent / "data" / "layouts-slogan"


def _truth_blocks(name: str) -> list[dict]:
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return [b for page in truth["pages"] for b in page["blocks"]]


def _blocks(name: str) -> list[Block]:
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config(), roles="rules")
    return [b for page in result.pages for b in page.blocks]


def _holding(blocks, text: str):
    """The blocks whose text holds ``text`` (a banner read as one block of both languages holds
    each of its truth blocks), no shorter than most of it (a short line of text is no head)."""
    return [b for b in blocks if len(b.text) >= 0.6 * len(text)
            and fuzz.partial_ratio(text.casefold(), b.text.casefold()) >= 90]


@pytest.mark.parametrize("name", ["between", "centred", "page-foot", "scanned-top"])
def test_slogan_banners_are_no_articles_text_and_the_heads_under_them_titles(name) -> None:
    blocks, want = _blocks(name), _truth_blocks(name)
    banner = [b for b in want if b["role"] == "sidebar"]
    assert banner
    for b in banner:
        found = _holding(blocks, b["text"])
        assert found, b["text"]
        assert all(f.role in (Role.ASIDE, Role.HEADER) for f in found), \
            (b["text"], [f.role for f in found])
    titles = [b for b in want if b["role"] == "title"]
    assert titles
    for b in titles:
        found = _holding(blocks, b["text"])
        assert found and all(f.role == Role.TITLE for f in found), (b["text"], found)


def _block(k: int, role: Role, lang: Lang, top: float, bottom: float, page: int = 1) -> Block:
    return Block(id=f"p{page}-b{k}", page=page, box=(40.0, top, 500.0, bottom), text=f"t{k}",
                 lang=lang, role=role)


BODY = {1: 9.0, 2: 9.0}


def test_a_title_pair_standing_apart_over_a_head_is_a_banner() -> None:
    blocks = [_block(0, Role.BODY, Lang.VI, 40, 300),
              _block(1, Role.TITLE, Lang.VI, 330, 350), _block(2, Role.TITLE, Lang.EN, 356, 372),
              _block(3, Role.TITLE, Lang.VI, 400, 440), _block(4, Role.TITLE, Lang.EN, 447, 480),
              _block(5, Role.INTRO, Lang.VI, 490, 560)]
    assert banners(blocks, BODY) == {"p1-b1", "p1-b2"}


def test_a_kicker_pair_close_over_a_head_is_no_banner() -> None:
    # the pair stands above the head at about the head's own leading
    blocks = [_block(1, Role.TITLE, Lang.VI, 330, 350), _block(2, Role.TITLE, Lang.EN, 356, 372),
              _block(3, Role.TITLE, Lang.VI, 382, 420), _block(4, Role.TITLE, Lang.EN, 427, 460),
              _block(5, Role.BODY, Lang.VI, 470, 560)]
    assert banners(blocks, BODY) == set()


def test_titles_with_no_text_after_them_are_left_alone() -> None:
    # a page of heads only (a cover's lines): no article's text follows the run
    blocks = [_block(1, Role.TITLE, Lang.VI, 100, 120), _block(2, Role.TITLE, Lang.EN, 126, 140),
              _block(3, Role.TITLE, Lang.VI, 200, 220), _block(4, Role.TITLE, Lang.EN, 226, 240)]
    assert banners(blocks, BODY) == set()


def test_a_head_of_one_language_under_the_pair_makes_no_banner() -> None:
    # a Vietnamese title with a second title of the same language under it (no whole head)
    blocks = [_block(1, Role.TITLE, Lang.VI, 100, 140), _block(2, Role.TITLE, Lang.VI, 200, 220),
              _block(3, Role.BODY, Lang.VI, 230, 400)]
    assert banners(blocks, BODY) == set()


def test_a_pair_closing_a_page_before_the_next_pages_head_is_a_banner() -> None:
    blocks = [_block(0, Role.BODY, Lang.EN, 40, 500),
              _block(1, Role.TITLE, Lang.VI, 560, 600),
              _block(2, Role.PAGE_NUMBER, Lang.UNKNOWN, 780, 790),
              _block(0, Role.TITLE, Lang.VI, 50, 95, page=2),
              _block(1, Role.TITLE, Lang.EN, 102, 160, page=2),
              _block(2, Role.BODY, Lang.VI, 170, 400, page=2)]
    assert banners(blocks, BODY) == {"p1-b1"}


def _wide(block: Block, left: float, right: float) -> Block:
    return Block(id=block.id, page=block.page, box=(left, block.box[1], right, block.box[3]),
                 text=block.text, lang=block.lang, role=block.role)


def test_a_title_pair_reaching_far_past_the_head_under_it_is_no_banner() -> None:
    # a dogleg: the lead's headline across five columns, an inset's head and text in two
    blocks = [_wide(_block(1, Role.TITLE, Lang.VI, 50, 120), 40, 720),
              _wide(_block(2, Role.TITLE, Lang.EN, 128, 190), 40, 710),
              _wide(_block(3, Role.TITLE, Lang.VI, 230, 270), 44, 300),
              _wide(_block(4, Role.TITLE, Lang.EN, 276, 310), 44, 300),
              _wide(_block(5, Role.BODY, Lang.VI, 320, 400), 44, 160),
              _wide(_block(6, Role.BODY, Lang.EN, 320, 400), 180, 300)]
    assert banners(blocks, BODY) == set()
    # the same pair over a head whose text runs across the page under it is a banner
    blocks[4:] = [_wide(_block(5, Role.BODY, Lang.VI, 320, 400), 40, 370),
                  _wide(_block(6, Role.BODY, Lang.EN, 320, 400), 380, 716)]
    assert banners(blocks, BODY) == {"p1-b1", "p1-b2"}


@pytest.mark.parametrize("name", ["lead-over-inset", "lead-over-inset-4400"])
def test_a_dogleg_leads_headline_over_an_inset_stays_its_title(name) -> None:
    data = DATA.parent / "layouts-dogleg"
    result = split(RepairArtifact.load(data / f"{name}.repair.json"), Config(), roles="rules")
    truth = json.loads((data / f"{name}.truth.json").read_text(encoding="utf-8"))
    blocks = [b for page in result.pages for b in page.blocks]
    titles = [b for b in truth["pages"][0]["blocks"] if b["role"] == "title"]
    assert len(titles) == 4
    for b in titles:
        found = _holding(blocks, b["text"])
        assert found and all(f.role == Role.TITLE for f in found), \
            (b["text"], [f.role for f in found])
