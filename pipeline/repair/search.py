"""Scoring syllables in context and the beam search over a run of words' options.

Pure logic. ``Evidence`` is one document's own sound text (a value, passed to each call);
``Scorer`` mixes the general trigram model (``magpipe.repair.lm``), the lexicon's in-domain
bigram and that evidence: P(w | h2 h1) = E * seen(w | h1) + (1 - E) * (M * P_lm(w | h2 h1)
+ (1 - M) * P_domain(w | h1)). ``best_path`` is a beam search over trigram states.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from magpipe.repair.lexicon.model import Model
from magpipe.repair.lm import BOS, UNK, LanguageModel
from magpipe.text.vietnamese import placement_key

EVIDENCE_WEIGHT = 0.3   # share of the document's own pairs (as before the trigram model)
# share of the general trigram model against the lexicon's in-domain bigram; chosen on the
# TUNE news documents and the sample's learning lines (bench/bench_repair_lm.py --tune)
LM_WEIGHT = 0.8
BEAM = 12               # trigram states kept per word


@dataclass(frozen=True)
class Evidence:
    """Syllables and pairs read in one document's sound words. Each count loses one
    sighting (the word being judged may be that one), so a word seen once is no evidence
    for itself. ``memo`` remembers mixed scores for this document only."""

    followers: Mapping[str, Mapping[str, int]]
    follower_totals: Mapping[str, int]
    unigrams: Mapping[str, int]
    total: int
    spellings: Mapping[str, str] = field(default_factory=dict)   # hòa or hoà: the document's
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def of(cls, unigrams: Mapping[str, int], pairs: Mapping[tuple[str, str], int]) -> Evidence:
        followers: dict[str, dict[str, int]] = {}
        for (a, b), n in pairs.items():
            if n >= 2:
                followers.setdefault(a, {})[b] = n - 1
        uni = {s: n - 1 for s, n in unigrams.items() if n >= 2}
        spellings: dict[str, str] = {}
        for s, _n in sorted(unigrams.items(), key=lambda kv: kv[1]):
            spellings[placement_key(s)] = s            # the most frequent spelling wins
        return cls(followers, {a: sum(f.values()) for a, f in followers.items()}, uni,
                   sum(uni.values()), spellings)

    def spelled(self, syllable: str) -> str:
        """``syllable`` (lowercase) with the tone placement the document uses (``hòa`` or
        ``hoà``), as it is when the document does not write it."""
        return self.spellings.get(placement_key(syllable), syllable) if self.spellings \
            else syllable

    @classmethod
    def none(cls) -> Evidence:
        return cls({}, {}, {}, 0)


class Scorer:
    """log P(syllable | two syllables before), None for a context break. Read-only apart
    from its memo of pure results."""

    def __init__(self, model: Model, lm: LanguageModel | None, lm_weight: float = LM_WEIGHT
                 ) -> None:
        self.model = model
        self.lm = lm
        self.lm_weight = lm_weight if lm is not None else 0.0
        self._ids: dict[str | None, int] = {None: BOS}
        self._base: dict[tuple[str | None, str | None, str], float] = {}
        self._log: dict[tuple[str | None, str | None, str], float] = {}   # no evidence

    def _id(self, syllable: str | None) -> int:
        ident = self._ids.get(syllable)
        if ident is None:
            ident = self._ids[syllable] = (self.lm.id_of(syllable) if self.lm is not None
                                           and syllable is not None else UNK)
        return ident

    def base(self, h2: str | None, h1: str | None, w: str) -> float:
        """P(w | h2 h1) without the document's evidence (a probability, not a log)."""
        key = (h2 if self.lm is not None else None, h1, w)
        p = self._base.get(key)
        if p is None:
            self.warm([key])
            p = self._base[key]
        return p

    def warm(self, keys: list[tuple[str | None, str | None, str]]) -> None:
        """Work out ``base`` for many (h2, h1, w) at once (one vectorised model query)."""
        if self.lm is None:
            keys = [(None, h1, w) for _h2, h1, w in keys]
        missing = list(dict.fromkeys(k for k in keys if k not in self._base))
        if not missing:
            return
        bigram = self.model.bigram
        domain = [math.exp(bigram(h1, w)) for _h2, h1, w in missing]
        if self.lm is None:
            self._base.update(zip(missing, domain, strict=True))
            return
        ident = self._id
        ids = np.array([(ident(h2) if h1 is not None else BOS, ident(h1), ident(w))
                        for h2, h1, w in missing], dtype=np.int64)
        general = np.exp(self.lm.logp_many(ids[:, 0], ids[:, 1], ids[:, 2]))
        general[ids[:, 2] == UNK] = 0.0
        m = self.lm_weight
        for key, g, d in zip(missing, general.tolist(), domain, strict=True):
            self._base[key] = m * g + (1.0 - m) * d

    def logp(self, h2: str | None, h1: str | None, w: str, evidence: Evidence) -> float:
        key = (h2 if self.lm is not None else None, h1, w)
        memo = evidence.memo if evidence.total else self._log
        lp = memo.get(key)
        if lp is None:
            p = self.base(h2, h1, w)
            followers = evidence.followers.get(h1) if h1 and evidence.total else None
            if followers and h1 is not None:
                seen = followers.get(w, 0) / evidence.follower_totals[h1]
                p = (1.0 - EVIDENCE_WEIGHT) * p + EVIDENCE_WEIGHT * seen
            elif evidence.total and (h1 is None or h1 not in self.model.history):
                seen = evidence.unigrams.get(w, 0) / evidence.total
                p = (1.0 - EVIDENCE_WEIGHT) * p + EVIDENCE_WEIGHT * seen
            lp = memo[key] = math.log(p)
        return lp


