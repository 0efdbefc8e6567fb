"""Learn the English-only-OCR confusion table shipped in ``pipeline/repair/lexicon/data/``.

The Vietnamese lines of the LEARNING part of the shared q4 sample are typeset (19 x 27 cm)
in every face of the LEARNED families of ``tools/typefaces.py`` (DejaVu, FreeFont, Liberation,
TeX Gyre: serif and sans, regular, bold and italic, 8-14 pt, clean or degraded: blur, noise,
150 dpi, bi-level, a poor photocopy; three in capitals), each print a different window of
``WINDOW`` lines, and read by Tesseract with ``-l eng``, one page at a time (cached under
``.bench/ocr``; the first run takes 10-20 minutes). The held-out families (Noto, Carlito)
are never read here: ``bench/bench_repair_faces.py`` scores on them. Lines and words of the
OCR output are paired with the truth; each word pair is aligned character by character
(every true character becomes an OCR string of 0-3 characters: ``ữ`` -> ``if``, ``ợ`` ->
nothing), a few rounds of hard EM refining the alignment costs; the counts of what became
what are written out, summed over the prints.

Usage: ``.venv/bin/python tools/learn_confusion.py`` (``make confusion``; needs the fonts:
``tools/ensure-system-deps.sh --fonts``)
"""

from __future__ import annotations

import gzip
import logging
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from magpipe.repair.lexicon import sample_split  # noqa: E402
from magpipe.text.vietnamese import strip_diacritics  # noqa: E402

from tools import ocrsim, typefaces  # noqa: E402
from tools.lm_corpus import is_vietnamese_line  # noqa: E402

log = logging.getLogger("learn_confusion")
DATA = Path(__file__).resolve().parents[1] / "pipeline" / "repair" / "lexicon" / "data"
OUT = DATA / "confusion.tsv.gz"
PUNCT = "\"'“”‘’()[]{},.;:!?-–—/*•·…"
MAX_PIECE = 3
WINDOW = 120                 # source lines per print (about three pages at 10 pt)


def word_pairs(truth_pages: list[tuple[str, ...]], ocr_pages: list[str]) -> list[tuple[str, str]]:
    """(true word, OCR word) pairs from lines and words that correspond one to one."""
    pairs: list[tuple[str, str]] = []
    kept = skipped = 0
    for truth, ocr in zip(truth_pages, ocr_pages, strict=True):
        ocr_lines = [line for line in ocr.split("\n") if line.strip()]
        if len(ocr_lines) != len(truth):
            skipped += len(truth)
            continue
        for t_line, o_line in zip(truth, ocr_lines, strict=True):
            t_words, o_words = t_line.split(), o_line.split()
            if len(t_words) != len(o_words):
                skipped += 1
                continue
            kept += 1
            for t, o in zip(t_words, o_words, strict=True):
                t, o = t.strip(PUNCT), o.strip(PUNCT)
                if t and o and not any(c.isdigit() for c in t):
                    pairs.append((t, o))
    log.info("lines used %d, skipped %d (word or line counts differ)", kept, skipped)
    return pairs


def prior_cost(char: str, piece: str) -> float:
    """Cost before any counts: a character read as itself or its bare letter is cheap."""
    if piece == char:
        return 0.5
    if piece == strip_diacritics(char):
        return 1.0
    if len(piece) == 1 and piece.lower() == strip_diacritics(char).lower():
        return 2.0
    return 4.0 + 2.0 * abs(len(piece) - 1)


def align(truth: str, ocr: str, cost) -> list[tuple[str, str]] | None:
    """Cheapest split of ``ocr`` into one piece (0-3 characters) per character of ``truth``."""
    n, m = len(truth), len(ocr)
    inf = math.inf
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for k in range(0, min(MAX_PIECE, m - j) + 1):
                c = best[i][j] + cost(truth[i], ocr[j:j + k])
                if c < best[i + 1][j + k]:
                    best[i + 1][j + k] = c
                    back[i + 1][j + k] = k
    if best[n][m] == inf:
        return None
    pieces, j = [], m
    for i in range(n, 0, -1):
        k = back[i][j]
        pieces.append((truth[i - 1], ocr[j - k:j]))
        j -= k
    return pieces[::-1]


def learn(pairs: list[tuple[str, str]], rounds: int = 3) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    cost = prior_cost
    for _ in range(rounds):
        counts = Counter()
        for truth, ocr in pairs:
            pieces = align(truth, ocr, cost)
            if pieces:
                counts.update(pieces)
        totals: Counter[str] = Counter()
        for (char, _piece), n in counts.items():
            totals[char] += n

        def cost(char: str, piece: str, counts=counts, totals=totals) -> float:
            seen = counts.get((char, piece), 0)
            return -math.log((seen + 0.1 * math.exp(-prior_cost(char, piece)))
                             / (totals.get(char, 0) + 1.0))
    return counts


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    missing = typefaces.missing_faces(typefaces.LEARNED_FAMILIES)
    if missing:
        sys.exit(f"learn_confusion: fonts missing ({missing[0]} ...); run "
                 "tools/ensure-system-deps.sh --fonts")
    lines = [line.strip() for line in sample_split.learning_lines(sample_split.read_sample())
             if is_vietnamese_line(line)]
    pairs: list[tuple[str, str]] = []
    prints = typefaces.learning_prints()
    for i, p in enumerate(prints):
        start = i * len(lines) // len(prints)
        window = (lines + lines)[start:start + WINDOW]
        pages = typefaces.typeset(window, p)
        found = word_pairs(pages, ocrsim.ocr_printed(pages, "eng", p))
        log.info("%-36s %d pages, %d word pairs", p.name, len(pages), len(found))
        pairs += found
    counts = learn(pairs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# true_char\tocr_piece\tcount\n")
        for (char, piece), n in sorted(counts.items()):
            out.write(f"{char}\t{piece}\t{n}\n")
    log.info("%d prints, %d word pairs, %d (char, piece) kinds -> %s", len(prints), len(pairs),
             len(counts), OUT)


if __name__ == "__main__":
    main()
