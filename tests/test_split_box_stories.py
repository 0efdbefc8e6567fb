"""A short story set in a drawn box inside another article's columns (``factbox``: a kicker
over a title, then its text, in each language; the host's text going on under the box and on
the next page): the box's kicker, title, text and byline keep their roles
(``split.drawn_boxes.boxed_heads``) and the box is read between two articles
(``split.insets.boxed_stories``), so that align makes it an article of its own and leaves the
host's text before and after it one article. Whole documents saved by
``tools/factbox_test_data.py`` into ``tests/data/layouts-factbox/``."""

from __future__ import annotations

from functools import lru_cache

import pytest
from magpipe.align import align
from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Block, Lang, Role, SplitArtifact
from magpipe.artifacts.pages import DrawingKind, RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.drawn_boxes import boxed_heads
from magpipe.split.insets import boxed_stories
from magpipe.split.roles import Facts
from saved_pages import saved

BODY = 9.0


def _saved(name: str) -> tuple[RepairArtifact, dict]:
    return saved("layouts-factbox", name)


@lru_cache(maxsize=2)
def _split(name: str) -> SplitArtifact:
    return split(_saved(name)[0], Config())


def test_briefs_each_in_a_box_of_their_own_keep_their_order_and_pairs() -> None:
    """A page of briefs each framed on its own: no brief is a host another's box cuts, so the
    box stories move none of them (briefs-5-digital of seed 4300: every boxed brief was read
    before the one over it, two of its paragraph links lost)."""
    artifact, truth = _saved("boxed-briefs")
    result = align_score(align(split(artifact, Config()), Config()), truth, fuzzy=True)
    assert result.paired_by_body == result.articles     # (one title pair is misread apart)
    assert result.links_right == result.links_truth == result.links_output


def _frames(artifact: RepairArtifact, page: int) -> list[Box]:
    return [d.box for d in artifact.pages[page - 1].drawings if d.kind == DrawingKind.FRAME]


@pytest.mark.parametrize("name", ["stacked", "halves"])
def test_every_box_story_and_its_host_come_out_whole_and_paired(name: str) -> None:
    artifact, truth = _saved(name)
    result = align_score(align(_split(name), Config()), truth, fuzzy=True)
    assert result.articles == 4                 # two hosts, each cut by one box story
    assert result.paired_right == 4
    assert result.links_right == result.links_truth == result.links_output


def test_a_box_titled_no_larger_than_the_body_keeps_its_kicker_title_and_text() -> None:
    artifact, _ = _saved("stacked")
    page = _split("stacked").pages[0]
    (frame,) = _frames(artifact, 1)
    inside = [b for b in page.blocks if b.box[1] >= frame[1] and b.box[3] <= frame[3]]
    roles = {(b.role, b.lang) for b in inside}
    assert {(Role.SECTION, Lang.VI), (Role.SECTION, Lang.EN), (Role.TITLE, Lang.VI),
            (Role.TITLE, Lang.EN), (Role.BODY, Lang.VI), (Role.BODY, Lang.EN)} <= roles
    assert all(b.role != Role.ASIDE for b in inside)


def test_the_box_is_read_before_its_hosts_head_and_the_hosts_text_after_it() -> None:
    artifact, _ = _saved("stacked")
    blocks = _split("stacked").pages[0].blocks
    order = [b.role for b in blocks if b.role not in (Role.HEADER, Role.PAGE_NUMBER)]
    # the box (kicker, title, text in each language), then the host's titles and its text
    assert order[:3] == [Role.SECTION, Role.TITLE, Role.BODY]
    first_host_title = next(k for k, b in enumerate(blocks) if b.role == Role.TITLE
                            and "ĐẠI SỨ" in b.text)
    (frame,) = _frames(artifact, 1)
    assert all(b.box[3] <= frame[3] for b in blocks[:first_host_title]
               if b.role not in (Role.HEADER, Role.PAGE_NUMBER))


def test_a_box_storys_byline_is_its_signature_under_its_text() -> None:
    artifact, _ = _saved("halves")
    page = _split("halves").pages[1]
    (frame,) = _frames(artifact, 2)
    bylines = {b.text for b in page.blocks if b.role == Role.BYLINE
               and b.box[1] >= frame[1] and b.box[3] <= frame[3]}
    assert bylines == {"KHỔNG NGHĨA", "KHONG NGHIA"}


