"""Benchmark of OCR on a page mix: English pages beside Vietnamese ones, three-column pages.

    .venv/bin/python bench/bench_ocr_mix.py [--workers N] [--no-ocrmypdf]

Development pages: eight 19 x 27 cm pages typeset in DejaVu Serif 9.5 pt from the LEARNING
part of the shared q4 sample (lines 1-2100; ``../shared/samples``, skipped when absent):
four Vietnamese pages in two columns, three English pages in three columns, one page with a
Vietnamese and an English column; then scanned like the fixtures (``fixtures/scan.py``:
300 dpi, skew, blur, noise, JPEG). ``magpipe extract`` is timed against bare ``tesseract -l
vie+eng`` on the same page images, both two pages at a time, in the same run, and against
OCRmyPDF (``-l vie+eng --jobs N``, installed in the bench's own environment
``.bench/ocrmypdf`` on first use; it needs ghostscript: ``tools/ensure-system-deps.sh
--bench``); the two Tesseract engines (``$MAGPIPE_OCR_ENGINE`` ``api``: tesserocr, ``cli``:
pytesseract) are timed against each other. The page-language rule
(``extract/ocr/scriptmap.py``) was set on the bulletin fixture's pages and checked on these.

HELD-OUT pages: five A4 pages typeset from the HELD-OUT part of the sample (lines
2101-2780) in Liberation Serif 10.5 pt, another layout (English in two columns, Vietnamese
in three, a page with an English column left of two Vietnamese ones): no rule, constant or
count of the OCR code was set on them. Only their accuracy is reported.

The scanned PDFs are kept in ``.bench/ocr-mix/`` (rebuilt when the sample or the scripts
that make them change).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
from dataclasses import asdict, dataclass
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
from magpipe.extract.ocr.tesseract import API, CLI, ENGINE_ENV, engine  # noqa: E402
from magpipe.repair.lexicon.sample_split import (  # noqa: E402
    SAMPLE_NAME,
    held_out_lines,
    learning_lines,
    samples_dir,
)
from magpipe.text.damage import has_vietnamese_only_letter  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from typeset import greedy_lines  # noqa: E402


@dataclass(frozen=True)
class Style:
    """A page mix's typography and layout."""

    page: tuple[float, float]
    font: Path
    size: float
    leading: float
    margin: float
    gutter: float
    layout: tuple[str, ...]     # per page: "vi2", "en3", "mixed" (vi | en), ...


FONTS = Path("/usr/share/fonts/truetype")
DEV = Style((538.6, 765.4), FONTS / "dejavu/DejaVuSerif.ttf", 9.5, 12.5, 42.0, 16.0,
            ("vi2", "en3", "vi2", "en3", "vi2", "mixed", "en3", "vi2"))
# Held out: another typeface, page size, type size and column counts than DEV.
HELD_OUT = Style((595.3, 841.9), FONTS / "liberation2/LiberationSerif-Regular.ttf", 10.5, 13.2,
                 50.0, 18.0, ("en2", "vi3", "en-vi-vi", "en2", "vi3"))
COLUMNS = {"vi2": ("vi", "vi"), "en3": ("en", "en", "en"), "mixed": ("vi", "en"),
           "en2": ("en", "en"), "vi3": ("vi", "vi", "vi"), "en-vi-vi": ("en", "vi", "vi")}
SEED = 1414
HELD_OUT_SEED = 2780
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


def _column(canvas: Canvas, style: Style, x: float, width: float, source: list[str]) -> str:
    """Fill one column from ``source`` (consumed); return the text drawn."""
    font = style.font.stem
    height = style.page[1]
    top, drawn = style.margin, []
    while source:
        lines = greedy_lines(source[0], font, style.size, width)
        room = int((height - style.margin - top) // style.leading)
        if room <= 0:
            break
        take = lines[:room]
        for i, text in enumerate(take):
            canvas.drawString(x, height - top - style.size - i * style.leading, text)
        drawn.extend(take)
        top += len(take) * style.leading + style.leading * 0.6
        if len(take) < len(lines):
            source[0] = " ".join(lines[len(take):])
            break
        source.pop(0)
    return " ".join(drawn)


def typeset(path: Path, style: Style, vi: list[str], en: list[str]) -> list[list[OcrTruthBlock]]:
    font = style.font.stem
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, str(style.font)))
    page_w, page_h = style.page
    canvas = Canvas(str(path), pagesize=style.page, invariant=1)
    truth = []
    for layout in style.layout:
        canvas.setFont(font, style.size)
        langs = COLUMNS[layout]
        width = (page_w - 2 * style.margin - style.gutter * (len(langs) - 1)) / len(langs)
        blocks = []
        for k, lang in enumerate(langs):
            x = style.margin + k * (width + style.gutter)
            text = _column(canvas, style, x, width, vi if lang == "vi" else en)
            if text:
                blocks.append(OcrTruthBlock(lang, (x, style.margin, x + width,
                                                   page_h - style.margin), text))
        truth.append(blocks)
        canvas.showPage()
    canvas.save()
    return truth


CACHE = ROOT / ".bench" / "ocr-mix"


