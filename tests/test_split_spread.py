"""Two facing pages saved or scanned as one landscape sheet (the ``spread`` layout family):
the sheet is read as two pages, each column by column, the two sharing one grid; a line set
across the fold that a scan's dark fold parts stays one line; a caption whose credit is
printed without a colon is a caption. Inputs: saved repair artifacts and truths in
``tests/data/layouts-split/`` (``tools/split_test_data.py``: ``spread``, ``spread-columns``,
``spread-scanned``), and the trifold's, a landscape sheet of three panels and no fold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.credit_ends import ends_in_credit
from magpipe.split.fold import fold_of

DATA = Path(__file__).parent / "data" / "layouts-split"


def _load(name: str) -> tuple[RepairArtifact, dict]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth


def _block(layout, start: str):
    return next(b for b in layout.blocks if b.text.startswith(start))


@pytest.mark.parametrize("name", ["spread", "spread-columns", "spread-scanned"])
def test_a_landscape_sheet_of_two_pages_has_a_fold_between_their_texts(name: str) -> None:
    artifact, _ = _load(name)
    for page in artifact.pages:
        fold = fold_of(page.words, page.width, page.height)
        assert fold is not None
        assert fold.left < page.width / 2 < fold.right


@pytest.mark.parametrize("name", ["trifold", "trifold-scanned", "facing"])
def test_a_trifold_or_a_single_page_has_no_fold(name: str) -> None:
    artifact, _ = _load(name)
    assert all(fold_of(p.words, p.width, p.height) is None for p in artifact.pages)


def test_each_page_of_the_sheet_is_read_on_its_own_left_page_first() -> None:
    artifact, _ = _load("spread-columns")
    layout = split(artifact, Config()).pages[0]
    middle = layout.width / 2
    sides = [0 if b.box[2] <= middle else 1 for b in layout.blocks
             if b.box[2] <= middle or b.box[0] >= middle]
    assert sides == sorted(sides)


def test_a_page_is_read_column_by_column_past_a_photo_across_the_fold() -> None:
    # the English page: its first column opens with a photo (crossing from the Vietnamese
    # page) and its caption, its second column with text; a white band runs across both
    # columns under the text at the second column's top (a second photo there)
    artifact, _ = _load("spread-columns")
    layout = split(artifact, Config()).pages[0]
    blocks = list(layout.blocks)
    first_column = blocks.index(_block(layout, "At the meeting"))
    second_column = blocks.index(_block(layout, "in Rio"))
    assert first_column < second_column


def test_a_page_whose_column_a_photo_fills_takes_the_facing_pages_grid() -> None:
    # the English intro over both columns of its page, one of them a photo's: an intro, not
    # a caption in a column
    artifact, _ = _load("spread")
    layout = split(artifact, Config()).pages[1]
    assert _block(layout, "On November 27, 2025").role == Role.INTRO


def test_a_title_line_parted_by_a_dark_fold_stays_one_title() -> None:
    artifact, _ = _load("spread-scanned")
    layout = split(artifact, Config()).pages[0]
    titles = [b for b in layout.blocks if b.role == Role.TITLE and "ĐOÀN" in b.text]
    assert len(titles) == 1
    assert all(w in titles[0].text for w in ("BIỂU", "PHƯƠNG", "TRUNG QUỐC"))
    assert not any(b.text.startswith("PHƯƠNG") for b in layout.blocks)


def test_a_caption_whose_credit_has_no_colon_is_a_caption() -> None:
    artifact, _ = _load("spread-columns")
    layout = split(artifact, Config()).pages[1]
    assert _block(layout, "Toàn cảnh buổi Hội kiến").role == Role.CAPTION


@pytest.mark.parametrize("text, credited", [
    ("Toàn cảnh buổi Hội kiến. Ảnh - TRÍ DŨNG", True),
    ("Delegations from both sides attend the talks. Photo by TRI DUNG", True),
    ("Overview of the meeting. (Photo: KHANH LY)", True),
    ("the delegation visited the photo exhibition by the river", False),
    ("Ông Đoàn Thanh Sơn bày tỏ vui mừng - đón tiếp Đại sứ", False),
])
def test_a_text_ends_in_a_photo_credit_with_or_without_its_colon(text: str,
                                                                  credited: bool) -> None:
    assert ends_in_credit(text) is credited


def test_the_articles_of_a_sheet_pair_with_every_paragraph() -> None:
    artifact, truth = _load("spread")
    s = align_score(align(split(artifact, Config()), Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles
    assert s.links_right == s.links_truth == s.links_output
