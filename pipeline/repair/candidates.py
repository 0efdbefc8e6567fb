"""Candidate syllables for a damaged word: a channel-driven walk of the syllable trie.

Pure logic, no I/O. The observed word is consumed piece by piece (0-3 characters per true
letter) through the channel table of the mode (``damaged``: English-only OCR or stripped
text; ``clean``: sound text, where only bare letters, tone slips and shape-mark slips are
considered), while walking a trie of the lexicon's syllables without their tones
(``quôc``), each piece scored with the best tone of its letter; the syllables of every form
reached with the whole word consumed are then scored exactly, ``log P(word | syllable)``,
by a small dynamic programme. When that finds nothing good on a damaged page, rapidfuzz
proposes syllables whose bare form is one edit away; in the clean mode, a word with
Vietnamese marks that nothing explains gets those syllables too, scored by the channel
with one edit.
"""

from __future__ import annotations

import math
import operator
import unicodedata
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from magpipe.repair.lexicon.model import CLEAN, DAMAGED, TONES, Model
from magpipe.text.vietnamese import has_vietnamese_marks, strip_diacritics, strip_tones
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

if TYPE_CHECKING:
    from magpipe.repair.candidate_index import CandidateIndex

MAX_CORE = 9                # longer cores are never repaired (``decoder.is_fixed``): no search
MAX_PIECE = 3               # an OCR piece standing for one true letter: 0 to 3 characters
MAX_CANDIDATES = 12          # readings per word; 5 missed the right one on 1.5% of stripped
                            # news words (bóng bông bỏng bỗng bong, not bổng) once the
                            # trigram model could tell them apart (TUNE news documents)
BEAM = 12.0                 # nats (channel + unigram) below the best candidate still kept
# channel nats below the best complete candidate still explored; in the clean mode, one
# shape-mark slip (``chúc`` for ``chức``, -6.9 nats) must stay within reach
SEARCH_BEAM = {DAMAGED: 6.0, CLEAN: 8.0}
FLOOR = -16.0               # candidates less likely than this are not followed
MIN_PIECE_LOGP = -9.0       # confusions rarer than this are ignored
FUZZY_COST = -7.0           # channel log-probability of a fuzzy (one edit) candidate
WEAK = -5.0                 # below this best channel score, fuzzy candidates are added
MANY_KIDS = 10               # trie nodes with more children get a table of moves by piece
_FIRST = operator.itemgetter(0)  # a search step's score: its moves are tried likeliest first
CASE_UPPER, CASE_TITLE, CASE_LOWER = "upper", "title", "lower"

Candidate = tuple[str, float, bool]        # syllable, log P(word | syllable), fuzzy?


def case_pattern(core: str) -> str | None:
    """upper / title / lower, tolerating one odd letter of OCR (``TRi``, ``cOng``)."""
    if core.isalpha():
        if core.islower():
            return CASE_LOWER             # the common case, read without counting letters
        letters: str | list[str] = core   # letters only: no list to build
    else:
        letters = [c for c in core if c.isalpha()]
        if not letters:
            return None
    upper = sum(map(str.isupper, letters))
    if len(letters) > 1 and upper >= max(2, len(letters) - 1):
        return CASE_UPPER
    if upper == 0 or (upper == 1 and not letters[0].isupper() and len(letters) > 2):
        return CASE_LOWER
    if upper == 1 and letters[0].isupper():
        return CASE_TITLE
    return None                                   # inner capitals: McDonald, BithuThanh


def canonical(core: str, pattern: str) -> str:
    """``core`` in the exact casing of ``pattern``: the form the candidate search reads."""
    if pattern == CASE_UPPER:
        return core.upper()
    if pattern == CASE_TITLE:
        return core[:1] + core[1:].lower()
    return core.lower()


def apply_case(syllable: str, pattern: str) -> str:
    if pattern == CASE_UPPER:
        return syllable.upper()
    if pattern == CASE_TITLE:
        return syllable[:1].upper() + syllable[1:]
    return syllable


def _substitution(pieces: dict[str, float], char: str, observed: str) -> float:
    """log P(``observed`` | ``char``) when OCR read the letter as another one
    (``FUZZY_COST``): its tone mark, if any, still goes through the channel (``chÝ`` is
    closer to ``chí`` than to ``chỉ`` or ``cho``)."""
    tone = "".join(c for c in unicodedata.normalize("NFD", observed) if c in TONES)
    same_tone = unicodedata.normalize("NFC", strip_tones(char) + tone)
    return FUZZY_COST + pieces.get(same_tone, MIN_PIECE_LOGP)


