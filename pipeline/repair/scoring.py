"""The model's tables as arrays, and the mixed score of many n-grams at once.

Pure logic on numpy arrays. ``Tables`` numbers the lexicon's syllables and holds, per
syllable, its unigram, in-domain bigram history and language-model id; ``Mixer`` gives the
log of the mixed probability of many (h2, h1, w) at once:

    P(w | h2 h1) = E * seen(w | h1) + (1 - E) * (M * P_lm(w | h2 h1) + (1 - M) * P_domain(w | h1))

with ``E`` applied only where the document's ``Evidence`` has something to say. The
in-domain bigram backs off (with its history's share ``1 - lam``) to its own unigram only
for ``DOMAIN_UNIGRAM`` of that share, and to the general model in the same context
(``P_lm(w | h2 h1)``) for the rest:

    P_domain(w | h1) = lam * pair(w | h1) + (1 - lam) * (U * uni(w) + (1 - U) * P_lm(w | h2 h1))

After a context break (no history at all) the in-domain model is its unigram, whole.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass

import numpy as np
from magpipe.repair.bitset import BitSet
from magpipe.repair.compiled import compiled, run
from magpipe.repair.evidence import EVIDENCE_WEIGHT, Evidence
from magpipe.repair.lexicon.model import Model
from magpipe.repair.lexicon.text_stats import NUM
from magpipe.repair.lm import UNK, LanguageModel

# share of the general trigram model against the lexicon's in-domain bigram; chosen on the
# TUNE news documents and the sample's learning lines (bench/bench_repair_lm.py --tune)
LM_WEIGHT = 0.8
# share of the in-domain bigram's backoff that stays on the bulletin's own unigram, the rest
# going to the general model in context. That unigram knows no context: at its full share
# (1.0, before) it lifted the bulletin's frequent words wherever the bulletin holds no pair
# for them, over what the context asks for (``bộ`` for ``bỏ`` after ``đã``). Strict, TUNE
# news / learning lines (bench/bench_repair_lm.py --tune --domain-unigrams) and the
# learning part's four folds, English-only OCR / stripped (tools/repair_dev.py): 1.0
# 96.33 / 99.14, 98.04 / 98.33; 0.5 96.44 / 99.13, 98.03 / 98.33; 0.25 96.49 / 99.13,
# 97.97 / 98.30; 0.1 96.50 / 99.11; the unigram cut at a context break too (no history:
# it is all the in-domain model has there) 0: 96.40 / 98.98. Less than a half wears down
# the bulletin's own register. Without a general model the bigram keeps it whole.
DOMAIN_UNIGRAM = 0.5


class Tables:
    """The model's tables as arrays over one numbering of its syllables (the lexicon's,
    then ``NUM``): unigram and in-domain bigram, and each syllable's language-model id.
    Read-only once built."""

    def __init__(self, model: Model, lm: LanguageModel | None, lm_weight: float = LM_WEIGHT,
                 domain_unigram: float = DOMAIN_UNIGRAM) -> None:
        self.model = model
        self.lm = lm
        self.lm_weight = lm_weight if lm is not None else 0.0
        self.domain_unigram = domain_unigram if lm is not None else 1.0
        names = [s for s in model.unigram]
        if NUM not in model.unigram:
            names.append(NUM)
        self.index = {s: i for i, s in enumerate(names)}
        self.num = self.index[NUM]
        floor = math.exp(model.floor)
        self.p_uni = np.array([math.exp(model.unigram[s]) if s in model.unigram else floor
                               for s in names])
        self.p_uni[self.p_uni == 0] = floor
        total = np.zeros(len(names))
        types = np.zeros(len(names))
        for s, (n, k) in model.history.items():
            if s in self.index:
                total[self.index[s]], types[self.index[s]] = n, k
        self.has_history = total > 0
        self.history_total = np.where(self.has_history, total, 1.0)
        self.lam = np.where(self.has_history, total / np.maximum(total + types, 1e-300), 0.0)
        size = len(names)
        keys, seen = [], []
        for (a, b), n in model.pair_count.items():
            if a in self.index and b in self.index:
                keys.append(self.index[a] * size + self.index[b])
                seen.append(n)
        order = np.argsort(np.array(keys, dtype=np.int64), kind="stable")
        self.pair_keys = np.array(keys, dtype=np.int64)[order]
        self.pair_seen = np.array(seen, dtype=np.float64)[order]
        # most pairs of options are none the lexicon counted: a bit per possible pair (a
        # few MB) answers them without a binary search
        self.pair_bits = BitSet.exact(self.pair_keys, size * size)
        self.size = size
        self.lm_ids = np.array([lm.id_of(s) if lm is not None else UNK for s in names],
                               dtype=np.int64)

    def domain(self, h1: np.ndarray, fresh: np.ndarray, w: np.ndarray) -> np.ndarray:
        """The part of P_domain(w | h1) the bulletin's own counts give, per pair of table
        ids: its pairs and its unigram's share (``DOMAIN_UNIGRAM``) of the backoff
        (``backoff``: the rest); the unigram whole where ``fresh`` (no history)."""
        pair = h1 * self.size + w
        seen = np.zeros(len(pair))
        maybe = np.flatnonzero(self.pair_bits.has(pair))
        seen[maybe] = _lookup(self.pair_keys, self.pair_seen, pair[maybe])
        lam = np.where(fresh, 0.0, self.lam[h1])
        share = np.where(fresh, 1.0, self.domain_unigram)
        return lam * seen / self.history_total[h1] + (1.0 - lam) * share * self.p_uni[w]

    def backoff(self, h1: np.ndarray, fresh: np.ndarray) -> np.ndarray:
        """The share of P_domain(w | h1) that is the general model's P_lm(w | h2 h1): the
        in-domain bigram's backoff less its unigram's share; none where ``fresh``."""
        return np.where(fresh, 0.0, (1.0 - self.lam[h1]) * (1.0 - self.domain_unigram))


_TABLES: weakref.WeakKeyDictionary[Model, dict[tuple[int, float, float], Tables]] = (
    weakref.WeakKeyDictionary())


def tables_for(model: Model, lm: LanguageModel | None, lm_weight: float = LM_WEIGHT,
               domain_unigram: float = DOMAIN_UNIGRAM) -> Tables:
    """The ``Tables`` of ``model`` and ``lm`` (read-only), built once and shared by every
    decoder over them: building them reads the whole lexicon (about 25 ms), which a
    decoder made per document would otherwise pay each time."""
    per_model = _TABLES.setdefault(model, {})
    key = (id(lm), lm_weight, domain_unigram)
    tables = per_model.get(key)
    if tables is None or tables.lm is not lm:
        tables = per_model[key] = Tables(model, lm, lm_weight, domain_unigram)
    return tables


def _lookup(keys: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``values`` at each wanted key of the sorted ``keys``, 0 where absent."""
    if len(keys) == 0:
        return np.zeros(len(wanted))
    i = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return np.where(keys[i] == wanted, values[i], 0.0)


