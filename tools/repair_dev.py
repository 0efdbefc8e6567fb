"""Development harness of the repair decoder: tune on the LEARNING part only.

The shipped statistics count lines 1-2100 of the q4 sample; scoring on those lines would
flatter the decoder. This script cuts the learning lines into four folds; for each, it
rebuilds the in-domain statistics from the other three, keeps every other source as
shipped, and scores the fold (typeset and OCRed with English-only Tesseract as the bench
does, and simply stripped of its marks). The HELD-OUT part (2101-2780) is never read. Use
it to judge a change to the decoder or the model before running ``make bench``.

Usage: ``.venv/bin/python tools/repair_dev.py [--errors N]``
"""

from __future__ import annotations

import difflib
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe import repair  # noqa: E402
from magpipe.eval.ocr_metrics import text_score, tokens  # noqa: E402
from magpipe.repair import lm  # noqa: E402
from magpipe.repair.decoder import Decoder  # noqa: E402
from magpipe.repair.lexicon import sample_split, store  # noqa: E402
from magpipe.repair.lexicon.model import Model, PairRow, SyllableRow  # noqa: E402
from magpipe.repair.lexicon.text_stats import stats_of  # noqa: E402
from magpipe.text.vietnamese import strip_diacritics  # noqa: E402

from bench.bench_repair import split_languages  # noqa: E402
from tools import ocrsim  # noqa: E402

FOLDS = 4


def dev_model(train_lines: list[str]) -> Model:
    """The shipped model with its in-domain counts replaced by those of ``train_lines``."""
    domain = stats_of(["\n".join(train_lines)])
    rows = [SyllableRow(r.syllable, r.general_per_million, domain.unigrams.get(r.syllable, 0))
            for r in store.read_syllables()]
    sources = store.read_sources()
    # a syllable that only this publication vouched for must come from the training lines
    external = {s: len(src.replace("d", "")) for s, src in sources.items()}
    rows = [r for r in rows
            if r.domain_count or external.get(r.syllable, 0) >= 2 or r.syllable == "<num>"]
    known = {r.syllable for r in rows}
    pairs = {(p.first, p.second): PairRow(p.first, p.second, 0.0, p.in_word_list)
             for p in store.read_pairs() if p.in_word_list}
    for (a, b), n in domain.bigrams.items():
        old = pairs.get((a, b))
        pairs[(a, b)] = PairRow(a, b, float(n), bool(old and old.in_word_list))
    pairs = {k: v for k, v in pairs.items() if k[0] in known and k[1] in known}
    return Model(rows, list(pairs.values()), store.read_confusion(), store.read_english())


def errors(truth: str, output: str) -> Counter[tuple[str, str]]:
    """(truth syllable, output syllable) substitutions, after aligning the two texts on
    their letters without marks (OCR may drop or split words)."""
    t, o = tokens(truth), tokens(output)
    matcher = difflib.SequenceMatcher(None, [strip_diacritics(w) for w in t],
                                      [strip_diacritics(w) for w in o], autojunk=False)
    found: Counter[tuple[str, str]] = Counter()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            found.update((a, b) for a, b in zip(t[i1:i2], o[j1:j2], strict=True) if a != b)
    return found


def main() -> None:
    show = int(sys.argv[sys.argv.index("--errors") + 1]) if "--errors" in sys.argv else 0
    learning = sample_split.learning_lines(sample_split.read_sample())
    size = -(-len(learning) // FOLDS)
    totals: dict[str, list[float]] = {}
    wrong: dict[str, Counter[tuple[str, str]]] = {}
    original = repair._decoder_for
    try:
        for k in range(FOLDS):
            scored = learning[k * size:(k + 1) * size]
            decoder = Decoder(dev_model(learning[:k * size] + learning[(k + 1) * size:]),
                              lm.load())
            repair._decoder_for = lambda *_key, d=decoder: d    # the fold's model
            vi_lines, _en = split_languages(scored)
            pages = ocrsim.paginate(ocrsim.wrap_lines(vi_lines))
            truth = "\n".join("\n".join(p) for p in pages)
            eng = "\n".join(ocrsim.ocr_pages(pages, "eng"))
            for name, text in (("eng_ocr", eng), ("stripped", strip_diacritics(truth))):
                t0 = time.process_time()
                fixed, _ = repair.repair_text(text)
                seconds = time.process_time() - t0
                score = text_score(truth, fixed, any_placement="--any-placement" in sys.argv)
                words = len(truth.split())
                total = totals.setdefault(name, [0.0, 0.0, 0.0])
                total[0] += score.accuracy * words
                total[1] += words
                total[2] += seconds
                wrong.setdefault(name, Counter()).update(errors(truth, fixed))
    finally:
        repair._decoder_for = original
    for name, (right, words, seconds) in totals.items():
        print(f"dev.{name:<10} {100 * right / words:5.2f}%  ({words:.0f} words in {FOLDS} folds, "
              f"{words / seconds:,.0f} words/s)")
        for (a, b), n in wrong[name].most_common(show):
            print(f"    {n:3d}  {a} -> {b}")


if __name__ == "__main__":
    main()
