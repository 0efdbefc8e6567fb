"""A plain reference decoder: the fast decoder's scores worked out one at a time.

``ReferenceDecoder`` is the product's ``Decoder`` with its two fast parts replaced:
* every score of every option is computed on its own, in plain Python, from the
  definitions: the stored trigram model read by plain binary search in its files (no
  filters, no vectorised batches), the lexicon's in-domain bigram (``Model.bigram``) and
  the document's ``Evidence`` read as dictionaries;
* the best path is found by trying every path (short runs) or by a plain Viterbi of
  nested loops.
Used by ``tests/test_repair_decoder.py`` (the fast decoder must agree with it) and by
``bench/bench_repair_lm.py`` (side by side, speed and agreement).
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from magpipe.repair.decoder import Decoder
from magpipe.repair.evidence import EVIDENCE_WEIGHT, Evidence
from magpipe.repair.lattice import SWITCH, Scores, Slot
from magpipe.repair.lexicon.text_stats import NUM
from magpipe.repair.lm import BOS, ID_BITS, UNK

BRUTE_FORCE = 20_000         # runs with at most this many paths are searched exhaustively


class PlainModel:
    """log P(w | h2 h1) of the stored trigram model, one query at a time: the stored
    trigram, else the history's backoff plus the stored bigram, else the unigram's."""

    def __init__(self, directory: Path) -> None:
        def arr(name: str) -> np.ndarray:
            return np.load(directory / f"{name}.npy")
        ends = arr("tri_ends")
        high = np.repeat(np.arange(len(ends), dtype=np.uint64),
                         np.diff(np.concatenate([[0], ends])))
        self.tri = (high << np.uint64(32)) | arr("tri_lo").astype(np.uint64)
        self.tri_q, self.bi_keys, self.bi_q = arr("tri_q"), arr("bi_keys"), arr("bi_q")
        self.ctx_keys, self.ctx_q = arr("ctx_keys"), arr("ctx_q")
        self.books = arr("books").astype(np.float64)
        self.uni, self.uni_bow = arr("uni_lp").astype(float), arr("uni_bow").astype(float)

    @staticmethod
    def _index(keys: np.ndarray, key: int) -> int:
        i = int(np.searchsorted(keys, keys.dtype.type(key)))   # no conversion of keys
        return i if i < len(keys) and int(keys[i]) == key else -1

    def logp(self, h2: int, h1: int, w: int) -> float:
        bi = self._index(self.bi_keys, (h1 << 16) | w)
        lp2 = (float(self.books[0][self.bi_q[bi]]) if bi >= 0
               else float(self.uni_bow[h1] + self.uni[w]))
        if h1 == BOS:
            return lp2
        tri = self._index(self.tri, (h2 << (2 * ID_BITS)) | (h1 << ID_BITS) | w)
        if tri >= 0:
            return float(self.books[2][self.tri_q[tri]])
        ctx = self._index(self.ctx_keys, (h2 << 16) | h1)
        return lp2 + (float(self.books[1][self.ctx_q[ctx]]) if ctx >= 0 else 0.0)


@functools.cache
def _plain(directory: Path) -> PlainModel:
    return PlainModel(directory)


class ReferenceDecoder(Decoder):
    """The product's decoder, its scores and search done the plain way."""

    def _logp(self, h2: str | None, h1: str | None, w: str, evidence: Evidence) -> float:
        """log of the mixed P(w | h2 h1) (None: no such word, a context break); kept in
        the document's memo (plain: a dictionary)."""
        key = ("plain", id(self), h2, h1, w)
        if key not in evidence.memo:
            evidence.memo[key] = self._work_out(h2, h1, w, evidence)
        return evidence.memo[key]

    def _work_out(self, h2: str | None, h1: str | None, w: str, evidence: Evidence) -> float:
        model, lm = self.model, self.lm
        domain = math.exp(model.bigram(h1, w))
        if lm is not None:
            m = self.tables.lm_weight
            h1_id = lm.id_of(h1) if h1 is not None else BOS
            h2_id = lm.id_of(h2) if h2 is not None and h1 is not None else BOS
            w_id = lm.id_of(w)
            general = 0.0 if w_id == UNK else math.exp(
                _plain(lm.directory).logp(h2_id, h1_id, w_id))
            if h1 is not None:
                # the in-domain bigram's backoff: its unigram's share of it, the general
                # model's for the rest (after a break: the unigram whole)
                lam = 0.0
                if h1 in model.history:
                    total, types = model.history[h1]
                    lam = total / (total + types)
                unigram = math.exp(model.bigram(None, w))
                share = self.tables.domain_unigram
                domain += (1.0 - lam) * ((share - 1.0) * unigram + (1.0 - share) * general)
            p = m * general + (1.0 - m) * domain
        else:
            p = domain
        if evidence.total:
            followers = evidence.followers.get(h1) if h1 is not None else None
            if followers:
                p = (1.0 - EVIDENCE_WEIGHT) * p + EVIDENCE_WEIGHT * (
                    followers.get(w, 0) / evidence.follower_totals[h1])
            elif h1 is None or h1 not in model.history:
                p = (1.0 - EVIDENCE_WEIGHT) * p + EVIDENCE_WEIGHT * (
                    evidence.unigrams.get(w, 0) / evidence.total)
        return math.log(p)

    def _raw_end_odds(self, run: list[Slot], breaks: list[bool], ends: Sequence[int], t: int,
                      k1: int, i: int) -> float | None:
        """``weight * (log P(end | k1, i) - log P(end))``; None for a word kept as it is."""
        lm, syllable = self.lm, run[t].syllables[i]
        if lm is None or syllable is None or lm.id_of(syllable) == UNK:
            return None
        before = run[t - 1].syllables[k1] if t >= 1 and not breaks[t - 1] else None
        h2 = lm.id_of(before) if before is not None else BOS
        rate = lm.end_rates[lm.vocab_word(ends[t])]
        return self.end_weight * (
            _plain(lm.directory).logp(BOS if h2 == UNK else h2, lm.id_of(syllable), ends[t])
            - math.log(rate))

    def _value(self, run: list[Slot], priors: list[tuple[float, float]], breaks: list[bool],
               t: int, k2: int, k1: int, i: int, evidence: Evidence) -> float:
        """The score of option ``i`` of word ``t`` of ``run`` after options ``k1`` and
        ``k2`` of the two words before (unused where there is none)."""
        cur = run[t]
        syllable = cur.syllables[i]
        emit = cur.emits[i] + priors[t][0 if syllable is None else 1]
        if t == 0:
            return emit if syllable is None else emit + self._logp(None, None, syllable,
                                                                     evidence)
        prev = run[t - 1]
        before = prev.syllables[k1]
        if syllable is None:                        # keep the word as it is
            if before is None and not breaks[t - 1] and cur.name and prev.name:
                return (emit - self.model.uni(cur.name)
                        + self.model.bigram(prev.name, cur.name))
            return emit + (SWITCH if before is not None and before != NUM else 0.0)
        switch = SWITCH if before is None and syllable != NUM else 0.0
        if before is None or breaks[t - 1]:
            return emit + self._logp(None, None, syllable, evidence) + switch
        h2 = run[t - 2].syllables[k2] if t >= 2 and not breaks[t - 2] else None
        return emit + self._logp(h2, before, syllable, evidence) + switch

    def run_steps(self, run: list[Slot], priors: list[tuple[float, float]],
                  breaks: list[bool], evidence: Evidence, ends: Sequence[int] | None = None
                  ) -> list[np.ndarray]:
        """The dense ``(k2, k1, i)`` scores of each word of one run (``ends``: the id of
        the clause end after each word, -1: none)."""
        out = []
        for t, slot in enumerate(run):
            d1 = len(run[t - 1].texts) if t >= 1 else 1
            d2 = len(run[t - 2].texts) if t >= 2 else 1
            step = np.zeros((d2, d1, len(slot.texts)))
            # the clause-end odds of each (k1, i), less the best of them (``clause_ends``)
            odds = np.zeros((d1, len(slot.texts)))
            if ends and ends[t] >= 0:
                raw = [[self._raw_end_odds(run, breaks, ends, t, k1, i)
                        for i in range(len(slot.texts))] for k1 in range(d1)]
                live = [x for row in raw for x in row if x is not None]
                for k1, i in itertools.product(range(d1), range(len(slot.texts))):
                    x = raw[k1][i]
                    odds[k1, i] = 0.0 if x is None else x - max(live)
            for k2, k1, i in itertools.product(range(d2), range(d1), range(len(slot.texts))):
                step[k2, k1, i] = (self._value(run, priors, breaks, t, k2, k1, i, evidence)
                                   + odds[k1, i])
            out.append(step)
        return out

    def scores(self, run: list[Slot], priors: list[tuple[float, float]], starts: list[bool],
               breaks: list[bool], evidence: Evidence, ends: list[int] | None = None
               ) -> Scores:
        steps: list[np.ndarray] = []
        lo = 0
        while lo < len(run):
            hi = lo + 1
            while hi < len(run) and not starts[hi]:
                hi += 1
            steps += self.run_steps(run[lo:hi], priors[lo:hi], breaks[lo:hi], evidence,
                                    ends[lo:hi] if ends else None)
            lo = hi
        return Scores.from_steps(steps)

    @staticmethod
    def best_path(scores: Scores, lo: int, hi: int) -> list[int]:
        steps = [scores.step(u) for u in range(lo, hi)]
        if math.prod(s.shape[2] for s in steps) <= BRUTE_FORCE:
            return brute_force(steps)
        return plain_viterbi(steps)

    def best_paths(self, scores: Scores, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
        return [self.best_path(scores, lo, hi) for lo, hi in spans]


def total(steps: list[np.ndarray], path: tuple[int, ...] | list[int]) -> float:
    """The score of one path through dense steps."""
    return sum(float(steps[t][path[t - 2] if t >= 2 else 0, path[t - 1] if t else 0, i])
               for t, i in enumerate(path))


def brute_force(steps: list[np.ndarray]) -> list[int]:
    """The best of every path."""
    best = max(itertools.product(*(range(s.shape[2]) for s in steps)),
               key=lambda path: total(steps, path))
    return list(best)


def plain_viterbi(steps: list[np.ndarray]) -> list[int]:
    """Viterbi over (previous option, option) states in nested loops."""
    # best[(k1, i)] = (score, path) of the best path ending in options k1, i
    best = {(0, i): (float(steps[0][0, 0, i]), [i]) for i in range(steps[0].shape[2])}
    for t in range(1, len(steps)):
        step = steps[t]
        new: dict[tuple[int, int], tuple[float, list[int]]] = {}
        for (k2, k1), (score, path) in best.items():
            for i in range(step.shape[2]):
                s = score + float(step[k2 if t >= 2 else 0, k1, i])
                if (k1, i) not in new or s > new[(k1, i)][0]:
                    new[(k1, i)] = (s, path + [i])
        best = new
    return max(best.values(), key=lambda v: v[0])[1]