# transition(t, k2, k1, i): score of option i of word t after options k1 (word t-1) and
# k2 (word t-2); -1 stands for "no such word"
Transition = Callable[[int, int, int, int], float]


def best_path(sizes: Sequence[int], transition: Transition, beam: int = BEAM,
              prefetch: Callable[[int, list[tuple[int, int]]], None] | None = None,
              row: Callable[[int, int, int], list[float]] | None = None) -> list[int]:
    """The best option per word by beam search over (previous option, option) states.
    ``prefetch(t, states)``, when given, is told which states word ``t`` will follow
    before their transitions are asked for (to look the scores up in one go);
    ``row(t, k2, k1)``, when given, is ``transition`` for every option of word ``t``."""
    if row is None:
        def row(t: int, k2: int, k1: int) -> list[float]:
            return [transition(t, k2, k1, i) for i in range(sizes[t])]
    if prefetch is not None:
        prefetch(0, [(-1, -1)])
    # a state: (option of the word before, option) -> (score, index of the state before)
    steps: list[list[tuple[int, int, int]]] = []     # per word: (option, back, k1) kept
    states = {(-1, i): (transition(0, -1, -1, i), -1) for i in range(sizes[0])}
    for t in range(1, len(sizes)):
        kept = sorted(states.items(), key=lambda kv: -kv[1][0])[:beam]
        steps.append([(key[1], back, key[0]) for key, (_s, back) in kept])
        if prefetch is not None:
            prefetch(t, [key for key, _v in kept])
        new: dict[tuple[int, int], tuple[float, int]] = {}
        for j, ((k2, k1), (score, _back)) in enumerate(kept):
            for i, step in enumerate(row(t, k2, k1)):
                s = score + step
                old = new.get((k1, i))
                if old is None or s > old[0]:
                    new[(k1, i)] = (s, j)
        states = new
    (_k1, last), (_score, back) = max(states.items(), key=lambda kv: kv[1][0])
    path = [last]
    for kept_states in reversed(steps):
        option, back, _k = kept_states[back]
        path.append(option)
    return path[::-1]


def path_score(sizes: Sequence[int], transition: Transition, path: Sequence[int]) -> float:
    """The score of one full path (the reference decoder in the tests sums these)."""
    total = 0.0
    for t, i in enumerate(path):
        total += transition(t, path[t - 2] if t >= 2 else -1, path[t - 1] if t else -1, i)
    return total
