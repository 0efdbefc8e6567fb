"""Paragraph links where a paragraph broke at a column or page turn on one side only: split and
align of saved bench documents (``tests/data/layouts-para-links/``, made by
``tools/para_links_test_data.py``), each truth link of the broken paragraph found whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.paragraphs import OWN_RATIO_BOUNDS, Link, align_paragraphs, own_ratio
from magpipe.artifacts.pages import RepairArtifact
from magpipe.artifacts.records import CONTENTS, Article
from magpipe.config import Config
from magpipe.eval.align_score import _same, score
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-para-links"


def _aligned(name: str) -> tuple[tuple[Article, ...], dict]:
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    records = align(split(pages, Config()), Config()).articles
    return tuple(a for a in records if a.kind != CONTENTS), truth


def _truth_link(truth: dict, vi_start: str) -> tuple[str, str]:
    found = [(" ".join(link["vi"]), " ".join(link["en"])) for a in truth["articles"]
             for link in a["paragraphs"] if " ".join(link["vi"]).startswith(vi_start)]
    assert len(found) == 1
    return found[0]


def _linked(records: tuple[Article, ...], vi: str, en: str) -> bool:
    return any(_same(p.vi, vi, True) and _same(p.en, en, True)
               for a in records for p in a.paragraphs)


@pytest.mark.parametrize(("name", "vi_start"), [
    # the English twin broke at the half-page's turn, and runs 1.6 English characters per
    # Vietnamese one: at the fixed ratio its longer piece alone looked like the whole twin
    ("turn-split", "Tham dự buổi Lễ có đồng chí Lê Hoài Trung"),
    # the first piece of the Vietnamese paragraph was read as the intro (no English intro)
    ("intro-piece", "Bà Marcelle Torres Alves Okuno, Lãnh sự danh dự"),
    # an English paragraph broken at a column turn on a scan, whose twin's date OCR broke:
    # the first pass's links are less sure, but sure enough to read the ratio from
    ("scan-turn", "Chiều ngày 15/12/2025, Đoàn đại biểu tỉnh Lạng Sơn"),
])
def test_paragraph_broken_at_a_turn_on_one_side_links_whole_with_its_twin(name, vi_start):
    records, truth = _aligned(name)
    vi, en = _truth_link(truth, vi_start)
    assert _linked(records, vi, en)


def test_every_link_of_the_documents_is_right():
    for name in ("turn-split", "intro-piece", "scan-turn"):
        records, truth = _aligned(name)
        wanted = [(" ".join(link["vi"]), " ".join(link["en"])) for a in truth["articles"]
                  for link in a["paragraphs"]]
        assert all(_linked(records, vi, en) for vi, en in wanted), name


def test_a_numbered_heading_in_capitals_is_no_piece_of_the_paragraph_above_it():
    """Lengths alone would join the heading left among the English paragraphs to the paragraph
    above it (1-2); a numbered heading in capitals is no piece of a broken paragraph."""
    vi = ["Đồng chí Bí thư khẳng định sẵn sàng tăng cường phối hợp. " * 7]
    en = ["Mr. Chen Gang affirmed that Guangxi stands ready to cooperate. " * 5 + "Thanks.",
          "3. LEADER OF THE PROVINCIAL PEOPLE'S COMMITTEE RECEIVES A CALL?"]
    links = align_paragraphs(vi, en)
    assert [link.kind for link in links] == ["1-1", "0-1"]


def test_own_ratio_is_the_median_of_the_sure_one_to_one_links():
    vi = ["a" * 100, "b" * 200, "c" * 100, "d" * 50]
    en = ["a" * 130, "b" * 280, "c" * 120, "d" * 150]
    links = (Link((0,), (0,), 0.9), Link((1,), (1,), 0.8), Link((2,), (2,), 0.95),
             Link((3,), (3,), 0.3))      # unsure: its ratio (3.0) is not read
    assert own_ratio(vi, en, links) == pytest.approx(1.3)


def test_own_ratio_needs_two_sure_links_and_stays_within_bounds():
    assert own_ratio(["a" * 100], ["a" * 130], (Link((0,), (0,), 0.9),)) is None
    wide = own_ratio(["a" * 10, "b" * 10], ["a" * 90, "b" * 90],
                     (Link((0,), (0,), 0.9), Link((1,), (1,), 0.9)))
    assert wide == OWN_RATIO_BOUNDS[1]


def test_contents_entry_keeps_a_gutter_page_read_into_its_line():
    """The Vietnamese entries' pages stand in the gutter, read into the English column: the
    ``5`` inside ``4. LEADER … COURTERY CALL 5 FROM THE U.S AMBASSADOR …`` is no fifth entry
    (the entry it would close prints no page yet, where the entries above print theirs)."""
    pages = RepairArtifact.load(DATA / "contents-gutter.repair.json")
    truth = json.loads((DATA / "contents-gutter.truth.json").read_text(encoding="utf-8"))
    aligned = align(split(pages, Config()), Config())
    found = score(aligned, truth, fuzzy=True)
    assert found.contents_truth == 4
    assert found.contents_right == 4
    english = [p.en for a in aligned.articles if a.kind == CONTENTS for p in a.paragraphs if p.en]
    assert len(english) == 4