def _facts(text: str, box: Box, bold: bool, lines: int = 1) -> Facts:
    return Facts(text=text, box=box, size=BODY, cw=0.5 * BODY, bold=bold, lines=lines,
                 column=-1, column_box=(40.0, 560.0))


KICKER = _facts("DID YOU KNOW?", (50.0, 100.0, 120.0, 109.0), True)
TITLE = _facts("THE OLDEST BRIDGE OF THE PROVINCE", (50.0, 112.0, 300.0, 122.0), True)
TEXT = _facts("The bridge was built in 1890 by the people of the valley.",
              (50.0, 126.0, 540.0, 160.0), False, 3)
SIGNED = _facts("MAI THU", (500.0, 163.0, 540.0, 172.0), True)


def test_a_kicker_over_a_bold_title_in_capitals_heads_a_box_story() -> None:
    assert boxed_heads([0, 1, 2, 3], [KICKER, TITLE, TEXT, SIGNED], BODY) == [(0, [1], [2], [3])]


def test_a_bold_line_alone_or_a_kicker_over_mixed_case_heads_none() -> None:
    lead = _facts("The oldest bridge of the province", TITLE.box, True)
    assert boxed_heads([0, 1, 2], [KICKER, lead, TEXT], BODY) == []
    assert boxed_heads([0, 1], [TITLE, TEXT], BODY) == []      # (no kicker over the title)


def _block(k: int, role: Role, box: Box, lang: Lang = Lang.EN) -> Block:
    return Block(id=f"p1-b{k}", page=1, box=box, text="x", lang=lang, role=role)


def test_a_box_cutting_a_hosts_text_is_read_before_the_hosts_head() -> None:
    frame = (40.0, 300.0, 560.0, 420.0)
    blocks = [_block(0, Role.TITLE, (40.0, 50.0, 560.0, 80.0)),       # the host's title
              _block(1, Role.BODY, (40.0, 90.0, 290.0, 290.0)),       # its text over the box
              _block(2, Role.SECTION, (50.0, 310.0, 120.0, 320.0)),   # the box: kicker,
              _block(3, Role.TITLE, (50.0, 322.0, 300.0, 332.0)),     # title and text
              _block(4, Role.BODY, (50.0, 336.0, 540.0, 410.0)),
              _block(5, Role.BODY, (40.0, 430.0, 290.0, 700.0))]      # the host's, under it
    assert boxed_stories(blocks, (frame,), BODY) == [2, 3, 4, 0, 1, 5]
    # the host came from an earlier page: the box is read after the host's text
    untitled = [_block(1, Role.BODY, (40.0, 50.0, 290.0, 290.0)), *blocks[2:]]
    assert boxed_stories(untitled, (frame,), BODY) == [0, 4, 1, 2, 3]


def test_a_box_between_nothing_to_cut_keeps_its_place() -> None:
    frame = (40.0, 50.0, 560.0, 200.0)
    blocks = [_block(0, Role.SECTION, (50.0, 60.0, 120.0, 70.0)),
              _block(1, Role.TITLE, (50.0, 72.0, 300.0, 82.0)),
              _block(2, Role.BODY, (50.0, 86.0, 540.0, 190.0))]
    assert boxed_stories(blocks, (frame,), BODY) == [0, 1, 2]
    notes = [_block(0, Role.ASIDE, (50.0, 60.0, 540.0, 190.0)),
             _block(1, Role.BODY, (40.0, 210.0, 290.0, 400.0))]
    assert boxed_stories(notes, (frame,), BODY) == [0, 1]   # (a box of no article)



def test_a_tint_out_to_the_pages_edges_behind_a_head_is_no_box() -> None:
    """A faded photo behind an article's head and first lines (``backdrop``), drawn as a tint
    out to the page's edges, holds the article's own titles: it is read where it is."""
    ground = (0.0, 0.0, 600.0, 400.0)
    blocks = [_block(0, Role.TITLE, (40.0, 50.0, 560.0, 80.0)),
              _block(1, Role.BODY, (40.0, 90.0, 290.0, 390.0)),
              _block(2, Role.BODY, (40.0, 410.0, 290.0, 700.0))]
    assert boxed_stories(blocks, (ground,), BODY, (40.0, 560.0)) == [0, 1, 2]
    assert boxed_stories(blocks, (ground,), BODY) == [2, 0, 1]    # (read as a box, unbounded)
