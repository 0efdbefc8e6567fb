"""The repair model built from the lexicon rows: syllable language model, channels.

Pure: it is built from rows already read (``store.py`` does the reading), so it can be
tested on a handful of syllables.

* Language model over lowercase syllables: unigram = half general (wordfreq) and half
  in-domain (this publication) probability; bigram interpolated with the unigram by
  Witten-Bell weights, from in-domain pair counts and the pairs inside dictionary words.
* Channels, ``P(observed piece | true character)``, one table per repair mode:
  ``damaged`` (English-only OCR: learned confusions, plus bare letters, plus the character
  itself) and ``clean`` (almost always the character itself; rarely its bare letter,
  another tone of it, or the same letter and tone with another shape mark: ``ứ`` read as
  ``ú``, ``ơ`` as ``o``, ``á`` as ``ắ``: the residual errors of Vietnamese OCR, on small
  italic type above all, and of bold capitals).
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from magpipe.text.vietnamese import strip_diacritics, strip_tones

DAMAGED, CLEAN = "damaged", "clean"
MODES = (DAMAGED, CLEAN)
# mixture weights of the character channels in each mode:
# (learned OCR, bare letter, itself, another tone, another shape mark with the same tone)
MIXTURE = {DAMAGED: (0.60, 0.30, 0.10, 0.0, 0.0), CLEAN: (0.0, 0.004, 0.993, 0.002, 0.001)}
PRIOR_WEIGHT = 2.0          # pseudo-counts of the OCR table's prior (itself or bare letter)
GENERAL_SHARE = 0.5         # unigram: this share general text, the rest this publication
GENERAL_FLOOR = 0.05        # per million, for syllables only in word lists
DICT_PAIR_COUNT = 0.5       # a pair inside a dictionary word counts as half a sighting
TONES = "\u0300\u0301\u0303\u0309\u0323"
# the shape marks each vowel takes: none, breve, circumflex, horn
SHAPES = {"a": ("", "\u0306", "\u0302"), "e": ("", "\u0302"), "o": ("", "\u0302", "\u031b"),
          "u": ("", "\u031b")}
_BAR = {"d": "đ", "đ": "d", "D": "Đ", "Đ": "D"}


@dataclass(frozen=True)
class SyllableRow:
    syllable: str
    general_per_million: float
    domain_count: int


@dataclass(frozen=True)
class PairRow:
    first: str
    second: str
    domain_count: float
    in_word_list: bool


def _tone_variants(char: str) -> list[str]:
    """``ắ`` -> the other tones of ``ă`` (and ``ă`` itself)."""
    base = strip_tones(char)
    if base == char and not _takes_tone(char):
        return []
    out = [base] + [unicodedata.normalize("NFC", base + t) for t in TONES]
    return [c for c in out if c != char and len(c) == 1]


def _mark_variants(char: str) -> list[str]:
    """``ứ`` -> ``ú``; ``ú`` -> ``ứ``; ``ấ`` -> ``á``, ``ắ``; ``đ`` -> ``d``: the same letter
    and tone with another shape mark (breve, circumflex, horn, the bar of ``đ``) or none."""
    if char in _BAR:
        return [_BAR[char]]
    base = strip_diacritics(char)
    tone = [c for c in unicodedata.normalize("NFD", char) if c in TONES]
    out = [unicodedata.normalize("NFC", base + shape + "".join(tone))
           for shape in SHAPES.get(base.lower(), ())]
    return [c for c in out if c != char and len(c) == 1]


def _takes_tone(char: str) -> bool:
    return strip_diacritics(char).lower() in "aeiouy"


class Model:
    """Language model and channel tables; build once, then read only."""

    def __init__(self, syllables: Iterable[SyllableRow], pairs: Iterable[PairRow],
                 confusion: Iterable[tuple[str, str, int]], english: dict[str, float]) -> None:
        rows = list(syllables)
        self.english = english
        self._build_lm(rows, list(pairs))
        self.by_fold: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            if not row.syllable.startswith("<"):     # <num>: a language-model token only
                self.by_fold[strip_diacritics(row.syllable)].append(row.syllable)
        self._build_channels(list(confusion))

    # ---- language model -------------------------------------------------------------
    def _build_lm(self, rows: list[SyllableRow], pairs: list[PairRow]) -> None:
        general = {r.syllable: max(r.general_per_million, GENERAL_FLOOR) for r in rows}
        g_total = sum(general.values())
        d_total = sum(r.domain_count for r in rows) + 0.1 * len(rows)
        self.unigram: dict[str, float] = {
            r.syllable: math.log(GENERAL_SHARE * general[r.syllable] / g_total
                                 + (1 - GENERAL_SHARE) * (r.domain_count + 0.1) / d_total)
            for r in rows}
        counts: defaultdict[tuple[str, str], float] = defaultdict(float)
        for p in pairs:
            if p.first in self.unigram and p.second in self.unigram:
                counts[(p.first, p.second)] += p.domain_count + DICT_PAIR_COUNT * p.in_word_list
        self.pair_count = {k: n for k, n in counts.items() if n > 0}
        totals: defaultdict[str, float] = defaultdict(float)
        types: Counter[str] = Counter()
        for (a, _b), n in self.pair_count.items():
            totals[a] += n
            types[a] += 1
        self.history = {a: (totals[a], types[a]) for a in totals}
        self.floor = min(self.unigram.values(), default=-20.0) - 2.0
        self._p_uni = {s: math.exp(lp) for s, lp in self.unigram.items()}

    def uni(self, syllable: str) -> float:
        return self.unigram.get(syllable, self.floor)

    def bigram(self, previous: str | None, syllable: str) -> float:
        """log P(syllable | previous); the unigram when there is no usable history."""
        p_uni = self._p_uni.get(syllable) or math.exp(self.floor)
        if previous is None or previous not in self.history:
            return math.log(p_uni)
        total, types = self.history[previous]
        lam = total / (total + types)
        seen = self.pair_count.get((previous, syllable), 0.0)
        return math.log(lam * seen / total + (1.0 - lam) * p_uni)

    def english_zipf(self, word: str) -> float:
        return self.english.get(word.lower(), 0.0)

    # ---- channels -------------------------------------------------------------------
    def _build_channels(self, confusion: list[tuple[str, str, int]]) -> None:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for char, piece, n in confusion:
            counts[char][piece] += n
        letters = {c for s in self.unigram if not s.startswith("<") for c in s}
        chars = letters | {c.upper() for c in letters}
        self.channels: dict[str, dict[str, dict[str, float]]] = {}
        for mode in MODES:
            w_ocr, w_fold, w_self, w_tone, w_mark = MIXTURE[mode]
            table: dict[str, dict[str, float]] = {}
            for char in chars:
                probs: defaultdict[str, float] = defaultdict(float)
                if w_ocr:
                    for piece, p in self._ocr_dist(char, counts).items():
                        probs[piece] += w_ocr * p
                probs[strip_diacritics(char)] += w_fold
                probs[char] += w_self
                variants = _tone_variants(char)
                for v in variants:
                    probs[v] += w_tone / len(variants)
                if w_mark:
                    shapes = _mark_variants(char)
                    for v in shapes:
                        probs[v] += w_mark / len(shapes)
                table[char] = {piece: math.log(p) for piece, p in probs.items() if p > 0}
            self.channels[mode] = table

    @staticmethod
    def _ocr_dist(char: str, counts: dict[str, Counter[str]]) -> dict[str, float]:
        seen: defaultdict[str, float] = defaultdict(float, counts.get(char, {}))
        if char.isupper():           # few capitals in the data: borrow the lowercase counts
            for piece, n in counts.get(char.lower(), {}).items():
                seen[piece[:1].upper() + piece[1:]] += 0.3 * n
        prior: defaultdict[str, float] = defaultdict(float)
        prior[char] += 0.5
        prior[strip_diacritics(char)] += 0.5
        total = sum(seen.values())
        return {piece: (seen[piece] + PRIOR_WEIGHT * prior[piece]) / (total + PRIOR_WEIGHT)
                for piece in set(seen) | set(prior)}
