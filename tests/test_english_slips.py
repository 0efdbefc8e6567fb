"""English OCR slips: a non-word becomes the common English word it is a slip of, and
nothing else changes."""

from __future__ import annotations

import pytest
from magpipe.repair.english_slips import LETTERS, SPELLING, EnglishSlips

WORDS = {"of": 7.4, "from": 6.6, "committee": 5.0, "remarks": 4.2, "provincial": 4.1,
         "situation": 4.8, "inauguration": 3.6, "bank": 5.0, "back": 5.8, "rare": 2.0,
         "cafe": 4.1}


@pytest.fixture(scope="module")
def slips() -> EnglishSlips:
    return EnglishSlips(WORDS)


@pytest.mark.parametrize(("word", "expected"), [
    ("frơm", ("from", LETTERS)),
    ("öf", ("of", LETTERS)),
    ("Committée", ("Committee", LETTERS)),       # the capital is kept
    ("provinctal", ("provincial", SPELLING)),     # one letter misread
    ("rerharks", ("remarks", SPELLING)),          # two edits in a long word
    ("induguration", ("inauguration", SPELLING)),
])
def test_slips_become_the_english_word(slips, word, expected):
    assert slips.fix(word) == expected


@pytest.mark.parametrize("word", [
    "café",         # an English word as written
    "Tây",          # a Vietnamese syllable: a name, not a slip
    "Okuno",        # capitalised: a name
    "NEPRF",        # capitals: an acronym
    "titution",     # lost its first letters: no guess from the rest
    "bamk",         # too short to guess among bank/back
    "raer",         # near only a rare word
    "remarks",      # a word already
    "nguyen",       # a bare Vietnamese syllable
])
def test_words_that_are_no_slip_are_kept(slips, word):
    assert slips.fix(word) is None


def test_a_vietnamese_letter_on_a_foreign_word_is_a_slip_on_any_line():
    slips = EnglishSlips({**WORDS, "janeiro": 3.5})
    assert slips.is_marked_foreign_word("Janeirơ")
    assert not slips.is_marked_foreign_word("Committée")    # é: French too, English lines only
    assert not slips.is_marked_foreign_word("Thượng")       # a syllable


@pytest.mark.parametrize("word", ["nhanh", "doanh", "nhimng", "dttmng"])
def test_words_of_vietnamese_ocr_are_kept_without_reading_wordfreq(monkeypatch, word):
    # a bare syllable, or a word with no common English word near it: wordfreq's list
    # (0.4 s to load) is never asked for
    def unread(_word: str, _language: str) -> float:
        raise AssertionError("wordfreq asked")
    monkeypatch.setattr("magpipe.repair.english_slips.zipf", unread)
    assert EnglishSlips(WORDS).fix(word) is None


def test_a_word_near_a_common_word_is_still_checked_against_wordfreq(monkeypatch):
    asked = []
    monkeypatch.setattr("magpipe.repair.english_slips.zipf",
                        lambda word, _language: asked.append(word) or 1.0)
    assert EnglishSlips(WORDS).fix("provinctal") is None     # wordfreq knows it: kept
    assert asked == ["provinctal"]
