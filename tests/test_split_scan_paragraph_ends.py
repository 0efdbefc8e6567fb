"""Where a scanned paragraph ends: an article's last paragraph twins over its bylines are no
bilingual list, a paragraph followed in its region by its twin continues nowhere whatever OCR
read at its end (``interleaved-2-scanned``, saved as ``interleaved-end``), and two lines of a
paragraph cut off at a page's foot are read at the page's leading (``feature-2-scanned``,
saved as ``foot-lines``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.continuation import Piece, ends_open, link
from magpipe.split.doc_pitch import unmeasured_pitch
from magpipe.split.ocr_short import short_close
from magpipe.split.pieces import make_line
from saved_links import linked_whole, split_saved

RAILS = Path(__file__).parent / "data" / "layouts-scan-rails"


def test_the_last_twins_over_their_bylines_are_the_articles_text():
    blocks = [b for p in split_saved("interleaved-end").pages for b in p.blocks]
    last = [b for b in blocks if b.text.startswith(("Trong khuôn khổ", "Within the framework"))]
    assert len(last) == 2 and all(b.role == Role.BODY for b in last)
    assert linked_whole("interleaved-end", "Trong khuôn khổ chương trình")


def test_a_paragraph_whose_stop_ocr_read_as_a_comma_links_alone():
    assert linked_whole("interleaved-end", "Phát biểu tại buổi làm việc")


def test_a_piece_followed_in_its_region_continues_nowhere():
    def piece(k: str, region: int, lang: str, text: str) -> Piece:
        return Piece(id=k, page=2, region=region, lang=lang, role=Role.BODY, text=text)

    under_twin = [piece("a", 3, "en", "expressing his hope in the time ahead,"),
                  piece("b", 3, "vi", "Trong khuôn khổ chương trình làm việc tại tỉnh."),
                  piece("c", 4, "en", "Within the framework of the working program.")]
    assert link(under_twin) == {}
    at_foot = [under_twin[1], under_twin[0], under_twin[2]]     # its region's last: broken
    assert link(at_foot) == {"c": "a"}


def test_two_lines_at_a_pages_foot_are_one_block():
    blocks = [b for p in split_saved("foot-lines").pages for b in p.blocks]
    for first, second in (("Tham dự buổi tiếp", "thư Thường trực"),
                          ("Attending the meeting were", "Standing Deputy Secretary")):
        (block,) = [b for b in blocks if b.text.startswith(first)]
        assert second in block.text


def _line(text: str, top: float):
    words, x = [], 40.0
    for t in text.split():
        words.append(Word(text=t, box=(x, top, x + 4.0 * len(t), top + 7.0), size=7.0,
                          conf=95.0, line=0))
        x += 4.0 * len(t) + 3.0
    return make_line(tuple(words), list(range(len(words))))


def test_lines_of_one_language_take_the_pages_own_proportion_twins_do_not():
    one = [_line("Tham dự buổi tiếp có đồng chí Đoàn Thị Hậu, Phó Bí", 50),
           _line("thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân", 66)]
    twins = [_line("Tổng số khách du lịch đến tỉnh trong năm", 50),
             _line("The number of tourists visiting the province", 66)]
    assert abs(unmeasured_pitch(one, False, 12.0, 7.0, borrowed=False) - 12.0) < 0.01
    assert abs(unmeasured_pitch(twins, False, 12.0, 7.0, borrowed=False) - 1.25 * 7.0) < 0.01


def test_a_clause_or_a_title_before_a_name_ends_no_paragraph_at_a_column_foot():
    assert ends_open("… Tổng Lãnh sự Việt Nam tại Nam Ninh, Trung Quốc;")
    assert ends_open("… Chairwoman of the Provincial People's Committee; Ms.")
    assert not ends_open("… paid a working visit to Lang Son Province.")
    assert not ends_open("… a street in St. Louis, on Main St.")


def test_a_paragraph_broken_after_a_semicolon_links_whole():
    assert linked_whole("clause-turn", "Tham dự Hội đàm có đồng chí")


@pytest.mark.parametrize(("last", "longer", "next_line"), [
    # a stop OCR read as a comma
    ("enterprises,", "representatives of the project owner, investors,",
     "The investment project for the Huu Nghi Border Gate Chi Lang"),
    # a paragraph printed without its last stop (or whose stop OCR missed)
    ("Public Security", "Department of Finance, and the Provincial",
     "Mr. Doan Thanh Son, Vice Chairman of the Provincial")])
def test_a_far_short_justified_line_with_no_stop_read_ends_its_paragraph(
        last: str, longer: str, next_line: str):
    # its last line leaves over half the justified column empty, the next opens on a capital
    # and runs full; a line ending the same way but not half empty goes on
    full = _line(next_line, 98)
    assert short_close(_line(last, 83), full, 40.0, full.box[2], ragged=False)
    assert not short_close(_line(longer, 83), full, 40.0, full.box[2], ragged=False)
    assert not short_close(_line(last, 83), full, 40.0, full.box[2], ragged=True)


def test_a_paragraph_whose_stop_ocr_read_as_a_comma_ends_there():
    assert linked_whole("comma-end", "Dự án đầu tư tuyến cao tốc")
    assert linked_whole("comma-end", "Tham dự buổi Lễ có đồng chí")


def test_a_scanned_paragraph_printed_without_its_stop_links_alone():
    # rail-3-scanned, page 1 (``layouts-scan-rails/right-tint``): the English paragraph ending
    # ``… and the Provincial Public Security`` (no stop), its last line a third of the column,
    # then ``Mr. Doan Thanh Son, …`` a line's leading under it: two paragraphs, each linked
    # to its Vietnamese twin
    pages = RepairArtifact.load(RAILS / "right-tint.repair.json")
    truth = json.loads((RAILS / "right-tint.truth.json").read_text(encoding="utf-8"))
    result = split(pages, Config())
    blocks = [b for b in result.blocks() if b.lang == "en" and b.role == Role.BODY]
    assert any(b.text.startswith("Attending") and b.text.endswith("Public Security")
               for b in blocks)
    scored = align_score(align(result, Config()), truth, fuzzy=True)
    assert scored.links_right == scored.links_output == scored.links_truth
