"""Held-out benchmark of the confusion model: English-only OCR of typefaces it never learned.

Run: ``.venv/bin/python bench/bench_repair_faces.py`` (needs the fonts of
``tools/ensure-system-deps.sh --fonts``; skipped without them or without ``../shared``).

The Vietnamese lines of the sample's HELD-OUT part (lines 2101-2780; never counted, never
used to choose anything) are typeset in the HELD-OUT typeface families of
``tools/typefaces.py`` (Noto Serif, Noto Sans, Carlito: serif and sans, regular, bold and
italic, 9-11 pt, clean, blurred, a poor photocopy, 150 dpi, bi-level), which
``tools/learn_confusion.py`` never reads; each page is read by Tesseract ``-l eng`` (the
archive damage) and ``-l vie`` (the re-OCR anchor), cached in ``.bench/ocr``.

Side by side, one run, per print and over all: no repair; pyvi ``add_accents`` (bench extra;
it reads text without marks, so the OCR's stray marks are stripped first); the previous
model (the shipped data of commit ``PREVIOUS``, main before the many-typeface confusion
table and the corpus syllables: extracted with ``git archive`` into ``.bench/previous``);
this model (the shipped data); ``vie`` re-OCR of the same page images. Scores:
``line-matched`` = token alignment of each page's text against the truth
(``eval.ocr_metrics.text_score``: a merged or split line costs only its own words);
``strict`` = words exactly right in place, a line whose OCR word count differs counting as
all wrong; ``any placement`` = line-matched with ``hòa`` = ``hoà``, ``thủy`` = ``thuỷ`` (the
sample writes both).

``--dev``: the same figures on DEVELOPMENT material instead, for tuning: ``DEV_LINES``
Vietnamese lines of the sample's learning part (spread over it) typeset in prints of the
LEARNED faces (``typefaces.development_prints``); ``--misses N`` also prints the N most
frequent (truth, output) word pairs that this model gets wrong there (never offered on the
held-out faces: looking at their misses would make them development data).
"""

from __future__ import annotations

import argparse
import difflib
import io
import subprocess
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe import repair  # noqa: E402
from magpipe.eval.ocr_metrics import TokenScore, text_score  # noqa: E402
from magpipe.repair import lm  # noqa: E402
from magpipe.repair.decoder import Decoder  # noqa: E402
from magpipe.repair.lexicon import sample_split, store  # noqa: E402
from magpipe.repair.lexicon.model import DAMAGED, Model  # noqa: E402
from magpipe.text.vietnamese import strip_diacritics  # noqa: E402

from tools import ocrsim, typefaces  # noqa: E402
from tools.lm_corpus import is_vietnamese_line  # noqa: E402

# main before this work: the confusion table learned from DejaVu only, 4,568 syllables
PREVIOUS = "a2a8cd3d9ba2ce95eda8821e650747b9f45c482c"
DATA_PATH = "pipeline/repair/lexicon/data"
TARGET = "(target >= 95% line-matched)"
DEV_LINES = 290              # as many Vietnamese lines as the held-out part has


def previous_decoder() -> Decoder | None:
    """A decoder over the shipped data of commit ``PREVIOUS`` (None without git history)."""
    where = ROOT / ".bench" / "previous" / PREVIOUS[:12]
    data = where / DATA_PATH
    if not (data / "syllables.tsv.gz").exists():
        try:
            archive = subprocess.run(["git", "archive", PREVIOUS, DATA_PATH], cwd=ROOT,
                                     check=True, capture_output=True).stdout
        except (OSError, subprocess.CalledProcessError):
            return None
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(where, filter="data")
    model = Model(store.read_syllables(data), store.read_pairs(data),
                  store.read_confusion(data), store.read_english(data))
    return Decoder(model, lm.load(data / "lm"))


def pyvi_accents(text: str) -> str | None:
    try:
        from pyvi import ViUtils
    except ImportError:
        return None
    out = []
    for line in text.split("\n"):
        try:
            out.append(ViUtils.add_accents(strip_diacritics(line)) if line.strip() else line)
        except (KeyError, ValueError):
            out.append(line)
    return "\n".join(out)


def repaired(text: str, decoder: Decoder) -> str:
    original = repair._decoder_for
    repair._decoder_for = lambda *_key: decoder
    try:
        return repair.repair_text(text, DAMAGED)[0]
    finally:
        repair._decoder_for = original


def strict(truth: tuple[str, ...], output: str) -> tuple[int, int]:
    """(right, total) words in place; lines paired in order when the counts agree."""
    lines = [line for line in output.split("\n") if line.strip()]
    total = sum(len(t.split()) for t in truth)
    if len(lines) != len(truth):
        return 0, total
    right = 0
    for t, o in zip(truth, lines, strict=True):
        tw, ow = t.split(), o.split()
        if len(tw) == len(ow):
            right += sum(a == b for a, b in zip(tw, ow, strict=True))
    return right, total


def misses(truth: str, output: str) -> list[tuple[str, str]]:
    """(true word, output word) for each word of ``output`` aligned to a different one."""
    ref, hyp = truth.split(), output.split()
    out = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, ref, hyp,
                                                      autojunk=False).get_opcodes():
        if op == "replace" and a2 - a1 == b2 - b1:
            out += list(zip(ref[a1:a2], hyp[b1:b2], strict=True))
        elif op != "equal":
            out.append((" ".join(ref[a1:a2]), " ".join(hyp[b1:b2])))
    return out


