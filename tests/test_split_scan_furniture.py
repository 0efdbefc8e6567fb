"""Text of no article on scans that the born-digital twin keeps out: a bulletin's masthead
over its numbered issue line, footnotes read as one block, and the band of notes closing a page
with the issue's notice under them. Split of saved scanned pages
(``tests/data/layouts-scan-furniture/``, made by ``tools/scan_furniture_test_data.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.artifacts.layout import FURNITURE_ROLES, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-scan-furniture"


def _split(name: str) -> tuple[RepairArtifact, dict, SplitArtifact]:
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return pages, truth, split(pages, Config())


def test_masthead_read_with_a_speck_or_cut_at_a_word_space_is_a_running_head() -> None:
    # page 1: ``BẢN TIN HỮU NGHỊ.`` (a speck read as a full stop) over ``Số 4 - Quý IV năm
    # 2025``; page 4: ``FRIENDSHIP`` | ``BULLETIN`` (one name in two blocks) over ``No 4
    # Fourth quarter 2025``: each name and its issue line are running heads, the stories'
    # titles under them stay titles
    pages, truth, result = _split("tetebeche-mastheads")
    for layout, name in zip(result.pages, (("BẢN TIN",), ("FRIENDSHIP", "BULLETIN")),
                            strict=True):
        heads = [b for b in layout.blocks if b.box[3] < 105.0 and b.role != Role.OTHER]
        assert any(b.text.startswith(name[-1]) for b in heads), layout.number
        assert all(b.role == Role.HEADER for b in heads), layout.number
        assert any(b.role == Role.TITLE for b in layout.blocks), layout.number
    scored = split_score(result, pages.pages, truth)
    assert scored.out_correct == scored.out_chars


def test_footnotes_read_as_one_block_with_their_marks_lost_are_notes() -> None:
    # the report's three footnotes at the first column's foot, one block of three lines:
    # only the third line opens with what OCR made of its mark (``3 Titles are given``)
    pages, truth, result = _split("report-footnotes")
    notes = next(b for b in result.blocks() if b.text.startswith("According to figures"))
    assert "Titles are given" in notes.text
    assert notes.role == Role.ASIDE
    # the text over them, and the English part's other paragraphs, stay the articles'
    body = [b for b in result.blocks() if b.text.startswith(("Attending the talks",
                                                             "Over two days"))]
    assert len(body) == 2 and all(b.role not in FURNITURE_ROLES for b in body)
    scored = split_score(result, pages.pages, truth)
    assert scored.out_correct == scored.out_chars


def test_cover_panel_with_a_speck_at_a_line_end_is_the_page_s_heads() -> None:
    # the leaflet's cover panel (the office's name in both languages, the leaflet's name in
    # both) beside two panels of text; OCR read a backtick after ``EXTERNAL AFFAIRS``, a
    # character's width off the line's centre: every line of the panel is a running head
    pages, truth, result = _split("trifold-cover-panel")
    panel = [b for b in result.blocks() if b.box[0] > 600.0 and b.role != Role.OTHER]
    assert any(b.text.startswith("EXTERNAL AFFAIRS") for b in panel)
    assert len(panel) >= 5 and all(b.role == Role.HEADER for b in panel)
    scored = split_score(result, pages.pages, truth)
    assert scored.out_correct == scored.out_chars
    # the text panels beside it stay the article's
    assert scored.in_correct == scored.in_chars


def test_running_head_s_twin_on_its_row_is_a_running_head() -> None:
    # ``TÓM TẮT CÁC BÀI VIẾT`` and ``ABSTRACTS`` head both pages on one row a little under the
    # furniture margin; OCR misread the second page's ``ABSTRACTS``, so neither copy is
    # repeated: each is kept out as its twin's partner
    pages, truth, result = _split("journal-head-twins")
    for layout in result.pages:
        twin = next(b for b in layout.blocks if b.text.startswith("ABST"))
        assert twin.role == Role.HEADER, layout.number
        assert any(b.text == "TÓM TẮT CÁC BÀI VIẾT" and b.role == Role.HEADER
                   for b in layout.blocks)
    scored = split_score(result, pages.pages, truth)
    assert scored.out_correct == scored.out_chars


def test_note_over_a_notice_and_the_notice_at_the_page_s_foot_are_notes() -> None:
    # each language's note (``* Tham luận ...`` / ``* A paper read ...``, two lines) at the
    # page's foot, far under the text, the notice of no article on the line under it
    # (``Thông báo: ...`` / ``Notice: ...``, no mark): with the notice under it the note had
    # text of its column below and read as a paragraph, and so did the notice
    pages, truth, result = _split("footnotes-notice")
    foot = [b for b in result.blocks() if b.box[1] > 700.0]
    assert {b.text[:5] for b in foot} >= {"* Tha", "* A p", "Thông", "Notic"}
    assert all(b.role == Role.ASIDE for b in foot)
    scored = split_score(result, pages.pages, truth)
    assert scored.out_correct == scored.out_chars
    assert scored.in_correct == scored.in_chars


def test_notice_wider_than_a_column_under_stacked_notes_is_kept_out() -> None:
    # the notes one over the other across the left half, then the correction in each
    # language across more than a column (``Đính chính: ...`` / ``Correction: ...``, no mark)
    pages, truth, result = _split("footnotes-stacked-notice")
    notice = [b for b in result.blocks() if b.text.startswith(("Đính chính", "Correction"))]
    assert len(notice) == 2 and all(b.role == Role.ASIDE for b in notice)
    scored = split_score(result, pages.pages, truth)
    assert scored.out_correct == scored.out_chars
    assert scored.in_correct == scored.in_chars


def test_band_of_notes_closing_a_page_is_kept_out_on_the_model_path_too() -> None:
    # the band is read by where it stands (under all of the page's text, its first row
    # marked), which a model of one block's look at a time cannot see: the rule runs over the
    # model's roles as well
    for name in ("footnotes-notice", "footnotes-stacked-notice"):
        pages = RepairArtifact.load(DATA / f"{name}.repair.json")
        truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
        scored = split_score(split(pages, Config(), roles="model"), pages.pages, truth)
        assert scored.out_correct == scored.out_chars, name
