"""The syllable trigram language model of the repair stage: stored arrays, read-only queries.

Built by ``tools/build_lm.py`` (``make lm``) into ``lexicon/data/lm/`` as plain ``.npy``
arrays, memory-mapped on load (a few milliseconds, a few tens of MB of page cache). Queries
are binary searches in sorted keys, many at a time (``logp_many``). Ids: ``BOS``
(a context break), ``UNK`` (never predicted), ``NUM_ID`` (every number), then syllables
with their tone placement normalised (``placement_key``: ``hoà`` = ``hòa``).

Log-probabilities are quantised to 256 levels per table (the levels are quantiles of the
values: an error far below what separates two readings of a word).
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
import time
from pathlib import Path

import numpy as np
from magpipe.repair.bitset import BitSet
from magpipe.repair.compiled import compiled, run, runs_plain
from magpipe.repair.name_pairs import PAIRS_FILE, NamePairs
from magpipe.repair.trigram_rows import (
    ID_BITS,
    find_in_ranges,
    find_in_ranges_numpy,
    history_ranges,
    tail_bits,
)
from magpipe.text.vietnamese import placement_key

log = logging.getLogger(__name__)

LM_DIR = Path(__file__).resolve().parent / "lexicon" / "data" / "lm"
FORMS_FILE = "forms.tsv.gz"  # how the corpora write words that are no syllable (tools/lm_forms.py)
CAPS_FILE = "caps.tsv.gz"    # a syllable capitalised inside a sentence (tools/lm_caps.py)
SPECIALS = ("<s>", "<unk>", "<num>")
BOS, UNK, NUM_ID = 0, 1, 2
# Clause ends as words of the model (after the syllables in the vocabulary: their ids do not
# move). The corpora are counted with a word followed by punctuation read as the word, then
# one of these, then a context break, so the model knows P(clause end | the two words before):
# ``nhanh lắm,`` and ``nhanh làm,`` differ by more than what comes before them.
END_COMMA, END_STOP = "<,>", "<.>"
ENDS = (END_COMMA, END_STOP)
STOPS = ".!?…"                # trailing punctuation that ends a sentence
PAUSES = ",;:"                # ... a clause inside one (anything else, quotes, brackets: none)


def end_of(trail: str) -> str | None:
    """The clause end a word's trailing punctuation marks (``END_STOP``, ``END_COMMA``),
    None where it marks none (no punctuation, a quote or a bracket alone)."""
    if not trail:                       # most words: asked of every word of a page
        return None
    if any(ch in STOPS for ch in trail):
        return END_STOP
    if any(ch in PAUSES for ch in trail):
        return END_COMMA
    return None
_LEVELS = 256
CAPS_PRIOR = 2.0             # sightings' worth of the average title share in ``title_share``
SORT_FROM = 64               # more keys than this are searched in sorted order


def _quantise(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(codebook of 256 float32 levels, uint8 code per value)."""
    if len(values) == 0:
        return np.zeros(_LEVELS, np.float32), np.zeros(0, np.uint8)
    book = np.quantile(values, (np.arange(_LEVELS) + 0.5) / _LEVELS).astype(np.float32)
    cuts = (book[1:] + book[:-1]) / 2
    return book, np.searchsorted(cuts, values).astype(np.uint8)


