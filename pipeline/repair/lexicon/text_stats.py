"""Syllable and syllable-pair counts of clean Vietnamese text: pure functions, no I/O.

Shared by ``tools/build_lexicon.py`` (the shipped statistics) and ``learn`` (a user
lexicon learned from clean documents of the same publication).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from magpipe.text.vietnamese import has_vietnamese_marks, is_syllable_shape, is_valid_syllable

_PUNCT = "\"'“”‘’()[]{}«»…,.;:!?-–—/*•·"
NUM = "<num>"                  # every number is this one token of the language model
_HALVES = re.compile(r"(?<!\d)/|/(?!\d)")   # "Ảnh: TRÍ DŨNG/ Mr. ..." but not 12/2025
# (wider than credits.CAPTION_SLASH, "2025/Mr" is cut too: the shipped counts were made with it)
NUMBER = re.compile(r"^\d+(?:[./,:]\d+)*$")   # a number: digit groups joined by . / , :


def normalise(token: str) -> str:
    return unicodedata.normalize("NFC", token.strip(_PUNCT)).lower()


@dataclass
class TextStats:
    """Counts of syllables and adjacent syllable pairs seen in clean text."""

    unigrams: Counter[str] = field(default_factory=Counter)
    bigrams: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add_text(self, text: str) -> None:
        """Count the Vietnamese stretches of ``text`` (English halves are skipped)."""
        previous: str | None = None
        for line in text.split("\n"):
            if not line.strip():
                previous = None
                continue
            for segment in _HALVES.split(line):
                previous = self._add_segment(segment, previous)
            if "/" in line:
                previous = None

    def _add_segment(self, segment: str, previous: str | None) -> str | None:
        raws = segment.split()
        shaped = [r for r in raws if is_syllable_shape(normalise(r))]
        if not shaped or sum(map(has_vietnamese_marks, shaped)) < 0.3 * len(shaped):
            return None
        for raw in raws:
            word = normalise(raw)
            if NUMBER.match(word):
                word = NUM
            elif not is_valid_syllable(word) or not _has_vietnamese_context(raw, word):
                previous = None
                continue
            self.unigrams[word] += 1
            if previous is not None:
                self.bigrams[(previous, word)] += 1
            previous = None if raw[-1:] in ",.;:!?)”\"" else word
        return previous

    def update(self, other: TextStats) -> None:
        self.unigrams.update(other.unigrams)
        self.bigrams.update(other.bigrams)


def _has_vietnamese_context(raw: str, word: str) -> bool:
    """Skip all-capital acronyms that happen to look like syllables (``BOT``)."""
    letters = [c for c in raw if c.isalpha()]
    return not (len(letters) > 1 and all(c.isupper() for c in letters) and word.isascii()
                and len(word) > 3)


def stats_of(texts: Iterable[str]) -> TextStats:
    stats = TextStats()
    for text in texts:
        stats.add_text(text)
    return stats
