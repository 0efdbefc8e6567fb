"""The candidate index: the search's answers for the word forms a document likely holds.

Pure logic apart from ``index_for``, which reads the shipped file through
``magpipe.repair.lexicon.store``; ``tools/build_candidate_index.py`` builds the file.

Searching the syllable trie for a new word costs about a third of a millisecond of Python;
a document brings a few hundred to a few thousand new words, so the search dominated the
repair of a fresh document. Most of those
words are one of a few likely renderings of a syllable (``Quéc``, ``nudc``, ``cdng``, the
bare form ``nuoc``) or a common English word, so their answers are computed ahead, by the
search itself, and shipped: a lookup returns exactly what the search would, and a word the
index does not cover is searched as before.

Keys, per mode, in the canonical casing the search reads (``candidates.canonical``):

* every rendering of every syllable whose channel score, letter by letter, is at least
  ``RENDER_FLOOR``, in lowercase, title case and capitals; and each bare form;
* every English word of the lexicon (letters only, at most ``candidates.MAX_CORE`` long), in the
  same three casings. Most have no candidates: those are not written one by one, the
  index lists the English words it covers, and a covered word without an entry has none.

The answers depend on the model (unigram, channels, folds) and on the search's constants,
so the file carries their ``signature``; an index whose signature differs from the loaded
model's (the lexicon changed, or a user lexicon is in force) is not used.
"""

from __future__ import annotations

import hashlib
import logging
import weakref
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import repeat

from magpipe.repair import candidates as cand
from magpipe.repair.candidates import (
    CASE_LOWER,
    CASE_TITLE,
    CASE_UPPER,
    Candidate,
    canonical,
    case_pattern,
)
from magpipe.repair.lexicon import store
from magpipe.repair.lexicon.model import MODES, Model
from magpipe.text.vietnamese import strip_diacritics

log = logging.getLogger(__name__)

RENDER_FLOOR = -6.0         # renderings at least this likely (channel nats) are indexed
FORMAT = "magpipe candidate index 1"
_FUZZY = "~"                # marks a fuzzy candidate in the file


def signature(model: Model) -> str:
    """Everything the search's answers depend on: a change to any of it stales the index."""
    digest = hashlib.sha256(FORMAT.encode())
    constants = (cand.MAX_PIECE, cand.MAX_CANDIDATES, cand.BEAM, cand.SEARCH_BEAM, cand.FLOOR,
                 cand.MIN_PIECE_LOGP, cand.FUZZY_COST, cand.WEAK, cand.MAX_CORE)
    digest.update(repr(constants).encode())
    digest.update(repr(sorted(model.unigram.items())).encode())
    digest.update(repr(model.floor).encode())
    for mode in sorted(model.channels):
        digest.update(repr(sorted((c, sorted(p.items()))
                                  for c, p in model.channels[mode].items())).encode())
    digest.update(repr(list(model.by_fold.items())).encode())
    return digest.hexdigest()[:24]


def pack(found: Iterable[Candidate]) -> str:
    """``(("quốc", -1.2, False), ("quắc", -7.0, True))`` -> ``"quốc -1.2 ~quắc"``: exact
    floats; ``~`` marks a fuzzy candidate, whose score is always ``FUZZY_COST``."""
    return " ".join(f"{_FUZZY}{s}" if fuzzy else f"{s} {lp!r}" for s, lp, fuzzy in found)


def unpack(text: str) -> tuple[Candidate, ...]:
    """``pack``'s answer read back."""
    if not text:
        return ()
    if _FUZZY not in text:              # most answers: syllable and score, pair after pair
        pairs = text.split(" ")
        return tuple(zip(pairs[::2], map(float, pairs[1::2]), repeat(False)))
    out: list[Candidate] = []
    parts = iter(text.split(" "))
    for part in parts:
        if part[0] == _FUZZY:
            out.append((part[1:], cand.FUZZY_COST, True))
        else:
            out.append((part, float(next(parts)), False))
    return tuple(out)


def casings(word: str) -> set[str]:
    """The canonical forms of ``word`` in lowercase, title case and capitals."""
    out = set()
    for form in (word.lower(), word[:1].upper() + word[1:].lower(), word.upper()):
        out.add(canonical(form, case_pattern(form) or CASE_LOWER))
    return out


