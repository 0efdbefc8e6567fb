"""Folding text for comparison (``magpipe.text.folding``): marks and case away, the barred d
folded, words, letters or numbers kept as each kind of folding says."""

from __future__ import annotations

import unicodedata

from magpipe.text.folding import barred_d_folded, folded_letters, folded_words, unmarked


def test_unmarked_folds_marks_case_and_the_barred_d():
    assert unmarked("ĐÀ NẴNG, Đồng Nai") == "da nang, dong nai"
    assert unmarked("Hoàng Quốc Khánh") == unmarked("HOANG QUOC KHANH")


def test_unmarked_keeps_punctuation_and_spacing():
    assert unmarked("Tiếp theo  trang 3 –") == "tiep theo  trang 3 –"


def test_folded_words_keeps_words_and_numbers_one_space_apart():
    assert folded_words("“Quê hương” – số 12/2024!") == "que huong so 12 2024"
    assert folded_words("snake_case  word") == "snake_case word"


def test_folded_words_without_numbers_leaves_out_short_numbers_only():
    assert folded_words("Kinh tế ....... 12", numbers=False) == "kinh te"
    assert folded_words("Năm 2024, trang 7", numbers=False) == "nam trang"
    assert folded_words("Mã 12345 và G7", numbers=False) == "ma 12345 va g7"


def test_folded_letters_leaves_out_digits_and_underscores():
    assert folded_letters("1. MỤC LỤC _ ***") == "muc luc"
    assert folded_letters("Contents 2024") == "contents"


def test_barred_d_folded_changes_the_barred_d_only_one_code_point_for_one():
    text = unicodedata.normalize("NFD", "Đường đến Huế")
    folded = barred_d_folded(text)
    assert folded == "Dường dến Huế"
    assert len(folded) == len(unicodedata.normalize("NFC", text))