def write(directory: Path, vocab: list[str], est, meta: dict, seen: dict[str, int]) -> None:
    """Store ``est`` (``kneser_ney.Estimates``), the vocabulary and ``seen`` (how often
    each syllable, in the vocabulary or not, was read in the corpora) in ``directory``."""
    if len(vocab) > 1 << ID_BITS:
        raise ValueError(f"vocabulary of {len(vocab)} does not fit {ID_BITS}-bit ids")
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.npy"):
        old.unlink()
    tri = est.tri_keys
    mask = np.uint64(0xFFFF)
    a, b, c = tri >> np.uint64(32), (tri >> np.uint64(16)) & mask, tri & mask
    packed = (a << np.uint64(2 * ID_BITS)) | (b << np.uint64(ID_BITS)) | c
    hi = (packed >> np.uint64(32)).astype(np.int64)
    offsets = np.searchsorted(hi, np.arange(1 << (3 * ID_BITS - 32)) + 1).astype(np.int64)
    books = []
    arrays = {"uni_lp": est.uni_lp.astype(np.float32), "uni_bow": est.uni_bow.astype(np.float32),
              "bi_keys": est.bi_keys.astype(np.uint32), "ctx_keys": est.ctx_keys.astype(np.uint32),
              "tri_lo": (packed & np.uint64(0xFFFFFFFF)).astype(np.uint32),
              "tri_ends": offsets}
    for name, values in (("bi", est.bi_lp), ("ctx", est.ctx_bow), ("tri", est.tri_lp)):
        book, codes = _quantise(values)
        books.append(book)
        arrays[f"{name}_q"] = codes
    arrays["books"] = np.stack(books)
    for name, array in arrays.items():
        np.save(directory / f"{name}.npy", array)
    for name, text in (("vocab.txt.gz", "".join(f"{w}\n" for w in vocab)),
                       ("seen.tsv.gz", "".join(f"{s}\t{n}\n" for s, n in sorted(seen.items())))):
        (directory / name).write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    (directory / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")


# The stored arrays the model reads as they are (attribute -> file): a pickle of the model (the
# decoder's snapshot) maps them from their files again instead of holding a copy (31 MB of
# the snapshot's 73; a process then shares their pages with every other one that reads them).
# The snapshot is named by these files' sizes and times (``magpipe.snapshots``).
MAPPED = {"_bi_keys": "bi_keys", "_bi_q": "bi_q", "_ctx_keys": "ctx_keys", "_ctx_q": "ctx_q",
          "_tri_lo": "tri_lo", "_tri_q": "tri_q"}


def _mapped(directory: Path, name: str) -> np.ndarray:
    """The stored array ``name`` of the model in ``directory``, memory-mapped."""
    return np.load(directory / f"{name}.npy", mmap_mode="r").view(np.ndarray)


class LanguageModel:
    """Read-only trigram model; ``logp`` answers log P(w | h2 h1) by backing off."""

    def __getstate__(self) -> dict:
        return {k: None if k in MAPPED else v for k, v in self.__dict__.items()}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        for attribute, name in MAPPED.items():
            setattr(self, attribute, _mapped(self.directory, name))

    def __init__(self, directory: Path = LM_DIR) -> None:
        def arr(name: str) -> np.ndarray:
            return _mapped(directory, name)
        with gzip.open(directory / "vocab.txt.gz", "rt", encoding="utf-8") as handle:
            words = handle.read().split("\n")[:-1]
        self.directory = directory
        self.ids = {w: i for i, w in enumerate(words)}
        self._words: dict[int, str] | None = None      # ``vocab_word``, built on first use
        seen = directory / "seen.tsv.gz"
        self.seen: dict[str, int] = {}        # sightings of a syllable in the corpora
        if seen.exists():
            with gzip.open(seen, "rt", encoding="utf-8") as handle:
                for line in handle:
                    s, n = line.rstrip("\n").split("\t")
                    self.seen[s] = int(n)
        # bare form (``DH``, ``km``) -> the spelling the corpora use (``ĐH``, ``km``)
        self.forms: dict[str, str] = {}
        forms = directory / FORMS_FILE
        if forms.exists():
            with gzip.open(forms, "rt", encoding="utf-8") as handle:
                for line in handle:
                    bare, spelling, _n = line.rstrip("\n").split("\t")
                    self.forms[bare] = spelling
        # syllable -> (sightings inside a sentence in lower case, in title case)
        self.caps: dict[str, tuple[int, int]] = {}
        caps = directory / CAPS_FILE
        if caps.exists():
            with gzip.open(caps, "rt", encoding="utf-8") as handle:
                for line in handle:
                    s, lower, title = line.rstrip("\n").split("\t")
                    self.caps[s] = (int(lower), int(title))
        in_lower = sum(n for n, _t in self.caps.values())
        in_title = sum(t for _n, t in self.caps.values())
        self._title_prior = (in_title + 1) / (in_lower + in_title + 2)   # of all syllables
        self.pairs = NamePairs(directory / PAIRS_FILE, self.caps)
        self.meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        # clause end -> the share of syllables the corpora follow by it (none: a model
        # counted without clause ends)
        self.end_rates: dict[str, float] = {
            end: rate for end, rate in self.meta.get("end_rates", {}).items() if end in self.ids}
        self._uni = np.asarray(arr("uni_lp"), dtype=np.float64).tolist()
        self._uni_bow = np.asarray(arr("uni_bow"), dtype=np.float64).tolist()
        self._bi_keys, self._bi_q = arr("bi_keys"), arr("bi_q")
        self._ctx_keys, self._ctx_q = arr("ctx_keys"), arr("ctx_q")
        # the trigram keys: their low 32 bits, and where each value of the bits above ends
        self._tri_ends, self._tri_lo = np.asarray(arr("tri_ends")), arr("tri_lo")
        self._tri_q = arr("tri_q")
        # per stored history, the stretch of the trigram keys that begin with it: a trigram
        # is searched there alone (``trigram_rows``)
        self._tri_first, self._tri_last = compiled(history_ranges)(
            self._tri_ends, self._tri_lo, self._ctx_keys)
        self._tails = compiled(tail_bits)(self._tri_lo, max(len(words), 1))
        self._uni = np.asarray(arr("uni_lp"), dtype=np.float64)
        self._uni_bow = np.asarray(arr("uni_bow"), dtype=np.float64)
        self._books = np.asarray(arr("books"), dtype=np.float64)
        # filters in front of the binary searches: most pairs and triples of candidate
        # syllables are not stored, and a miss costs a search through megabytes
        size = max(len(words), 1)
        self._width = size
        self._bi_bits = BitSet.exact(_pair_index(self._bi_keys, size), size * size)
        self._ctx_bits = BitSet.exact(_pair_index(self._ctx_keys, size), size * size)
        # per clause end and stored history, its trigram's row (``end_logp``): built here,
        # so a decoder read back from its snapshot has it without a search of its own
        self._ends = self._end_table()

    def vocab_word(self, ident: int) -> str:
        """The word (syllable or special) of a model id."""
        if self._words is None:
            self._words = dict(zip(self.ids.values(), self.ids.keys(), strict=True))
        return self._words[ident]

    def spelling(self, core: str) -> str | None:
        """How the corpora write ``core``, a word without marks that is no syllable
        (``DH`` -> ``ĐH``, ``km`` -> ``km``); None: no such word, or no agreed spelling."""
        return self.forms.get(core) if core.isascii() else None

    def title_share(self, syllable: str) -> float:
        """P(title case | ``syllable`` inside a sentence), smoothed towards the share of
        all syllables (``CAPS_PRIOR`` sightings' worth); ``syllable`` in lower case."""
        low, title = self.caps.get(placement_key(syllable), (0, 0))
        return (title + CAPS_PRIOR * self._title_prior) / (low + title + CAPS_PRIOR)

    def id_of(self, syllable: str) -> int:
        """The id of a lowercase syllable (either tone placement); ``UNK`` if unknown."""
        ident = self.ids.get(syllable)
        if ident is None:
            ident = self.ids.get(placement_key(syllable), UNK)
        return ident

    def has_pair(self, h1: str, w: str) -> bool:
        """Whether the pair ``h1 w`` (lowercase syllables) is stored: read in the corpora
        often enough to be kept, not a back-off guess."""
        a, b = self.id_of(h1), self.id_of(w)
        if UNK in (a, b):
            return False
        key = np.array([(a << 16) | b], dtype=np.uint32)
        return bool(_find(self._bi_keys, key)[0] >= 0)

    def logp(self, h2: int, h1: int, w: int) -> float:
        """log P(w | h2 h1); ``h1 = BOS`` is the start of a context (``h2`` unused)."""
        return float(self.logp_many(np.array([h2]), np.array([h1]), np.array([w]))[0])

    def logp_many(self, h2: np.ndarray, h1: np.ndarray, w: np.ndarray) -> np.ndarray:
        """``logp`` of many (h2, h1, w) at once (integer arrays): stored trigram, else the
        history's backoff weight plus the bigram, else the unigram's."""
        h2, h1, w = (np.asarray(x, dtype=np.int64) for x in (h2, h1, w))
        out = self.bigram_logp(h1, w)
        history = np.where(h1 == BOS, -1, self.find_histories(h2, h1))
        known = np.flatnonzero(history >= 0)
        out[known] = self.trigram_logp(h2[known], h1[known], w[known], history[known],
                                       out[known])
        return out

    def bigram_logp(self, h1: np.ndarray, w: np.ndarray) -> np.ndarray:
        """log P(w | h1) of the bigram level (``h1 = BOS``: the start of a context) for
        integer arrays: the stored bigram, else the history's backoff plus the unigram."""
        pairs = _pair_of(h1, w, self._width)
        if self._bi_bits.ranks_keys():
            bi = self._bi_bits.find(pairs)
        else:
            maybe = np.flatnonzero(self._bi_bits.has(pairs))
            bi = np.full(len(w), -1, dtype=np.int64)
            bi[maybe] = _find(self._bi_keys, ((h1[maybe] << 16) | w[maybe]).astype(np.uint32))
        return _pick(self._books[0], self._bi_q, bi, self._uni_bow[h1] + self._uni[w])

    def find_histories(self, h2: np.ndarray, h1: np.ndarray) -> np.ndarray:
        """Per (h2, h1) of integer arrays, its row among the stored trigram histories, -1
        where it is none (then every trigram of it is its bigram, with a backoff of 1)."""
        pairs = _pair_of(h2, h1, self._width)
        if self._ctx_bits.ranks_keys():
            return self._ctx_bits.find(pairs)
        maybe = np.flatnonzero(self._ctx_bits.has(pairs))
        rows = np.full(len(h1), -1, dtype=np.int64)
        rows[maybe] = _find(self._ctx_keys, ((h2[maybe] << 16) | h1[maybe]).astype(np.uint32))
        return rows

    def trigram_logp(self, h2: np.ndarray, h1: np.ndarray, w: np.ndarray, history: np.ndarray,
                     bigram: np.ndarray) -> np.ndarray:
        """log P(w | h2 h1) where (h2, h1) is the stored history ``history`` (from
        ``find_histories``) and ``bigram`` is ``bigram_logp(h1, w)``."""
        tri = self._find_trigrams(np.asarray(history, dtype=np.int64),
                                  np.asarray(h1, dtype=np.int64), np.asarray(w, dtype=np.int64))
        bow = self._books[1][self._ctx_q[history]] if len(self._ctx_q) else np.zeros(len(w))
        return _pick(self._books[2], self._tri_q, tri, bow + bigram)

    def ends_trigram(self, h1: np.ndarray, w: np.ndarray) -> np.ndarray:
        """Per (h1, w) of integer arrays: whether some stored trigram ends with the pair
        (the filter ``find_in_ranges`` reads before it searches)."""
        m = h1.astype(np.int64, copy=False) * self._width + w.astype(np.int64, copy=False)
        return ((self._tails[m >> 3] >> (m & 7)) & 1).astype(bool)

    def trigram_arrays(self) -> tuple[np.ndarray, ...]:
        """The arrays a compiled loop reads to find a stored trigram and its value as
        ``trigram_logp`` does (``lattice_index.history_scores``): the keys' low bits, each
        stored history's stretch of them (first, last), the trigrams' codes and their
        codebook, the histories' backoff codes and theirs."""
        return (self._tri_lo, self._tri_first, self._tri_last, self._tri_q, self._books[2],
                self._ctx_q, self._books[1])

    def warm(self) -> None:
        """Run the trigram search and the pair sets' lookups once on one query (compiled
        when the compiled loops are in use: numba's cache read now, not at the first
        document)."""
        one = np.zeros(1, dtype=np.int64)
        self._find_trigrams(one, one, one)
        self.bigram_logp(one, one)
        self.find_histories(one, one)

    def _find_trigrams(self, rows: np.ndarray, h1: np.ndarray, w: np.ndarray) -> np.ndarray:
        """``trigram_rows.find_in_ranges`` over this model's keys. The compiled function is
        looked up at each call, never kept on the model: a pickled numba dispatcher (the
        decoder's snapshot) comes back without its disk cache and compiles anew in every
        process (a second and more). On the plain tier, its numpy form (the loop as plain
        Python costs an interpreted step per query: ``find_in_ranges_numpy``)."""
        arrays = (self._tri_lo, self._tri_first, self._tri_last, self._tails, self._width,
                  rows, h1, w)
        if runs_plain(2 * len(w)):
            return find_in_ranges_numpy(*arrays)
        return run(find_in_ranges, 2 * len(w), *arrays)

    def end_logp(self, h2: np.ndarray, h1: np.ndarray, end: np.ndarray) -> np.ndarray:
        """``logp_many`` of (h2, h1, ``end``) where each ``end`` is a clause end (``ENDS``),
        the same values: the stored trigram is found from its history's row
        (``_end_table``) instead of a search through the trigram keys (the words before
        punctuation ask thousands a page, and most such trigrams are stored)."""
        h2, h1, end = (np.asarray(x, dtype=np.int64) for x in (h2, h1, end))
        out = self.bigram_logp(h1, end)
        history = np.where(h1 == BOS, -1, self.find_histories(h2, h1))
        known = np.flatnonzero(history >= 0)
        rows = history[known]
        which = np.searchsorted(np.array(sorted(self.ids[e] for e in ENDS)), end[known])
        tri = self._ends[which, rows]
        bow = self._books[1][self._ctx_q[rows]] if len(self._ctx_q) else np.zeros(len(rows))
        out[known] = _pick(self._books[2], self._tri_q, tri, bow + out[known])
        return out

    def _end_table(self) -> np.ndarray:
        """Per clause end (``ENDS``, in their ids' order) and stored history row, the row
        of the trigram (history, end) among the trigram keys, -1 where it is none (4 bytes
        each: 5 MB)."""
        rows = np.arange(len(self._ctx_keys), dtype=np.int64)
        h1 = self._ctx_keys.astype(np.int64) & 0xFFFF
        return np.stack([
            self._find_trigrams(rows, h1, np.full(len(rows), ident, dtype=np.int64))
            if ident != UNK else np.full(len(rows), -1, dtype=np.int64)
            for ident in sorted(self.ids.get(end, UNK) for end in ENDS)]).astype(np.int32)

    @functools.cached_property
    def _tri(self) -> np.ndarray:
        """The trigram keys whole (39 bits, ``h2 h1 w``; for the tests' plain searches)."""
        ends = self._tri_ends
        high = np.repeat(np.arange(len(ends), dtype=np.uint64),
                         np.diff(np.concatenate([[0], ends])))
        return (high << np.uint64(32)) | self._tri_lo.astype(np.uint64)


def _pair_of(a: np.ndarray, b: np.ndarray, size: int) -> np.ndarray:
    """``a * size + b`` of two arrays of ids, as integers (``a`` unsigned would make the
    sum of a signed ``b`` a float)."""
    return a.astype(np.int64, copy=False) * size + b.astype(np.int64, copy=False)


def _pair_index(keys: np.ndarray, size: int) -> np.ndarray:
    """``a * size + b`` of stored 16-bit pair keys ``a << 16 | b``."""
    keys = np.asarray(keys, dtype=np.uint64)
    return (keys >> np.uint64(16)) * np.uint64(size) + (keys & np.uint64(0xFFFF))


def _pick(book: np.ndarray, codes: np.ndarray, found: np.ndarray, otherwise: np.ndarray
          ) -> np.ndarray:
    """The stored value where ``found`` >= 0, else ``otherwise`` (changed in place)."""
    if len(codes) == 0:
        return otherwise
    hit = np.flatnonzero(found >= 0)
    otherwise[hit] = book[codes[found[hit]]]
    return otherwise


def _find(keys: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Index of each wanted key in the sorted ``keys``, -1 where absent. Many keys are
    searched in sorted order: each search then starts where the one before ended, and
    neighbouring searches read the same parts of ``keys``."""
    if len(keys) == 0 or len(wanted) == 0:
        return np.full(len(wanted), -1, dtype=np.int64)
    if len(wanted) > SORT_FROM:
        order = np.argsort(wanted)
        i = np.empty(len(wanted), dtype=np.int64)
        i[order] = np.searchsorted(keys, wanted[order])
    else:
        i = np.searchsorted(keys, wanted)
    i = np.minimum(i, len(keys) - 1)
    return np.where(keys[i] == wanted, i, -1)


@functools.cache
def load(directory: Path = LM_DIR) -> LanguageModel | None:
    """The shipped model, once per process; None when it was never built."""
    if not (directory / "meta.json").exists():
        log.warning("no language model in %s: run `make lm`; repair uses the bigram alone",
                    directory)
        return None
    started = time.perf_counter()
    model = LanguageModel(directory)
    log.info("language model: %d syllables loaded in %.2f s", len(model.ids),
             time.perf_counter() - started)
    return model
