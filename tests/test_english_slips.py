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
