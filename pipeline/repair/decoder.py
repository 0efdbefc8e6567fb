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
   channel table of the mode (``magpipe.repair.candidates``).
3. A beam search over the line picks one option per word: the syllable trigram model
   mixed with the lexicon's in-domain bigram and with the pairs the document itself
   repeats (``magpipe.repair.search``; the document's ``Evidence`` is a value passed to
   each call, so one decoder serves any number of documents at once), an
   English-frequency score for kept words (a capitalised bare syllable may be a Vietnamese
   name written without marks, as English text does: ``Lang Son``), a class prior from the
   clearly English and clearly Vietnamese words of the line, of each half of a caption
   (``... VŨ GIANG/ Mr. ...``) and of the neighbouring lines, and a penalty for every switch
   between the classes. So ``of the Province`` stays English while the Vietnamese half of a
   caption is repaired. On sound pages, a line whose words are nearly all bare syllables
   (bold capitals ``LICH SU``, ASCII-folded text) is decoded like damaged text.
"""

from __future__ import annotations

import bisect
import logging
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from magpipe.repair.candidate_index import index_for
from magpipe.repair.candidates import (
    CASE_LOWER,
    MAX_CORE,
    CandidateFinder,
    apply_case,
    case_pattern,
)
from magpipe.repair.english_slips import is_transliteration
from magpipe.repair.evidence import Evidence
from magpipe.repair.lattice import Lattice, Scores, Slot, best_path, margins
from magpipe.repair.lexicon.model import (
    CLEAN,
    DAMAGED,
    MODES,
    TONES,
    Model,
    _mark_variants,
    _tone_variants,
)
from magpipe.repair.lexicon.text_stats import NUM, NUMBER
from magpipe.repair.lm import LanguageModel
from magpipe.repair.scoring import LM_WEIGHT, Tables
from magpipe.text.credits import CAPTION_SLASH, caption_halves
from magpipe.text.damage import has_vietnamese_only_letter
from magpipe.text.english import SHORT as ENGLISH_SHORT
from magpipe.text.vietnamese import (
    has_vietnamese_marks,
    is_valid_syllable,
    placement_key,
    strip_diacritics,
    strip_tones,
    tone_of,
)
from wordfreq import zipf_frequency

log = logging.getLogger(__name__)

PUNCT = "\"'“”‘’()[]{}«»<>,.;:!?–—-/*•·…®@©"
OTHER_UNKNOWN = {True: -13.0, False: -17.0}   # keep an unknown word: capitalised / lowercase
NAME = -1.5                 # log P(a kept capitalised word is a Vietnamese name without marks)
# a word of sound text that is itself a lexicon syllable becomes another only on this much
# evidence (nats; odds of about 160,000 to 1): the trigram model's sharper contrasts
# otherwise swap right words (`Chung tay` read as `tẩy` before `xóa`, on the photo fixture)
SOUND_SWAP = 12.0
# ... unless the word breaks a collocation the change restores: it forms no pair the
# corpora hold with the words beside it, its replacement does (`quà Đổng chí` -> `Đồng chí`,
# 11.4 nats on the photo fixture): then this much
COLLOCATION_SWAP = 8.0
# ... and a word in capitals without any mark that the change puts into such a pair (a
# credit `TRÍ DUNG/`: Vietnamese OCR drops the marks of capitals) needs only to win
CAPS_SWAP = 0.0
RARE_ZIPF = 2.5             # a syllable this common in general Vietnamese is a word, not noise
RARE_SEEN = 20              # ... as is one read this often in the language model's corpora,
RARE_RATIO = 2000           # unless a lexicon syllable one slip away is this many times commoner
                            # (nguời 1:5300, vục 1:2500 are slips; đìa 1:1000, tủm 1:24 words)
_DOTLESS = re.compile("\u0131(?=[\u0300-\u036f])")   # ı + a combining mark: i + the mark
STRIPPED_SHARE = 0.6       # share of bare syllables that makes a sound page's line "stripped"
STRIPPED_MIN = 3           # ... and at least this many of them
STRIPPED_PRIOR = 0.9       # ... and the class prior of its words
MIN_PRIOR = 0.02            # the class prior of a line never goes below this
ACRONYMS = frozenset("""ASEAN BOT NGO NGOS TNHH UNESCO USD VND GDP FDI ODA CEO UBND HĐND MTTQ
VCCI THCS THPT WVI APGN ICT PCI DDCI ODA NGO KOICA JICA UNDP WHO WTO EU UN IT TV BCH BTV""".split())
_URL = re.compile(r"^(https?://|www\.)|@\w+\.\w|\.(com|vn|org|net|gov)\b", re.I)
_URL_HINT = frozenset("./@")               # _URL matches nothing without one of these
_OPEN, _FIXED, _NUM = 0, 1, 2              # what a word is to the decoder
_NONE, _VI, _EN = 0, 1, 2                  # a word's vote on its line's language
_VETO = -1                                 # a word that says its line is not stripped text
NO_EVIDENCE = Evidence.none()


@dataclass(frozen=True)
class Decision:
    """Word ``index`` of the line changed from ``before`` to ``after``."""

    index: int
    before: str
    after: str
    score: float        # nats of evidence for the change over keeping the word
    rule: str           # ocr-confusion | stripped | tone | mark | fuzzy (english-* in repair.py)


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
    if not core or len(core) > MAX_CORE or (_URL_HINT & set(token) and _URL.search(token)):
        return True
    if any(c in core for c in "'’_-./") or case_pattern(core) is None:
        return True
    if mode == CLEAN and is_transliteration(core):
        return True                               # Têrêsa, Nôê: a name, not a slip
    digits = sum(c.isdigit() for c in core)
    if digits and (mode != DAMAGED or digits > 1 or len(core) < 2
                   or core[1:].lower() in ("st", "nd", "rd", "th")):
        return True                               # 2025, 12/2025, 11th, 1st; not t6ng, 6ng
    if not all(c.isalpha() or c.isdigit() or c in "&@" for c in core):
        return True
    letters = "".join(c for c in core if c.isalpha())
    return letters.isupper() and (core in ACRONYMS or len(letters) > 1 and not any(
        c in strip_diacritics(letters).lower() for c in "aeiouy"))


def _kind(word: str, core: str, mode: str) -> int:
    """What ``word`` (its core ``core``) is to the decoder in ``mode``: a number, fixed or open."""
    return _NUM if NUMBER.match(core) else _FIXED if is_fixed(word, core, mode) else _OPEN


class Decoder:
    """Candidate search and beam decoding over one model; never changed once built.

    Everything a word's options depend on is worked out once per word form and kept: how
    it splits, whether it is fixed, its vote on the line's language, its options under a
    class prior; so is every language-model score (pure memos: a document repeats most
    of its words). The document's evidence is an argument, never state."""

    def __init__(self, model: Model, lm: LanguageModel | None = None,
                 lm_weight: float = LM_WEIGHT) -> None:
        self.model = model
        self.lm = lm
        self.tables = Tables(model, lm, lm_weight)
        self.lattice = Lattice(self.tables)
        self.finder = CandidateFinder(model, index_for(model))
        self.candidates = self.finder.candidates
        self._parts: dict[str, tuple[str, str, str]] = {}     # word -> split of its NFC form
        self._kinds: dict[str, dict[str, int]] = {m: {} for m in MODES}   # word -> _OPEN ...
        self._votes: dict[str, dict[str, int]] = {m: {} for m in MODES}   # core -> _VI ...
        self._context_votes: dict[str, dict[str, int]] = {m: {} for m in MODES}  # word -> _VI
        self._bare: dict[str, int] = {}                        # core -> _VETO / 1 / 0
        self._readings: dict[str, dict[str, Reading]] = {m: {} for m in MODES}
        self._slots: dict[tuple[str, str, float], Slot] = {}
        self._priors: dict[float, tuple[float, float]] = {}
        self._rules: dict[tuple[str, str, bool], str] = {}
        self._number = Slot(("",), (NUM,), (0.0,), (False,), None, False, (self.tables.num,))

    # ---- options and decoding ---------------------------------------------------------
    def _slot(self, core: str, mode: str, prior_vi: float) -> Slot:
        """The options of ``core`` under the class prior ``prior_vi`` (kept per prior: a
        line's prior takes few values)."""
        key = (core, mode, prior_vi)
        slot = self._slots.get(key)
        if slot is None:
            reading = self._readings[mode].get(core)
            if reading is None:
                reading = self._readings[mode][core] = self._reading(core, mode)
            keep_prior, vi_prior = self._log_priors(prior_vi)
            index = self.tables.index
            slot = self._slots[key] = Slot(
                (core, *reading.texts), (None, *reading.syllables),
                (reading.keep + keep_prior, *(lp + vi_prior for lp in reading.lps)),
                (False, *reading.fuzzy), reading.name,
                mode == CLEAN and core.lower() in self.model.unigram,
                (-1, *(index[s] for s in reading.syllables)))
        return slot

    def _log_priors(self, prior_vi: float) -> tuple[float, float]:
        logs = self._priors.get(prior_vi)
        if logs is None:
            logs = self._priors[prior_vi] = (math.log(max(1.0 - prior_vi, MIN_PRIOR)),
                                             math.log(max(prior_vi, MIN_PRIOR)))
        return logs

    def _reading(self, core: str, mode: str) -> Reading:
        pattern = case_pattern(core) or CASE_LOWER
        name = self._name_reading(core)
        found = self.candidates(core, mode)
        return Reading(self._keep_score(core, name), name,
                       tuple(apply_case(s, pattern) for s, _lp, _f in found),
                       tuple(s for s, _lp, _f in found), tuple(lp for _s, lp, _f in found),
                       tuple(f for _s, _lp, f in found))

    def _rare_syllable(self, core: str) -> bool:
        """A word of sound text kept as it is: a well-formed Vietnamese syllable with its
        marks, in lower or title case, not in the lexicon but read at least ``RARE_SEEN``
        times in the corpora (``tủm``, ``loà``; without the language model: common in
        wordfreq), and not a slip of a far commoner lexicon syllable one tone or shape
        mark away (``nguời`` for ``người``, ``vục`` for ``vực``)."""
        lower = core.lower()
        if not (core.islower() or core.istitle()) or lower in self.model.unigram or not (
                has_vietnamese_marks(lower) and is_valid_syllable(lower)):
            return False
        unigram = self.model.unigram
        variants = [lower[:i] + v + lower[i + 1:] for i, c in enumerate(lower)
                    for v in (*_tone_variants(c), *_mark_variants(c))]
        variants = [v for v in variants if v in unigram]
        if self.lm is not None and self.lm.seen:
            seen = self.lm.seen
            n = seen.get(placement_key(lower), 0)
            return n >= RARE_SEEN and all(n * RARE_RATIO >= seen.get(placement_key(v), 0)
                                          for v in variants)
        zipf = max(zipf_frequency(lower, "vi"), zipf_frequency(placement_key(lower), "vi"),
                   zipf_frequency(_other_placement(lower), "vi"))
        return zipf >= RARE_ZIPF and not variants

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

    @staticmethod
    def _prior(tally: tuple[int, int]) -> float:
        """P(a word is Vietnamese) from (Vietnamese, English) word votes."""
        vietnamese, english = tally
        return (vietnamese + 1.0) / (vietnamese + english + 1.5)

    def _tally(self, cores: Iterable[str], mode: str) -> tuple[int, int]:
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

    def _split(self, word: str) -> tuple[str, str, str]:
        parts = self._parts.get(word)
        if parts is None:
            parts = self._parts[word] = split_token(
                unicodedata.normalize("NFC", _DOTLESS.sub("i", word)))
        return parts

    def _context_tally(self, words: Sequence[str], mode: str) -> tuple[int, int]:
        """``_tally`` of the cores of neighbouring lines' words (as written, not NFC)."""
        votes = self._context_votes[mode]
        vietnamese = english = 0
        for word in words:
            vote = votes.get(word)
            if vote is None:
                core = split_token(word)[1]
                vote = votes[word] = self._tally_one(core, mode) if core else _NONE
            if vote == _VI:
                vietnamese += 1
            elif vote == _EN:
                english += 1
        return vietnamese, english

    def _tally_one(self, core: str, mode: str) -> int:
        vote = self._votes[mode].get(core)
        if vote is None:
            vote = self._votes[mode][core] = self._vote(core, mode)
        return vote

    def decode(self, words: Sequence[str], mode: str, context: Sequence[str] = (),
               evidence: Evidence = NO_EVIDENCE) -> list[Decision]:
        """The changes that make ``words`` (one line) the likeliest Vietnamese/other reading.

        ``context``: words of the neighbouring lines, read only as evidence of the
        language (column lines are short); ``evidence``: the document's own sound text."""
        parts, slots = self._line_slots(words, mode, context)
        return [d for _k, d in self._decode_slots(words, parts, slots, evidence)]

    def decode_lines(self, lines: Sequence[Sequence[str]], mode: str,
                     before: Sequence[str] = (), after: Sequence[str] = (),
                     evidence: Evidence = NO_EVIDENCE) -> list[list[Decision]]:
        """Decode the lines of one paragraph as one sequence, so a phrase broken by a line
        end (``thế`` / ``giới``) keeps its context; each line keeps its own language prior.
        ``before`` / ``after``: the words of the lines around the paragraph (language
        evidence only). Returns the decisions of each line, indices within that line."""
        words: list[str] = []
        parts: list[tuple[str, str, str]] = []
        slots: list[Slot | None] = []
        starts: list[int] = []
        for k, line in enumerate(lines):
            near = [*(lines[k - 1] if k else before),
                    *(lines[k + 1] if k + 1 < len(lines) else after)]
            line_parts, line_slots = self._line_slots(line, mode, near)
            starts.append(len(words))
            words += line
            parts += line_parts
            slots += line_slots
        out: list[list[Decision]] = [[] for _ in lines]
        for k, d in self._decode_slots(words, parts, slots, evidence, starts):
            out[k].append(d)
        return out

    def _line_slots(self, words: Sequence[str], mode: str, context: Sequence[str]
                    ) -> tuple[list[tuple[str, str, str]], list[Slot | None]]:
        """Per word: its (lead, core, trail) and its options, None for a fixed word."""
        known = self._parts
        parts = [known.get(w) or self._split(w) for w in words]
        cores = [p[1] for p in parts if p[1]]
        halves, half_cores = self._halves(words, cores)
        modes: list[str] = []
        priors: list[float] = []
        for (start, end), half in zip(halves, half_cores, strict=True):
            # each half of a caption line is tested alone: a Vietnamese half in capitals
            # may be stripped while the English half holds a name without marks
            stripped = mode != DAMAGED and self.looks_stripped(half)
            half_mode = DAMAGED if stripped else mode   # bold capitals or ASCII-folded text
            tally = self._tally(half, half_mode)
            near = self._context_tally(context, half_mode)
            prior = self._prior((tally[0] + near[0], tally[1] + near[1]))
            priors += [max(prior, STRIPPED_PRIOR) if stripped else prior] * (end - start)
            modes += [half_mode] * (end - start)
        slots: list[Slot | None] = []
        for word, (_lead, core, _trail), prior, word_mode in zip(words, parts, priors, modes,
                                                                 strict=True):
            kinds = self._kinds[word_mode]
            kind = kinds.get(word)
            if kind is None:
                kind = kinds[word] = _kind(word, core, word_mode)
                if kind == _OPEN and word_mode == CLEAN and self._rare_syllable(core):
                    kind = kinds[word] = _FIXED
            if kind == _OPEN:
                slots.append(self._slot(core, word_mode, prior))
            elif kind == _NUM:
                slots.append(self._number)
            else:
                slots.append(None)
        return parts, slots

    def _halves(self, words: Sequence[str], cores: list[str]
                ) -> tuple[list[tuple[int, int]], list[list[str]]]:
        """The word ranges of a line's caption halves and the cores of each (``cores``, the
        whole line's, when the line is not cut)."""
        if not any("/" in w for w in words):
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
            out.append([core for core in (self._split(w)[1] for w in pieces if w) if core])
        return out

    def english_words(self, words: Sequence[str], before: Sequence[str] = (),
                      after: Sequence[str] = ()) -> list[bool]:
        """Per word: whether it stands on a clearly English line, or in the clearly English
        half of a caption line: at least two English words, three for each Vietnamese one,
        counting the end of the line before with the first half and the start of the line
        after with the last."""
        cores = [core for core in (self._split(w)[1] for w in words) if core]
        halves, half_cores = self._halves(words, cores)
        # only the neighbours' halves next to this line: ``... Ảnh: VŨ GIANG/ The`` is
        # followed by English whatever its Vietnamese half says
        start = caption_halves(before)[-1][0] if before else 0
        end = caption_halves(after)[0][1] if after else 0
        first = self._context_tally(before[start:], CLEAN)
        last = self._context_tally(after[:end], CLEAN)
        out: list[bool] = []
        for k, ((start, end), half) in enumerate(zip(halves, half_cores, strict=True)):
            vietnamese, english = self._tally(half, CLEAN)
            for near in ([first] if k == 0 else []) + ([last] if k == len(halves) - 1 else []):
                vietnamese, english = vietnamese + near[0], english + near[1]
            out += [english >= 2 and english >= 3 * vietnamese] * (end - start)
        return out

    def _decode_slots(self, words: Sequence[str], parts: list[tuple[str, str, str]],
                      slots: list[Slot | None], evidence: Evidence,
                      lines: Sequence[int] = (0,)) -> list[tuple[int, Decision]]:
        """Viterbi over each run of consecutive open slots (all runs scored at once); the
        changes it makes: (line, decision) with the word's index counted from the start
        of its line (``lines``: where each line starts among ``words``)."""
        where = [i for i, slot in enumerate(slots) if slot is not None]
        if not where:
            return []
        run = [slot for slot in slots if slot is not None]
        starts = [k == 0 or where[k - 1] != i - 1 for k, i in enumerate(where)]
        breaks = [bool(parts[i][2]) or bool(parts[i + 1][0]) if i + 1 < len(parts) else True
                  for i in where]
        scores = self.scores(run, starts, breaks, evidence)
        decisions: list[tuple[int, Decision]] = []
        lo = 0
        while lo < len(run):
            hi = lo + 1
            while hi < len(run) and not starts[hi]:
                hi += 1
            decisions += self._run_decisions(words, parts, run, breaks, where, scores, lo, hi,
                                             evidence, lines)
            lo = hi
        return decisions

    def _run_decisions(self, words: Sequence[str], parts: list[tuple[str, str, str]],
                       run: list[Slot], breaks: list[bool], where: list[int], scores: Scores,
                       lo: int, hi: int, evidence: Evidence, lines: Sequence[int]
                       ) -> list[tuple[int, Decision]]:
        """The changes the best path of the run ``run[lo:hi]`` makes."""
        chosen = self.best_path(scores, lo, hi)
        changed: list[tuple[int, str, str]] = []     # (offset in the run, text, syllable)
        for offset, index in enumerate(chosen):
            slot = run[lo + offset]
            text, syllable = slot.texts[index], slot.syllables[index]
            if syllable is None or syllable == NUM:
                continue
            if evidence.spellings and evidence.spelled(syllable) != syllable:
                text = apply_case(evidence.spelled(syllable), case_pattern(text) or CASE_LOWER)
            i = where[lo + offset]
            core = parts[i][1]
            if (text == core or placement_key(text) == placement_key(core)) and (
                    "\u0131" not in words[i]):
                continue                         # as written (either tone placement)
            changed.append((offset, text, syllable))
        if not changed:
            return []
        gains = margins(scores, lo, chosen, [offset for offset, _t, _s in changed])
        sub, sub_breaks = run[lo:hi], breaks[lo:hi]
        decisions = []
        for (offset, text, syllable), gain in zip(changed, gains.tolist(), strict=True):
            i = where[lo + offset]
            lead, core, trail = parts[i]
            slot = sub[offset]
            if slot.sound and gain < self._swap_needed(
                    core, syllable, _neighbours(sub, sub_breaks, chosen, offset)):
                log.debug("kept %r: %r only %.1f nats better", words[i], text, gain)
                continue
            line = bisect.bisect_right(lines, i) - 1
            decisions.append((line, Decision(i - lines[line], words[i], lead + text + trail,
                                             round(gain, 2),
                                             self._rule(core, text, slot.fuzzy[chosen[offset]]))))
        return decisions

    def _swap_needed(self, core: str, syllable: str, near: tuple[str | None, str | None]
                     ) -> float:
        """The evidence (nats) a lexicon syllable of sound text needs to become
        ``syllable``, given the syllables chosen before and after it (``near``)."""
        if self.lm is None or near == (None, None):
            return SOUND_SWAP
        kept = core.lower()
        before, after = near
        pairs = [(before, kept), (kept, after)]
        if any(a is not None and b is not None and self.lm.has_pair(a, b) for a, b in pairs):
            return SOUND_SWAP                  # `Chung tay`: the word reads well where it is
        if not (before is not None and self.lm.has_pair(before, syllable)
                or after is not None and self.lm.has_pair(syllable, after)):
            return SOUND_SWAP
        if core.isupper() and not has_vietnamese_marks(kept):
            log.debug("%r: capitals without marks in a broken pair, %r restores it", core,
                      syllable)
            return CAPS_SWAP
        return COLLOCATION_SWAP

    def scores(self, run: list[Slot], starts: list[bool], breaks: list[bool],
               evidence: Evidence) -> Scores:
        """The scores of every option of ``run`` (``lattice.Lattice.scores``; the tests'
        reference decoder works them out one by one instead)."""
        return self.lattice.scores(run, starts, breaks, evidence)

    @staticmethod
    def best_path(scores: Scores, lo: int, hi: int) -> list[int]:
        """The best option per word of the run ``lo:hi`` (exact Viterbi; the tests'
        reference decoder searches plainly instead)."""
        return best_path(scores, lo, hi)

    def _rule(self, core: str, text: str, fuzzy: bool) -> str:
        key = (core, text, fuzzy)
        rule = self._rules.get(key)
        if rule is None:
            rule = self._rules[key] = _rule(core, text, fuzzy)
        return rule


