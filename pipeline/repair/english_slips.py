"""English words misread by OCR, put right from an English word list.

Tesseract's Vietnamese model now and then reads an English word with a Vietnamese or
foreign letter (``frơm``, ``öf``, ``Committée``), and small italic print loses, doubles or
swaps a letter (``provinctal``, ``rerharks``, ``induguration``). On a line that is English,
a word that is no English word is replaced by the common English word it is a slip of:

* ``english-letters``: the word without its marks is a common English word and the marked
  spelling is no English word at all (``café`` is one and stays);
* ``english-spelling``: a lowercase word of at least ``MIN_LETTERS`` letters, no word in
  any wordfreq English list and no Vietnamese syllable, within one edit (two from
  ``LONG_WORD`` letters) of a common English word with the same first letter, the nearest
  one and clearly the most frequent of those as near. The first letter guards against a
  word that lost its beginning (``titution`` is the end of ``Constitution``, not
  ``situation``), as do the callers, which leave alone the halves of a hyphenated word.

Capitalised words are left alone by the second rule (names: ``Okuno``, ``Daejin``), as are
acronyms, words with digits and anything on a line that is not clearly English (the caller
decides that), except a foreign word in Vietnamese text given a letter only Vietnamese
writes (``Rio de Janeirơ``): no syllable, so a slip on any line.
A change's score is the Zipf frequency of the word put in. Pure apart from wordfreq's
lookups; the common words come in as a mapping.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

from magpipe.text.damage import has_vietnamese_only_letter
from magpipe.text.english_zipf import english_zipf
from magpipe.text.vietnamese import (
    has_vietnamese_marks,
    is_bare_syllable,
    is_syllable_shape,
    is_valid_syllable,
    strip_diacritics,
)
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

COMMON = 3.0            # Zipf frequency of a word trusted as a correction
MIN_LETTERS = 5         # shorter words have too many neighbours to guess from
LONG_WORD = 8           # from this length two edits are allowed
CLEAR_LEAD = 1.0        # Zipf by which the chosen word beats another one as near

LETTERS, SPELLING = "english-letters", "english-spelling"
HYPHENS = ("-", "\u00ad")      # a word ending in one is the first half of a word cut in two


def zipf(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in ``language``: English from its compact
    table (``text.english_zipf``, the same values); another language from wordfreq, imported
    here, on first use (0.17 s, and 0.2 s more to read a list)."""
    if language == "en":
        return english_zipf(word)
    from wordfreq import zipf_frequency
    return float(zipf_frequency(word, language))


class EnglishSlips:
    """Corrections over one word list (``word -> Zipf``), remembered per word."""

    def __init__(self, english: Mapping[str, float],
                 split: Callable[[str], tuple[str, str, str]] | None = None) -> None:
        """``split``: a word to (lead, core, trail) (``words.split_token``)."""
        self.english = english
        self.split = split or (lambda word: ("", word, ""))
        self.common = [w for w, z in english.items() if z >= COMMON and w.isascii()]
        self._memo: dict[str, tuple[str, str] | None] = {}
        self._parts: dict[str, tuple[str, str, str] | None] = {}

    def slip_parts(self, word: str) -> tuple[str, str, str] | None:
        """(lead, core, trail) of a word that has a fix, None for one kept whatever its
        line's language; remembered per word: not the first half of a word cut at the
        line end, and a cheap test before the search."""
        if word not in self._parts:
            lead, core, trail = self.split(word)
            self._parts[word] = (lead, core, trail) if (
                not trail.endswith(HYPHENS) and self.may_be_slip(core)
                and self.fix(core) is not None) else None
        return self._parts[word]

    @staticmethod
    def may_be_slip(core: str) -> bool:
        """A cheap first test: False for a word ``fix`` surely keeps."""
        return (core.isalpha() and len(core) >= 2 and not core.isupper()
                and (not core.isascii() or (core.islower() and len(core) >= MIN_LETTERS)))

    def is_marked_foreign_word(self, core: str) -> bool:
        """A letter only Vietnamese writes (``ơ``, ``ư``, ``đ``, a hook, a dot below) on a
        word that is no Vietnamese syllable and that is a common word without it
        (``Janeirơ``): a slip wherever it stands, on a Vietnamese line too; but not a
        foreign name as Vietnamese writes it (``Têrêsa``)."""
        return (has_vietnamese_only_letter(core) and not is_syllable_shape(core)
                and not is_transliteration(core) and self.fix(core) is not None)

    def fix(self, core: str) -> tuple[str, str] | None:
        """(corrected word, rule) for a slip, None for a word to keep."""
        if core not in self._memo:
            self._memo[core] = self._fix(unicodedata.normalize("NFC", core))
        return self._memo[core]

    def _fix(self, core: str) -> tuple[str, str] | None:
        if not core.isalpha() or len(core) < 2 or core.isupper():
            return None
        if has_vietnamese_marks(core) or not core.isascii():
            if is_syllable_shape(core):           # a Vietnamese word (a name: Tây, Hà)
                return None
            return _with_case(core, self._letters(core), LETTERS)
        if core.islower() and len(core) >= MIN_LETTERS:
            return _with_case(core, self._spelling(core), SPELLING)
        return None

    def _letters(self, core: str) -> str | None:
        folded = strip_diacritics(core).lower()
        if not folded.isascii() or self.english.get(folded, 0.0) < COMMON:
            return None
        return None if zipf(core.lower(), "en") > 0 else folded

    def _spelling(self, core: str) -> str | None:
        # wordfreq's list (``zipf``: 0.4 s to import and read) is asked last, of a word that
        # has a near common word: the other tests are cheap, and a page of Vietnamese OCR
        # (``nhanh``, ``nhimng``) then never loads it. Any test failing keeps the word.
        if core in self.english or is_bare_syllable(core):
            return None
        limit = 2 if len(core) >= LONG_WORD else 1
        near = process.extract(core, self.common, scorer=Levenshtein.distance,
                               score_cutoff=limit, limit=None)
        near = [hit for hit in near if hit[0][0] == core[0]]
        if not near or zipf(core, "en") > 0:
            return None
        best = min(distance for _word, distance, _i in near)
        ranked = sorted((self.english[w] for w, d, _i in near if d == best), reverse=True)
        if len(ranked) > 1 and ranked[0] - ranked[1] < CLEAR_LEAD:
            return None
        return next(w for w, d, _i in near if d == best and self.english[w] == ranked[0])


def _with_case(core: str, word: str | None, rule: str) -> tuple[str, str] | None:
    if word is None:
        return None
    return (word.capitalize() if core[:1].isupper() else word), rule


def is_transliteration(core: str) -> bool:
    """A capitalised word that reads as two or more Vietnamese syllables run together, one
    at least with a mark: a foreign name as Vietnamese writes it (``Têrêsa``, ``Nôê``,
    ``Giêrusalem``), kept in sound text (``Janeirơ`` does not split: ``nei``)."""
    if len(core) < 3 or not core[:1].isupper() or not core[1:].islower():
        return False
    word = unicodedata.normalize("NFC", core.lower())
    if not has_vietnamese_marks(word):
        return False
    most = [0] + [-1] * len(word)          # most syllables a split of word[:i] can have
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 7), end):
            if most[start] >= 0 and is_valid_syllable(word[start:end]):
                most[end] = max(most[end], most[start] + 1)
    return most[-1] >= 2