@dataclass(frozen=True)
class CandidateIndex:
    signature: str
    entries: Mapping[str, Mapping[str, str]]     # mode -> canonical core -> packed answer
    english: frozenset[str]                      # English words covered in three casings

    def get(self, key: str, mode: str) -> tuple[Candidate, ...] | None:
        """The search's answer for canonical core ``key``; None when not covered."""
        packed = self.entries[mode].get(key)
        if packed is not None:
            return unpack(packed)
        lower = key.lower()
        if lower in self.english and (key == lower or key in casings(lower)):
            return ()                           # (the words are lowercase letters)
        return None

    def lines(self) -> Iterator[str]:
        """The file: a header, the covered English words on one line, then per mode a
        ``## mode`` line and one ``core<TAB>answer`` line per entry."""
        yield f"# {FORMAT}\t{self.signature}"
        yield " ".join(sorted(self.english))
        for mode in sorted(self.entries):
            yield f"## {mode}"
            for key, packed in sorted(self.entries[mode].items()):
                yield f"{key}\t{packed}"

    @classmethod
    def from_text(cls, text: str) -> CandidateIndex:
        """Read what ``lines`` wrote (one split per section: a large file loads fast)."""
        first, *sections = text.split("\n## ")
        head, english = first.split("\n")
        if not head.startswith(f"# {FORMAT}\t"):
            raise ValueError("not a magpipe candidate index")
        entries: dict[str, dict[str, str]] = {mode: {} for mode in MODES}
        for section in sections:
            mode, _, body = section.partition("\n")
            cells = body.replace("\n", "\t").split("\t") if body else []
            entries[mode] = dict(zip(cells[::2], cells[1::2], strict=True))
        return cls(head.split("\t")[1], entries, frozenset(english.split()))


def renderings(syllable: str, table: Mapping[str, Mapping[str, float]],
               pattern: str) -> dict[str, float]:
    """The forms of ``syllable`` (cased by ``pattern``) that the channel ``table`` makes
    with a score of at least ``RENDER_FLOOR``, each with its best score letter by letter."""
    out: dict[str, float] = {}
    letters = [c.upper() if pattern == CASE_UPPER or (pattern == CASE_TITLE and i == 0) else c
               for i, c in enumerate(syllable)]

    def extend(i: int, text: str, lp: float) -> None:
        if i == len(letters):
            out[text] = max(lp, out.get(text, lp))
            return
        for piece, p in table.get(letters[i], {}).items():
            if p > cand.MIN_PIECE_LOGP and lp + p >= RENDER_FLOOR:
                extend(i + 1, text + piece, lp + p)

    extend(0, "", 0.0)
    return out


def index_keys(model: Model, mode: str) -> set[str]:
    """The canonical cores of ``mode`` the index answers one by one (English words aside)."""
    keys: set[str] = set()
    for syllable in model.unigram:
        if syllable.startswith("<"):
            continue
        for pattern in (CASE_LOWER, CASE_TITLE, CASE_UPPER):
            for form in renderings(syllable, model.channels[mode], pattern):
                if form and len(form) <= cand.MAX_CORE and _plain(form):
                    keys.add(canonical(form, case_pattern(form) or CASE_LOWER))
        keys |= casings(strip_diacritics(syllable))
    return keys


def _plain(form: str) -> bool:
    """Only letters, digits, ``&`` and ``@``: other cores never reach the search."""
    return all(c.isalpha() or c.isdigit() or c in "&@" for c in form)


def english_words(model: Model) -> set[str]:
    """The English words whose three casings the index covers."""
    return {w for w in model.english if w.isalpha() and w.islower() and len(w) <= cand.MAX_CORE}


_LOADED: weakref.WeakKeyDictionary[Model, CandidateIndex | None] = weakref.WeakKeyDictionary()


def index_for(model: Model) -> CandidateIndex | None:
    """The shipped index when it was built for ``model`` (read once per model), else None:
    then every new word is searched, which gives the same answers, only slower."""
    if model in _LOADED:
        return _LOADED[model]
    text = store.read_candidate_index()
    index = CandidateIndex.from_text(text) if text else None
    if index is not None and index.signature != signature(model):
        log.info("candidate index not used: built for another lexicon (a user lexicon is in "
                 "force, or rebuild it with tools/build_candidate_index.py)")
        index = None
    _LOADED[model] = index
    return index
