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
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split

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
