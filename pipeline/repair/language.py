"""The language of a line, as evidence for the decoder: how likely each word is Vietnamese.

Pure logic on strings. A class prior per word comes from the clearly English and clearly
Vietnamese words of its line, of each half of a caption (``... VŨ GIANG/ Mr. ...``) and
of the neighbouring lines. On sound pages, a line whose words are nearly all bare
syllables (bold capitals ``LICH SU``, ASCII-folded text) is read as stripped text: decoded
in the damaged mode, with a high prior. Every answer is kept per word form (a document
repeats most of its words); nothing here depends on a document.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import unicodedata
from collections.abc import Iterable, Sequence

from magpipe.repair.lattice import Slot
from magpipe.repair.lexicon.model import CLEAN, DAMAGED, MODES, Model
from magpipe.repair.words import APOSTROPHES, normalised_parts, split_token
from magpipe.text.credits import CAPTION_SLASH, caption_halves
from magpipe.text.damage import has_vietnamese_only_letter
from magpipe.text.english import SHORT as ENGLISH_SHORT
from magpipe.text.vietnamese import strip_diacritics

OPENING_QUOTES = "'‘"        # a word opening with one opens a single quote on its line
STRIPPED_SHARE = 0.6       # share of bare syllables that makes a sound page's line "stripped"
STRIPPED_MIN = 3           # ... and at least this many of them
STRIPPED_PRIOR = 0.9       # ... and the class prior of its words
MIN_PRIOR = 0.02           # the class prior of a line never goes below this
_NONE, _VI, _EN = 0, 1, 2  # a word's vote on its line's language
Tallies = dict[tuple[int, str], tuple[int, int]]   # (id of a line, mode) -> its tally
_VETO = -1                 # a word that says its line is not stripped text
# A page of at least BARE_MIN words none of which has a letter outside ASCII is text whose
# marks were taken off, not OCR (English-only Tesseract leaves some é, ô, à on any page of
# Vietnamese): every reading with the word's bare letters is then equally likely (the OCR
# channel would favour some marks over others), and a reading with other letters is an OCR
# confusion it cannot hold (`nhung` -> `nhượng`): STRIPPED_OTHER nats. Both chosen on the
# TUNE news and the sample's learning lines (bench/bench_repair_lm.py --tune). A word
# whose bare letters are themselves a reading keeps no other: 10 nats down, they changed
# 2 words of the TUNE news, both for the better (`Tieng` -> `Tiếng`), and none of the
# learning lines, and were a quarter of a stripped word's options, so 42% of the lattice's pairs
# and 53% of its trigram rows (x1.2 words/s); a word that is no syllable (`nhifng`, OCR
# text without one mark) keeps them all
BARE_MIN = 40
STRIPPED_OTHER = -10.0


class LineLanguage:
    """Votes, priors and modes of lines over one model; only pure memos change."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._parts: dict[str, tuple[str, str, str]] = {}     # word -> normalised_parts
        self._votes: dict[str, dict[str, int]] = {m: {} for m in MODES}   # core -> _VI ...
        self._context_votes: dict[str, dict[str, int]] = {m: {} for m in MODES}  # word
        self._bare: dict[str, int] = {}                        # core -> _VETO / 1 / 0
        self._logs: dict[float, tuple[float, float]] = {}

    def parts(self, word: str) -> tuple[str, str, str]:
        """``words.normalised_parts`` of ``word`` (kept)."""
        parts = self._parts.get(word)
        if parts is None:
            parts = self._parts[word] = normalised_parts(word)
        return parts

    def parts_of(self, words: Sequence[str]) -> list[tuple[str, str, str]]:
        """``parts`` of each of ``words`` (a line); an apostrophe after ``u`` / ``o`` that
        closes a single quote the line opened (``'xoá sổ'``, stripped ``'xoa so'``) is the
        quote, not a horn read apart (``words.normalised_parts``), and stays."""
        known = self._parts
        out = []
        opened = False              # a single quote opened on this line and not yet closed
        for word in words:
            parts = known.get(word)
            if parts is None:
                parts = known[word] = normalised_parts(word)
            if word[:1] in OPENING_QUOTES:
                opened = True
            if opened and word[-1:] in APOSTROPHES or opened and word[-2:-1] in APOSTROPHES:
                trail = split_token(unicodedata.normalize("NFC", word))[2]
                if trail[:1] in APOSTROPHES:
                    opened = False
                    parts = (parts[0], parts[1], trail)
            out.append(parts)
        return out

    def line(self, words: Sequence[str], parts: Sequence[tuple[str, str, str]], mode: str,
             context: Sequence[Sequence[str]], tallies: Tallies | None = None
             ) -> tuple[list[str], list[float]]:
        """(mode, P(Vietnamese)) per word of a line; ``context``: the lines around it (their
        words). ``tallies``: the ``context_tally`` of lines already asked for in this call
        (by ``id`` of the line and mode: every line is the context of two others), kept by
        the caller while the lines live."""
        cores = [p[1] for p in parts if p[1]]
        halves, half_cores = self.halves(words, cores)
        modes: list[str] = []
        priors: list[float] = []
        for (start, end), half in zip(halves, half_cores, strict=True):
            # each half of a caption line is tested alone: a Vietnamese half in capitals
            # may be stripped while the English half holds a name without marks
            stripped = mode != DAMAGED and self.looks_stripped(half)
            half_mode = DAMAGED if stripped else mode   # bold capitals or ASCII-folded text
            vietnamese, english = self.tally(half, half_mode)
            for near_line in context:
                key = (id(near_line), half_mode)
                known = tallies.get(key) if tallies is not None else None
                near = known or self.context_tally(near_line, half_mode)
                if tallies is not None and known is None:
                    tallies[key] = near
                vietnamese, english = vietnamese + near[0], english + near[1]
            prior = self.prior((vietnamese, english))
            priors += [max(prior, STRIPPED_PRIOR) if stripped else prior] * (end - start)
            modes += [half_mode] * (end - start)
        return modes, priors

    def log_priors(self, prior_vi: float) -> tuple[float, float]:
        """(log P(other), log P(Vietnamese)) for a word of prior ``prior_vi``."""
        logs = self._logs.get(prior_vi)
        if logs is None:
            logs = self._logs[prior_vi] = (math.log(max(1.0 - prior_vi, MIN_PRIOR)),
                                           math.log(max(prior_vi, MIN_PRIOR)))
        return logs

    @staticmethod
    def prior(tally: tuple[int, int]) -> float:
        """P(a word is Vietnamese) from (Vietnamese, English) word votes."""
        vietnamese, english = tally
        return (vietnamese + 1.0) / (vietnamese + english + 1.5)

    def tally(self, cores: Iterable[str], mode: str) -> tuple[int, int]:
        """(clearly Vietnamese, clearly English) words among ``cores``."""
        votes = self._votes[mode]
        vietnamese = english = 0
        for core in cores:
            vote = votes.get(core)
            if vote is None:
                vote = votes[core] = self._vote(core, mode)
            if vote == _VI:
                vietnamese += 1
            elif vote == _EN:
                english += 1
        return vietnamese, english

    def context_tally(self, words: Sequence[str], mode: str) -> tuple[int, int]:
        """``tally`` of the cores of neighbouring lines' words (as written, not NFC)."""
        votes = self._context_votes[mode]
        vietnamese = english = 0
        for word in words:
            vote = votes.get(word)
            if vote is None:
                core = split_token(word)[1]
                vote = votes[word] = self.vote(core, mode) if core else _NONE
            if vote == _VI:
                vietnamese += 1
            elif vote == _EN:
                english += 1
        return vietnamese, english

    def vote(self, core: str, mode: str) -> int:
        """What ``core`` says of its line's language (kept per core)."""
        votes = self._votes[mode]
        vote = votes.get(core)
        if vote is None:
            vote = votes[core] = self._vote(core, mode)
        return vote

    def _vote(self, core: str, mode: str) -> int:
        lower = core.lower()
        zipf = self.model.english_zipf(lower)
        if has_vietnamese_only_letter(lower):
            return _VI
        if zipf >= 3.0 and (lower not in self.model.by_fold or lower in ENGLISH_SHORT):
            return _EN
        if lower in self.model.unigram and zipf < 2.5 and not core[:1].isupper():
            return _VI
        if mode == DAMAGED and zipf == 0 and not core[:1].isupper() and core.isalpha():
            return _VI                            # cdng, tiép: garbled, not English
        return _NONE

    def looks_stripped(self, cores: Sequence[str]) -> bool:
        """No Vietnamese letter on the line, no clearly English word, yet most words are
        bare Vietnamese syllables (``LICH SU QUAN HE``)."""
        bare = 0
        known = self._bare
        for core in cores:
            kind = known.get(core)
            if kind is None:
                kind = known[core] = self._bareness(core)
            if kind == _VETO:
                return False
            bare += kind
        return bare >= STRIPPED_MIN and bare >= STRIPPED_SHARE * len(cores)

    def _bareness(self, core: str) -> int:
        """_VETO for a word that says the line is no stripped Vietnamese (a Vietnamese
        letter, an English word that is no syllable: ``of``, ``with``), 1 for a bare
        syllable, else 0."""
        lower = core.lower()
        if has_vietnamese_only_letter(lower) or lower in ENGLISH_SHORT:
            return _VETO
        if lower not in self.model.by_fold and self.model.english_zipf(lower) >= 3.0:
            return _VETO
        return int(lower in self.model.by_fold)

    def halves(self, words: Sequence[str], cores: list[str]
               ) -> tuple[list[tuple[int, int]], list[list[str]]]:
        """The word ranges of a line's caption halves and the cores of each (``cores``, the
        whole line's, when the line is not cut)."""
        if "/" not in "".join(words):
            return [(0, len(words))], [cores]
        halves = caption_halves(words)
        return halves, self._half_cores(words, halves)

    def _half_cores(self, words: Sequence[str], halves: list[tuple[int, int]]
                    ) -> list[list[str]]:
        """The cores of each half of a caption line; a word cut by the slash gives its
        head to the half before and its tail to the half after (``DŨNG/Mr.``)."""
        out: list[list[str]] = []
        carry = ""
        for start, end in halves:
            pieces = [carry, *words[start:end]]
            carry = ""
            if end < len(words) and CAPTION_SLASH.search(words[end - 1]):
                head, *_, carry = CAPTION_SLASH.split(words[end - 1])
                pieces[-1] = head
            out.append([core for core in (self.parts(w)[1] for w in pieces if w) if core])
        return out

    def english_words(self, words: Sequence[str], before: Sequence[str] = (),
                      after: Sequence[str] = ()) -> list[bool]:
        """Per word: whether it stands on a clearly English line, or in the clearly English
        half of a caption line: at least two English words, three for each Vietnamese one,
        counting the end of the line before with the first half and the start of the line
        after with the last."""
        cores = [core for core in (self.parts(w)[1] for w in words) if core]
        halves, half_cores = self.halves(words, cores)
        # only the neighbours' halves next to this line: ``... Ảnh: VŨ GIANG/ The`` is
        # followed by English whatever its Vietnamese half says
        start = caption_halves(before)[-1][0] if before else 0
        end = caption_halves(after)[0][1] if after else 0
        first = self.context_tally(before[start:], CLEAN)
        last = self.context_tally(after[:end], CLEAN)
        out: list[bool] = []
        for k, ((start, end), half) in enumerate(zip(halves, half_cores, strict=True)):
            vietnamese, english = self.tally(half, CLEAN)
            for near in ([first] if k == 0 else []) + ([last] if k == len(halves) - 1 else []):
                vietnamese, english = vietnamese + near[0], english + near[1]
            out += [english >= 2 and english >= 3 * vietnamese] * (end - start)
        return out