def held_out_lines() -> list[str]:
    """The Vietnamese lines of the sample's HELD-OUT part, the text every held-out print
    sets."""
    return [line.strip() for line in sample_split.held_out_lines(sample_split.read_sample())
            if is_vietnamese_line(line)]


def held_out_english_ocr() -> list[str] | None:
    """Every page of every held-out print read by Tesseract ``eng`` (cached in
    ``.bench/ocr``), print after print: what this model repairs here (also timed by
    ``bench_repair_speed.py``); None without the faces or the sample."""
    if typefaces.missing_faces(typefaces.HELD_OUT_FAMILIES) or not (
            sample_split.samples_dir() / sample_split.SAMPLE_NAME).exists():
        return None
    lines = held_out_lines()
    return [page for p in typefaces.held_out_prints()
            for page in ocrsim.ocr_printed(typefaces.typeset(lines, p), "eng", p)]


def development_lines() -> list[str]:
    """``DEV_LINES`` Vietnamese lines spread evenly over the sample's learning part."""
    lines = [line.strip() for line in sample_split.learning_lines(sample_split.read_sample())
             if is_vietnamese_line(line)]
    step = max(1, len(lines) // DEV_LINES)
    return lines[::step][:DEV_LINES]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", action="store_true",
                        help="development figures: learning lines in learned faces")
    parser.add_argument("--misses", type=int, default=0,
                        help="with --dev: print the N commonest wrong words of this model")
    args = parser.parse_args()
    families = typefaces.LEARNED_FAMILIES if args.dev else typefaces.HELD_OUT_FAMILIES
    missing = typefaces.missing_faces(families)
    if missing:
        print(f"repair_faces: skipped ({missing[0]} missing: tools/ensure-system-deps.sh "
              "--fonts)")
        return
    if not (sample_split.samples_dir() / sample_split.SAMPLE_NAME).exists():
        print(f"repair_faces: skipped ({sample_split.samples_dir()} absent)")
        return
    if args.dev:
        lines, prints, part = development_lines(), typefaces.development_prints(), "DEV"
    else:
        lines = held_out_lines()
        prints, part = typefaces.held_out_prints(), "held-out"
    wrong: Counter[tuple[str, str]] = Counter()
    this = repair.decoder()
    previous = previous_decoder()
    systems = ["no repair", "pyvi", "previous model", "this model", "vie re-OCR"]
    totals = {s: [TokenScore(0, 0), 0, 0, TokenScore(0, 0)] for s in systems}
    print(f"# {part} lines: {len(lines)} Vietnamese lines, {sum(len(x.split()) for x in lines)}"
          f" words per print; families: {', '.join(families)}; "
          f"previous model: {PREVIOUS[:7] if previous else 'skipped (no git history)'}",
          flush=True)
    print(f"  {'print':<34} " + "  ".join(f"{s:>15}" for s in systems))
    seconds = 0.0
    for p in prints:
        pages = typefaces.typeset(lines, p)
        eng = ocrsim.ocr_printed(pages, "eng", p)
        vie = None if args.dev else ocrsim.ocr_printed(pages, "vie", p)   # the anchor only
        outputs: dict[str, list[str] | None] = {"no repair": eng, "vie re-OCR": vie}
        accented = [pyvi_accents(page) for page in eng]
        outputs["pyvi"] = None if None in accented else accented      # type: ignore[assignment]
        outputs["previous model"] = [repaired(page, previous) for page in eng] \
            if previous else None
        started = time.process_time()
        outputs["this model"] = [repaired(page, this) for page in eng]
        seconds += time.process_time() - started
        if args.dev:
            for truth, page in zip(pages, outputs["this model"], strict=True):
                wrong.update(misses("\n".join(truth), page))
        cells = []
        for system in systems:
            out = outputs[system]
            if out is None:
                cells.append(f"{'skipped':>15}")
                continue
            score, right, total, loose = TokenScore(0, 0), 0, 0, TokenScore(0, 0)
            for truth, page in zip(pages, out, strict=True):
                score += text_score("\n".join(truth), page)
                loose += text_score("\n".join(truth), page, any_placement=True)
                r, t = strict(truth, page)
                right, total = right + r, total + t
            acc = totals[system]
            acc[0], acc[1], acc[2] = acc[0] + score, acc[1] + right, acc[2] + total
            acc[3] += loose
            cells.append(f"{100 * score.accuracy:6.1f}% {100 * right / max(total, 1):6.1f}%")
        print(f"  {p.name:<34} " + "  ".join(cells), flush=True)
    print(f"  {'(line-matched, strict)':<34}")
    name = "repair_faces.dev.eng_ocr" if args.dev else "repair_faces.eng_ocr"
    for system in systems:
        score, right, total, loose = totals[system]
        if not score.total:
            print(f"{name}.{system.replace(' ', '_'):<24} skipped")
            continue
        target = TARGET if system == "this model" else ""
        print(f"{name}.{system.replace(' ', '_'):<24} line-matched "
              f"{100 * score.accuracy:5.1f}%  strict {100 * right / max(total, 1):5.1f}%  "
              f"any placement {100 * loose.accuracy:5.1f}%  {target}".rstrip(), flush=True)
    words = sum(len(x.split()) for x in lines) * len(prints)
    print(f"repair_faces.speed.words_per_second     {words / max(seconds, 1e-9):,.0f}  "
          "(this model, CPU time, one core)")
    for (truth, output), n in wrong.most_common(args.misses if args.dev else 0):
        print(f"  miss {n:3d}  {truth!r} -> {output!r}")


if __name__ == "__main__":
    main()
