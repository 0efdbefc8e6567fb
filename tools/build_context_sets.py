"""Build the repair stage's confusion sets and their context classifier from the corpora.

Run: ``nice .venv/bin/python tools/build_context_sets.py`` (``make lm`` runs it; a few
minutes of one core). Reads the documents of ``vntc-news`` that ``tools/lm_corpus.split_of``
puts in COUNT (never TUNE or TEST), up to ``MAX_WORDS`` words in the corpus's order, and
writes ``pipeline/repair/lexicon/data/context/``:

* ``sets.tsv.gz``: per stripped form (``nhung``), the lower-case syllables it is written
  as at least ``MIN_COUNT`` times and at least ``MIN_SHARE`` of the form's sightings,
  when there are two such at least (``nhưng``, ``những``, ``nhung``, ``nhúng``);
* ``weights.npy``: the weight table of ``magpipe.repair.context_sets`` (float16), a
  multiclass logistic regression over each set's members trained by averaged stochastic
  gradient descent (``EPOCHS`` passes, examples in a fixed shuffled order, step
  ``RATE / (1 + t / DECAY)``), on every lower-case word of those documents (and, with
  ``CAPITALS``, every capitalised one that opens a sentence, read in lower case) whose
  stripped form is a set and whose syllable is one of its members.

The result is the same on every run (the order is drawn from a seeded generator).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import unicodedata
from array import array
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.repair import context_sets as cs  # noqa: E402
from magpipe.repair.words import split_token  # noqa: E402
from magpipe.text.vietnamese import is_valid_syllable, placement_key  # noqa: E402

from tools.lm_corpus import COUNT, HELD_OUT_SOURCE, documents  # noqa: E402

MAX_WORDS = 5_000_000      # words of COUNT news read (8 M, "all" layout: 24 min, TUNE 97.01%)
MIN_COUNT = 20             # sightings of a member (fewer: noise, and too few to learn from)
MIN_SHARE = 0.002          # of its stripped form's sightings
EPOCHS = 2
RATE = 0.2
DECAY = 2_000_000          # examples over which the step halves
CHUNK = 200_000            # examples whose weight indices are worked out at once
SEED = 26
LAYOUT = "stops"           # the features (``context_sets.LAYOUTS``)
PRIOR = False              # the decoder takes the members' own odds off (the model has them)
CAPITALS = True            # capitalised words that open a sentence are examples too


def read_corpus(max_words: int = MAX_WORDS, layout: cs.Layout = cs.LAYOUTS[LAYOUT],
                capitals: bool = CAPITALS
                ) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    """(token hashes of every document, one after the other with their pads; the place of
    each syllable read among them; the syllables read, and each place's one). Read: every
    lower-case syllable and, with ``capitals``, every capitalised one that opens a sentence
    (``context_sets.readable``), as its lower case."""
    seq = array("Q")
    places = array("q")
    labels = array("i")
    names: dict[str, int] = {}
    known: dict[str, int] = {}
    words = 0
    for _header, split, lines in documents(HELD_OUT_SOURCE):
        if split != COUNT:
            continue
        for line in lines:
            parts = [split_token(unicodedata.normalize("NFC", w)) for w in line.split()]
            token_seq, where = cs.token_sequence(parts, [True] + [False] * (len(parts) - 1),
                                                 known, layout.stops)
            base = len(seq)
            seq.extend(token_seq.tolist())
            previous = None
            for word, (_lead, core, _trail), at in zip(line.split(), parts, where.tolist(),
                                                       strict=True):
                opens = capitals and cs.opens_sentence(previous)
                previous = word
                if cs.readable(core, opens) and is_valid_syllable(core):
                    label = placement_key(core.lower())
                    ident = names.setdefault(label, len(names))
                    places.append(base + at)
                    labels.append(ident)
            words += len(parts)
        if words >= max_words:
            break
    print(f"# read {words:,} words, {len(places):,} lower-case syllables", flush=True)
    return (np.frombuffer(seq, dtype=np.uint64), np.frombuffer(places, dtype=np.int64),
            list(names), np.frombuffer(labels, dtype=np.int32))


def confusion_sets(names: list[str], labels: np.ndarray) -> dict[str, dict[str, int]]:
    """Stripped form -> its members (see the module's docstring), most frequent first."""
    counts = np.bincount(labels, minlength=len(names))
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for name, n in zip(names, counts.tolist(), strict=True):
        by_key[cs.context_token(name)][name] += n
    sets = {}
    for key, members in by_key.items():
        total = sum(members.values())
        kept = {m: n for m, n in members.most_common()
                if n >= MIN_COUNT and n >= MIN_SHARE * total}
        if len(kept) >= 2:
            sets[key] = kept
    return dict(sorted(sets.items()))


def train(seq: np.ndarray, places: np.ndarray, labels: np.ndarray,
          names: list[str], sets: dict[str, dict[str, int]], layout: cs.Layout) -> np.ndarray:
    """The averaged weights (see the module's docstring)."""
    from numba import njit

    @njit(cache=False)
    def sgd(w, total, stamp, idx, owner_at, gold, t0, rate, decay):
        # averaged SGD, lazily: ``total`` holds the sum over steps of each weight, brought
        # up to date (``stamp``: the step it was last) before every change
        t = t0
        for e in range(len(owner_at) - 1):
            lo, hi = owner_at[e], owner_at[e + 1]
            m = hi - lo
            s = np.empty(m)
            for r in range(m):
                acc = 0.0
                for f in range(idx.shape[1]):
                    acc += w[idx[lo + r, f]]
                s[r] = acc
            top = s.max()
            p = np.exp(s - top)
            p /= p.sum()
            step = rate / (1.0 + t / decay)
            for r in range(m):
                g = p[r] - (1.0 if r == gold[e] else 0.0)
                if abs(g) < 1e-4:
                    continue
                for f in range(idx.shape[1]):
                    k = idx[lo + r, f]
                    total[k] += (t - stamp[k]) * w[k]
                    stamp[k] = t
                    w[k] -= step * g
            t += 1
        return t

    member_of = {key: {m: k for k, m in enumerate(members)} for key, members in sets.items()}
    hashes = {key: np.array([cs.member_hash(m) for m in members], dtype=np.uint64)
              for key, members in sets.items()}
    key_of = [cs.context_token(n) for n in names]
    # per syllable read: its set's key number and its place among the set's members
    keys = sorted(sets)
    key_number = {k: i for i, k in enumerate(keys)}
    label_key = np.array([key_number.get(k, -1) for k in key_of], dtype=np.int64)
    label_gold = np.array([member_of.get(k, {}).get(n, -1) for k, n in zip(key_of, names,
                                                                           strict=True)])
    live = np.flatnonzero((label_key[labels] >= 0) & (label_gold[labels] >= 0))
    print(f"# {len(sets):,} sets; {len(live):,} examples", flush=True)
    size = 1 << cs.WEIGHT_BITS
    w = np.zeros(size)
    total = np.zeros(size)
    stamp = np.zeros(size, dtype=np.int64)
    rng = np.random.default_rng(SEED)
    t = 0
    set_sizes = np.array([len(sets[k]) for k in keys], dtype=np.int64)
    set_hashes = [hashes[k] for k in keys]
    for epoch in range(EPOCHS):
        order = live[rng.permutation(len(live))]
        started = time.perf_counter()
        for lo in range(0, len(order), CHUNK):
            chunk = order[lo:lo + CHUNK]
            key = label_key[labels[chunk]]
            sizes = set_sizes[key]
            owner = np.repeat(np.arange(len(chunk)), sizes)
            member = np.concatenate([set_hashes[k] for k in key.tolist()])
            feats = cs.features(seq, places[chunk], layout)[owner]
            idx = cs.weight_index(feats, member).astype(np.int64)
            owner_at = np.concatenate([[0], np.cumsum(sizes)])
            t = sgd(w, total, stamp, idx, owner_at, label_gold[labels[chunk]], t, RATE, DECAY)
        print(f"# epoch {epoch + 1}: {time.perf_counter() - started:.0f} s", flush=True)
    total += (t - stamp) * w
    return (total / max(t, 1)).astype(np.float16)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=MAX_WORDS,
                        help="words of COUNT news to read (fewer: a quick trial)")
    parser.add_argument("--out", type=Path, default=cs.DATA)
    parser.add_argument("--layout", default=LAYOUT, choices=sorted(cs.LAYOUTS))
    parser.add_argument("--prior", type=int, default=int(PRIOR),
                        help="1: the decoder takes the members' own odds off the scores")
    parser.add_argument("--capitals", type=int, default=int(CAPITALS),
                        help="1: capitalised words that open a sentence are examples too")
    args = parser.parse_args()
    started = time.perf_counter()
    seq, places, names, labels = read_corpus(args.words, cs.LAYOUTS[args.layout],
                                             bool(args.capitals))
    sets = confusion_sets(names, labels)
    weights = train(seq, places, labels, names, sets, cs.LAYOUTS[args.layout])
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out / "sets.tsv.gz", "wb", mtime=0) as raw:
        raw.write("".join("\t".join((key, *(f"{m} {n}" for m, n in members.items()))) + "\n"
                          for key, members in sets.items()).encode("utf-8"))
    np.save(out / "weights.npy", weights)
    meta = {"layout": args.layout, "prior": bool(args.prior), "words": args.words,
            "sets": len(sets), "min_count": MIN_COUNT, "min_share": MIN_SHARE,
            "epochs": EPOCHS, "rate": RATE, "decay": DECAY, "seed": SEED,
            "capitals": bool(args.capitals)}
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"# wrote {out} in {time.perf_counter() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
