"""The scores of every option of a sequence of words, all at once.

Pure logic on numpy arrays. The sequence is one or more runs of ``Slot`` s (one word each:
option 0 keeps the word as it is, the others are syllables; a number has the one option
``NUM``). The score of option ``i`` of word ``u`` after options ``k1`` (word ``u - 1``) and
``k2`` (word ``u - 2``) is ``Scores.value(u, k2, k1, i)``; a dimension has size 1 where
the run has no such word. Every n-gram the sequence may ask for is looked up in one
vectorised query per table (``scoring.Mixer``). Most pairs of candidate syllables are no
history the trigram model stores; for those the score does not depend on ``k2``. So the
scores are kept as one ``(k1, i)`` array per word (the bigram level) plus the few
``(k2, k1, i)`` entries a stored history changes (``hits``). The best path through them
and what its choices are worth: ``magpipe.repair.paths``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain

import numpy as np
from magpipe.repair import lattice_index, lattice_plain, scoring
from magpipe.repair.compiled import in_use, run, runs_plain
from magpipe.repair.evidence import Evidence
from magpipe.repair.lattice_index import (
    bigram_pairs,
    candidate_histories,
    history_scores,
    pair_values,
)
from magpipe.repair.lm import BOS
from magpipe.repair.scoring import Mixer, Tables
from magpipe.repair.search import warm

SWITCH = -4.0        # log-penalty for switching between Vietnamese and other words
# The rows of the stored histories are worked out this many entries at a time: a page of
# English-only OCR asks for hundreds of thousands, and a dozen arrays of that size, each
# alive at once, grew the heap by tens of MB a page, every page of it touched anew (a
# quarter of the stage's CPU time went to the kernel's page faults); a block's arrays stay
# in the cache and are reused, block after block. Every entry is worked out alone, so the
# blocks change no score.
ROWS_AT_ONCE = 1 << 15
# Pairs of a sequence (entries of a block of rows) from which the compiled tier takes the
# fused loops (``lattice_index``) over the numpy forms (``lattice_plain``): numba checks the
# type of each of a fused loop's dozen arguments at every call, which on the many short
# sequences of a sound page cost more than the arrays it saves (measured, compiled tier,
# ms a page: the TCVN3 report 5.6 -> 6.7, the bulletin 10.0 -> 10.5 with fused loops at
# every size).
FUSED_FROM = 2_000


@dataclass(frozen=True)
class Slot:
    """One word's options under its line's prior, laid out flat: option 0 keeps the word
    (a number has one option, ``NUM``). ``ids`` are the options' numbers in the decoder's
    ``Tables`` (-1: keep the word)."""

    texts: tuple[str, ...]
    syllables: tuple[str | None, ...]
    emits: tuple[float, ...]
    fuzzy: tuple[bool, ...]
    name: str | None                 # of the keep option
    sound: bool = False              # a lexicon syllable in sound text: SOUND_SWAP applies
    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Scores:
    """All scores of a sequence of words. Per word ``u``: ``n[u]`` options, ``d1[u]`` /
    ``d2[u]`` options of the word before / two before in its run (1: none); its
    bigram-level scores ``pairs[pair_at[u]:pair_at[u + 1]]`` as a ``(d1, n)`` array. The
    histories the trigram model stores override whole rows: history ``h`` (options
    ``hist_k2[h]``, ``hist_k1[h]`` of the two words before) has the row
    ``rows[row_at[h]:row_at[h + 1]]``; the histories of word ``u`` are ``hist_at[u]`` to
    ``hist_at[u + 1]``, sorted by ``hist_keys`` (``k2 * d1 + k1`` counted on from
    ``key_at[u]``)."""

    n: list[int]
    d1: list[int]
    d2: list[int]
    pair_at: list[int]
    pairs: np.ndarray
    hist_at: list[int]
    hist_k2: np.ndarray
    hist_k1: np.ndarray
    hist_keys: np.ndarray
    key_at: np.ndarray
    row_at: np.ndarray
    rows: np.ndarray
    arrays: tuple[np.ndarray, np.ndarray, np.ndarray] = field(init=False, repr=False,
                                                            compare=False)
    # per history, its place ``k2 * d1 + k1`` among its word's (k2, k1) (the search reads
    # the flat arrays of a step there)
    hist_local: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # n, d1 and pair_at as arrays, for ``values``
        object.__setattr__(self, "arrays", (np.array(self.n, dtype=np.int64),
                                            np.array(self.d1, dtype=np.int64),
                                            np.array(self.pair_at, dtype=np.int64)))
        hist_at = np.asarray(self.hist_at, dtype=np.int64)
        counts = hist_at[1:] - hist_at[:-1]
        object.__setattr__(self, "hist_local", self.hist_keys - np.repeat(
            np.asarray(self.key_at, dtype=np.int64)[:len(counts)], counts))

    def step(self, u: int) -> np.ndarray:
        """The dense ``(d2, d1, n)`` scores of word ``u``."""
        pairs = self.pairs[self.pair_at[u]:self.pair_at[u + 1]].reshape(self.d1[u], self.n[u])
        out = np.repeat(pairs[None], self.d2[u], axis=0)
        a, b = self.hist_at[u], self.hist_at[u + 1]
        if a < b:
            out[self.hist_k2[a:b], self.hist_k1[a:b]] = self.rows[
                self.row_at[a]:self.row_at[b]].reshape(b - a, self.n[u])
        return out

    def values(self, u: np.ndarray, k2: np.ndarray, k1: np.ndarray, i: np.ndarray
               ) -> np.ndarray:
        """``value(u, k2, k1, i)`` for integer arrays (k2 / k1 = 0 where there is no such
        word)."""
        sizes, befores, pair_at = self.arrays
        n, d1 = sizes[u], befores[u]
        out = self.pairs[pair_at[u] + k1 * n + i]
        if len(self.hist_keys):
            key = self.key_at[u] + k2 * d1 + k1
            at = np.minimum(np.searchsorted(self.hist_keys, key), len(self.hist_keys) - 1)
            hit = np.flatnonzero(self.hist_keys[at] == key)
            out[hit] = self.rows[self.row_at[at[hit]] + i[hit]]
        return out

    @classmethod
    def from_steps(cls, steps: Sequence[np.ndarray]) -> Scores:
        """Scores from dense ``(d2, d1, n)`` arrays, one per word (every row a history:
        for a reference decoder that works entry by entry)."""
        n = [a.shape[2] for a in steps]
        d1 = [a.shape[1] for a in steps]
        d2 = [a.shape[0] for a in steps]
        pair_at = np.concatenate([[0], np.cumsum([a * b for a, b in zip(d1, n, strict=True)])])
        hists = [a.shape[0] * a.shape[1] for a in steps]
        hist_at = np.concatenate([[0], np.cumsum(hists)])
        index = [np.indices(a.shape[:2]).reshape(2, -1) for a in steps]
        lengths = np.repeat(n, hists)
        return cls(n, d1, d2, pair_at.tolist(),
                   np.concatenate([a[0].ravel() for a in steps]), hist_at.tolist(),
                   np.concatenate([k[0] for k in index]), np.concatenate([k[1] for k in index]),
                   np.arange(hist_at[-1]), hist_at[:-1],
                   np.concatenate([[0], np.cumsum(lengths)]),
                   np.concatenate([a.ravel() for a in steps]))


class Lattice:
    """Builds the ``Scores`` of sequences of slots over one model; never changed once built."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.mixer = Mixer(tables)
        self.model = tables.model
        self.lm = tables.lm
        warm()                      # the compiled loops, built or read back while loading
        lattice_index.warm(self.lm.trigram_arrays() if self.lm is not None else None)
        scoring.warm()

    def scores(self, slots: Sequence[Slot], priors: Sequence[tuple[float, float]],
               starts: Sequence[bool], breaks: Sequence[bool], evidence: Evidence) -> Scores:
        """The scores of ``slots``; ``priors[u]``: the log class priors of word ``u``
        (other, Vietnamese), added to the scores of its options that keep it / are
        syllables; ``starts[u]``: word ``u`` begins a run (the word before, if any, is
        not one of its options' context at all); ``breaks[u]``: the context ends after
        word ``u`` (punctuation)."""
        tables, lm, mixer = self.tables, self.lm, self.mixer
        count = len(slots)
        options = [s.ids for s in slots]
        n = np.fromiter(map(len, options), dtype=np.int64, count=count)
        total = int(n.sum())
        ids = np.fromiter(chain.from_iterable(options), dtype=np.int64, count=total)
        emit = np.fromiter(chain.from_iterable([s.emits for s in slots]), dtype=np.float64,
                           count=total)
        keep = ids < 0
        owner = np.repeat(np.arange(count), n)
        logs = np.array(priors, dtype=np.float64).reshape(count, 2)
        emit += np.where(keep, logs[owner, 0], logs[owner, 1])
        ids = np.maximum(ids, 0)
        is_num = (ids == tables.num) & ~keep
        lm_ids = tables.lm_ids[ids]
        ev = mixer.evidence(evidence)
        offset = np.concatenate([[0], np.cumsum(n)])
        first = np.array(starts, dtype=bool)
        brk = np.append(np.array(breaks, dtype=bool), True)
        prev = ~first
        prev2 = prev & np.concatenate([[False], prev[:-1]])
        n_1 = np.concatenate([[1], n[:-1]])
        n_2 = np.concatenate([[1, 1], n[:-2]])[:count]
        d1 = np.where(prev, n_1, 1)
        d2 = np.where(prev2, n_2, 1)
        # every option after a context break: log P(w | nothing)
        seen, apply = mixer.evidence_terms(ev, ids, np.ones(len(ids), dtype=bool), ids)
        fresh_value = mixer.mix(lm.bigram_logp(np.full(len(ids), BOS), lm_ids)
                                if lm is not None else None,
                                lm_ids, tables.p_uni[ids], seen, apply)
        # the bigram level: option k1 of the word before (none at a run's start), option
        # i; the pairs of a syllable after a syllable read the bigram (``need``)
        pair_at = np.concatenate([[0], np.cumsum(d1 * n)])
        # the fused loops with the compiled tier in use, else their numpy forms (uncharged,
        # as the bigram level always was: a page's few thousand pairs in a dozen arrays)
        fused = in_use() and int(pair_at[-1]) >= FUSED_FROM
        if fused:
            need_at, before, option = run(bigram_pairs, len(n) + int(pair_at[-1]), n, d1,
                                          pair_at, offset, prev, brk, keep)
        else:
            layout = lattice_plain.pair_layout(n, d1, pair_at, offset, prev, brk, keep)
            need_at = layout.need_at
            before, option = layout.before[layout.need], layout.option[layout.need]
        h1, w, hl, wl = ids[before], ids[option], lm_ids[before], lm_ids[option]
        lp2 = lm.bigram_logp(hl, wl) if lm is not None else None
        fresh = np.zeros(len(h1), dtype=bool)
        domain = tables.domain(h1, fresh, w)
        back = tables.backoff(h1, fresh)
        seen, apply = mixer.evidence_terms(ev, h1, fresh, w)
        terms = mixer.terms(wl, domain, seen, apply, back)
        mixed = (mixer.mixed(lp2, terms) if lp2 is not None
                 else mixer.mix(None, wl, domain, seen, apply))
        if fused:
            value = run(pair_values, len(n) + int(pair_at[-1]), n, d1, pair_at, offset, prev,
                        keep, is_num, emit, fresh_value, need_at, mixed, SWITCH)
        else:
            value = lattice_plain.pair_values(layout, is_num, emit, fresh_value, mixed, SWITCH)
        # two names in a row (``Son`` for ``Sơn``): the pair of names, read from the slots'
        # own fields first (the arrays' items, read one by one, cost 0.1 s a stripped run)
        names = [slot.name for slot in slots]
        for u in range(1, count):
            name, before = names[u], names[u - 1]
            if name and before and not first[u] and not breaks[u - 1]:
                value[pair_at[u]] = (emit[offset[u]] - self.model.uni(name)
                                     + self.model.bigram(before, name))
        key_at = np.concatenate([[0], np.cumsum(d2 * d1)])
        word, k2, k1, key, row_at, rows = self._histories(
            n, d1, d2, prev, prev2, brk, offset, keep, lm_ids, emit, pair_at, key_at, value,
            need_at, lp2, terms, hl, wl)
        hist_at = np.searchsorted(word, np.arange(count + 1))
        return Scores(n.tolist(), d1.tolist(), d2.tolist(), pair_at.tolist(), value,
                      hist_at.tolist(), k2, k1, key, key_at[:-1], row_at, rows)

    def _histories(self, n, d1, d2, prev, prev2, brk, offset, keep, lm_ids, emit, pair_at,
                   key_at, value, need_at, lp2, terms, hl, wl):
        """(word, k2, k1, key, row_at, rows) of the histories the trigram model stores, in
        word order (see ``Scores``): the scores of every option after each of them. The
        pairs scored at the bigram level (model ids ``hl``, ``wl``; ``lp2``, their
        bigram; ``terms``, their ``MixTerms``) are read again by the entries that end
        with them."""
        empty = np.zeros(0, dtype=np.int64)
        lm = self.lm
        if lm is None or lp2 is None:
            return empty, empty, empty, empty, np.zeros(1, dtype=np.int64), np.zeros(0)
        # histories (k2, k1) of word u: its word before holds k1 (no break after it)
        # (the loop compiled, or its numpy form on the plain tier: lattice_plain)
        work = len(n) + int(np.dot(d1, d2))
        given = (n, d1, d2, prev, prev2, brk, offset, keep, lm_ids)
        word, k2, k1, h2, h1 = lattice_plain.candidate_histories_numpy(*given) \
            if runs_plain(work) else run(candidate_histories, work, *given)
        found = lm.find_histories(h2, h1)
        live = np.flatnonzero(found >= 0)
        word, k1, k2, h2, h1, found = (x[live] for x in (word, k1, k2, h2, h1, found))
        # every option of its word after each history, laid out flat from ``row_at[h]``;
        # per block, the fused loop (compiled tier) or its numpy form (plain tier), the
        # block's work charged as the index loop of the numpy form always was
        row_at = np.concatenate([[0], np.cumsum(n[word])])
        rows = np.empty(int(row_at[-1]))
        tail: np.ndarray | None = None
        arrays: tuple[np.ndarray, ...] = ()
        for a, b in _chunks(row_at, ROWS_AT_ONCE) if len(word) else ():
            work = b - a + int(row_at[b] - row_at[a])
            small = work < FUSED_FROM and in_use()
            if small or runs_plain(work):
                rows[row_at[a]:row_at[b]] = lattice_plain.history_block(
                    lm, terms, n, offset, pair_at, keep, lm_ids, emit, value, need_at, lp2,
                    word[a:b], k1[a:b], h2[a:b], h1[a:b], found[a:b], small)
                continue
            if tail is None:
                tail = lm.ends_trigram(hl, wl)    # per pair: a stored trigram ends with it
                arrays = lm.trigram_arrays()
            block, sel, at, logp = run(
                history_scores, work, n, offset, pair_at, keep, lm_ids, value, emit, need_at,
                word[a:b], k1[a:b], found[a:b], tail, lp2, *arrays)
            block[sel] += self.mixer.mixed_at(logp, at, terms)
            rows[row_at[a]:row_at[b]] = block
        key = key_at[word] + k2 * d1[word] + k1
        return word, k2, k1, key, row_at, rows


def _chunks(at: np.ndarray, size: int) -> list[tuple[int, int]]:
    """Ranges [a, b) of the items whose entries lie from ``at[item]`` (``at``: cumulative,
    one more than the items), about ``size`` entries each (an item is never cut)."""
    cuts = np.searchsorted(at, np.arange(size, int(at[-1]), size))
    bounds = np.unique(np.concatenate([[0], cuts, [len(at) - 1]])).tolist()
    return list(zip(bounds[:-1], bounds[1:], strict=True))
