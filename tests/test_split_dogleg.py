"""A tabloid page whose lead story runs in an L around an inset story (the ``dogleg`` layout
family): split and align from saved pages (``tests/data/layouts-dogleg/``, made by
``tools/dogleg_test_data.py``), and the rules on their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.insets import insets_last
from magpipe.split.title_pieces import title_holding

DATA = Path(__file__).parent / "data" / "layouts-dogleg"


def _split(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return truth, split(artifact, Config())


def _article_of(truth: dict, block: Block) -> int | None:
    """The truth article of the truth block ``block`` overlaps most."""
    best, area = None, 0.0
    for t in truth["pages"][block.page - 1]["blocks"]:
        w = min(block.box[2], t["box"][2]) - max(block.box[0], t["box"][0])
        h = min(block.box[3], t["box"][3]) - max(block.box[1], t["box"][1])
        if w > 0 and h > 0 and w * h > area:
            best, area = t["article"], w * h
    return best


@pytest.mark.parametrize("name", ["head-right", "head-left"])
def test_the_lead_story_running_under_an_inset_is_read_before_the_inset(name: str) -> None:
    truth, result = _split(name)
    page = result.pages[0]
    text = [b for b in page.blocks if b.role in (Role.BODY, Role.INTRO, Role.TITLE)]
    lead = [k for k, b in enumerate(text) if _article_of(truth, b) == 0]
    inset = [k for k, b in enumerate(text) if _article_of(truth, b) == 1]
    assert lead and inset
    assert max(lead) < min(inset)     # the lead whole (headline, full and short columns) first
    assert [b.id for b in page.blocks] == [f"p1-b{k}" for k in range(len(page.blocks))]


@pytest.mark.parametrize("name", ["head-right", "head-left"])
def test_both_stories_of_a_dogleg_page_are_paired_with_all_their_paragraphs(name: str) -> None:
    truth, result = _split(name)
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == 2
    assert s.links_right == s.links_truth == s.links_output


def test_a_scanned_headline_cut_down_its_word_spaces_is_one_title() -> None:
    truth, result = _split("scanned")
    titles = [b for b in result.pages[0].blocks if b.role == Role.TITLE and b.lang == Lang.VI]
    assert len(titles) == 1
    assert titles[0].text.startswith("ĐOÀN ĐẠI BIỂU")
    assert titles[0].text.endswith("PHƯƠNG CỦA TRUNG QUỐC")
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == 1


# -- the inset rule on its own: a page of five columns 100 wide (gutters of 10) ---------------

COLUMNS = tuple((10.0 + 110 * k, 110.0 + 110 * k) for k in range(5))
BODY = 10.0


def _block(k: int, role: Role, box: tuple[float, float, float, float],
           lang: Lang = Lang.VI) -> Block:
    return Block(id=f"p1-b{k}", page=1, box=box, text=f"block {k}", lang=lang, role=role)


def _span(first: int, last: int, top: float, bottom: float) -> tuple[float, float, float, float]:
    return (COLUMNS[first][0], top, COLUMNS[last][1], bottom)


def _page(under: list[tuple[Role, tuple[float, float, float, float]]]) -> list[Block]:
    """The lead's headline, its two full columns at the left, a box headed across the three
    right columns (its text in them down to 400), then ``under``."""
    parts = [(Role.TITLE, _span(0, 4, 20, 60)),
             (Role.BODY, _span(0, 0, 80, 900)), (Role.BODY, _span(1, 1, 80, 900)),
             (Role.TITLE, _span(2, 4, 90, 120)),
             (Role.BODY, _span(2, 2, 130, 400)), (Role.BODY, _span(3, 3, 130, 395)),
             (Role.BODY, _span(4, 4, 130, 380)), *under]
    return [_block(k, role, box) for k, (role, box) in enumerate(parts)]


def _order(blocks: list[Block]) -> list[str]:
    out, _ = insets_last(blocks, list(range(len(blocks))), COLUMNS, (), BODY)
    return [b.text for b in out]


def test_headless_text_under_a_box_continues_the_story_beside_it() -> None:
    blocks = _page([(Role.BODY, _span(2, 2, 430, 900)), (Role.BODY, _span(3, 3, 430, 900))])
    assert _order(blocks) == [f"block {k}" for k in (0, 1, 2, 7, 8, 3, 4, 5, 6)]
    out, regions = insets_last(blocks, list(range(10, 19)), COLUMNS, (), BODY)
    assert regions == [10, 11, 12, 17, 18, 13, 14, 15, 16]
    assert [b.id for b in out] == [f"p1-b{k}" for k in range(9)]


def test_a_box_closed_by_a_paragraph_gap_only_is_no_box() -> None:
    # the text under the titles runs on with a gap of a paragraph's (under BAND x body)
    blocks = _page([(Role.BODY, _span(2, 2, 408, 900)), (Role.BODY, _span(3, 3, 408, 900))])
    assert _order(blocks) == [b.text for b in blocks]


def test_a_story_headed_under_the_box_keeps_its_place() -> None:
    blocks = _page([(Role.TITLE, _span(2, 4, 430, 460)), (Role.BODY, _span(2, 2, 470, 900))])
    assert _order(blocks) == [b.text for b in blocks]


def test_a_box_at_the_foot_with_nothing_under_it_keeps_its_place() -> None:
    assert _order(_page([])) == [f"block {k}" for k in range(7)]


def test_titles_over_one_column_head_a_story_in_it_not_a_box() -> None:
    blocks = [_block(k, role, box) for k, (role, box) in enumerate([
        (Role.BODY, _span(0, 0, 80, 900)), (Role.TITLE, _span(1, 1, 90, 120)),
        (Role.BODY, _span(1, 1, 130, 400)), (Role.BODY, _span(1, 1, 430, 900))])]
    assert _order(blocks) == [b.text for b in blocks]


def test_titles_beside_no_text_started_above_them_head_no_box() -> None:
    # the text beside the titles starts under them: two stories side by side
    blocks = _page([(Role.BODY, _span(2, 2, 430, 900))])
    blocks[1] = _block(1, Role.BODY, _span(0, 0, 130, 900))
    blocks[2] = _block(2, Role.BODY, _span(1, 1, 130, 900))
    assert _order(blocks) == [b.text for b in blocks]


def test_a_title_piece_inside_another_ones_box_is_part_of_it() -> None:
    pieces = [(Role.TITLE, Lang.VI, (30.0, 40.0, 700.0, 160.0)),
              (Role.BODY, Lang.VI, (30.0, 170.0, 150.0, 900.0))]
    assert title_holding(pieces, Lang.VI, (320.0, 80.0, 690.0, 155.0)) == 0
    assert title_holding(pieces, Lang.EN, (320.0, 80.0, 690.0, 155.0)) is None
    # two stories' titles side by side on the same rows never hold one another
    assert title_holding(pieces[:1], Lang.VI, (710.0, 40.0, 900.0, 160.0)) is None