def _neighbours(run: list[Slot], breaks: list[bool], chosen: list[int], t: int
                ) -> tuple[str | None, str | None]:
    """The syllables chosen just before and after word ``t`` of ``run`` (None: none, a
    context break, a kept word or a number)."""
    def syllable(u: int) -> str | None:
        s = run[u].syllables[chosen[u]]
        return None if s in (None, NUM) else s
    before = syllable(t - 1) if t > 0 and not breaks[t - 1] else None
    after = syllable(t + 1) if t + 1 < len(run) and not breaks[t] else None
    return before, after


@dataclass(frozen=True)
class Reading:
    """What a core may be in one mode, before any class prior: kept as it is (its score,
    and the syllable a mark-less name may stand for), or one of the candidate syllables."""

    keep: float
    name: str | None
    texts: tuple[str, ...]           # the candidates in the core's case
    syllables: tuple[str, ...]
    lps: tuple[float, ...]           # log P(core | syllable)
    fuzzy: tuple[bool, ...]


def _rule(core: str, text: str, fuzzy: bool) -> str:
    if fuzzy:
        return "fuzzy"
    if core == strip_diacritics(text):
        return "stripped"
    if strip_tones(core.lower()) == strip_tones(text.lower()):
        return "tone"
    if strip_diacritics(core.lower()) == strip_diacritics(text.lower()) and (
            tone_of(core) == tone_of(text)):
        return "mark"                   # a horn, hat, breve or bar lost or misread: chúc
    return "ocr-confusion"


def _other_placement(syllable: str) -> str:
    """``hoà`` -> ``hòa``: the tone of a final oa/oe/uy on the first vowel."""
    key = placement_key(syllable)
    if key == syllable and strip_tones(syllable) != syllable and strip_tones(
            syllable).endswith(("oa", "oe", "uy")):
        bare = strip_tones(syllable)
        tone = next(c for c in unicodedata.normalize("NFD", syllable) if c in TONES)
        return unicodedata.normalize("NFC", bare[:-1] + tone + bare[-1])
    return key

