"""``tools/repair_errors.py``: how a wrong word of stripped news is classified."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.repair_errors import error_kind, flags, wrong_words  # noqa: E402


def test_a_word_wrong_only_in_where_its_mark_sits_is_a_placement_error() -> None:
    assert error_kind("hóa", "hoá") == "placement"
    assert error_kind("Hoà,", "Hòa,") == "placement"


def test_wrong_words_are_told_apart_by_their_case() -> None:
    assert error_kind("những", "nhưng") == "lower"
    assert error_kind("Lân,", "Lan,") == "title"
    assert error_kind("ĐT:", "DT:") == "capitals"


def test_flags_say_what_stands_around_a_wrong_word() -> None:
    assert flags("thầy", "thay", "nói", "Khánh") == ["bare"]
    assert flags("chờ.", "chở.", "khi", None) == ["punct-after"]
    assert flags("huyện", "huyền", "quận,", "và") == ["punct-before"]
    assert flags("“bỏ”", "“bộ”", "việc", "hay") == ["quote"]
    assert flags("viên", "viện", "quan", "vừa") == []


def test_only_the_wrong_words_of_a_line_are_listed_and_a_changed_count_whole() -> None:
    truth = ["các quận, huyện đã làm\nnhưng vẫn còn"]
    output = ["các quận, huyền đã làm\nnhưng vẫn con thiếu"]
    found = wrong_words(truth, output)
    assert [(e["truth"], e["output"], e["kind"]) for e in found] == [
        ("huyện", "huyền", "lower"), ("nhưng vẫn còn", "nhưng vẫn con thiếu", "count")]
    assert found[0]["flags"] == ["punct-before"]
