"""How much the gloss anchors carry article pairing, on news text that is not the bulletin's.

Run: ``nice .venv/bin/python bench/bench_align_gloss.py [--tune]``. It reads the CC BY-SA news
sentence pairs of ``../shared/bilingual/vi-en-parallel.tsv`` (NTREX-128; skipped when absent),
cuts each news document into passages of ``SENTENCES`` sentences (a journal entry's length),
and pairs the Vietnamese passages of ``GROUP`` documents at a time with their English
passages, shuffled (no order to go by, no titles, no pages), through
:func:`magpipe.align.pairing.pair_articles`. It prints the share of passages given their own
twin (every third English passage is left out: its Vietnamese twin must stay unpaired, and
a pair given to it counts as wrong), with and without the gloss anchors, on all passages
and on passages stripped of their names and numbers (words with a digit, capitalised words
inside a sentence: a reflection or a greeting, where the anchors of
:mod:`magpipe.align.anchors` find nothing).

The documents are split in two by their order in the file: the even ones are the tuning
half (``--tune`` prints the grid of ``GLOSS_FLOOR`` / ``GLOSS_FULL`` on them, from which the
values in ``pairing.py`` were chosen), the odd ones the check half that the figures are
reported on. Figures of the last run (check half): see README.md, "Last figures".
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.align import pairing  # noqa: E402
from magpipe.align.articles import ArticlePiece, Draft  # noqa: E402

DATA = ROOT.parent / "shared" / "bilingual"
SENTENCES = 3
GROUP = 8
SEED = 16
ORPHAN_EVERY = 3
GRID_FLOOR = (0.0, 0.05, 0.1)
GRID_FULL = (0.15, 0.2, 0.3)


def documents() -> list[list[tuple[str, str]]]:
    pairs = (DATA / "vi-en-parallel.tsv").read_text(encoding="utf-8").splitlines()
    ids = (DATA / "vi-en-parallel.docids.txt").read_text(encoding="utf-8").splitlines()
    docs: dict[str, list[tuple[str, str]]] = {}
    for line, doc in zip(pairs, ids, strict=True):
        vi, en = line.split("\t")
        docs.setdefault(doc, []).append((vi, en))
    return list(docs.values())


def unnamed(text: str) -> str:
    """The text without its names and numbers: words with a digit, and capitalised words
    that do not open a sentence."""
    kept: list[str] = []
    opens = True
    for word in text.split():
        named = any(c.isdigit() for c in word) or (word[:1].isupper() and not opens)
        if not named:
            kept.append(word)
        opens = bool(re.search(r"[.!?][\"”’)]*$", word))
    return " ".join(kept)


def passages(doc: list[tuple[str, str]], strip: bool) -> list[tuple[str, str]]:
    out = []
    for k in range(0, len(doc), SENTENCES):
        vi = " ".join(v for v, _ in doc[k:k + SENTENCES])
        en = " ".join(e for _, e in doc[k:k + SENTENCES])
        out.append((unnamed(vi), unnamed(en)) if strip else (vi, en))
    return out


def paired(docs: list[list[tuple[str, str]]], strip: bool) -> tuple[int, int, int]:
    """(passages given their twin, passages with a twin, passages given a wrong one); every
    ``ORPHAN_EVERY``-th English passage is left out, so its Vietnamese twin has none."""
    rng = random.Random(SEED)
    right = total = wrong = 0
    for g in range(0, len(docs), GROUP):
        texts = [p for doc in docs[g:g + GROUP] for p in passages(doc, strip)]
        vis = [Draft("vi", k, paragraphs=(ArticlePiece(vi, ()),)) for k, (vi, _) in
               enumerate(texts)]
        order = [k for k in range(len(texts)) if k % ORPHAN_EVERY]
        rng.shuffle(order)
        ens = [Draft("en", len(texts) + k, paragraphs=(ArticlePiece(texts[k][1], ()),))
               for k in order]
        for pair in pairing.pair_articles(tuple(vis + ens)):
            if pair.vi is not None and pair.en is not None:
                good = pair.en.order - len(texts) == pair.vi.order
                right += good
                wrong += not good
        total += len(order)
    return right, total, wrong


def measure(docs: list[list[tuple[str, str]]], floor: float | None, full: float) -> str:
    """Both kinds of passage, with the gloss anchors set so (``floor`` None: without)."""
    pairing.GLOSS_FLOOR, pairing.GLOSS_FULL = (floor, full) if floor is not None else (1.0, 2.0)
    out = []
    for strip in (False, True):
        right, total, wrong = paired(docs, strip)
        out.append(f"{100 * right / total:.1f}% ({right}/{total}, {wrong} wrong)")
    return "  all passages " + out[0] + "; without names and numbers " + out[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tune", action="store_true", help="the grid on the tuning half")
    args = ap.parse_args()
    if not (DATA / "vi-en-parallel.tsv").is_file():
        print("# ../shared/bilingual/vi-en-parallel.tsv is missing: skipped")
        return 0
    docs = documents()
    tune, check = docs[0::2], docs[1::2]
    chosen = (pairing.GLOSS_FLOOR, pairing.GLOSS_FULL)
    if args.tune:
        for floor in GRID_FLOOR:
            for full in GRID_FULL:
                print(f"align.gloss.tune floor {floor} full {full}:{measure(tune, floor, full)}")
    print(f"align.gloss.check.without_glosses:{measure(check, None, 0.0)}")
    print(f"align.gloss.check.floor_{chosen[0]}_full_{chosen[1]}:"
          f"{measure(check, *chosen)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
