"""Restore Vietnamese diacritics in a line of words: candidates, context decoding, leave-alone.

Pure logic on strings, no I/O. A line is a list of word strings (a ``Page`` line, or a
plain-text line split on whitespace); ``Decoder.decode`` returns the decisions that change
a word (the line keeps its word count and order).

1. Each word is cut into leading punctuation, a core and trailing punctuation. Cores that
   are not Vietnamese to repair stay fixed: numbers, dates, URLs, e-mail, acronyms, words
   with inner capitals, apostrophes or hyphens.
2. Every other core gets options: keep it as it is (the "other" class: English, a name,
   a foreign word), or one of the lexicon syllables it may be a damaged copy of. The
   candidates come from walking the syllable trie while consuming the core through the
   channel table of the mode (``pipeline.candidates``).
3. A Viterbi search over the line picks one option per word: syllable bigram language
   model for consecutive syllables (mixed with the pairs the document itself repeats), an
   English-frequency score for kept words (a capitalised bare syllable may be a Vietnamese
   name written without marks, as English text does: ``Lang Son``), a class prior from the
   clearly English and clearly Vietnamese words of the line, of each half of a caption
   (``... VŨ GIANG/ Mr. ...``) and of the neighbouring lines, and a penalty for every switch
   between the classes. So ``of the Province`` stays English while the Vietnamese half of a
   caption is repaired. On sound pages, a line whose words are nearly all bare syllables
   (bold capitals ``LICH SU``, ASCII-folded text) is decoded like damaged text.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .candidate_index import index_for
from .candidates import CASE_LOWER, CandidateFinder, apply_case, case_pattern
from .damage import has_vietnamese_only_letter
from .lexicon.model import DAMAGED, Model
from .vietnamese import strip_diacritics, strip_tones

log = logging.getLogger(__name__)

PUNCT = "\"'“”‘’()[]{}«»<>,.;:!?–—-/*•·…®@©"
SWITCH = -4.0               # log-penalty for switching between Vietnamese and other words
OTHER_UNKNOWN = {True: -13.0, False: -17.0}   # keep an unknown word: capitalised / lowercase
NAME = -1.5                 # log P(a kept capitalised word is a Vietnamese name without marks)
STRIPPED_SHARE = 0.6       # share of bare syllables that makes a sound page's line "stripped"
STRIPPED_MIN = 3           # ... and at least this many of them
STRIPPED_PRIOR = 0.9       # ... and the class prior of its words
# English words that are also bare Vietnamese syllables, yet say "English" on a line
ENGLISH_SHORT = frozenset("the to in a an on as is be we me".split())
EVIDENCE_WEIGHT = 0.3       # share of the document's own pairs in the bigram
MIN_PRIOR = 0.02            # the class prior of a line never goes below this
NUM = "<num>"               # numbers are one token of the language model
ACRONYMS = frozenset("""ASEAN BOT NGO NGOS TNHH UNESCO USD VND GDP FDI ODA CEO UBND HĐND MTTQ
VCCI THCS THPT WVI APGN ICT PCI DDCI ODA NGO KOICA JICA UNDP WHO WTO EU UN IT TV BCH BTV""".split())
_URL = re.compile(r"^(https?://|www\.)|@\w+\.\w|\.(com|vn|org|net|gov)\b", re.I)
_HALF = re.compile(r"(?<![\d/])/(?![\d/])")
_NUMBER = re.compile(r"^\d+(?:[./,:]\d+)*$")


@dataclass(frozen=True)
class Decision:
    """Word ``index`` of the line changed from ``before`` to ``after``."""

    index: int
    before: str
    after: str
    score: float        # nats of evidence for the change over keeping the word
    rule: str           # ocr-confusion | stripped | tone | fuzzy


@dataclass(frozen=True)
class Option:
    text: str               # the output core
    syllable: str | None    # lowercase syllable, None for "keep as it is"
    emit: float             # log P(observed core | option) + class prior, or the keep score
    fuzzy: bool = False
    name: str | None = None # keep option: the syllable a mark-less name may stand for


def split_token(token: str) -> tuple[str, str, str]:
    """``"(Quéc,"`` -> ``("(", "Quéc", ",")``."""
    start, end = 0, len(token)
    while start < end and token[start] in PUNCT:
        start += 1
    while end > start and token[end - 1] in PUNCT:
        end -= 1
    return token[:start], token[start:end], token[end:]


def is_fixed(token: str, core: str, mode: str) -> bool:
    """Cores never touched: numbers, URLs, e-mail, acronyms, compounds, odd shapes."""
    if not core or len(core) > 9 or _URL.search(token):
        return True
    if any(c in core for c in "'’_-./") or case_pattern(core) is None:
        return True
    digits = sum(c.isdigit() for c in core)
    if digits and (mode != DAMAGED or digits > 1 or len(core) < 2
                   or core[1:].lower() in ("st", "nd", "rd", "th")):
        return True                               # 2025, 12/2025, 11th, 1st; not t6ng, 6ng
    if not all(c.isalpha() or c.isdigit() or c in "&@" for c in core):
        return True
    letters = "".join(c for c in core if c.isalpha())
    return letters.isupper() and (core in ACRONYMS or len(letters) > 1 and not any(
        c in strip_diacritics(letters).lower() for c in "aeiouy"))


def caption_halves(words: Sequence[str]) -> list[tuple[int, int]]:
    """Word ranges of a line cut at a caption's language switch: ``... VŨ GIANG/ The ...``
    or ``... LY/Ms. Tran ...`` (a slash not between digits)."""
    halves, start = [], 0
    for i, word in enumerate(words):
        if _HALF.search(word):
            cut = i if word.startswith("/") else i + 1
            if start < cut < len(words):
                halves.append((start, cut))
                start = cut
    halves.append((start, len(words)))
    return halves


class Decoder:
    """Candidate search and Viterbi decoding over one model; caches candidates per core."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.finder = CandidateFinder(model, index_for(model))
        self.candidates = self.finder.candidates
        self._lm_cache: dict[tuple[str | None, str], float] = {}
        self._evidence: dict[str, dict[str, int]] = {}
        self._evidence_uni: dict[str, int] = {}
        self._evidence_total = 0

    def set_evidence(self, unigrams: Mapping[str, int],
                     pairs: Mapping[tuple[str, str], int]) -> None:
        """Syllables and pairs read in this document (its sound words): a cache language
        model mixed into the model's, so names and phrases the document repeats are read
        alike. Each count loses one sighting (the word being judged may be that one), so a
        word seen once is no evidence for itself. Empty mappings switch it off."""
        self._evidence = {}
        for (a, b), n in pairs.items():
            if n >= 2:
                self._evidence.setdefault(a, {})[b] = n - 1
        self._evidence_uni = {s: n - 1 for s, n in unigrams.items() if n >= 2}
        self._evidence_total = sum(self._evidence_uni.values())
        self._lm_cache.clear()

    # ---- options and decoding ---------------------------------------------------------
    def options(self, core: str, mode: str, prior_vi: float) -> list[Option]:
        """Keep-as-is first, then the candidate syllables; class priors folded in."""
        pattern = case_pattern(core) or CASE_LOWER
        keep_prior = math.log(max(1.0 - prior_vi, MIN_PRIOR))
        vi_prior = math.log(max(prior_vi, MIN_PRIOR))
        name = self._name_reading(core)
        out = [Option(core, None, self._keep_score(core, name) + keep_prior, name=name)]
        for s, lp, fuzzy in self.candidates(core, mode):
            out.append(Option(apply_case(s, pattern), s, lp + vi_prior, fuzzy))
        return out

    def _name_reading(self, core: str) -> str | None:
        """``Son`` in English text may be the name Sơn written without marks: its syllable."""
        if not core[:1].isupper() or not core.isascii() or not core.isalpha():
            return None
        readings = self.model.by_fold.get(core.lower())
        return max(readings, key=self.model.uni) if readings else None

    def _keep_score(self, core: str, name: str | None) -> float:
        zipf = self.model.english_zipf(core)
        score = (zipf - 9.0) * math.log(10) if zipf > 0 else OTHER_UNKNOWN[core[:1].isupper()]
        if name is not None:
            score = max(score, NAME + self.model.uni(name))
        return score

    def line_prior(self, cores: Sequence[str], mode: str) -> float:
        """P(a word of this line is Vietnamese), from the clearly English and clearly
        Vietnamese words on it."""
        english = vietnamese = 0
        for core in cores:
            lower = core.lower()
            zipf = self.model.english_zipf(lower)
            if has_vietnamese_only_letter(lower):
                vietnamese += 1
            elif zipf >= 3.0 and (lower not in self.model.by_fold or lower in ENGLISH_SHORT):
                english += 1
            elif lower in self.model.unigram and zipf < 2.5 and not core[:1].isupper():
                vietnamese += 1
            elif mode == DAMAGED and zipf == 0 and not core[:1].isupper() and core.isalpha():
                vietnamese += 1                   # cdng, tiép: garbled, not English
        return (vietnamese + 1.0) / (vietnamese + english + 1.5)

    def looks_stripped(self, cores: Sequence[str]) -> bool:
        """No Vietnamese letter on the line, no clearly English word, yet most words are
        bare Vietnamese syllables (``LICH SU QUAN HE``)."""
        bare = 0
        for core in cores:
            lower = core.lower()
            if has_vietnamese_only_letter(lower) or lower in ENGLISH_SHORT:
                return False
            if lower not in self.model.by_fold and self.model.english_zipf(lower) >= 3.0:
                return False                 # an English word that is no syllable: of, with
        for core in cores:
            bare += core.lower() in self.model.by_fold
        return bare >= STRIPPED_MIN and bare >= STRIPPED_SHARE * len(cores)

    def decode(self, words: Sequence[str], mode: str,
               context: Sequence[str] = ()) -> list[Decision]:
        """The changes that make ``words`` (one line) the likeliest Vietnamese/other reading.

        ``context``: words of the neighbouring lines, read only as evidence of the
        language (column lines are short)."""
        parts = [split_token(unicodedata.normalize("NFC", w)) for w in words]
        cores = [p[1] for p in parts if p[1]]
        near = [c for c in (split_token(w)[1] for w in context) if c]
        stripped = mode != DAMAGED and self.looks_stripped(cores)
        if stripped:
            mode = DAMAGED                   # bold capitals or ASCII-folded text on a sound page
        priors: list[float] = []
        for start, end in caption_halves(words):
            half = [p[1] for p in parts[start:end] if p[1]]
            prior = self.line_prior([*half, *near] if len(half) < len(cores) else
                                    [*cores, *near], mode)
            priors += [max(prior, STRIPPED_PRIOR) if stripped else prior] * (end - start)
        slots: list[list[Option] | None] = []
        for word, (_lead, core, _trail), prior in zip(words, parts, priors, strict=True):
            if _NUMBER.match(core):
                slots.append([Option(core, NUM, 0.0)])
            elif is_fixed(word, core, mode):
                slots.append(None)
            else:
                slots.append(self.options(core, mode, prior))
        decisions: list[Decision] = []
        start = 0
        while start < len(slots):          # decode each run of consecutive open slots
            if slots[start] is None:
                start += 1
                continue
            end = start
            while end < len(slots) and slots[end] is not None:
                end += 1
            run = [s for s in slots[start:end] if s is not None]
            breaks = [bool(parts[i][2]) or bool(parts[i + 1][0]) if i + 1 < len(parts) else True
                      for i in range(start, end)]
            chosen = self._viterbi(run, breaks)
            for offset, index in enumerate(chosen):
                option = run[offset][index]
                if option.syllable in (None, NUM) or option.text == parts[start + offset][1]:
                    continue
                i = start + offset
                lead, core, trail = parts[i]
                decisions.append(Decision(i, words[i], lead + option.text + trail,
                                          round(self._margin(run, chosen, offset, breaks), 2),
                                          _rule(core, option)))
            start = end
        return decisions

    def _transition(self, prev: Option | None, cur: Option, broken: bool) -> float:
        prev_keep = prev is not None and prev.syllable is None
        if cur.syllable is None:                     # keep the word as it is
            if prev_keep and not broken and cur.name and prev.name:
                return cur.emit - self.model.uni(cur.name) + self._bigram(prev.name, cur.name)
            switch = SWITCH if prev is not None and prev.syllable not in (None, NUM) else 0.0
            return cur.emit + switch
        history = None if prev is None or broken or prev_keep else prev.syllable
        switch = SWITCH if prev_keep and cur.syllable != NUM else 0.0
        return cur.emit + self._bigram(history, cur.syllable) + switch

    def _bigram(self, history: str | None, syllable: str) -> float:
        key = (history, syllable)
        lp = self._lm_cache.get(key)
        if lp is None:
            lp = self.model.bigram(history, syllable)
            followers = self._evidence.get(history) if history else None
            if followers:
                seen = followers.get(syllable, 0) / sum(followers.values())
                lp = math.log((1.0 - EVIDENCE_WEIGHT) * math.exp(lp) + EVIDENCE_WEIGHT * seen)
            elif self._evidence_total and (history is None or history not in self.model.history):
                seen = self._evidence_uni.get(syllable, 0) / self._evidence_total
                lp = math.log((1.0 - EVIDENCE_WEIGHT) * math.exp(lp) + EVIDENCE_WEIGHT * seen)
            self._lm_cache[key] = lp
        return lp

    def _viterbi(self, run: list[list[Option]], breaks: list[bool]) -> list[int]:
        """Best option index per slot (plain Viterbi; ``_transition`` inlined for speed)."""
        transition = self._transition
        scores = [transition(None, o, True) for o in run[0]]
        back: list[list[int]] = []
        bigram = self._bigram
        for t in range(1, len(run)):
            previous, broken = run[t - 1], breaks[t - 1]
            row_scores, row_back = [], []
            for cur in run[t]:
                syllable = cur.syllable
                if syllable is None:
                    cand = [scores[k] + transition(prev, cur, broken)
                            for k, prev in enumerate(previous)]
                else:
                    base = cur.emit
                    cand = []
                    for k, prev in enumerate(previous):
                        ps = prev.syllable
                        if ps is None:
                            extra = SWITCH if syllable != NUM else 0.0
                            cand.append(scores[k] + base + bigram(None, syllable) + extra)
                        else:
                            cand.append(scores[k] + base
                                        + bigram(None if broken else ps, syllable))
                arg = max(range(len(cand)), key=cand.__getitem__)
                row_scores.append(cand[arg])
                row_back.append(arg)
            scores = row_scores
            back.append(row_back)
        index = max(range(len(scores)), key=scores.__getitem__)
        path = [index]
        for row in reversed(back):
            index = row[index]
            path.append(index)
        return path[::-1]

    def _margin(self, run: list[list[Option]], chosen: list[int], t: int,
                breaks: list[bool]) -> float:
        """Local evidence: the chosen option against keeping the word, neighbours fixed."""
        def local(option: Option) -> float:
            prev = run[t - 1][chosen[t - 1]] if t else None
            score = self._transition(prev, option, breaks[t - 1] if t else True)
            if t + 1 < len(run):
                score += self._transition(option, run[t + 1][chosen[t + 1]], breaks[t])
            return score
        return local(run[t][chosen[t]]) - local(run[t][0])


def _rule(core: str, option: Option) -> str:
    if option.fuzzy:
        return "fuzzy"
    if core == strip_diacritics(option.text):
        return "stripped"
    if strip_tones(core.lower()) == strip_tones(option.text.lower()):
        return "tone"
    return "ocr-confusion"
