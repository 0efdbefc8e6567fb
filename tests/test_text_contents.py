"""The printed forms of a contents entry (magpipe.text.contents), shared by split and align."""

from __future__ import annotations

from magpipe.text.contents import (
    bare_numbers,
    ends_with_page,
    marked_numbers,
    opening_rubric,
    opens_with_number,
    page_at_left,
    page_at_right,
    read_entry,
    without_page,
)


def test_page_at_right_after_a_leader_or_a_space():
    assert page_at_right("Hội nghị xúc tiến đầu tư …… 12") == 12
    assert page_at_right("Investment forum ..... 7") == 7
    assert page_at_right("Investment forum 7") == 7
    assert page_at_right("Investment forum7") is None


def test_a_year_ending_a_line_is_no_page():
    assert page_at_right("Chào xuân Giáp Thìn 2024") is None
    assert not ends_with_page("Chào xuân Giáp Thìn 2024")


def test_without_page_drops_the_page_and_its_leader():
    assert without_page("CHI LANG EXPRESSWAY …… 5") == "CHI LANG EXPRESSWAY"
    assert without_page("Trade fair ..... 12") == "Trade fair"
    assert without_page("No page here") == "No page here"


def test_page_at_left_is_set_apart_before_a_title():
    assert page_at_left("12  Hợp tác quốc tế") == 12
    assert page_at_left("5 “Đổi mới” in the provinces") == 5
    assert page_at_left("12. Hợp tác quốc tế") is None      # an entry number, not a page
    assert page_at_left("2 000 visitors") is None


def test_entry_number_with_its_stop_or_an_ocr_comma():
    assert opens_with_number("1. TIÊU ĐIỂM")
    assert opens_with_number("2- Focal Points")
    assert opens_with_number("3) Results")
    assert opens_with_number("4, TECHNICAL")                # OCR read the full stop as a comma
    assert not opens_with_number("1.5 triệu lượt khách")    # a figure, not a number


def test_read_entry_takes_the_number_and_the_page_at_either_side():
    assert read_entry("1. TIÊU ĐIỂM …… 3") == (1, 3)
    assert read_entry("12  Hợp tác quốc tế") == (None, 12)
    assert read_entry("Lời ngỏ") == (None, None)


def test_numbers_in_a_stream_of_entries_run_together():
    stream = "1. PROVINCIAL NEWS 3 2, TRADE FAIR 5 3 INVESTMENT 7 COVID-19 cases"
    assert [n for _, n in marked_numbers(stream)] == [1, 2]
    assert [n for _, n in bare_numbers(stream)] == [3, 7]     # never inside COVID-19
    at, number = marked_numbers(stream)[1]
    assert stream[at:].startswith("2, TRADE") and number == 2


def test_opening_rubric_ends_at_its_colon():
    assert opening_rubric("ĐIỂM TIN ĐỐI NGOẠI: Hội nghị … 2") == "ĐIỂM TIN ĐỐI NGOẠI:"
    assert opening_rubric("10:30 Khai mạc") is None