@dataclass(frozen=True)
class EvidenceArrays:
    """One document's ``Evidence`` over the table ids: follower counts per pair, totals."""

    follower_total: np.ndarray       # per history id, 0: no followers seen
    pair_keys: np.ndarray
    pair_counts: np.ndarray
    unigrams: np.ndarray
    total: float

    @classmethod
    def of(cls, evidence: Evidence, tables: Tables) -> EvidenceArrays:
        index, size = tables.index, tables.size
        totals = np.zeros(size)
        keys, counts = [], []
        for a, followers in evidence.followers.items():
            if a not in index:
                continue
            totals[index[a]] = evidence.follower_totals[a]
            for b, n in followers.items():
                if b in index:
                    keys.append(index[a] * size + index[b])
                    counts.append(n)
        order = np.argsort(np.array(keys, dtype=np.int64), kind="stable")
        uni = np.zeros(size)
        for s, n in evidence.unigrams.items():
            if s in index:
                uni[index[s]] = n
        return cls(totals, np.array(keys, dtype=np.int64)[order],
                   np.array(counts, dtype=np.float64)[order], uni, float(evidence.total))




@dataclass(frozen=True)
class MixTerms:
    """Per n-gram, what ``Mixer.mix`` weighs log P_lm with: the word is unknown to the
    general model (``unk``), the general model's share (``share``: a number, or one per
    n-gram), the in-domain part already weighted (``domain``), the document's evidence
    (``seen``, ``apply``: None without)."""

    unk: np.ndarray
    share: np.ndarray | float
    domain: np.ndarray
    seen: np.ndarray | None
    apply: np.ndarray | None

    def take(self, at: np.ndarray) -> MixTerms:
        """The terms of n-grams ``at`` (``share`` one per n-gram or a number)."""
        share = self.share[at] if isinstance(self.share, np.ndarray) else self.share
        return MixTerms(self.unk[at], share, self.domain[at],
                        None if self.seen is None else self.seen[at],
                        None if self.apply is None else self.apply[at])


def _with_evidence(p: np.ndarray, seen: np.ndarray | None, apply: np.ndarray | None
                   ) -> np.ndarray:
    """``p`` mixed with the document's own share ``seen`` where it ``apply`` s."""
    if seen is None or apply is None:
        return p
    return np.where(apply, (1.0 - EVIDENCE_WEIGHT) * p + EVIDENCE_WEIGHT * seen, p)


