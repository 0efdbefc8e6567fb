"""How much of a line of text reads as words of either language. Pure, no I/O.

A token (text between spaces, its punctuation at either end taken off) reads as a word when
it is a number, a well-formed Vietnamese syllable (shape and tone rules, any case) or an
English word wordfreq knows (``ENGLISH_WORD``). Anything with a symbol inside (``T®rz>``,
``ra¬``, a backquote) or letters neither language writes together reads as nothing: what OCR
makes of specks, rules and the marks of display type read as a line of their own.
"""

from __future__ import annotations

import re

from magpipe.text.english_zipf import english_zipf
from magpipe.text.vietnamese import is_valid_syllable

# Punctuation a word may carry at its ends and still be read as that word
EDGE_PUNCTUATION = ".,;:!?'\"()[]{}\u201c\u201d\u2018\u2019-\u2013\u2014\u2026/*"
# wordfreq's Zipf frequency from which an English word reads (1: once in a hundred million
# words; lenient, so that a rare word of a real line never counts as noise)
ENGLISH_WORD = 1.0
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*%?")
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")


def reads_as_word(token: str) -> bool:
    """``token`` (no spaces) is a number or a word of Vietnamese or English (module doc)."""
    core = token.strip(EDGE_PUNCTUATION)
    if not core:
        return False
    if _NUMBER.fullmatch(core):
        return True
    if core.isalpha() and is_valid_syllable(core.lower()):
        return True
    return _ASCII_WORD.fullmatch(core) is not None and english_zipf(core) >= ENGLISH_WORD


def read_share(text: str) -> float:
    """The share of the characters of ``text`` (spaces left out) that stand in tokens read
    as words (``reads_as_word``); 0.0 for a text of no characters."""
    tokens = text.split()
    total = sum(map(len, tokens))
    return sum(len(t) for t in tokens if reads_as_word(t)) / total if total else 0.0
