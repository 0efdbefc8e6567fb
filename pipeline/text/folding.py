"""Text folded for comparison: one function per kind of folding, each with why it is folded so.

The same title, heading or name reaches the pipeline spelled several ways: with or without
its Vietnamese marks (an English page prints names bare; OCR drops marks), in capitals or not,
with other punctuation, spacing and page numbers around it. Comparing two such texts means
folding both the same way first; what a kind of folding leaves out is part of its meaning, so
the callers keep the kind they were written for.
"""

from __future__ import annotations

import re
import unicodedata

from magpipe.text.vietnamese import strip_diacritics

# A number standing alone of at most four digits: a page number, an issue's number, a year.
SHORT_NUMBER = re.compile(r"\b\d{1,4}\b")
_WORD = re.compile(r"\w+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
# đ/Đ has no decomposition into d and a mark, so Unicode's mark removal leaves it: fold it by
# hand, one code point for one.
_BARRED_D = str.maketrans({"đ": "d", "Đ": "D"})


def unmarked(text: str) -> str:
    """``text`` in lower case without Vietnamese marks (``Đ`` -> ``d``): a name or title
    compared with a copy that lost its marks (an English page, OCR) or set in capitals."""
    return strip_diacritics(text).lower()


def folded_words(text: str, numbers: bool = True) -> str:
    """The words of ``unmarked(text)`` (runs of letters, digits and ``_``) one space apart:
    punctuation and spacing aside, two titles or heads read as the same. Without
    ``numbers``, numbers of up to four digits standing alone (``SHORT_NUMBER``) are left out
    too: a contents entry names its article's title beside the page it starts on."""
    bare = unmarked(text)
    if not numbers:
        bare = SHORT_NUMBER.sub(" ", bare)
    return " ".join(_WORD.findall(bare))


def folded_letters(text: str) -> str:
    """The runs of letters of ``unmarked(text)`` one space apart (digits, ``_`` and
    punctuation left out): a fixed heading (``MỤC LỤC``, ``Contents``) known whatever
    numbering or ornaments are set around it."""
    return _NOT_LETTERS.sub(" ", unmarked(text)).strip()


def barred_d_folded(text: str) -> str:
    """NFC ``text`` with ``đ``/``Đ`` as ``d``/``D`` and nothing else changed, one code point
    for one (offsets in it are offsets in the NFC text): for a matcher that folds case and marks
    itself but not the barred d (SQLite's ``unicode61`` tokenizer)."""
    return unicodedata.normalize("NFC", text).translate(_BARRED_D)