def gathered_mix(general: np.ndarray, at: np.ndarray, unk: np.ndarray, share: np.ndarray,
                 domain: np.ndarray, seen: np.ndarray, apply: np.ndarray, weight: float
                 ) -> np.ndarray:
    """The mixed probability (``Mixer.mixed`` before its log) of each entry: its general
    probability ``general``, the terms of n-gram ``at[e]`` (``seen`` and ``apply`` empty:
    no evidence; ``weight``: ``EVIDENCE_WEIGHT``). Compiled (``compiled.run``)."""
    out = np.empty(len(at))
    evidence = len(apply) > 0
    for e in range(len(at)):
        k = at[e]
        g = 0.0 if unk[k] else general[e]
        p = share[k] * g + domain[k]
        if evidence and apply[k]:
            p = (1.0 - weight) * p + weight * seen[k]
        out[e] = p
    return out


class Mixer:
    """Mixed log-probabilities over one model's ``Tables``; read-only."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables

    def evidence(self, evidence: Evidence) -> EvidenceArrays | None:
        """The document's evidence as arrays (worked out once per document and kept in
        its memo), None when it has none."""
        if not evidence.total:
            return None
        arrays = evidence.memo.get(self.tables)
        if arrays is None:
            arrays = evidence.memo[self.tables] = EvidenceArrays.of(evidence, self.tables)
        return arrays

    def mix(self, lm_logp: np.ndarray | None, w_lm: np.ndarray, domain: np.ndarray,
            seen: np.ndarray | None, apply: np.ndarray | None,
            back: np.ndarray | None = None) -> np.ndarray:
        """log of the mixed probability (see the module's docstring; ``domain`` and
        ``back`` as ``Tables.domain`` and ``Tables.backoff`` give them)."""
        if lm_logp is None:
            return np.log(_with_evidence(domain, seen, apply))
        return self.mixed(lm_logp, self.terms(w_lm, domain, seen, apply, back))

    def terms(self, w_lm: np.ndarray, domain: np.ndarray, seen: np.ndarray | None,
              apply: np.ndarray | None, back: np.ndarray | None = None) -> MixTerms:
        """What ``mix`` weighs the general model's probability with, per n-gram (the
        arguments as ``mix`` takes them): worked out once for the pairs of a sequence,
        read again for every stored history that ends in the pair (``mixed_at``)."""
        m = self.tables.lm_weight
        return MixTerms(w_lm == UNK, m if back is None else m + (1.0 - m) * back,
                        (1.0 - m) * domain, seen, apply)

    @staticmethod
    def mixed(lm_logp: np.ndarray, terms: MixTerms) -> np.ndarray:
        """``mix`` from its ``terms`` and log P_lm of each n-gram."""
        general = np.where(terms.unk, 0.0, np.exp(lm_logp))
        return np.log(_with_evidence(terms.share * general + terms.domain, terms.seen,
                                     terms.apply))

    @staticmethod
    def mixed_at(lm_logp: np.ndarray, at: np.ndarray, terms: MixTerms) -> np.ndarray:
        """``mixed`` of n-grams whose terms are those of ``at`` (``terms`` with a
        ``share`` per n-gram): a stored history's trigram (h2, h1, w) mixes with the terms of
        its pair (h1, w), so each entry reads them in place, one compiled pass
        (``gathered_mix``) instead of a dozen arrays of a page's million entries. The
        same arithmetic in the same order: the same values to the last bit."""
        if terms.seen is not None and terms.apply is not None:
            seen, apply = terms.seen, terms.apply
        else:
            seen, apply = np.zeros(0), np.zeros(0, dtype=bool)
        return np.log(run(gathered_mix, len(at), np.exp(lm_logp), at, terms.unk, terms.share,
                          terms.domain, seen, apply, EVIDENCE_WEIGHT))

    def evidence_terms(self, ev: EvidenceArrays | None, h1: np.ndarray, fresh: np.ndarray,
                       w: np.ndarray) -> tuple[np.ndarray | None, np.ndarray | None]:
        """(seen share, where it applies) per pair: the document's followers of ``h1``, or
        its unigram where ``h1`` has none and the lexicon knows no history for it."""
        if ev is None:
            return None, None
        total = np.where(fresh, 0.0, ev.follower_total[h1])
        followed = total > 0
        pairs = _lookup(ev.pair_keys, ev.pair_counts, h1 * self.tables.size + w)
        seen = np.where(followed, pairs / np.where(followed, total, 1.0),
                        ev.unigrams[w] / ev.total)
        apply = followed | fresh | ~self.tables.has_history[h1]
        return seen, apply


def warm() -> None:
    """Compile ``gathered_mix`` (or read it back from numba's cache) on the array types the
    lattice passes, so the first document pays nothing."""
    ints, flags, floats = np.zeros(1, dtype=np.int64), np.zeros(1, dtype=bool), np.ones(1)
    compiled(gathered_mix)(floats, ints, flags, floats, floats, floats, flags, EVIDENCE_WEIGHT)
    compiled(gathered_mix)(floats, ints, flags, floats, floats, np.zeros(0),
                           np.zeros(0, dtype=bool), EVIDENCE_WEIGHT)
