"""The options of a word for the decoder: keep it as it is, or one of its candidate syllables.

Pure logic apart from the memos. Keeping a word (the "other" class: English, a name, a
foreign word) scores by its English frequency, or as a Vietnamese name written without
marks (``Son`` for ``Sơn``); a candidate syllable scores by the channel, log P(word |
syllable) (``magpipe.repair.candidates``). The class prior of the word's line is not part
of a ``Slot``: the lattice adds it, so one slot serves a word form on every line. In
sound text, a rare but well-formed syllable the corpora know (``tủm``, ``loà``) is kept
as it is; and where the marks of a page are trusted (a sound text layer), a word with
marks that is a lexicon syllable has itself as its only option. A lone digit of
English-only OCR (``6``) has the number as option 0, then the syllables it may stand for.
"""

from __future__ import annotations

import dataclasses
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from magpipe.repair.candidate_index import index_for
from magpipe.repair.candidates import (
    CASE_LOWER,
    CASE_TITLE,
    CandidateFinder,
    apply_case,
    case_pattern,
)
from magpipe.repair.english_slips import zipf
from magpipe.repair.lattice import Slot
from magpipe.repair.lexicon.model import CLEAN, MODES, TONES, Model, _mark_variants, _tone_variants
from magpipe.repair.lexicon.text_stats import NUM
from magpipe.repair.lm import LanguageModel
from magpipe.repair.name_pairs import LOWER, OPENING, TITLE, NamePairs
from magpipe.repair.scoring import Tables
from magpipe.repair.words import FIXED, OPEN, PUNCT, word_kind
from magpipe.text.vietnamese import (
    has_vietnamese_marks,
    is_valid_syllable,
    placement_key,
    strip_diacritics,
    strip_tones,
)

OTHER_UNKNOWN = {True: -13.0, False: -17.0}   # keep an unknown word: capitalised / lowercase
NAME = -1.5                 # log P(a kept capitalised word is a Vietnamese name without marks)
RARE_ZIPF = 2.5             # a syllable this common in general Vietnamese is a word, not noise
RARE_SEEN = 20              # ... as is one read this often in the language model's corpora,
BARE_SEEN = 200             # sightings in the corpora a reading added to a stripped word needs
                            # (TUNE news: 0 / 200 / 2000 gave 96.03 / 96.03 / 95.94%)
CASE_WEIGHT = 0.7            # weight of a title-case stripped word's case odds inside a sentence
                             # (``cased``; TUNE news 0 / 0.7 / 1: 96.03 / 96.12 / 96.10%)
PAIR_WEIGHT = 0.5           # weight of the odds of a title-case neighbour's bare form (``paired``)
LOWER_PAIR_WEIGHT = 0.2     # ... for a word in lower case before a title-case one
RARE_RATIO = 2000           # unless a lexicon syllable one slip away is this many times commoner
                            # (nguời 1:5300, vục 1:2500 are slips; đìa 1:1000, tủm 1:24 words)
# a word after one of these (closing quotes and brackets taken off) may open a sentence,
# where a capital says nothing of a name (`Q.` and `TP.` too: not worth telling apart)
SENTENCE_ENDS = frozenset(".!?…:")
CLOSERS = "\"'”’)]»"


def mid_sentence(previous: str, word: str) -> bool:
    """Whether ``word`` stands inside a sentence, after ``previous`` (the word before it on
    its line): ``previous`` holds a letter or digit and ends no sentence, and ``word`` has no
    punctuation before it (a quote or a bracket may open a sentence, or a name's list). A
    capital there marks a name (``tools/lm_caps.py`` counts the syllables so written)."""
    if word[:1] in PUNCT:
        return False
    end = previous.rstrip(CLOSERS)
    return bool(end) and end[-1] not in SENTENCE_ENDS and any(c.isalnum() for c in end)


def is_title(core: str) -> bool:
    """``core`` is written in title case (``Lan``, ``A``)."""
    return core[:1].isupper() and (len(core) == 1 or core[1:].islower())