@dataclass(frozen=True)
class SearchTables:
    """What the search reads of a model, built once per model: the trie of tone-less forms
    (``quôc`` -> ``quốc``, ``quộc`` ...) and, per mode and letter without tone, the best
    log P(piece | that letter with any tone)."""

    toneless: dict
    bounds: dict[str, dict[str, dict[str, float]]]
    fold_keys: list[str]
    # per (id of a trie node, mode, capitals): the node's moves and children as the search
    # reads them (``CandidateFinder._moves``, ``_kids``), built on first visit and shared by
    # every finder over the model, as the trie is: a fresh decoder (empty caches of word
    # options) does not build them again. Keyed by id: the trie keeps its nodes alive; a
    # pickled copy's nodes have other ids, so a copy starts without them (``__reduce__``)
    moves: dict[tuple[int, str, bool], dict[str, list[tuple[dict, float]]]] = field(
        default_factory=dict, compare=False, repr=False)
    kids: dict[tuple[int, str, bool], list[tuple[dict[str, float], dict]]] = field(
        default_factory=dict, compare=False, repr=False)

    def __reduce__(self) -> tuple[type[SearchTables], tuple[dict, dict, list[str]]]:
        return SearchTables, (self.toneless, self.bounds, self.fold_keys)

    @classmethod
    def of(cls, model: Model) -> SearchTables:
        by_form: dict[str, list[str]] = {}
        for syllable in model.unigram:
            if not syllable.startswith("<"):
                by_form.setdefault(strip_tones(syllable), []).append(syllable)
        toneless: dict = {}
        for form, syllables in by_form.items():
            node = toneless
            for c in form:
                node = node.setdefault(c, {})
            node[""] = tuple(syllables)
        bounds: dict[str, dict[str, dict[str, float]]] = {}
        for mode, table in model.channels.items():
            per_letter: dict[str, dict[str, float]] = {}
            for char, pieces in table.items():
                slot = per_letter.setdefault(strip_tones(char), {})
                for piece, p in pieces.items():
                    if p > MIN_PIECE_LOGP and p > slot.get(piece, -math.inf):
                        slot[piece] = p
            bounds[mode] = per_letter
        return cls(toneless, bounds, list(model.by_fold))


_TABLES: weakref.WeakKeyDictionary[Model, SearchTables] = weakref.WeakKeyDictionary()


def search_tables(model: Model) -> SearchTables:
    """The model's search tables, built on first use (a new ``CandidateFinder`` builds them)."""
    tables = _TABLES.get(model)
    if tables is None:
        tables = _TABLES[model] = SearchTables.of(model)
    return tables


