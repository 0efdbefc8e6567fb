"""Wider context for the syllables a stripped word may be: a classifier per confusion set.

A stripped word (``nhung``) may be several syllables that differ only in marks (``nhưng``,
``những``, ``nhung``, ``nhúng``): a confusion set. The trigram model sees two words on each
side and often scores two members nearly alike; the words three to six places away (and
pairs around the word) settle many of those near-ties. This module holds a multiclass
logistic regression per set (the Golding-Roth line of context-sensitive spelling
correction), trained by ``tools/build_context_sets.py`` on the counting (TRAIN) part of the
``vntc-news`` corpus, never its TUNE or TEST documents.

Features are read from the stripped, lower-case words around the word (what stripped text
shows whatever the decoder picks, so the term is a per-option score worked out before the
search), as a ``Layout`` says (the shipped one: the word at each offset -3..+3, the pairs
(-1, +1), (-2, -1), (+1, +2), and every word within 6 places, wherever it stands); a
punctuation mark around a word is a token of its own (in the shipped layout, ``stops``, one
that ends a sentence a token apart: ``STOP``), a paragraph's start ``PAD``. A
feature and a member are hashed together into one index of one weight table
(``WEIGHT_BITS``); a member's score is the sum of its features' weights. In the decoder, a
word of stripped text the sets read (``readable``: in lower case, or capitalised where it opens
a sentence) whose options hold two members of its set or more gets,
per member option, ``CONTEXT_WEIGHT * (score - best member's score)``, at most
``CONTEXT_CAP`` below 0 (the log-odds against the best member: the best member is left as
it was, options outside the set too; a member's score less ``CONTEXT_PRIOR`` times its own
log share of the set, which the language model counts already), added to its scores before
the Viterbi search (``add_terms``).

Pure logic on strings and numpy arrays, but ``load`` (reads the shipped data once).
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from magpipe.repair.options import CLOSERS, SENTENCE_ENDS
from magpipe.text.vietnamese import placement_key, strip_diacritics

DATA = Path(__file__).resolve().parent / "lexicon" / "data" / "context"
WEIGHT_BITS = 23                 # 8 M weights (float16: 16 MB)
MASK = np.uint64((1 << WEIGHT_BITS) - 1)


@dataclass(frozen=True)
class Layout:
    """Which words around a word are its features (offsets from it)."""

    offsets: tuple[int, ...]              # words read at their place
    pairs: tuple[tuple[int, int], ...]    # pairs of words read at their places
    bag: tuple[int, int]                  # every word this many places away (from, to)
    stops: bool = False                   # a sentence's end is a token apart from a comma's

    @property
    def window(self) -> int:
        return max(self.bag[1], *(abs(o) for o in self.offsets),
                   *(abs(o) for p in self.pairs for o in p))

    @property
    def size(self) -> int:
        return 1 + len(self.offsets) + len(self.pairs) + 2 * (self.bag[1] - self.bag[0] + 1)


# "all": the words next to a word as well, which the trigram model sees too; "far": only
# what it does not see: the words three places away and more, and the two words on either
# side together. The data names the layout it was trained with (``meta.json``).
LAYOUTS = {
    "all": Layout((-3, -2, -1, 1, 2, 3), ((-1, 1), (-2, -1), (1, 2)), (1, 6)),
    "far": Layout((-3, 3), ((-1, 1),), (3, 8)),
    "stops": Layout((-3, -2, -1, 1, 2, 3), ((-1, 1), (-2, -1), (1, 2)), (1, 6), stops=True),
}
WINDOW = max(layout.window for layout in LAYOUTS.values())   # pads at a paragraph's ends
# weight of the classifier's log-odds against the language model's scores, and the most a
# member loses to the best one (nats, after the weight): the classifier settles near-ties of
# the language model and does not overrule it where it is sure. Chosen on the TUNE news
# documents and the sample's learning lines (bench/bench_repair_lm.py --tune
# --context-weights), strict, weight:cap (without: 96.71 / 99.11%): 0.15:inf 96.92 / -,
# 0.3:inf 97.03 / 99.07, 0.5:inf 97.04 / 99.07, 0.7:inf - / 99.05, 0.5:2 97.02 / 99.07,
# 0.4:1.5 97.00 / 99.10, 0.7:1.5 96.99 / 99.10, 0.5:1.25 96.99 / 99.11, 0.7:1.25 96.98 /
# 99.11, 0.5:1 96.95 / 99.11, 1:1 96.93 / 99.11. Uncapped, the news' odds wear down the
# bulletin's own register (its learning lines lose 3 words of 6,764 at 0.5). Again with the
# data of 5 M words, layout "stops", capitals read (without: 96.71 / 99.11%): 0.5:1.25
# 97.05 / 99.10, 0.7:1.5 97.08 / 99.08 (lower case only: 97.04 / 99.10, 97.08 / 99.08).
# Then with CONTEXT_PRIOR (weight:cap:prior share; 0.5:1.25:0 97.05 / 99.10): 0.5:1.5:0
# 97.07 / 99.08, 0.5:1.75:0 97.10 / 99.08, 0.4:2:0 97.14 / 99.10, 0.5:2:0 97.13 / 99.08,
# 0.6:2:0 97.14 / 99.08, 0.6:2.5:0 97.16 / 99.05, 0.6:inf:0 97.17 / -, 0.5:1.25:0.25 97.08
# / 99.11, 0.5:2:0.15 97.16 / -, 0.5:2:0.25 97.17 / 99.10, 0.4:2:0.25 97.16 / 99.08,
# 0.6:2:0.25 97.18 / 99.08, 0.5:1.75:0.25 97.15 / -, 0.5:2:0.35 97.17 / 99.08, 0.5:2:0.5
# 97.18 / 99.08, 0.5:1.25:0.5 97.11 / 99.10. A cap of 2 lets the classifier overrule the
# model where the words around are clear (``tiện nghi``, ``đèn lồng``); the learning lines
# lose ``xương sống`` (-> ``sông``: ``giao thông``, ``vận tải`` around) from a cap of 1.5.
CONTEXT_WEIGHT = 0.5
CONTEXT_CAP = 2.0
# the share of a member's own log odds (its share of its set's sightings) taken off its
# score: the classifier's bias features learn those odds, and the language model, which the
# term is added to, counts them already. Chosen on TUNE with CONTEXT_WEIGHT and CONTEXT_CAP
# (above)
CONTEXT_PRIOR = 0.25

_C1 = np.uint64(0x9E3779B97F4A7C15)
_C2 = np.uint64(0xC2B2AE3D27D4EB4F)
_C3 = np.uint64(0x165667B19E3779F9)
_C4 = np.uint64(0xBF58476D1CE4E5B9)
_S29, _S32 = np.uint64(29), np.uint64(32)


def token_hash(token: str) -> int:
    """A stable number for a context token (CRC-32 of its UTF-8; ``hash`` is salted)."""
    return zlib.crc32(token.encode("utf-8")) + 1


_UNSEEN: list = []                # ``options_of``'s memo holds no entry for the key

PAD = token_hash("<s>")
PUNCT = token_hash("<p>")
STOP = token_hash("<.>")


def context_token(core: str) -> str:
    """The form a word is read as in the context: lower case, marks stripped."""
    return strip_diacritics(core.lower())


def readable(core: str, opens: bool) -> bool:
    """Whether the sets read the word ``core``: in lower case, or capitalised where it
    ``opens`` a sentence (its features and members are read in lower case, the word keeps
    its capital). Not a capitalised word inside a sentence: a name's syllables (``Thanh``,
    ``Tiên Hương``) are not what the lower-case words were (TUNE news: read too, they lost
    25 words and set 17 right); not a word in capitals (a heading's, an acronym)."""
    if core.islower():
        return True
    return opens and core[:1].isupper() and (len(core) == 1 or core[1:].islower())


def opens_sentence(previous: str | None) -> bool:
    """Whether a word after the word ``previous`` (None: a paragraph's first) opens a
    sentence: ``previous``, closing quotes and brackets taken off, ends with a full stop,
    ``!``, ``?``, an ellipsis or a colon (``options.SENTENCE_ENDS``)."""
    if previous is None:
        return True
    end = previous.rstrip(CLOSERS)
    return bool(end) and end[-1] in SENTENCE_ENDS


def member_hash(syllable: str) -> int:
    """The number a member of a set is hashed with (tone placement normalised)."""
    return token_hash(placement_key(syllable.lower()))


def mix(template: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """A 64-bit hash of (template, a, b); ``a`` and ``b`` arrays of ``uint64`` (their
    products wrap around, as a hash's should)."""
    h = np.uint64((template + 1) * int(_C2) % 2**64) ^ a * _C3 ^ b * _C1
    h ^= h >> _S29
    h *= _C4
    return h ^ (h >> _S32)


def features(seq: np.ndarray, at: np.ndarray, layout: Layout) -> np.ndarray:
    """The ``(len(at), layout.size)`` feature hashes of the words at ``at`` of the token
    sequence ``seq`` (``uint64``, padded with ``PAD``: at least ``WINDOW`` before and after
    every position asked for)."""
    zero = np.zeros(len(at), dtype=np.uint64)
    cols = [mix(0, zero, zero)]
    for o in layout.offsets:
        cols.append(mix(100 + o, seq[at + o], zero))
    for o1, o2 in layout.pairs:
        cols.append(mix(200 + 10 * o1 + o2, seq[at + o1], seq[at + o2]))
    bag = 300
    for o in range(layout.bag[0], layout.bag[1] + 1):
        cols.append(mix(bag, seq[at - o], zero))
        cols.append(mix(bag, seq[at + o], zero))
    return np.stack(cols, axis=1)


def weight_index(feats: np.ndarray, member: np.ndarray) -> np.ndarray:
    """Indices into the weight table of each row's features for its ``member`` hash."""
    return (mix(400, feats, member[:, None]) >> _S29) & MASK


def token_sequence(parts: Sequence[tuple[str, str, str]], starts: Sequence[bool],
                   known: dict[str, int], stops: bool = False
                   ) -> tuple[np.ndarray, np.ndarray]:
    """(token hashes, the place of each word among them) of words given as (lead, core,
    trail); ``starts[i]``: word ``i`` opens a paragraph (``WINDOW`` pads before it: no
    context crosses). ``known``: a memo of core -> hash. ``stops``: a trail that ends a
    sentence (``opens_sentence``) is the token ``STOP``, other punctuation ``PUNCT``."""
    seq: list[int] = []
    where: list[int] = []
    pads = [PAD] * WINDOW
    for (lead, core, trail), start in zip(parts, starts, strict=True):
        if start:
            seq += pads
        if lead:
            seq.append(PUNCT)
        h = known.get(core)
        if h is None:
            h = known[core] = token_hash(context_token(core))
        where.append(len(seq))
        seq.append(h)
        if trail:
            seq.append(STOP if stops and opens_sentence(trail) else PUNCT)
    seq += pads
    return np.array(seq, dtype=np.uint64), np.array(where, dtype=np.int64)


class ContextSets:
    """The confusion sets (stripped form -> its members) and the trained weights;
    read-only once built."""

    def __init__(self, sets: dict[str, dict[str, int]], weights: np.ndarray, layout: Layout,
                 prior: bool, directory: Path | None = None) -> None:
        self.sets = sets                  # stripped form -> member -> sightings
        self.weights = weights
        self.layout = layout
        self.prior = prior                # the members' own odds are taken off the scores
        self.directory = directory        # where ``weights`` is mapped from, if it is
        # stripped form -> member -> (its hash, its log share of the form's sightings)
        self._members = {key: {placement_key(m): (member_hash(m),
                                                  math.log(n / sum(members.values())))
                               for m, n in members.items()}
                         for key, members in sets.items()}
        # (core, the slot's syllables) -> [(option, member hash, log share)], None: none
        self._options: dict[tuple[str, tuple[str | None, ...]],
                            list[tuple[int, int, float]] | None] = {}
        self._tokens: dict[str, int] = {}

    def __getstate__(self) -> dict:
        # a pickle (the decoder's snapshot) maps the weights from their file again
        mapped = self.directory is not None
        return {k: None if k == "weights" and mapped else v for k, v in self.__dict__.items()}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        if self.directory is not None:
            self.weights = _weights(self.directory)

    def options_of(self, core: str, syllables: tuple[str | None, ...], opens: bool = False
                   ) -> list[tuple[int, int, float]] | None:
        """(option, member hash, log share) of the options of ``core`` that are members of
        its set, where the sets read it (``readable``; ``opens``: it opens a sentence); None
        unless there are two at least."""
        if not readable(core, opens):
            return None
        key = (core, syllables)
        found = self._options.get(key, _UNSEEN)
        if found is not _UNSEEN:
            return found
        found = None
        members = self._members.get(context_token(core))
        if members:
            keys = [None if s is None else placement_key(s.lower()) for s in syllables]
            found = [(k, *members[key]) for k, key in enumerate(keys)
                     if key is not None and key in members]
            found = found if len(found) >= 2 else None
        self._options[key] = found
        return found

    def scores(self, seq: np.ndarray, at: np.ndarray, members: np.ndarray,
               owner: np.ndarray) -> np.ndarray:
        """The score of each (word, member) row: word ``owner[r]`` at place ``at[owner[r]]``
        of ``seq``, member hash ``members[r]``."""
        feats = features(seq, at, self.layout)[owner]
        return self.weights[weight_index(feats, members)].astype(np.float64).sum(axis=1)

    def terms(self, parts: Sequence[tuple[str, str, str]], starts: Sequence[bool],
              targets: Sequence[tuple[int, list[tuple[int, int, float]]]],
              prior_share: float = CONTEXT_PRIOR
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(target number, option, log-odds against its best member) per member option of
        each target (word index, ``options_of``) of the words ``parts``; without the
        members' own odds where ``prior`` (the language model has them), else without
        ``prior_share`` of them (``CONTEXT_PRIOR``)."""
        seq, where = token_sequence(parts, starts, self._tokens, self.layout.stops)
        owner = np.repeat(np.arange(len(targets)), [len(opts) for _i, opts in targets])
        flat = [option for _i, opts in targets for option in opts]
        option = np.array([k for k, _h, _p in flat], dtype=np.int64)
        member = np.array([h for _k, h, _p in flat], dtype=np.uint64)
        at = where[np.array([i for i, _opts in targets], dtype=np.int64)]
        score = self.scores(seq, at, member, owner)
        share = 1.0 if self.prior else prior_share
        if share:
            score -= share * np.array([p for _k, _h, p in flat])
        first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        best = np.maximum.reduceat(score, first)
        return owner, option, score - best[owner]


def add_terms(pairs: np.ndarray, rows: np.ndarray, pair_at: np.ndarray, n: np.ndarray,
              d1: np.ndarray, hist_at: np.ndarray, row_at: np.ndarray,
              words: np.ndarray, option: np.ndarray, term: np.ndarray) -> None:
    """Add ``term[r]`` to every score of option ``option[r]`` of word ``words[r]``: its
    bigram-level scores after each option of the word before, and its entry in the row of
    each stored history (arrays of a ``lattice.Scores``; changed in place)."""
    reps = d1[words]
    r = np.repeat(np.arange(len(words)), reps)
    k1 = np.arange(len(r)) - np.repeat(np.cumsum(reps) - reps, reps)
    np.add.at(pairs, pair_at[words[r]] + k1 * n[words[r]] + option[r], term[r])
    counts = hist_at[words + 1] - hist_at[words]
    if counts.sum():
        r = np.repeat(np.arange(len(words)), counts)
        hist = hist_at[words[r]] + np.arange(len(r)) - np.repeat(np.cumsum(counts) - counts,
                                                                 counts)
        np.add.at(rows, row_at[hist] + option[r], term[r])


def read(directory: Path = DATA) -> ContextSets | None:
    """The sets and weights stored in ``directory``; None when they were never built."""
    if not (directory / "meta.json").exists():
        return None
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    with gzip.open(directory / "sets.tsv.gz", "rt", encoding="utf-8") as handle:
        sets = {}
        for line in handle:
            key, *members = line.rstrip("\n").split("\t")
            sets[key] = {m: int(n) for m, n in (member.split(" ") for member in members)}
    return ContextSets(sets, _weights(directory), LAYOUTS[meta["layout"]],
                       meta["prior"], directory)


def _weights(directory: Path) -> np.ndarray:
    return np.load(directory / "weights.npy", mmap_mode="r").view(np.ndarray)


@functools.cache
def load(directory: Path = DATA) -> ContextSets | None:
    """The shipped sets, once per process."""
    return read(directory)
