"""An issue line dated by its quarter, or numbering its issue, is told (``text.dates``): a
quarterly bulletin's masthead stands over such a line (``split.bulletin_bands``)."""

from __future__ import annotations

import pytest
from magpipe.text.dates import has_issue_number, has_quarter_year


@pytest.mark.parametrize("text", ["Số 4 · Quý IV năm 2025 · Phát hành nội bộ", "quý 4/2025",
                                  "No. 4 · Fourth quarter 2025", "Q3 2024",
                                  "third quarter of 2023"])
def test_a_quarter_and_its_year_date_an_issue(text: str) -> None:
    assert has_quarter_year(text)


@pytest.mark.parametrize("text", ["Quý khách vui lòng", "HQ4 2025", "a quarter of the votes",
                                  "Tháng 11 năm 2025"])
def test_other_words_name_no_quarter(text: str) -> None:
    assert not has_quarter_year(text)


@pytest.mark.parametrize("text", ["Số 4 - Quý IV", "No. 12", "No 4 - Fourth quarter", "Issue 7"])
def test_an_issue_line_numbers_its_issue(text: str) -> None:
    assert has_issue_number(text)


@pytest.mark.parametrize("text", ["Sổ tay phóng viên", "Nothing 4 you", "số liệu 2025"])
def test_other_lines_number_no_issue(text: str) -> None:
    assert not has_issue_number(text)
