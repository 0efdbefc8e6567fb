"""Benchmark of OCR on a page mix: English three-column pages beside Vietnamese two-column ones.

    .venv/bin/python bench/bench_ocr_mix.py [--workers N]

Eight 19 x 27 cm pages are typeset from the LEARNING part of the shared q4 sample (lines
1-2100; ``../shared/samples``, skipped when absent): four Vietnamese pages in two columns,
three English pages in three columns, one page with a Vietnamese and an English column;
then scanned like the fixtures (``fixtures/scan.py``: 300 dpi, skew, blur, noise, JPEG).
``magpipe extract`` is timed against bare ``tesseract -l vie+eng`` on the same page images,
both two pages at a time, in the same run (and against OCRmyPDF when installed), and scored
per column. Development figures: the page-language rule (``extract/ocr/scriptmap.py``) was
set on the bulletin fixture's pages, not on these, but these come from the learning part.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "fixtures"))

from bench_extract import (  # noqa: E402
    line,
    ocrmypdf_seconds,
    tesseract_cli_seconds,
    timed_extract,
)
from magpipe.config import Config  # noqa: E402
from magpipe.eval.ocr_metrics import OcrTruthBlock, TokenScore, score_by_blocks  # noqa: E402
from magpipe.repair.lexicon.sample_split import (  # noqa: E402
    SAMPLE_NAME,
    learning_lines,
    samples_dir,
)
from magpipe.text.damage import has_vietnamese_only_letter  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from typeset import greedy_lines  # noqa: E402

PAGE_W, PAGE_H = 538.6, 765.4          # 19 x 27 cm
MARGIN, GUTTER, SIZE, LEADING = 42.0, 16.0, 9.5, 12.5
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
LAYOUT = ["vi2", "en3", "vi2", "en3", "vi2", "mixed", "en3", "vi2"]
SEED = 1414
ENGLISH = re.compile(r"\b(the|of|and|to|in)\b")


def paragraphs_of(lines: list[str]) -> tuple[list[str], list[str]]:
    """Vietnamese and English paragraphs of the sample's column lines: runs of lines of one
    language (a line starting with a space starts a new block); short lines left out."""
    paragraphs: dict[str, list[str]] = {"vi": [], "en": []}
    run: list[str] = []
    run_lang = ""
    for raw in [*lines, " "]:
        words = raw.split()
        marked = sum(has_vietnamese_only_letter(w) for w in words) / max(1, len(words))
        lang = "vi" if marked >= 0.15 else "en" if len(words) >= 4 and marked == 0 else ""
        if run and (lang != run_lang or raw.startswith(" ") or not lang):
            text = " ".join(run)
            if len(text.split()) >= 12 and (run_lang == "vi" or ENGLISH.search(text)):
                paragraphs[run_lang].append(text)
            run = []
        if lang:
            run.append(" ".join(words))
            run_lang = lang
    return paragraphs["vi"], paragraphs["en"]


def _wrap(text: str, width: float) -> list[str]:
    return greedy_lines(text, "mix", SIZE, width)


def _column(canvas: Canvas, x: float, width: float, source: list[str]) -> str:
    """Fill one column from ``source`` (consumed); return the text drawn."""
    top, drawn = MARGIN, []
    while source:
        lines = _wrap(source[0], width)
        room = int((PAGE_H - MARGIN - top) // LEADING)
        if room <= 0:
            break
        take = lines[:room]
        for i, text in enumerate(take):
            canvas.drawString(x, PAGE_H - top - SIZE - i * LEADING, text)
        drawn.extend(take)
        top += len(take) * LEADING + LEADING * 0.6
        if len(take) < len(lines):
            source[0] = " ".join(lines[len(take):])
            break
        source.pop(0)
    return " ".join(drawn)


def typeset(path: Path, vi: list[str], en: list[str]) -> list[list[OcrTruthBlock]]:
    if "mix" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("mix", str(FONT)))
    canvas = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    truth = []
    for layout in LAYOUT:
        canvas.setFont("mix", SIZE)
        langs = {"vi2": ["vi", "vi"], "en3": ["en", "en", "en"], "mixed": ["vi", "en"]}[layout]
        width = (PAGE_W - 2 * MARGIN - GUTTER * (len(langs) - 1)) / len(langs)
        blocks = []
        for k, lang in enumerate(langs):
            x = MARGIN + k * (width + GUTTER)
            text = _column(canvas, x, width, vi if lang == "vi" else en)
            blocks.append(OcrTruthBlock(lang, (x, MARGIN, x + width, PAGE_H - MARGIN), text))
        truth.append(blocks)
        canvas.showPage()
    canvas.save()
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    sample = samples_dir() / SAMPLE_NAME
    if not sample.exists():
        print(f"# OCR page-mix bench skipped: {sample} not present")
        return
    import scan  # fixtures/scan.py

    vi, en = paragraphs_of(learning_lines(sample.read_text(encoding="utf-8")))
    random.Random(SEED).shuffle(vi)
    random.Random(SEED).shuffle(en)
    config = Config()
    print(f"# OCR page mix: {len(LAYOUT)} pages ({', '.join(LAYOUT)}), {args.workers} workers; "
          f"development figures")
    with tempfile.TemporaryDirectory(prefix="bench-mix-") as tmp:
        digital, scanned = Path(tmp) / "mix.pdf", Path(tmp) / "mix-scanned.pdf"
        truth = typeset(digital, vi, en)
        scan.scan_pdf(digital, scanned, SEED)
        artifact, seconds, cpu = timed_extract(scanned, config, args.workers)
        cli, cli_cpu = tesseract_cli_seconds(scanned, config.languages, config.dpi, args.workers)
        line("mix.time_vs_tesseract_cli", f"{seconds / cli:.2f}", "<= 1.10")
        line("mix.cpu_vs_tesseract_cli", f"{cpu / cli_cpu:.2f}")
        other = ocrmypdf_seconds(scanned, config.languages, args.workers)
        line("mix.time_vs_ocrmypdf", "skipped" if other is None else f"{seconds / other:.2f}",
             "<= 0.7" + ("; ocrmypdf not installed" if other is None else ""))
        totals: dict[str, TokenScore] = {}
        for blocks, page in zip(truth, artifact.pages, strict=True):
            scores = score_by_blocks(blocks, [(w.text, w.box) for w in page.words])
            for lang, score in scores.items():
                totals[lang] = totals.get(lang, TokenScore(0, 0)) + score
            shown = ", ".join(f"{lang} {s.accuracy:.1%}" for lang, s in sorted(scores.items()))
            name = f"mix.page{page.number}.{LAYOUT[page.number - 1]}.seconds"
            print(f"{name:<44} {page.seconds:>10.1f}  ({shown})")
        line("mix.vi_syllable_accuracy", f"{totals['vi'].accuracy:.1%}", ">= 98.5%")
        line("mix.en_word_accuracy", f"{totals['en'].accuracy:.1%}", ">= 98.5%")


if __name__ == "__main__":
    main()
