"""Lines of one paragraph are decoded together; results come back per line."""

from __future__ import annotations

from magpipe.eval.ocr_metrics import text_score
from magpipe.repair import decoder, paragraph_spans
from magpipe.repair.lexicon.model import DAMAGED
from magpipe.text.vietnamese import placement_key


def test_decode_lines_reports_decisions_per_line_with_line_indices() -> None:
    lines = [["thien", "tai,", "bao"], ["lu", "da", "gay"]]
    decided = decoder().decode_lines(lines, DAMAGED)
    assert [[(d.index, d.after) for d in row] for row in decided] == [
        [(0, "thiên"), (2, "bão")], [(0, "lũ"), (1, "đã"), (2, "gây")]]


def test_decode_lines_of_one_line_equals_decode() -> None:
    words = "Poan cdng tac lién nganh tinh Lang Son".split()
    assert decoder().decode_lines([words], DAMAGED) == [decoder().decode(words, DAMAGED)]


def test_paragraphs_are_runs_of_lines_of_one_block() -> None:
    assert paragraph_spans([3, 3, 4, 3, 3, 3]) == [(0, 2), (2, 3), (3, 6)]
    assert paragraph_spans([]) == []


def test_placement_key_joins_the_two_tone_placements_only() -> None:
    assert placement_key("hòa") == placement_key("hoà")
    assert placement_key("Thủy") == placement_key("Thuỷ")
    assert placement_key("KHỎE") == placement_key("KHOẺ")
    assert placement_key("hoàn") == "hoàn"            # a coda: one placement only
    assert placement_key("hóa") != placement_key("họa")


def test_text_score_counts_either_placement_as_right_only_when_asked() -> None:
    assert text_score("Ủy viên Ban", "Uỷ viên Ban").accuracy < 1.0
    assert text_score("Ủy viên Ban", "Uỷ viên Ban", any_placement=True).accuracy == 1.0
    assert text_score("Ủy viên Ban", "Ủy vien Ban", any_placement=True).accuracy < 1.0