def is_bare_text(lines: Iterable[Sequence[str]]) -> bool:
    """At least ``BARE_MIN`` words and not one letter outside ASCII: text whose marks were
    stripped (typographic quotes and dashes do not count)."""
    words = 0
    for line in lines:
        for word in line:
            if not word.isascii() and any(c.isalpha() and not c.isascii() for c in word):
                return False
            words += 1
    return words >= BARE_MIN


def stripped_reading(slot: Slot, core: str) -> Slot:
    """``slot`` (the options of ``core``) as read in stripped text: each reading whose bare
    letters are ``core`` scores 0 (either tone placement too: `hoá` and `hóa` are then told
    apart by the model's counts alone), any other ``STRIPPED_OTHER`` below its OCR score,
    or left out when ``core`` has a reading of its own letters; the keep option is
    unchanged."""
    lower = core.lower()
    bare = [_bare(syllable or "") == lower for syllable in slot.syllables[1:]]
    if any(bare) and not all(bare):
        kept = [0, *(k for k, own in enumerate(bare, start=1) if own)]
        slot = Slot(tuple(slot.texts[k] for k in kept), tuple(slot.syllables[k] for k in kept),
                    tuple(slot.emits[k] for k in kept), tuple(slot.fuzzy[k] for k in kept),
                    slot.name, slot.sound, tuple(slot.ids[k] for k in kept))
        bare = [True] * (len(kept) - 1)
    emits = [slot.emits[0]]
    for own, emit in zip(bare, slot.emits[1:], strict=True):
        emits.append(0.0 if own else emit + STRIPPED_OTHER)
    return dataclasses.replace(slot, emits=tuple(emits))


@functools.lru_cache(maxsize=1 << 14)
def _bare(syllable: str) -> str:
    """``strip_diacritics`` of a lexicon syllable (kept: a few thousand are asked again
    and again)."""
    return strip_diacritics(syllable)
