"""English words in capitals that OCR read with look-alike characters (``0F THỊ``,
``PE0PLF'5``) and what must stay as it is. Whole lines repaired as a scanned page are the
``capitals:`` cases of ``tests/data/repair_confusion_cases.json``."""

from __future__ import annotations

import pytest
from magpipe.repair.capital_slips import CapitalSlips, marked_function_word

WORDS = {"of": 7.4, "the": 7.7, "opening": 4.6, "people": 6.0, "son": 5.2, "to": 7.4,
         "region": 5.0, "autonomous": 3.9, "offer": 5.0, "office": 5.1, "bee": 4.2}


@pytest.mark.parametrize(("core", "expected"), [
    ("0F", "OF"), ("0PFNING", "OPENING"), ("PE0PLF'5", "PEOPLE'S"), ("S0N", "SON"),
    ("AUT0N0M0US", "AUTONOMOUS"), ("RFGI0N", "REGION"), ("T0", "TO"), ("THF", "THE"),
])
def test_look_alikes_in_capitals_become_the_english_word(core, expected):
    assert CapitalSlips(WORDS).fix(core) == expected


@pytest.mark.parametrize("core", [
    "OFFICE",      # a word already
    "H5N1",        # a code: a digit that is no look-alike
    "500",         # a number
    "5ON",         # a 5 first: a number and its letters
    "0f",          # lowercase: a zero and an o differ there
    "BFF",         # no common word among its readings
    "B0E",         # too far (BEE is two changes away)
])
def test_words_that_are_no_capital_slip_are_kept(core):
    assert CapitalSlips(WORDS).fix(core) is None


def test_a_stray_mark_on_a_function_word_in_capitals():
    assert marked_function_word("THỊ") == "THE"
    assert marked_function_word("THẾ") == "THE"
    assert marked_function_word("HỒ") is None      # a name, not HE
    assert marked_function_word("TÔ") is None      # a name, not TO


def test_a_marked_word_next_to_a_vietnamese_word_is_a_name():
    slips = CapitalSlips(WORDS)
    assert slips.fixes(["CHAIRMAN", "0F", "THỊ", "PEOPLES"]) == {1: "OF", 2: "THE"}
    assert slips.fixes(["MRS.", "NGUYỄN", "THỊ", "HOA"]) == {}