def neighbours_of(words: Sequence[str], parts: Sequence[tuple[str, str, str]]
                  ) -> list[tuple[str, str, int] | None]:
    """Per word of a line of stripped text, what ``Options.paired`` reads: the bare form
    (marks taken off, lower case) of the word before a title-case word inside a sentence,
    that of the title-case word after, "" for either missing, and the word's own shape
    (``name_pairs.LOWER``, ``TITLE``, or ``OPENING`` when it opens its sentence: its
    capital is the sentence's); None for a word with neither neighbour (most).
    Punctuation between the two (``Hà Nội, Hải Phòng``) parts them."""
    out: list[tuple[str, str, int] | None] = [None] * len(words)
    for k in range(1, len(words)):
        core = parts[k][1]
        if (is_title(core) and not parts[k - 1][2] and not parts[k][0] and parts[k - 1][1]
                and mid_sentence(words[k - 1], words[k])):
            first = parts[k - 1][1]
            previous = out[k - 1]
            shape = (LOWER if first.islower() else TITLE) \
                if k > 1 and mid_sentence(words[k - 2], words[k - 1]) else OPENING
            out[k - 1] = (previous[0] if previous else "", strip_diacritics(core).lower(),
                          shape)
            out[k] = (strip_diacritics(first).lower(), "", TITLE)
    return out


@dataclass(frozen=True)
class Reading:
    """What a core may be in one mode: kept as it is (its score, and the syllable a
    mark-less name may stand for), or one of the candidate syllables."""

    keep: float
    name: str | None
    texts: tuple[str, ...]           # the candidates in the core's case
    syllables: tuple[str, ...]
    lps: tuple[float, ...]           # log P(core | syllable)
    fuzzy: tuple[bool, ...]


