"""The compact table of English Zipf frequencies answers as wordfreq does, word for word."""

from __future__ import annotations

import itertools

from magpipe.text.english_zipf import english_zipf, table
from wordfreq import zipf_frequency

# every 40th word of the table, so common and rare words, with and without apostrophes
SAMPLE = [w.decode() for w in itertools.islice(table().words, 0, None, 40)]


def _spellings(word: str) -> list[str]:
    return [word, word.capitalize(), word.upper(), word.replace("'", "\u2019")]


def test_words_of_the_list_in_any_case_and_either_apostrophe_get_wordfreqs_value():
    assert len(SAMPLE) > 5000 and any("'" in w for w in SAMPLE)
    for word in SAMPLE:
        for spelling in _spellings(word):
            assert english_zipf(spelling) == zipf_frequency(spelling, "en"), spelling


def test_words_outside_the_list_get_wordfreqs_value():
    for word in ["guangxi\u2019s", "Xyzzyq", "qxnguyenz", "HAIPHONGQ", "o'qwerty", "zzz'zz"]:
        assert english_zipf(word) == zipf_frequency(word, "en") == 0.0, word


def test_other_spellings_are_asked_of_wordfreq_itself():
    for word in ["co-operate", "COVID-19", "2024", "café", "Việt", "rock'n'roll", "e-mail",
                 "", " the", "the.", "l'état", "naïve"]:
        assert english_zipf(word) == zipf_frequency(word, "en"), word
