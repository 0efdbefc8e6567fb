"""Contents entries given back their own page numbers (issue 16): two lists side by side whose
Vietnamese page numbers stand at the right edge of the Vietnamese half, nearer the English
entries than their own titles, and English entries of two or three lines that print their
page at the end of the first line.

Saved artifact: ``tests/data/layouts-split/report-contents.repair.json`` (the first page of a
generated ``report`` document: a cover whose foot sets MỤC LỤC and CONTENTS side by side,
four numbered entries each)."""

from __future__ import annotations

from pathlib import Path

from magpipe.align.contents import contents_pages
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.contents_numbers import numbers_homed
from magpipe.split.drafts import Draft

DATA = Path(__file__).parent / "data" / "layouts-split" / "report-contents.repair.json"


def _contents():
    artifact = split(RepairArtifact.load(DATA), Config())
    return artifact, {p.lang: p for p in contents_pages(artifact)}


def test_a_page_number_at_the_seam_of_two_lists_ends_the_entry_at_its_left():
    _, pages = _contents()
    assert [e.page for e in pages[Lang.VI].entries] == [2, 2, 2, 3]
    assert [e.number for e in pages[Lang.VI].entries] == [1, 2, 3, 4]


def test_the_english_list_keeps_no_number_of_the_vietnamese_one():
    artifact, pages = _contents()
    english = [b.text for b in artifact.pages[0].blocks
               if b.role == Role.CONTENTS and b.lang == Lang.EN]
    assert english and not any(t.split()[0].isdigit() for t in english)
    assert [e.page for e in pages[Lang.EN].entries] == [4, 4, 4, 5]


def test_a_number_ending_an_entrys_first_line_is_read_at_the_end_of_its_title():
    _, pages = _contents()
    first = pages[Lang.EN].entries[0].text
    assert first.startswith("1. LEADER") and first.endswith("RIO DE JANEIRO, BRAZIL 4")
    assert " 4 " not in first
    assert pages[Lang.VI].entries[0].text.endswith("RIO DE JANEIRO, BRAZIL 2")


def _word(text: str, x0: float, y0: float, width: float) -> Word:
    return Word(text, (x0, y0, x0 + width, y0 + 10), 10)


def test_a_short_entry_over_its_twin_line_keeps_its_page_number():
    """``1. TIÊU ĐIỂM 3`` over ``FOCUS`` (the twin set under it) in a list whose long entries
    fill a wide measure: the short first row is the whole entry, its number stays there."""
    words = (_word("1.", 40, 100, 10), _word("TIÊU", 52, 100, 30), _word("ĐIỂM", 84, 100, 30),
             _word("3", 330, 100, 6), _word("FOCUS", 40, 111, 40),
             _word("2.", 40, 130, 10), _word("A", 52, 130, 270), _word("5", 330, 130, 6))
    drafts = [Draft([0, 1, 2, 3, 4], Role.CONTENTS, 0, 0), Draft([5, 6, 7], Role.CONTENTS, 0, 0)]
    assert [d.words for d in numbers_homed(words, drafts)] == [[0, 1, 2, 3, 4], [5, 6, 7]]


def test_a_full_first_row_hands_its_number_to_the_title_running_on():
    words = (_word("1.", 40, 100, 10), _word("LONG", 52, 100, 260), _word("3", 330, 100, 6),
             _word("TAIL", 40, 111, 40),
             _word("2.", 40, 130, 10), _word("B", 52, 130, 270), _word("5", 330, 130, 6))
    drafts = [Draft([0, 1, 2, 3], Role.CONTENTS, 0, 0), Draft([4, 5, 6], Role.CONTENTS, 0, 0)]
    assert [d.words for d in numbers_homed(words, drafts)] == [[0, 1, 3, 2], [4, 5, 6]]