class Options:
    """Slots of word forms over one model; only pure memos change."""

    def __init__(self, model: Model, lm: LanguageModel | None, tables: Tables) -> None:
        self.model = model
        self.lm = lm
        self.tables = tables
        self.finder = CandidateFinder(model, index_for(model))
        self._kinds: dict[str, dict[str, int]] = {m: {} for m in MODES}   # word -> OPEN ...
        self._slots: dict[str, dict[str, Slot]] = {m: {} for m in MODES}  # core -> Slot
        self._trusted: dict[str, Slot | None] = {}
        self._bare_slots: dict[tuple[str, str], Slot] = {}   # (core, mode) -> bare_slot
        # (id of a slot, neighbours, shape) -> (the slot, ``paired``'s slot)
        self._paired: dict[tuple[int, str, str, int], tuple[Slot, Slot]] = {}
        # the placement key of each lexicon syllable, and per bare form the readings a
        # stripped word may add (``bare_slot``): worked out once here, so a decoder read
        # back from its snapshot has them (every new stripped word asked for a dozen keys)
        self._keys = {s: placement_key(s) for s in tables.index}
        self._bare = self._extra_readings()
        self.number = Slot(("",), (NUM,), (0.0,), (False,), None, False, (tables.num,))

    def kind(self, word: str, core: str, mode: str) -> int:
        """``words.word_kind``; in sound text a rare well-formed syllable is fixed."""
        kinds = self._kinds[mode]
        kind = kinds.get(word)
        if kind is None:
            kind = kinds[word] = word_kind(word, core, mode)
            if kind == OPEN and mode == CLEAN and self._rare_syllable(core):
                kind = kinds[word] = FIXED
        return kind

    def slot(self, core: str, mode: str) -> Slot:
        """The options of ``core`` in ``mode``: option 0 keeps it."""
        slot = self._slots[mode].get(core)
        if slot is None:
            reading = self._reading(core, mode)
            index = self.tables.index
            if core.isdigit():            # a lone digit: option 0 reads it as a number
                slot = Slot((core, *reading.texts), (NUM, *reading.syllables),
                            (0.0, *reading.lps), (False, *reading.fuzzy), None, False,
                            (self.tables.num, *(index[s] for s in reading.syllables)))
            else:
                slot = Slot((core, *reading.texts), (None, *reading.syllables),
                            (reading.keep, *reading.lps), (False, *reading.fuzzy),
                            reading.name, mode == CLEAN and self._sound(core),
                            (-1, *map(index.__getitem__, reading.syllables)))
            self._slots[mode][core] = slot
        return slot

    def bare_slot(self, core: str, mode: str) -> Slot:
        """``slot`` for a word of text whose marks were stripped: the candidate list is cut
        at ``candidates.MAX_CANDIDATES`` by the OCR channel, which can leave out the very
        reading the context asks for (``doi``: ``đối đổi đời đội ...`` but not ``dời``), so
        every lexicon syllable whose bare letters are ``core`` is added (channel score 0,
        the stripped reading's score for such readings)."""
        slot = self._bare_slots.get((core, mode))
        if slot is None:
            slot = self.slot(core, mode)
            keys = self._keys
            have = {keys.get(s) or placement_key(s) for s in slot.syllables if s is not None}
            pattern = case_pattern(core) or CASE_LOWER
            extra = [s for s, key in self._bare.get(core.lower(), ()) if key not in have]
            if extra and slot.syllables[0] != NUM:
                index = self.tables.index
                slot = Slot((*slot.texts, *(_cased(s, pattern, core) for s in extra)),
                            (*slot.syllables, *extra), (*slot.emits, *(0.0 for _ in extra)),
                            (*slot.fuzzy, *(False for _ in extra)), slot.name, slot.sound,
                            (*slot.ids, *(index[s] for s in extra)))
            self._bare_slots[(core, mode)] = slot
        return slot

    def cased(self, slot: Slot, core: str) -> Slot:
        """``slot`` of ``core``, a word inside a sentence (``mid_sentence``) of stripped
        text: when ``core`` is in title case, each reading gets its log odds of being so
        written there (``LanguageModel.title_share``, ``CASE_WEIGHT`` times, taken from the
        best reading's so the keep option keeps its standing): ``Lan`` after ``cô`` is the
        name, not ``Lần``. Lower case says little (the corpora capitalise `Phó` in titles,
        yet `tổ phó` is common: ``tổ phố`` on TUNE), capitals and mixed case nothing."""
        title = core[:1].isupper() and (core[1:].islower() or len(core) == 1)
        if self.lm is None or not self.lm.caps or not title:
            return slot
        share = self.lm.title_share
        logs = [None if s in (None, NUM) else math.log(share(s)) for s in slot.syllables]
        known = [x for x in logs if x is not None]
        if not known:
            return slot
        best = max(known)
        emits = tuple(e if x is None else e + CASE_WEIGHT * (x - best)
                      for e, x in zip(slot.emits, logs, strict=True))
        return dataclasses.replace(slot, emits=emits)

    def paired(self, slot: Slot, before: str, after: str, shape: int) -> Slot:
        """``slot`` of a word of stripped text beside a title-case word inside a sentence
        (``neighbours_of``): each reading gets the odds of the bare neighbours
        (``NamePairs``), ``PAIR_WEIGHT`` times, taken from the best reading's: ``Phủ``
        before ``Day`` (``Dầy``), ``cô`` before ``Nguyen``."""
        pairs = self.lm.pairs if self.lm is not None else None
        if not pairs:
            return slot
        # names come back within a document: worked out once per slot and neighbours (the
        # slot is kept beside the result: its id is only its key while it lives)
        known = self._paired.get((id(slot), before, after, shape))
        if known is not None and known[0] is slot:
            return known[1]
        done = self._pair_odds(slot, pairs, before, after, shape)
        self._paired[(id(slot), before, after, shape)] = (slot, done)
        return done

    def _pair_odds(self, slot: Slot, pairs: NamePairs, before: str, after: str,
                   shape: int) -> Slot:
        """``paired``'s work, not memoised."""
        keys = self._keys
        found_at = [(i, s) for i, s in enumerate(slot.syllables) if s is not None and s != NUM]
        if len(found_at) < 2:
            return slot
        where = [i for i, _s in found_at]
        syllables = [keys.get(s) or placement_key(s) for _i, s in found_at]
        odds = [0.0] * len(where)
        for found in (pairs.after(syllables, after, shape) if after else None,
                      pairs.before(before, syllables) if before else None):
            if found is not None:
                odds = [x + y for x, y in zip(odds, found, strict=True)]
        best = max(odds)
        if best == min(odds):
            return slot
        emits = list(slot.emits)
        weight = LOWER_PAIR_WEIGHT if shape == LOWER else PAIR_WEIGHT
        for i, x in zip(where, odds, strict=True):
            emits[i] += weight * (x - best)
        return dataclasses.replace(slot, emits=tuple(emits))

    def _extra_readings(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Bare letters -> (syllable, its placement key) of the lexicon syllables written
        with them, one per tone placement, that the corpora read at least ``BARE_SEEN``
        times (all of them without a language model's sightings)."""
        groups: dict[str, dict[str, str]] = {}
        for s in self.tables.index:
            if s != NUM and s.isalpha():
                groups.setdefault(strip_diacritics(s), {}).setdefault(self._keys[s], s)
        seen = self.lm.seen if self.lm is not None else {}
        return {bare: tuple((s, self._keys[s]) for s in sorted(g.values())
                            if not seen or seen.get(self._keys[s], 0) >= BARE_SEEN)
                for bare, g in groups.items()}

    def trusted(self, core: str) -> Slot | None:
        """Where a page's marks are trusted: ``core`` as its only option when it has
        marks and is a lexicon syllable (either tone placement); None when it has none or
        is no syllable (decoded as usual)."""
        if core in self._trusted:
            return self._trusted[core]
        slot = None
        lower = core.lower()
        if has_vietnamese_marks(lower) and is_valid_syllable(lower):
            index = self.tables.index
            syllable = lower if lower in index else None      # the other spellings only
            if syllable is None:                              # when it is not one
                syllable = next((s for s in (placement_key(lower), _other_placement(lower))
                                 if s in index), None)
            if syllable is not None:
                slot = Slot((core,), (syllable,), (0.0,), (False,), None, False,
                            (index[syllable],))
        self._trusted[core] = slot
        return slot

    def _sound(self, core: str) -> bool:
        """A word of sound text that changes only on strong evidence (``sound_swaps.SOUND_SWAP``):
        a lexicon syllable, or a well-formed syllable with marks the lexicon lacks (a rare
        word or a name: ``tọp``, ``sểnh``, ``Lăk``)."""
        lower = core.lower()
        return lower in self.model.unigram or (has_vietnamese_marks(lower)
                                               and is_valid_syllable(lower))

    def _reading(self, core: str, mode: str) -> Reading:
        pattern = case_pattern(core) or CASE_LOWER
        name = self._name_reading(core)
        found = self.finder.candidates(core, mode)
        syllables, lps, fuzzy = zip(*found, strict=True) if found else ((), (), ())
        # a syllable in lower case is its own text (``_cased``): most words
        texts = syllables if pattern == CASE_LOWER else tuple(
            _cased(s, pattern, core) for s in syllables)
        return Reading(self._keep_score(core, name), name, texts, syllables, lps, fuzzy)

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
        zipf_vi = max(zipf(lower, "vi"), zipf(placement_key(lower), "vi"),
                      zipf(_other_placement(lower), "vi"))
        return zipf_vi >= RARE_ZIPF and not variants

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


def _cased(syllable: str, pattern: str, core: str) -> str:
    """``syllable`` in the case of ``core``; but a capital ``I`` read for an ``l`` stood for
    a lowercase letter (``Iuu`` is ``lưu``, not ``Lưu``): in most faces the two are one
    upright stroke, so the case OCR gave it says nothing."""
    if pattern == CASE_TITLE and core[:1] == "I" and syllable[:1] == "l":
        return syllable
    return apply_case(syllable, pattern)


def _other_placement(syllable: str) -> str:
    """``hoà`` -> ``hòa``: the tone of a final oa/oe/uy on the first vowel."""
    key = placement_key(syllable)
    if key == syllable and strip_tones(syllable) != syllable and strip_tones(
            syllable).endswith(("oa", "oe", "uy")):
        bare = strip_tones(syllable)
        tone = next(c for c in unicodedata.normalize("NFD", syllable) if c in TONES)
        return unicodedata.normalize("NFC", bare[:-1] + tone + bare[-1])
    return key