def scanned_mix(name: str, style: Style, lines: list[str],
                seed: int) -> tuple[Path, list[list[OcrTruthBlock]]]:
    """The scanned PDF of a page mix and its truth, from the cache when nothing changed."""
    import scan  # fixtures/scan.py

    digest = hashlib.sha256(json.dumps([asdict(style), lines, seed], default=str).encode())
    for script in (Path(__file__), ROOT / "fixtures" / "scan.py", ROOT / "fixtures" / "typeset.py"):
        digest.update(script.read_bytes())
    folder = CACHE / f"{name}-{digest.hexdigest()[:12]}"
    pdf, truth_file = folder / "scanned.pdf", folder / "truth.json"
    if not truth_file.exists():
        folder.mkdir(parents=True, exist_ok=True)
        vi, en = paragraphs_of(lines)
        random.Random(seed).shuffle(vi)
        random.Random(seed).shuffle(en)
        truth = typeset(folder / "digital.pdf", style, vi, en)
        scan.scan_pdf(folder / "digital.pdf", pdf, seed)
        truth_file.write_text(json.dumps([[asdict(b) for b in page] for page in truth],
                                         ensure_ascii=False), encoding="utf-8")
    pages = json.loads(truth_file.read_text(encoding="utf-8"))
    return pdf, [[OcrTruthBlock(b["lang"], tuple(b["box"]), b["text"]) for b in page]
                 for page in pages]


def scores(truth: list[list[OcrTruthBlock]], artifact, layout: tuple[str, ...], prefix: str,
           seconds: bool) -> None:
    totals: dict[str, TokenScore] = {}
    for blocks, page in zip(truth, artifact.pages, strict=True):
        page_scores = score_by_blocks(blocks, [(w.text, w.box) for w in page.words])
        for lang, score in page_scores.items():
            totals[lang] = totals.get(lang, TokenScore(0, 0)) + score
        shown = ", ".join(f"{lang} {s.accuracy:.1%}" for lang, s in sorted(page_scores.items()))
        name = f"{prefix}.page{page.number}.{layout[page.number - 1]}"
        if seconds:
            print(f"{name + '.seconds':<44} {page.seconds:>10.1f}  ({shown})")
        else:
            print(f"{name:<44} {shown:>10}")
    line(f"{prefix}.vi_syllable_accuracy", f"{totals['vi'].accuracy:.1%}", ">= 98.5%")
    line(f"{prefix}.en_word_accuracy", f"{totals['en'].accuracy:.1%}", ">= 98.5%")


def engine_run(path: Path, config: Config, workers: int,
               engine: str) -> tuple[object, float, float]:
    """``timed_extract`` with ``$MAGPIPE_OCR_ENGINE`` set to ``engine`` (the pool's workers
    start after it is set and read it)."""
    before = os.environ.get(ENGINE_ENV)
    os.environ[ENGINE_ENV] = engine
    try:
        return timed_extract(path, config, workers)
    finally:
        if before is None:
            os.environ.pop(ENGINE_ENV, None)
        else:
            os.environ[ENGINE_ENV] = before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-ocrmypdf", action="store_true", help="skip the OCRmyPDF timing")
    args = parser.parse_args()
    sample = samples_dir() / SAMPLE_NAME
    if not sample.exists():
        print(f"# OCR page-mix bench skipped: {sample} not present")
        return
    text = sample.read_text(encoding="utf-8")
    config = Config()
    print(f"# OCR page mix: {len(DEV.layout)} pages ({', '.join(DEV.layout)}), {args.workers} "
          f"workers; development figures")
    scanned, truth = scanned_mix("dev", DEV, learning_lines(text), SEED)
    # Side by side, one after the other: the default engine, bare tesseract, the other engine.
    artifact, seconds, cpu = engine_run(scanned, config, args.workers, API)
    cli, cli_cpu = tesseract_cli_seconds(scanned, config.languages, config.dpi, args.workers)
    line("mix.time_vs_tesseract_cli", f"{seconds / cli:.2f}", "<= 1.10")
    line("mix.cpu_vs_tesseract_cli", f"{cpu / cli_cpu:.2f}")
    if engine() == API:
        _, py_seconds, py_cpu = engine_run(scanned, config, args.workers, CLI)
        line("mix.time_api_vs_pytesseract", f"{seconds / py_seconds:.2f}", "<= 1.0")
        line("mix.cpu_api_vs_pytesseract", f"{cpu / py_cpu:.2f}")
        line("mix.pytesseract.time_vs_tesseract_cli", f"{py_seconds / cli:.2f}")
    else:
        line("mix.time_api_vs_pytesseract", "skipped", "tesserocr not installed")
    other = None if args.no_ocrmypdf else ocrmypdf_seconds(scanned, config.languages,
                                                            args.workers)
    line("mix.time_vs_ocrmypdf", "skipped" if other is None else f"{seconds / other[0]:.2f}",
         "<= 0.7" + ("; ocrmypdf not available" if other is None else ""))
    if other is not None:
        line("mix.cpu_vs_ocrmypdf", f"{cpu / other[1]:.2f}")
    scores(truth, artifact, DEV.layout, "mix", seconds=True)

    print(f"# HELD-OUT page mix: {len(HELD_OUT.layout)} pages ({', '.join(HELD_OUT.layout)}), "
          f"sample lines 2101-2780, Liberation Serif; held-out figures")
    scanned, truth = scanned_mix("held-out", HELD_OUT, held_out_lines(text), HELD_OUT_SEED)
    artifact, seconds, _ = timed_extract(scanned, config, args.workers)
    line("heldout.seconds_per_page", f"{seconds / len(artifact.pages):.1f}")
    scores(truth, artifact, HELD_OUT.layout, "heldout", seconds=False)


if __name__ == "__main__":
    main()
