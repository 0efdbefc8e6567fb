"""Benchmark of the extract stage on real documents (``../shared/real``; skipped when absent).

    .venv/bin/python bench/bench_real.py

Scans: pages of the provincial directives transcribed by hand for this project
(``fixtures/real/*.gt.txt``: a 100 dpi colour scan, one page with a red seal), read by OCR
and scored the same way (the word order of the transcription is the page's reading order,
so a block Tesseract puts elsewhere counts as errors too). The pages of ``HELD_OUT`` come
from a document nothing was developed on (the 300 dpi directive 11CT): their figures are
held-out figures, printed apart; never tune on them.

Text layers: the TCVN3 government PDFs against their transcriptions (syllables, case and
tone placement ignored). The transcriptions split some syllables where the PDF has a
kerning gap (``l ý``), so two figures: plain token accuracy, and spacing-blind accuracy
(a stretch that differs only in spaces costs nothing). Development figures: the converter
was checked on these documents. Prints one figure a line: name, value, target.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.config import Config  # noqa: E402
from magpipe.eval.ocr_metrics import TokenScore, spacing_blind_score, text_score  # noqa: E402
from magpipe.extract import PageJob, extract, extract_page  # noqa: E402

REAL = ROOT.parent / "shared" / "real"


def line(name: str, value: str, target: str = "") -> None:
    print(f"{name:<44} {value:>10}  {('(target ' + target + ')') if target else ''}".rstrip())


def text_layers() -> None:
    plain = blind = TokenScore(0, 0)
    pages = 0
    seconds = 0.0
    for pdf in sorted(REAL.glob("tcvn3-*.pdf")):
        truth = pdf.with_suffix(".gt.txt").read_text(encoding="utf-8")
        start = time.perf_counter()
        artifact = extract(pdf, Config(ocr="never"))
        seconds += time.perf_counter() - start
        pages += len(artifact.pages)
        text = "\n".join(p.text() for p in artifact.pages)
        one, two = text_score(truth, text, any_placement=True), spacing_blind_score(truth, text)
        plain, blind = plain + one, blind + two
        short = pdf.stem.split("_")[0]
        line(f"real.tcvn3.{short}.syllables", f"{one.accuracy:.2%}")
        line(f"real.tcvn3.{short}.spacing_blind", f"{two.accuracy:.2%}", ">= 99%")
    line("real.tcvn3.syllables", f"{plain.accuracy:.2%}")
    line("real.tcvn3.spacing_blind", f"{blind.accuracy:.2%}", ">= 99%")
    line("real.tcvn3.pages_per_s", f"{pages / seconds:.1f}")


# Transcribed pages of documents no rule, constant or count was set on.
HELD_OUT = frozenset({"scan-quangngai-11CT.p2"})


def scans() -> None:
    totals = {False: TokenScore(0, 0), True: TokenScore(0, 0)}
    for truth_file in sorted((ROOT / "fixtures" / "real").glob("scan-*.p*.gt.txt")):
        stem, page = truth_file.name.split(".")[:2]
        pdf = next(REAL.glob(f"{stem}_*.pdf"), None)
        if pdf is None:
            continue
        number = int(page[1:])
        result = extract_page(PageJob(str(pdf), number, "auto", Config().languages, Config().dpi,
                                      Config().ocr_timeout, Config().max_pixels))
        score = text_score(truth_file.read_text(encoding="utf-8"), result.text(),
                           any_placement=True)
        held_out = f"{stem}.{page}" in HELD_OUT
        totals[held_out] = totals[held_out] + score
        name = f"real.scan{'.heldout' if held_out else ''}.{stem.split('-')[-1]}.p{number}"
        line(f"{name}.syllables", f"{score.accuracy:.2%}")
        line(f"{name}.seconds", f"{result.seconds:.1f}")
    line("real.scan.syllables", f"{totals[False].accuracy:.2%}")
    line("real.scan.heldout.syllables", f"{totals[True].accuracy:.2%}")


def main() -> None:
    if not REAL.is_dir():
        print(f"# real-document bench skipped: {REAL} not present")
        return
    print("# real documents (development figures, but real.scan.heldout.*)")
    text_layers()
    scans()


if __name__ == "__main__":
    main()
