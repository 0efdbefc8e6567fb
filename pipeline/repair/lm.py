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
from magpipe.text.vietnamese import placement_key

log = logging.getLogger(__name__)

LM_DIR = Path(__file__).resolve().parent / "lexicon" / "data" / "lm"
SPECIALS = ("<s>", "<unk>", "<num>")
BOS, UNK, NUM_ID = 0, 1, 2
ID_BITS = 13                 # ids packed 13 bits each in a stored trigram key
_LEVELS = 256


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


class LanguageModel:
    """Read-only trigram model; ``logp`` answers log P(w | h2 h1) by backing off."""

    def __init__(self, directory: Path = LM_DIR) -> None:
        def arr(name: str) -> np.ndarray:
            return np.load(directory / f"{name}.npy", mmap_mode="r").view(np.ndarray)
        with gzip.open(directory / "vocab.txt.gz", "rt", encoding="utf-8") as handle:
            words = handle.read().split("\n")[:-1]
        self.ids = {w: i for i, w in enumerate(words)}
        seen = directory / "seen.tsv.gz"
        self.seen: dict[str, int] = {}        # sightings of a syllable in the corpora
        if seen.exists():
            with gzip.open(seen, "rt", encoding="utf-8") as handle:
                for line in handle:
                    s, n = line.rstrip("\n").split("\t")
                    self.seen[s] = int(n)
        self.meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        self._uni = np.asarray(arr("uni_lp"), dtype=np.float64).tolist()
        self._uni_bow = np.asarray(arr("uni_bow"), dtype=np.float64).tolist()
        self._bi_keys, self._bi_q = arr("bi_keys"), arr("bi_q")
        self._ctx_keys, self._ctx_q = arr("ctx_keys"), arr("ctx_q")
        # the trigram keys whole (39 bits): high bits from the segment ends, in memory
        ends = np.asarray(arr("tri_ends"))
        high = np.repeat(np.arange(len(ends), dtype=np.uint64),
                         np.diff(np.concatenate([[0], ends])))
        self._tri = (high << np.uint64(32)) | arr("tri_lo").astype(np.uint64)
        self._tri_q = arr("tri_q")
        self._uni = np.asarray(arr("uni_lp"), dtype=np.float64)
        self._uni_bow = np.asarray(arr("uni_bow"), dtype=np.float64)
        self._books = np.asarray(arr("books"), dtype=np.float64)

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
        h2, h1, w = (np.asarray(x, dtype=np.uint64) for x in (h2, h1, w))
        fresh = h1 == np.uint64(BOS)
        key = (h2 << np.uint64(2 * ID_BITS)) | (h1 << np.uint64(ID_BITS)) | w
        tri = np.where(fresh, -1, _find(self._tri, key))
        ctx = np.where(fresh, -1, _find(self._ctx_keys,
                                        ((h2 << np.uint64(16)) | h1).astype(np.uint32)))
        bi = _find(self._bi_keys, ((h1 << np.uint64(16)) | w).astype(np.uint32))
        h1i, wi = h1.astype(np.int64), w.astype(np.int64)
        lp2 = _pick(self._books[0], self._bi_q, bi, self._uni_bow[h1i] + self._uni[wi])
        bow = _pick(self._books[1], self._ctx_q, ctx, np.zeros(len(wi)))
        return _pick(self._books[2], self._tri_q, tri, bow + lp2)


def _pick(book: np.ndarray, codes: np.ndarray, found: np.ndarray, otherwise: np.ndarray
          ) -> np.ndarray:
    """The stored value where ``found`` >= 0, else ``otherwise``."""
    if len(codes) == 0:
        return otherwise
    return np.where(found >= 0, book[codes[np.maximum(found, 0)]], otherwise)


def _find(keys: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Index of each wanted key in the sorted ``keys``, -1 where absent."""
    if len(keys) == 0:
        return np.full(len(wanted), -1)
    i = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
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
