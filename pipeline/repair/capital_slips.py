"""English words in capitals misread by OCR, put right from an English word list.

Titles set in condensed or bold capitals come out of Tesseract with look-alike characters:
``CHAIRMAN 0F THỊ PEOPLES``, ``0PFNING 0F THF``, ``PE0PLF'5``. A zero for an O, an F for an
E (the E's lowest bar lost), a 5 for an S, and on a short function word a Vietnamese mark
the Vietnamese model put on it (``THỊ`` for ``THE``). Words read so are no words, so the
title reads as neither language and no longer matches its twin. The rule here
(``english-capitals``): a word in capitals that is no English word (wordfreq rates it
``RARER`` below the word it becomes, if at all) becomes a common English word (Zipf
``COMMON`` or more) when each ``0`` is read as ``O``, each ``5`` after a letter as ``S``
and any of its ``F`` as ``E``. A capital word of at most ``MARKED_MAX`` letters whose one
marked letter is an E or an I (``THỊ``, ``THẾ``) becomes the function word it is with that
letter an E, where its neighbours carry no Vietnamese mark (``NGUYỄN THỊ HOA`` is a name).

Only the caller's clearly English lines are changed (Vietnamese titles, ``PHÓ THỊ TRƯỞNG``,
are not), but for a long word with a look-alike digit inside (``is_sure``). Other digits
keep a word as it is: codes (``H5N1``, ``COVID-19``) and numbers never change. Pure apart
from wordfreq's lookups (``english_slips.zipf``).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from magpipe.repair.english_slips import COMMON, zipf
from magpipe.repair.words import APOSTROPHES
from magpipe.text.english import FUNCTION_WORDS
from magpipe.text.vietnamese import has_vietnamese_marks, strip_diacritics

CAPITALS = "english-capitals"
LOOK_ALIKES = {"0": "O", "5": "S"}   # digits read for capitals; always letters inside a word
MAYBE_E = "F"                        # a capital E whose lowest bar the scan lost
RARER = 2.0      # Zipf by which wordfreq rates a word in letters alone (``THF``: 2.5, a
                 # slip common in its corpora) below the word it becomes: ``OFF``, ``FIFA``
                 # are words and stay
MAX_F = 4                            # more F's than this: no word to guess (2**n readings)
SURE_LETTERS = 6                     # a look-alike digit inside a word this long: no code
MARKED_MAX = 4                       # longest function word a stray mark is put right on
MARKED_E = "EI"                      # a marked letter a capital E is read as (Ị, Ế, Ê)


class CapitalSlips:
    """Corrections of words in capitals over one word list (``word -> Zipf``), remembered
    per word."""

    def __init__(self, english: Mapping[str, float],
                 split: Callable[[str], tuple[str, str, str]] | None = None) -> None:
        """``split``: a word to (lead, core, trail) (``words.split_token``)."""
        self.english = english
        self.split = split or (lambda word: ("", word, ""))
        self._memo: dict[str, str | None] = {}
        self._words: dict[str, tuple[str, bool] | None] = {}

    def fixes(self, line: Sequence[str]) -> dict[int, str]:
        """Index -> the word put right, for each slip of ``line`` (its words as written),
        whatever the line's language (the caller decides that)."""
        out: dict[int, str] = {}
        for i, word in enumerate(line):
            found = self._word(word)
            if found is None:
                continue
            fixed, marked = found
            near = [line[k] for k in (i - 1, i + 1) if 0 <= k < len(line)]
            if not marked or not any(has_vietnamese_marks(w) for w in near):
                out[i] = fixed
        return out

    def _word(self, word: str) -> tuple[str, bool] | None:
        """(the word put right, whether only a stray mark was put right) for a slip, None
        for a word to keep; remembered per word as written."""
        if word not in self._words:
            lead, core, trail = self.split(word)
            fixed, marked = (self.fix(core) if core else None), False
            if fixed is None and _is_marked_capital(core):
                fixed, marked = marked_function_word(core), True
            self._words[word] = None if fixed is None else (lead + fixed + trail, marked)
        return self._words[word]

    def is_sure(self, word: str) -> bool:
        """A slip put right on any line: a word of ``SURE_LETTERS`` or more with a zero or
        a 5 inside it, which no Vietnamese or English text writes (``KHÁM PHÁ DISC0VERY``,
        a title's two halves on one line)."""
        lead, core, trail = self.split(word)
        return (len(core) >= SURE_LETTERS and any(c in LOOK_ALIKES for c in core[1:-1])
                and self.fix(core) is not None)

    def read(self, line: Sequence[str]) -> list[str]:
        """``line`` with its slips put right: the words the line's language is judged on."""
        fixed = self.fixes(line)
        return [fixed.get(i, word) for i, word in enumerate(line)] if fixed else list(line)

    def fix(self, core: str) -> str | None:
        """The English word a core in capitals with look-alike characters stands for, None
        for a core to keep."""
        if core not in self._memo:
            self._memo[core] = self._fix(core)
        return self._memo[core]

    def _fix(self, core: str) -> str | None:
        base, apostrophe, tail = _cut_possessive(core)
        if tail not in ("", "S", "5") or not _is_capital_slip_shape(base):
            return None
        plain = "".join(LOOK_ALIKES.get(c, c) for c in base)
        spots = [k for k, c in enumerate(plain) if c == MAYBE_E]
        if len(spots) > MAX_F:
            return None
        best, best_zipf = None, 0.0
        for picks in itertools.product((False, True), repeat=len(spots)):
            letters = list(plain)
            for k, pick in zip(spots, picks, strict=True):
                if pick:
                    letters[k] = "E"
            word = "".join(letters)
            score = self.english.get(word.lower(), 0.0)
            if word != base and score >= COMMON and score > best_zipf:
                best, best_zipf = word, score
        # wordfreq (0.4 s to load) is asked last, of a word in letters that has a reading
        if best is None or base.isalpha() and zipf(base.lower(), "en") + RARER > best_zipf:
            return None
        return best + apostrophe + ("S" if tail else "")


