"""Every repair is explained: ``Change`` records and ``format_changes`` for ``--explain``."""

from __future__ import annotations

from magpipe.artifacts.pages import Change
from magpipe.repair import format_changes, repair_text


def test_repair_text_reports_page_word_before_after_and_rule() -> None:
    text = "Sound line.\fPoan cdng tac\nlién nganh tinh Lang Son"
    fixed, changes = repair_text(text, "damaged")
    assert fixed.split("\f")[1] == "Đoàn công tác\nliên ngành tỉnh Lạng Sơn"
    first = changes[0]
    assert (first.page, first.word, first.before, first.after) == (2, 0, "Poan", "Đoàn")
    by_word = {c.word: c for c in changes if c.page == 2}
    assert by_word[3].before == "lién" and by_word[3].after == "liên"   # words count across lines
    assert by_word[1].rule == "ocr-confusion" and by_word[2].rule == "stripped"


def test_repair_text_keeps_spacing_and_blank_lines() -> None:
    text = "Hoi  nghi\n\n   tong ket cong tac doi ngoai  \n"
    fixed, _ = repair_text(text, "damaged")
    assert fixed == "Hội  nghị\n\n   tổng kết công tác đối ngoại  \n"


def test_format_changes_prints_one_line_per_change() -> None:
    changes = (Change(3, 17, "Quéc", "Quốc", 12.4, "ocr-confusion"),
               Change(3, 18, "tinh", "tỉnh", 8.0, "stripped"))
    lines = format_changes(changes).splitlines()
    assert lines[0] == "2 change(s)"
    assert "page   3 word    17  Quéc -> Quốc  [ocr-confusion, +12.4]" == lines[1]
    assert "tinh -> tỉnh" in lines[2]


def test_format_changes_of_nothing_says_so() -> None:
    assert format_changes(()) == "0 change(s)"
