"""How much of a line reads as words of either language (``magpipe.text.reading``)."""

from __future__ import annotations

import pytest
from magpipe.text.reading import read_share, reads_as_word


@pytest.mark.parametrize("token", ["sóc", "QUỐC", "Đoàn", "the", "December", "afternoon,",
                                   "(2025)", "15/12/2025", "14-15", "“Ảnh:"])
def test_syllables_english_words_and_numbers_read(token: str) -> None:
    assert reads_as_word(token)


@pytest.mark.parametrize("token", ["T®rz>", "ra¬", "`.", "S.ẻ.", "VIFTNAMEFSE", "öof£Đecember",
                                   "...", "\\"])
def test_symbols_inside_and_letters_no_language_writes_read_as_nothing(token: str) -> None:
    assert not reads_as_word(token)


def test_share_counts_the_characters_of_the_words_that_read() -> None:
    assert read_share("sóc ra¬ T®rz> `.") == pytest.approx(3 / 13)
    assert read_share("Tổ chức Hội nghị") == 1.0
    assert read_share("   ") == 0.0