def _cut_possessive(core: str) -> tuple[str, str, str]:
    """(word, apostrophe, ending) of ``PE0PLF'5``; (core, "", "") without an apostrophe."""
    for mark in APOSTROPHES:
        head, found, tail = core.rpartition(mark)
        if found:
            return head, found, tail
    return core, "", ""


def _is_capital_slip_shape(base: str) -> bool:
    """Capital ASCII letters and look-alike digits only, two letters at least, something to
    change, and no ``5`` in first place (``5A`` is a number and its letter)."""
    if len(base) < 2 or not all(c in LOOK_ALIKES or ("A" <= c <= "Z") for c in base):
        return False
    letters = sum(c.isalpha() for c in base)
    return (letters >= 1 and not base.startswith("5")
            and any(c in LOOK_ALIKES or c == MAYBE_E for c in base))


def _is_marked_capital(core: str) -> bool:
    return (2 <= len(core) <= MARKED_MAX and core.isalpha() and core.isupper()
            and has_vietnamese_marks(core))


def marked_function_word(core: str) -> str | None:
    """The function word a short capital word stands for whose one marked letter is an E
    or an I with a Vietnamese mark (``THỊ``, ``THẾ`` -> ``THE``): that letter an E.
    Other marked vowels are left alone: ``HỒ`` or ``TÔ`` are names, not ``HE`` or ``TO``."""
    word = unicodedata.normalize("NFC", core)
    marked = [k for k, c in enumerate(word) if not c.isascii()]
    if len(marked) != 1 or strip_diacritics(word[marked[0]]).upper() not in MARKED_E:
        return None
    k = marked[0]
    guess = word[:k] + "E" + word[k + 1:]
    return guess if guess.lower() in FUNCTION_WORDS else None
