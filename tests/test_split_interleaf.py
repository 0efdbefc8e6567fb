"""Paragraphs broken across a column or page break in an interleaved stream (issue 16).

``interleaf`` sets each article as one stream down two or three columns, each Vietnamese
paragraph followed by its English twin, so a column holds both languages.

* A word or two of a paragraph left at the next column's head, too short to tell its
  language (``Ninh.``), takes the language of the paragraph the column before leaves open
  (``drafts.column_hints``), not its column's nearest text (there the English twin under
  it): read as English, it was an English paragraph of its own, the Vietnamese paragraph
  stayed open and the next Vietnamese paragraph, a column further, ran on into it.
* A paragraph's last line and its twin's first lines alone at the head of a page are no
  imprint (``imprints``): the twin stops in mid-sentence and goes on in the next column.

Saved born-digital pages of the family (``tests/data/layouts-interleaf/``,
``tools/interleaf_test_data.py``) split and aligned; made-up drafts for the hint alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.drafts import Draft, column_hints

DATA = Path(__file__).parent / "data" / "layouts-interleaf"


def _split(name: str):
    return split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())


def _block(result, opening: str):
    return next(b for p in result.pages for b in p.blocks if b.text.startswith(opening))


@pytest.fixture(scope="module")
def fragment():
    return _split("column-head-fragment")


@pytest.fixture(scope="module")
def run_on():
    return _split("run-on-last-page")


def test_fragment_at_a_column_head_ends_the_paragraph_left_open(fragment):
    opened = _block(fragment, "Trong 02 ngày")
    tail = _block(fragment, "Ninh.")
    assert tail.lang == Lang.VI
    assert tail.continued_from == opened.id
    assert _block(fragment, "Chiều ngày 15/12/2025").continued_from is None


def test_broken_paragraph_is_one_link_with_its_twin(fragment):
    record = next(a for a in align(fragment, Config()).articles
                  if (a.title.en or "").startswith("PROVINCIAL DELEGATION"))
    link = next(p for p in record.paragraphs if (p.vi or "").startswith("Trong 02 ngày"))
    assert link.vi.endswith("Việt Nam tại Nam Ninh.")
    assert (link.en or "").startswith("Over two days")
    assert not any(p.vi is None and (p.en or "").strip() == "Ninh." for p in record.paragraphs)


def test_paragraph_run_on_to_a_page_head_is_no_imprint(run_on):
    tail = _block(run_on, "Bộ Ngoại giao và đại diện")
    twin = _block(run_on, "Attending the talks were")
    assert tail.role == twin.role == Role.BODY
    assert tail.continued_from == _block(run_on, "Tham dự Hội đàm").id
    assert _block(run_on, "Chairman of the Provincial").continued_from == twin.id


def test_run_on_paragraph_links_its_whole_twin(run_on):
    record = next(a for a in align(run_on, Config()).articles
                  if any((p.vi or "").startswith("Tham dự Hội đàm") for p in a.paragraphs))
    link = next(p for p in record.paragraphs if (p.vi or "").startswith("Tham dự Hội đàm"))
    assert link.vi.endswith("một số sở, ban, ngành của tỉnh.")
    assert (link.en or "").startswith("Attending the talks were")
    assert (link.en or "").endswith("boards and sectors.")


def _draft(column: int) -> Draft:
    return Draft(words=[], role=Role.BODY, region=column, column=column)


def test_column_of_one_language_still_lends_its_own():
    """Side by side (a column a language), a fragment at the English column's head is the end
    of an English paragraph from the page before, whatever the Vietnamese column left open."""
    drafts = [_draft(0), _draft(1), _draft(1)]
    found = [(Lang.VI, 1.0), (Lang.UNKNOWN, 0.0), (Lang.EN, 1.0)]
    texts = ["Đoàn đại biểu tỉnh đã thăm và làm việc tại", "Ninh.", "The delegation visited."]
    assert column_hints(drafts, found, texts)[1] == Lang.EN


def test_two_language_column_fragment_takes_the_open_paragraphs_language():
    drafts = [_draft(0), _draft(1), _draft(1), _draft(1)]
    found = [(Lang.VI, 1.0), (Lang.UNKNOWN, 0.0), (Lang.EN, 1.0), (Lang.VI, 1.0)]
    texts = ["Đoàn đại biểu tỉnh đã thăm và làm việc tại Nam", "Ninh.",
             "The delegation visited Nanning.", "Chiều ngày 15/12/2025, đoàn đã hội đàm."]
    assert column_hints(drafts, found, texts)[1] == Lang.VI
    closed = ["Đoàn đại biểu tỉnh đã thăm Nam Ninh.", *texts[1:]]
    assert column_hints(drafts, found, closed)[1] == Lang.EN
