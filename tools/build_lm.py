"""Build the repair stage's syllable trigram model from ``../shared/corpora`` and the sample.

Run: ``make lm`` (``nice .venv/bin/python tools/build_lm.py``). Counting the ~73 M
syllables takes several minutes on one core; the counts of each source are kept in
``.bench/lm-counts/`` (keyed by the vocabulary) so a second run (other weights, cutoffs)
only re-estimates (``--recount`` counts again). Writes ``pipeline/repair/lexicon/data/lm/``,
and there ``forms.tsv.gz`` (``tools/lm_forms.py``: how the corpora spell words that are no
syllable) and ``caps.tsv.gz`` (``tools/lm_caps.py``: how often a syllable is capitalised
inside a sentence).

The vocabulary is the lexicon's syllables (``syllables.tsv.gz``), tone placement normalised
(``magpipe.text.vietnamese.placement_key``); anything else breaks the context, as in the
decoder. News documents held out by ``tools/lm_corpus.split_of`` are not counted, nor are
the sample's held-out lines.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.repair.lexicon import kneser_ney, sample_split, store  # noqa: E402
from magpipe.repair.lm import BOS, ENDS, LM_DIR, SPECIALS, write  # noqa: E402
from magpipe.text.vietnamese import placement_key  # noqa: E402

from tools import lm_caps, lm_forms  # noqa: E402
from tools.lm_corpus import COUNT, SOURCES, Encoder, corpora_dir, documents, is_vietnamese_line  # noqa: E402

log = logging.getLogger("build_lm")
CACHE = ROOT / ".bench" / "lm-counts"
# weight of each source's counts in the model: the corpora are pooled as they are. Modified
# Kneser-Ney takes its discounts from the counts of counts, and counts repeated (news twice,
# as the forms table still weighs them) leave the news no singletons and skew them: news x2
# gave 95.89% on the TUNE news, news x3 96.06% but 98.86% on the learning lines, news x4
# 94.94%; pooled (with TRI_MIN 2) 96.03% and 99.04% (bench/bench_repair_lm.py --tune)
LM_WEIGHTS = dict.fromkeys(SOURCES, 1)
SAMPLE_WEIGHT = 4            # the bulletin's own learning lines: the in-domain register (8: the
                             # same figures; the lines are 6,500 syllables of 67 million)
TRI_MIN = 2                  # count a trigram needs to be kept: 2 keeps 3.7 M (25.7 MB in all,
                             # 96.03% on the TUNE news); 3: 17.6 MB, 95.89%
FREQUENT = 1000              # a history counted this often keeps its trigrams seen once too:
                             # 0.9 M more (4.7 M, tri_lo 19 MB), TUNE news 96.29 -> 96.33%,
                             # learning lines 99.07% either way; every singleton kept (11 M,
                             # 58 MB) 96.38% (bench/bench_repair_lm.py --tune)
BI_MIN = 2                   # continuation count a bigram needs to be kept
SEEN_MIN = 3                 # sightings a syllable needs to be listed in seen.tsv.gz
COUNT_FORMAT = "clause ends"   # cached counts of another format are not reused
CHUNK = 4_000_000            # ids counted at a time (memory)


def vocabulary() -> dict[str, int]:
    syllables = sorted({placement_key(r.syllable) for r in store.read_syllables()
                        if not r.syllable.startswith("<")})
    vocab = {s: i for i, s in enumerate(SPECIALS)}
    for s in syllables:
        vocab.setdefault(s, len(vocab))
    for end in ENDS:                      # after the syllables: their ids stay as they were
        vocab.setdefault(end, len(vocab))
    return vocab


def sightings(counts: kneser_ney.Counts, size: int) -> np.ndarray:
    """How often each id was read: its bigrams as the second word."""
    second = (counts.bi_keys & np.uint64(0xFFFF)).astype(np.int64)
    return np.bincount(second, weights=counts.bi_counts, minlength=size)


def end_rates(counts: kneser_ney.Counts, vocab: dict[str, int]) -> dict[str, float]:
    """Per clause end, the share of syllables (and numbers) the counts follow by it
    (``magpipe.repair.clause_ends``: the odds of an end are against this rate)."""
    per_id = sightings(counts, len(vocab))
    ends = {end: float(per_id[vocab[end]]) for end in ENDS}
    words = float(per_id.sum()) - sum(ends.values())
    return {end: n / max(words, 1.0) for end, n in ends.items()}


def count_lines(lines, encoder: Encoder) -> kneser_ney.Counts:
    parts: list[kneser_ney.Counts] = []
    flat: list[int] = [BOS]
    for line in lines:
        encoder.encode(line, flat)
        if len(flat) >= CHUNK:
            parts.append(kneser_ney.count(np.array(flat, dtype=np.int64), BOS))
            flat = [BOS]
            if len(parts) >= 8:
                parts = [kneser_ney.merge([(p, 1) for p in parts])]
    parts.append(kneser_ney.count(np.array(flat, dtype=np.int64), BOS))
    return kneser_ney.merge([(p, 1) for p in parts])


def source_lines(source: str):
    for _header, split, lines in documents(source):
        if split == COUNT:
            yield from lines


def cached_counts(name: str, lines, encoder: Encoder, recount: bool
                  ) -> tuple[kneser_ney.Counts, Counter[str]]:
    """The n-gram counts of one source, and its sightings of syllables outside the
    vocabulary."""
    # the ids depend on the vocabulary: counts made with another lexicon are not reused
    tag = hashlib.sha256("\n".join([COUNT_FORMAT, *encoder.vocab]).encode("utf-8")
                         ).hexdigest()[:12]
    path, rare_path = CACHE / f"{name}-{tag}.npz", CACHE / f"{name}-{tag}.rare.json"
    if path.exists() and rare_path.exists() and not recount:
        z = np.load(path)
        return (kneser_ney.Counts(z["bk"], z["bc"], z["tk"], z["tc"]),
                Counter(json.loads(rare_path.read_text(encoding="utf-8"))))
    started = time.perf_counter()
    encoder.rare = Counter()
    counts = count_lines(lines, encoder)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, bk=counts.bi_keys, bc=counts.bi_counts, tk=counts.tri_keys,
             tc=counts.tri_counts)
    rare_path.write_text(json.dumps(encoder.rare, ensure_ascii=False), encoding="utf-8")
    log.info("%s: %d tokens, %d bigrams, %d trigrams counted in %.0f s", name,
             int(counts.bi_counts.sum()), len(counts.bi_keys), len(counts.tri_keys),
             time.perf_counter() - started)
    return counts, encoder.rare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--recount", action="store_true")
    parser.add_argument("--tri-min", type=int, default=TRI_MIN,
                        help=f"count a trigram needs to be kept (default {TRI_MIN})")
    parser.add_argument("--frequent", type=int, default=FREQUENT,
                        help="histories counted this often keep every trigram (default "
                        f"{FREQUENT}; 0: none)")
    parser.add_argument("--out", type=Path, default=LM_DIR,
                        help="where to write the model (a trial: load it with "
                        "magpipe.repair.lm.LanguageModel(DIR))")
    parser.add_argument("--lm-only", action="store_true",
                        help="write the n-gram model alone, not the forms and case tables "
                        "(which the n-gram settings do not change)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    vocab = vocabulary()
    encoder = Encoder(vocab)
    parts = []
    tokens = {}
    seen: Counter[str] = Counter()      # sightings of each syllable, every source once
    for source, weight in LM_WEIGHTS.items():
        counts, rare = cached_counts(source.split(".")[0], source_lines(source), encoder,
                                     args.recount)
        parts.append((counts, weight))
        tokens[source] = int(counts.bi_counts.sum())
        seen.update(rare)
        per_id = sightings(counts, len(vocab))
        seen.update({s: int(per_id[i]) for s, i in vocab.items() if per_id[i]})
    sample = [line for line in sample_split.learning_lines(sample_split.read_sample())
              if is_vietnamese_line(line)]
    counts, _rare = cached_counts("sample-learning", sample, encoder, True)
    parts.append((counts, SAMPLE_WEIGHT))
    tokens["sample learning lines"] = int(counts.bi_counts.sum())
    started = time.perf_counter()
    merged = kneser_ney.merge(parts)
    est = kneser_ney.estimate(merged, len(vocab), BOS, args.tri_min, BI_MIN, args.frequent)
    log.info("estimated in %.0f s: %d bigrams, %d trigram histories, %d trigrams kept",
             time.perf_counter() - started, len(est.bi_keys), len(est.ctx_keys),
             len(est.tri_keys))
    weights = {**LM_WEIGHTS, "sample learning lines": SAMPLE_WEIGHT}
    meta = {"order": 3, "method": "interpolated modified Kneser-Ney", "tri_min": args.tri_min,
            "frequent": args.frequent, "bi_min": BI_MIN, "weights": weights, "tokens": tokens,
            "corpora": str(corpora_dir().name), "end_rates": end_rates(merged, vocab)}
    write(args.out, list(vocab), est, meta,
          {s: n for s, n in seen.items() if n >= SEEN_MIN and not s.startswith("<")})
    if not args.lm_only:
        lm_forms.build(args.out)
        lm_caps.build(args.out)
    for path in sorted(args.out.iterdir()):
        log.info("%-20s %8.1f MB", path.name, path.stat().st_size / 1e6)
    print(json.dumps(meta, ensure_ascii=False))


if __name__ == "__main__":
    main()