class CandidateFinder:
    """Candidates per (word, mode), cached: a document repeats most of its words.

    A word is looked up first in the cache, then in ``index`` (the search results of the
    forms OCR likely makes of each syllable, and of common English words, computed ahead:
    ``magpipe.repair.candidate_index``), and only then searched."""

    def __init__(self, model: Model, index: CandidateIndex | None = None) -> None:
        self.model = model
        self.index = index
        self.searches = 0                     # words that the index did not cover
        self._cache: dict[tuple[str, str], tuple[Candidate, ...]] = {}
        tables = search_tables(model)
        self._tables = tables           # (its caches read through it: see ``SearchTables``)
        self._toneless = tables.toneless
        self._bounds = tables.bounds
        self._fold_keys = tables.fold_keys

    def candidates(self, core: str, mode: str) -> tuple[Candidate, ...]:
        """(syllable, log P(core | syllable), fuzzy) for the likeliest syllables."""
        key = (core, mode)
        found = self._cache.get(key)
        if found is None:
            if self.index is not None:
                found = self.index.get(canonical(core, case_pattern(core) or CASE_LOWER), mode)
            if found is None:
                self.searches += 1
                found = self.search(core, mode)
            self._cache[key] = found
        return found

    def search(self, core: str, mode: str) -> tuple[Candidate, ...]:
        """The candidates found by searching (no cache, no index)."""
        found = self._search(core, mode)
        if mode == DAMAGED and (not found or max(lp for _s, lp, _f in found) < WEAK):
            known = {s for s, _lp, _f in found}
            found += tuple(c for c in self._fuzzy(core) if c[0] not in known)
        elif mode == CLEAN and not found and has_vietnamese_marks(core):
            found = self._one_edit(core, mode)
        return found

    def _search(self, core: str, mode: str) -> tuple[Candidate, ...]:
        """Two steps. First walk the trie of tone-less syllables (``quôc``), scoring each
        piece with the best tone of its letter: few branches, and an upper bound of every
        true score. Then score each syllable of the forms reached exactly (``_exact``)."""
        pattern = case_pattern(core) or CASE_LOWER
        core = canonical(core, pattern)
        best: dict[str, float] = {}
        top = FLOOR
        beam = SEARCH_BEAM[mode]
        for bound, syllables in sorted(self._walk(core, mode, pattern), reverse=True):
            if bound < top - beam:
                break                         # no syllable of this form can come close
            for syllable in syllables:
                lp = self._exact(core, syllable, mode, pattern)
                if lp > FLOOR:
                    best[syllable] = lp
                    top = max(top, lp)
        return self._top(best, fuzzy=False)

    def _walk(self, core: str, mode: str, pattern: str) -> list[tuple[float, tuple[str, ...]]]:
        """Depth first over the tone-less trie, likeliest move first, consuming ``core``
        piece by piece; paths ``SEARCH_BEAM`` below the best complete one are cut, and so are
        paths that reach a (node, position) state already expanded at a higher score.
        Returns (upper bound, syllables) per tone-less form reached."""
        n = len(core)
        beam = SEARCH_BEAM[mode]
        found: dict[tuple[str, ...], float] = {}
        cutoff = FLOOR
        stack: list[tuple[float, dict, int, int, bool]] = [(0.0, self._toneless, 0, 0, False)]
        expanded: dict[tuple[int, int, bool], float] = {}
        # the pieces that may start at each position (k = 0 to MAX_PIECE characters), cut
        # once per word, not once per node visited (a search visits hundreds of nodes)
        starting = [[(k, core[j:j + k], k == 0) for k in range(min(MAX_PIECE, n - j) + 1)]
                    for j in range(n + 1)]
        kids_of = self._tables.kids                 # (``_kids``: read here first, in place)
        no_moves: tuple[tuple[dict, float], ...] = ()
        while stack:
            lp, node, j, depth, deleted = stack.pop()
            if lp < cutoff:
                continue
            # A state met again no more likely than when it was expanded can add nothing:
            # its first expansion, finished before (depth first), met every path this one
            # would, each at least as likely, under a cutoff no higher.
            state = (id(node), j, deleted)
            if expanded.get(state, -math.inf) >= lp:
                continue
            expanded[state] = lp
            if j == n and "" in node:
                if lp > found.get(node[""], -math.inf):
                    found[node[""]] = lp
                cutoff = max(cutoff, lp - beam)
            upper = pattern == CASE_UPPER or (pattern == CASE_TITLE and depth == 0)
            pieces_here = starting[j][1:] if deleted else starting[j]
            pushed = []
            after = depth + 1
            if len(node) > MANY_KIDS:               # a node with many letters after it
                moves = self._moves(node, mode, upper)
                for k, piece, lost in pieces_here:
                    for child, p in moves.get(piece, no_moves):
                        if lp + p > cutoff:
                            pushed.append((lp + p, child, j + k, after, deleted or lost))
            else:
                kids = kids_of.get((id(node), mode, upper))
                if kids is None:
                    kids = self._kids(node, mode, upper)
                for k, piece, lost in pieces_here:
                    for pieces, child in kids:
                        step = pieces.get(piece)
                        if step is not None and lp + step > cutoff:
                            pushed.append((lp + step, child, j + k, after, deleted or lost))
            pushed.sort(key=_FIRST)
            stack += pushed
        return [(lp, syllables) for syllables, lp in found.items()]

    def _exact(self, core: str, syllable: str, mode: str, pattern: str) -> float:
        """log P(core | syllable): the best split of ``core`` into one piece per letter."""
        table = self.model.channels[mode]
        m = len(core)
        row = [0.0] + [-math.inf] * m
        for i, char in enumerate(syllable):
            upper = pattern == CASE_UPPER or (pattern == CASE_TITLE and i == 0)
            pieces = table.get(char.upper() if upper else char, {})
            nxt = [-math.inf] * (m + 1)
            for j, lp in enumerate(row):
                if lp == -math.inf:
                    continue
                for k in range(0, min(MAX_PIECE, m - j) + 1):
                    p = pieces.get(core[j:j + k])
                    if p is not None and p > MIN_PIECE_LOGP and lp + p > nxt[j + k]:
                        nxt[j + k] = lp + p
            row = nxt
        return row[m]

    def _moves(self, node: dict, mode: str, upper: bool) -> dict[str, list[tuple[dict, float]]]:
        """For a tone-less trie node: observed piece -> (child node, best log P(piece | a
        tone of the child's letter)). Built on first visit and kept (``SearchTables.moves``)."""
        key = (id(node), mode, upper)
        cache = self._tables.moves
        moves = cache.get(key)
        if moves is None:
            moves = {}
            for pieces, child in self._kids(node, mode, upper):
                for piece, p in pieces.items():
                    moves.setdefault(piece, []).append((child, p))
            cache[key] = moves
        return moves

    def _kids(self, node: dict, mode: str, upper: bool) -> list[tuple[dict[str, float], dict]]:
        """For a tone-less trie node: per child, (observed piece -> best log P(piece | a
        tone of the child's letter), child node). Built on first visit and kept
        (``SearchTables.kids``)."""
        key = (id(node), mode, upper)
        cache = self._tables.kids
        kids = cache.get(key)
        if kids is None:
            bound = self._bounds[mode]
            kids = [(bound.get(char.upper() if upper else char, {}), child)
                    for char, child in node.items() if char]
            cache[key] = kids
        return kids

    def _fuzzy(self, core: str) -> tuple[Candidate, ...]:
        letters = strip_diacritics(core).lower()
        if not letters.isalpha() or len(letters) < 2:
            return ()
        hits = process.extract(letters, self._fold_keys, scorer=Levenshtein.distance,
                               score_cutoff=1, limit=8)
        best = {s: FUZZY_COST for key, _d, _i in hits for s in self.model.by_fold[key]}
        return self._top(best, fuzzy=True)

    def _one_edit(self, core: str, mode: str) -> tuple[Candidate, ...]:
        """Clean mode: a word with Vietnamese marks that no syllable explains is no word of
        either language but a Vietnamese OCR error beyond the channel (``quư`` for ``qua``,
        ``THUƯ`` for ``THU``, ``chÝ`` for ``chí``). Its candidates are the syllables whose
        bare form is one edit away, each scored by the channel with that one edit."""
        letters = strip_diacritics(core).lower()
        if not letters.isalpha() or len(letters) < 2:
            return ()
        pattern = case_pattern(core) or CASE_LOWER
        core = canonical(core, pattern)
        hits = process.extract(letters, self._fold_keys, scorer=Levenshtein.distance,
                               score_cutoff=1, limit=None)
        best: dict[str, float] = {}
        for key, _d, _i in hits:
            for syllable in self.model.by_fold[key]:
                lp = self._exact_edit(core, syllable, mode, pattern)
                if lp > FLOOR:
                    best[syllable] = lp
        return self._top(best, fuzzy=False)

    def _exact_edit(self, core: str, syllable: str, mode: str, pattern: str) -> float:
        """log P(core | syllable) with one edit allowed (``FUZZY_COST``): a letter read as
        any character or lost, or a character added; the other letters through the channel.
        ``rows[e][j]``: best score with ``j`` characters of ``core`` read and ``e`` edits."""
        table = self.model.channels[mode]
        m = len(core)
        rows = [[0.0] + [-math.inf] * m, [-math.inf] + [FUZZY_COST] + [-math.inf] * (m - 1)]
        for i, char in enumerate(syllable):
            upper = pattern == CASE_UPPER or (pattern == CASE_TITLE and i == 0)
            pieces = table.get(char.upper() if upper else char, {})
            nxt = [[-math.inf] * (m + 1) for _ in range(2)]
            for e, row in enumerate(rows):
                for j, lp in enumerate(row):
                    if lp == -math.inf:
                        continue
                    for k in range(0, min(MAX_PIECE, m - j) + 1):
                        p = pieces.get(core[j:j + k])
                        if p is not None and p > MIN_PIECE_LOGP:
                            nxt[e][j + k] = max(nxt[e][j + k], lp + p)
                    if e == 0:                        # the letter lost, or read as another
                        nxt[1][j] = max(nxt[1][j], lp + FUZZY_COST)
                        if j < m:
                            p = lp + _substitution(pieces, char, core[j])
                            nxt[1][j + 1] = max(nxt[1][j + 1], p)
            for j in range(m):                        # a character added after the letter
                nxt[1][j + 1] = max(nxt[1][j + 1], nxt[0][j] + FUZZY_COST)
            rows = nxt
        return max(rows[0][m], rows[1][m])

    def _top(self, best: dict[str, float], fuzzy: bool) -> tuple[Candidate, ...]:
        if not best:
            return ()
        ranked = sorted(best.items(), key=lambda kv: kv[1] + self.model.uni(kv[0]), reverse=True)
        top = ranked[0][1] + self.model.uni(ranked[0][0])
        return tuple((s, lp, fuzzy) for s, lp in ranked[:MAX_CANDIDATES]
                     if lp + self.model.uni(s) > top - BEAM)
