"""Syllables a text layer cut in two (``Chú a Nhậ t`` for ``Chúa Nhật``), joined again.

Pure logic on strings. A PDF text layer sometimes puts a space inside a syllable, right
after a vowel drawn with a mark (the mark's glyph widens the gap the extractor measures).
Two neighbouring words of one line are one syllable cut in two when:

* the first ends in a vowel and the second, in lower case, is the rest of a rhyme: it
  starts with a vowel or is a final consonant (``a``, ``t``, ``ng``), no punctuation
  between them;
* together they are a lexicon syllable that is a well-formed Vietnamese syllable, the
  tone written once;
* and the first half is no word (``Nhậ``: ``â`` needs a final consonant) or the second
  is a final of two letters (``ng``, ``nh``); or else the two halves are no pair the
  language model stores (``thú y``, ``mà y`` are) and it reads the joined syllable in
  its context at least ``JOIN_MARGIN`` nats better than the halves (``Chú a`` before
  ``Nhật``), ``LONE_MARGIN`` when the second half is one consonant letter (``chứ c``; a
  variable ``n`` or a label ``c)`` is no syllable's end).

A join changes the number of words of a line: ``repair`` merges the two words (their
boxes too) and records the change on the merged word.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence

import numpy as np
from magpipe.repair.lexicon.model import Model
from magpipe.repair.lm import BOS, UNK, LanguageModel
from magpipe.repair.words import normalised_parts
from magpipe.text.vietnamese import (
    has_vietnamese_marks,
    is_valid_syllable,
    strip_diacritics,
    tone_of,
)

log = logging.getLogger(__name__)

JOIN = "join"                       # the rule of a join's change
JOIN_MARGIN = 4.0                   # nats the joined reading must win by when both halves
                                    # are words (odds of about 55 to 1)
LONE_MARGIN = 15.0                  # ... when the second is a lone final consonant (``chứ c``;
                                    # ``quá n bit``, a variable, wins by 12 in Wikipedia)
_VOWELS = frozenset("aeiouy")
_CUT_SHORT = ("..", "…")
# lowercase vowels with any marks, NFC (the first letter of a rest of a rhyme)
_VOWEL_LETTERS = frozenset(unicodedata.normalize("NFC", v + shape + tone)
                           for v in "aeiouy" for shape in ("", "\u0306", "\u0302", "\u031b")
                           for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"))
_LONGEST_TAIL = 6                   # a rest of a rhyme (3 letters at most) and punctuation
_FINALS = frozenset(("c", "ch", "m", "n", "ng", "nh", "p", "t"))


def _rest_of_rhyme(core: str) -> bool:
    """``a``, ``nh``, ``ng``, ``t``: a lowercase piece that can end a syllable's rhyme."""
    bare = strip_diacritics(core)
    return (core.islower() and core.isalpha() and len(core) <= 3
            and (bare[:1] in _VOWELS or bare in _FINALS))


class Joiner:
    """Finds the cut syllables of lines over one model; only a pure memo changes."""

    def __init__(self, model: Model, lm: LanguageModel | None) -> None:
        self.model = model
        self.lm = lm
        self._pairs: dict[tuple[str, str], str | None] = {}

    def joins(self, words: Sequence[str]) -> list[tuple[int, str]]:
        """(i, joined word) for each pair ``words[i]``, ``words[i + 1]`` of ``words`` (one
        line) that is one syllable cut in two; pairs do not overlap."""
        out: list[tuple[int, str]] = []
        # a cheap test first, over the whole line at once: most words are no tail
        tails = [i for i, second in enumerate(words[1:]) if len(second) <= _LONGEST_TAIL
                 and (second[:1] in _VOWEL_LETTERS or second[:2] in _FINALS)]
        free = 0                            # the first word no join has taken
        for i in tails:
            if i < free:
                continue                    # its first half ends a join already found
            joined = self._candidate(words[i], words[i + 1])
            if joined is not None and self._wins(words, i, joined):
                log.debug("joined %r %r -> %r", words[i], words[i + 1], joined)
                out.append((i, joined))
                free = i + 2
        return out

    def _candidate(self, first: str, second: str) -> str | None:
        """The joined word when the two words may be one syllable cut in two, else None."""
        key = (first, second)
        if key not in self._pairs:
            self._pairs[key] = self._join_shape(first, second)
        return self._pairs[key]

    def _join_shape(self, first: str, second: str) -> str | None:
        lead, head, gap = normalised_parts(first)
        gap2, tail, trail = normalised_parts(second)
        if (gap or gap2 or not head or not tail or not _rest_of_rhyme(tail)
                or trail.startswith(_CUT_SHORT)):       # cá nh...: a word cut short
            return None
        if strip_diacritics(head[-1:]).lower() not in _VOWELS:
            return None
        core = unicodedata.normalize("NFC", head + tail)
        lower = core.lower()
        if not (has_vietnamese_marks(lower) and is_valid_syllable(lower)
                and lower in self.model.unigram):
            return None
        if tone_of(head) is not None and tone_of(tail) is not None:
            return None                                   # two tones: two syllables
        return lead + core + trail

    def _wins(self, words: Sequence[str], i: int, joined: str) -> bool:
        """Either half is no word, or the joined reading is the clearly likelier one."""
        head = normalised_parts(words[i])[1].lower()
        _gap, tail, trail = normalised_parts(words[i + 1])
        if not is_valid_syllable(head) or (len(tail) > 1 and tail in _FINALS):
            return True                         # Nhậ t, Giá ng: a half that is no word
        lone = len(tail) == 1 and tail not in _VOWELS    # c, n, t: a symbol or a label too
        if self.lm is None or (lone and trail) or self.lm.has_pair(head, tail):
            return False                        # thú y, mà y: a pair the corpora read
        before = normalised_parts(words[i - 1])[1].lower() if i else ""
        after = normalised_parts(words[i + 2])[1].lower() if i + 2 < len(words) else ""
        core = normalised_parts(joined)[1].lower()
        together = self._logp([before, core, after])
        apart = self._logp([before, head, tail, after])
        return together - apart >= (LONE_MARGIN if lone else JOIN_MARGIN)

    def _logp(self, syllables: list[str]) -> float:
        """log P of the syllables after the first (an empty string: no word there)."""
        lm = self.lm
        assert lm is not None
        ids = [lm.id_of(s) if s else BOS for s in syllables]
        if ids[-1] == BOS:
            ids = ids[:-1]
        h2 = np.array([BOS, *ids[:-2]])[: len(ids) - 1]
        h1 = np.array(ids[:-1])
        w = np.array(ids[1:])
        lps = lm.logp_many(h2, h1, np.where(w == BOS, UNK, w))
        return float(lps.sum())
