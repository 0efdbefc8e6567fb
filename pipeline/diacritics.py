"""Restore Vietnamese diacritics in a line of words: candidates, context decoding, leave-alone.

Pure logic on strings, no I/O. A line is a list of word strings (a ``Page`` line, or a
plain-text line split on whitespace); ``repair_line`` returns one output string per input
word (same count and order) and the decisions that changed a word.

1. Each word is cut into leading punctuation, a core and trailing punctuation. Cores that
   are not Vietnamese to repair stay fixed: numbers, dates, URLs, e-mail, acronyms, words
   with inner capitals, apostrophes or hyphens.
2. Every other core gets options: keep it as it is (the "other" class: English, a name,
   a foreign word), or one of the lexicon syllables it may be a damaged copy of. The
   candidates come from walking the syllable trie while consuming the core through the
   channel table of the mode (``damaged``: English-only OCR or stripped text; ``clean``:
   sound text, where only bare letters and tone slips are considered). When the walk finds
   nothing on a damaged line, rapidfuzz proposes syllables whose bare form is one edit away.
3. A Viterbi search over the line picks one option per word: syllable bigram language
   model for consecutive syllables, an English-frequency score for kept words, and a
   penalty for every switch between the two classes (so ``of the Province`` stays English
   while the Vietnamese half of a caption is repaired).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .lexicon.model import DAMAGED, Model
from .damage import has_vietnamese_only_letter
from .vietnamese import strip_diacritics, strip_tones

log = logging.getLogger(__name__)

PUNCT = "\"'“”‘’()[]{}«»<>,.;:!?–—-/*•·…®@©"
MAX_PIECE = 3
MAX_CANDIDATES = 6
BEAM = 12.0                 # nats below the best candidate still kept
SWITCH = -4.0               # log-penalty for switching between Vietnamese and other words
OTHER_UNKNOWN = {True: -13.0, False: -17.0}   # keep an unknown word: capitalised / lowercase
FUZZY_COST = -7.0           # channel log-probability of a fuzzy (one edit) candidate
WEAK = -5.0                 # below this best channel score, fuzzy candidates are added
NAME = -1.5                 # log P(a kept capitalised word is a Vietnamese name without marks)
STRIPPED_SHARE = 0.6       # share of bare syllables that makes a sound page's line "stripped"
STRIPPED_PRIOR = 0.9       # ... and the class prior of its words
# English words that are also bare Vietnamese syllables, yet say "English" on a line
ENGLISH_SHORT = frozenset("the to in a an on as is be we me".split())
MIN_PRIOR = 0.02            # the class prior of a line never goes below this
NUM = "<num>"               # numbers are one token of the language model
FLOOR = -16.0               # candidates less likely than this are not followed
MIN_PIECE_LOGP = -9.0       # confusions rarer than this are ignored
ACRONYMS = frozenset("""ASEAN BOT NGO NGOS TNHH UNESCO USD VND GDP FDI ODA CEO UBND HĐND MTTQ
VCCI THCS THPT WVI APGN ICT PCI DDCI ODA NGO KOICA JICA UNDP WHO WTO EU UN IT TV BCH BTV""".split())
_URL = re.compile(r"^(https?://|www\.)|@\w+\.\w|\.(com|vn|org|net|gov)\b", re.I)
_NUMBER = re.compile(r"^\d+(?:[./,:]\d+)*$")
_CASE_UPPER, _CASE_TITLE, _CASE_LOWER = "upper", "title", "lower"


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


def case_pattern(core: str) -> str | None:
    """upper / title / lower, tolerating one odd letter of OCR (``TRi``, ``cOng``)."""
    letters = [c for c in core if c.isalpha()]
    if not letters:
        return None
    upper = sum(c.isupper() for c in letters)
    if len(letters) > 1 and upper >= max(2, len(letters) - 1):
        return _CASE_UPPER
    if upper == 0 or (upper == 1 and not letters[0].isupper() and len(letters) > 2):
        return _CASE_LOWER
    if upper == 1 and letters[0].isupper():
        return _CASE_TITLE
    return None                                   # inner capitals: McDonald, BithuThanh


def canonical(core: str, pattern: str) -> str:
    """``core`` in the exact casing of ``pattern``: the form the candidate search reads."""
    if pattern == _CASE_UPPER:
        return core.upper()
    if pattern == _CASE_TITLE:
        return core[:1] + core[1:].lower()
    return core.lower()


def apply_case(syllable: str, pattern: str) -> str:
    if pattern == _CASE_UPPER:
        return syllable.upper()
    if pattern == _CASE_TITLE:
        return syllable[:1].upper() + syllable[1:]
    return syllable


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


class Decoder:
    """Candidate search and Viterbi decoding over one model; caches candidates per core."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._cache: dict[tuple[str, str], tuple[tuple[str, float, bool], ...]] = {}
        self._fold_keys = list(model.by_fold)
        self._moves_cache: dict[tuple[int, str, bool], dict[str, list[tuple[dict, float]]]] = {}
        self._lm_cache: dict[tuple[str | None, str], float] = {}

    # ---- candidates -------------------------------------------------------------------
    def candidates(self, core: str, mode: str) -> tuple[tuple[str, float, bool], ...]:
        """(syllable, log P(core | syllable), fuzzy) for the likeliest syllables."""
        key = (core, mode)
        found = self._cache.get(key)
        if found is None:
            found = self._search(core, mode)
            if mode == DAMAGED and (not found or max(lp for _s, lp, _f in found) < WEAK):
                known = {s for s, _lp, _f in found}
                found += tuple(c for c in self._fuzzy(core) if c[0] not in known)
            self._cache[key] = found
        return found

    def _search(self, core: str, mode: str) -> tuple[tuple[str, float, bool], ...]:
        pattern = case_pattern(core) or _CASE_LOWER
        core = canonical(core, pattern)
        n = len(core)
        best: dict[str, float] = {}
        stack: list[tuple[dict, int, float, int, bool]] = [(self.model.trie, 0, 0.0, 0, False)]
        while stack:
            node, j, lp, depth, deleted = stack.pop()
            if j == n and "" in node:
                s = node[""]
                if lp > best.get(s, -math.inf):
                    best[s] = lp
            upper = pattern == _CASE_UPPER or (pattern == _CASE_TITLE and depth == 0)
            moves = self._moves(node, mode, upper)
            for k in range(1 if deleted else 0, min(MAX_PIECE, n - j) + 1):
                for child, p in moves.get(core[j:j + k], ()):
                    if lp + p > FLOOR:
                        stack.append((child, j + k, lp + p, depth + 1, deleted or k == 0))
        return self._top(best, fuzzy=False)

    def _moves(self, node: dict, mode: str, upper: bool) -> dict[str, list[tuple[dict, float]]]:
        """For a trie node: observed piece -> (child node, log P(piece | child's letter)).

        Built on first visit and kept, so the search never tries letters the node lacks."""
        key = (id(node), mode, upper)
        moves = self._moves_cache.get(key)
        if moves is None:
            table = self.model.channels[mode]
            moves = {}
            for char, child in node.items():
                if not char:
                    continue
                for piece, p in table.get(char.upper() if upper else char, {}).items():
                    if p > MIN_PIECE_LOGP:
                        moves.setdefault(piece, []).append((child, p))
            self._moves_cache[key] = moves
        return moves

    def _fuzzy(self, core: str) -> tuple[tuple[str, float, bool], ...]:
        letters = strip_diacritics(core).lower()
        if not letters.isalpha() or len(letters) < 2:
            return ()
        hits = process.extract(letters, self._fold_keys, scorer=Levenshtein.distance,
                               score_cutoff=1, limit=8)
        best = {s: FUZZY_COST for key, _d, _i in hits for s in self.model.by_fold[key]}
        return self._top(best, fuzzy=True)

    def _top(self, best: dict[str, float], fuzzy: bool) -> tuple[tuple[str, float, bool], ...]:
        if not best:
            return ()
        ranked = sorted(best.items(), key=lambda kv: kv[1] + self.model.uni(kv[0]), reverse=True)
        top = ranked[0][1] + self.model.uni(ranked[0][0])
        return tuple((s, lp, fuzzy) for s, lp in ranked[:MAX_CANDIDATES]
                     if lp + self.model.uni(s) > top - BEAM)

    # ---- options and decoding --------------------------------------------------------
    def options(self, core: str, mode: str, prior_vi: float) -> list[Option]:
        """Keep-as-is first, then the candidate syllables; class priors folded in."""
        pattern = case_pattern(core) or _CASE_LOWER
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
        """No Vietnamese letter on the line, yet most words are Vietnamese syllables
        without their marks (``LICH SU QUAN HE``), and none is clearly English."""
        bare = 0
        for core in cores:
            lower = core.lower()
            if has_vietnamese_only_letter(lower):
                return False
            if lower in self.model.by_fold:
                bare += 1
            elif self.model.english_zipf(lower) >= 3.0:
                return False                 # an English word that is no syllable: of, with
        return bare >= 2 and bare >= STRIPPED_SHARE * len(cores)

    def decode(self, words: Sequence[str], mode: str) -> list[Decision]:
        """The changes that make ``words`` (one line) the likeliest Vietnamese/other reading."""
        parts = [split_token(w) for w in words]
        cores = [p[1] for p in parts if p[1]]
        prior = self.line_prior(cores, mode)
        if mode != DAMAGED and self.looks_stripped(cores):
            mode, prior = DAMAGED, max(prior, STRIPPED_PRIOR)   # bold capitals, ASCII-folded
        slots: list[list[Option] | None] = []
        for word, (_lead, core, _trail) in zip(words, parts, strict=True):
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
            lp = self._lm_cache[key] = self.model.bigram(history, syllable)
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
