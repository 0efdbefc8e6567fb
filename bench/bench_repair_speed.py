"""Repair's speed against a baseline commit, side by side in one run, and the outputs of both
compared byte for byte.

Run: ``.venv/bin/python bench/bench_repair_speed.py [--baseline main] [--against COMMIT]
[--repeats 3] [--no-identity] [--no-speed]`` (``--against``: measure a commit, exported the same
way, instead of this working tree). The baseline's ``pipeline/`` is exported (``git archive``) into
``.bench/baseline-<commit>/magpipe`` and imported in child processes in place of this tree's
(``PYTHONPATH`` comes before the editable install). Each repeat runs the baseline's child,
then this tree's, each under ``nice``: the machine may be shared, so only CPU seconds
(``time.process_time``) are counted, and the best of the repeats is kept per side.

Speed (a fresh decoder each time: its caches of word options start empty; lexicon and
language model loaded before):
* stripped news: the ``vntc-news`` TEST documents of ``bench_repair_lm`` with their marks
  stripped (syllables per CPU second);
* English-only OCR: ``bench_repair``'s damaged lines (the sample's held-out Vietnamese lines
  typeset and read by Tesseract ``eng``), timed as its speed line is (``timed_repair``: the
  models kept out of the collector's reach; syllables of the truth per CPU second), and,
  when the sample holds it, the English-only OCR of a whole issue (its q3 line: words);
* unseen faces' OCR: ``bench_repair_faces``'s input (the same held-out lines typeset in the
  held-out typefaces and read by Tesseract ``eng``: more damage per word), each page
  repaired on its own in damaged mode as that bench repairs it, timed as the line above
  (words of the OCR per CPU second); skipped without the fonts;
* sound pages: the born-digital bulletin and photo fixtures and, when ``../shared/real``
  is there, the 58-page TCVN3 report, extracted without OCR (CPU ms per page).

Identity: the repaired text and every change (or, for PDFs, every page's words with their
boxes, and the changes) of the born-digital fixtures (every ``fixtures/*.pdf`` with a text
layer, extracted without OCR), the TUNE and TEST news documents stripped and sound, and the
sample's held-out and learning lines (the Vietnamese ones; all of them, English too)
stripped and sound, and the unseen faces' OCR (each page's text and changes); a SHA-256 per
item, side by side.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEED_PDFS = [ROOT / "fixtures" / "bulletin-digital.pdf", ROOT / "fixtures" / "photos-digital.pdf",
              ROOT.parent / "shared" / "real"
              / "tcvn3-2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf"]


def export(commit: str) -> Path:
    """The baseline's ``pipeline/`` as a package ``magpipe`` in ``.bench`` (once)."""
    full = subprocess.run(["git", "-C", str(ROOT), "rev-parse", commit], check=True,
                          capture_output=True, text=True).stdout.strip()
    top = ROOT / ".bench" / f"baseline-{full[:12]}"
    if not (top / "magpipe" / "__init__.py").exists():
        top.mkdir(parents=True, exist_ok=True)
        archive = top / "pipeline.tar"
        with archive.open("wb") as out:
            subprocess.run(["git", "-C", str(ROOT), "archive", full, "pipeline"], check=True,
                           stdout=out)
        with tarfile.open(archive) as tar:
            tar.extractall(top, filter="data")
        archive.unlink()
        (top / "pipeline").rename(top / "magpipe")
    return top


def child(baseline: Path | None, task: str, out: Path) -> dict:
    env = dict(os.environ)
    # the exported package sits deeper than pipeline/: name the sample's folder for it
    env.setdefault("MAGPIPE_SAMPLES", str(ROOT.parent / "shared" / "samples"))
    if baseline is not None:
        env["PYTHONPATH"] = str(baseline)
    subprocess.run(["nice", sys.executable, __file__, "--child", task, "--out", str(out)],
                   check=True, env=env)
    return json.loads(out.read_text(encoding="utf-8"))


# ---- child side -------------------------------------------------------------------------

def _setup() -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests"))


def _pdfs(paths):
    from magpipe.config import Config
    from magpipe.extract import extract
    return [(p, extract(p, Config(ocr="never"))) for p in paths if p.exists()]


def _speed() -> dict:
    from bench_repair_lm import held_out_news
    from magpipe import repair
    from magpipe.config import Config
    from magpipe.repair import lexicon, lm
    from magpipe.repair.decoder import Decoder
    from magpipe.text.vietnamese import strip_diacritics

    from tools.lm_corpus import TEST
    model, trigram = lexicon.load(), lm.load()
    repair.decoder()
    news = [strip_diacritics(d) for d in held_out_news(TEST)]
    words = sum(len(d.split()) for d in news)
    out: dict = {"module": repair.__file__}
    best = float("inf")
    for _ in range(2):
        decoder = Decoder(model, trigram)
        original = repair._decoder_for
        repair._decoder_for = lambda *_key, fresh=decoder: fresh
        try:
            started = time.process_time()
            for doc in news:
                repair.repair_text(doc)
            best = min(best, time.process_time() - started)
        finally:
            repair._decoder_for = original
    out["news"] = {"words": words, "seconds": best}
    from bench_repair import english_ocr, split_languages, timed_repair
    from magpipe.repair.lexicon import sample_split
    lines, _english = split_languages(sample_split.held_out_lines(sample_split.read_sample()))
    truth, damaged = english_ocr(lines)
    out["english-only OCR"] = {"words": len(truth.split()),
                               "seconds": timed_repair(damaged, model, trigram)[0]}
    issue = _issue_ocr()
    if issue is not None:
        out["q3 issue OCR"] = {"words": len(issue.split()),
                               "seconds": timed_repair(issue, model, trigram)[0]}
    faces = _faces_ocr()
    if faces is not None:
        out["unseen faces' OCR"] = {"words": sum(len(page.split()) for page in faces),
                                    "seconds": _timed_pages(faces, model, trigram)}
    for path, artifact in _pdfs(SPEED_PDFS):
        best = float("inf")
        for _ in range(3):
            # a fresh decoder (empty caches), built before the clock starts: clearing
            # ``_decoder_for`` would time reading the decoder's snapshot back instead
            decoder = Decoder(model, trigram)
            original = repair._decoder_for
            repair._decoder_for = lambda *_key, fresh=decoder: fresh
            try:
                started = time.process_time()
                repair.repair(artifact, Config())
                best = min(best, time.process_time() - started)
            finally:
                repair._decoder_for = original
        out[path.stem[:24]] = {"pages": len(artifact.pages), "seconds": best}
    return out


def _issue_ocr() -> str | None:
    """The English-only OCR of a whole issue in the sample (``bench_repair``'s q3 line), if
    there."""
    from magpipe.repair.lexicon import sample_split
    path = sample_split.samples_dir() / "bulletin-2025-q3-ocr-eng.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def _faces_ocr() -> list[str] | None:
    """The English-only OCR pages of the held-out faces (``bench_repair_faces``), if the
    fonts and the sample are there."""
    from bench_repair_faces import held_out_english_ocr
    return held_out_english_ocr()


def _timed_pages(pages: list[str], model, trigram) -> float:
    """CPU seconds of repairing ``pages`` one by one in damaged mode with a fresh decoder,
    the best of ``bench_repair.SPEED_REPEATS``, set up as ``bench_repair.timed_repair``
    sets up its clock (a decoder warmed on a few lines first, the loaded models kept out of
    the garbage collector's reach, each timed decoder built before its clock starts)."""
    from bench_repair import SPEED_REPEATS, WARM_LINES
    from bench_repair_lm import using
    from magpipe import repair
    from magpipe.repair.decoder import Decoder
    from magpipe.repair.lexicon.model import DAMAGED
    with using(Decoder(model, trigram)):
        repair.repair_text("\n".join(pages[0].split("\n")[:WARM_LINES]), DAMAGED)
    gc.collect()
    gc.freeze()
    best = float("inf")
    try:
        for _ in range(SPEED_REPEATS):
            decoder = Decoder(model, trigram)
            with using(decoder):
                started = time.process_time()
                for page in pages:
                    repair.repair_text(page, DAMAGED)
                best = min(best, time.process_time() - started)
    finally:
        gc.unfreeze()
    return best


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode("utf-8")).hexdigest()


def _outputs() -> dict:
    from bench_repair_lm import held_out_news
    from magpipe import repair
    from magpipe.config import Config
    from magpipe.repair.lexicon import sample_split
    from magpipe.text.vietnamese import strip_diacritics

    from tools.lm_corpus import TEST, TUNE, is_vietnamese_line
    out: dict = {"module": repair.__file__}
    for path, artifact in _pdfs(sorted((ROOT / "fixtures").glob("*.pdf"))):
        if not any(p.words for p in artifact.pages):
            continue
        result = repair.repair(artifact, Config())
        out[f"pdf {path.name}"] = _digest(
            [[[w.text, list(w.box)] for w in p.words] for p in result.pages]
            + [[c.page, c.word, c.before, c.after, c.score, c.rule] for c in result.changes])
    sample = sample_split.read_sample()
    texts = {f"news {split}": held_out_news(split) for split in (TEST, TUNE)}
    from bench_repair import english_ocr, split_languages
    lines, _english = split_languages(sample_split.held_out_lines(sample))
    damaged = english_ocr(lines)[1]
    result = repair.repair_text(damaged)
    out["bulletin held-out english-only OCR"] = _digest(
        [result[0], [[c.page, c.word, c.before, c.after, c.score, c.rule] for c in result[1]]])
    issue = _issue_ocr()
    if issue is not None:
        result = repair.repair_text(issue)
        out["q3 issue english-only OCR"] = _digest(
            [result[0], [[c.page, c.word, c.before, c.after, c.score, c.rule]
                         for c in result[1]]])
    faces = _faces_ocr()
    if faces is not None:
        from magpipe.repair.lexicon.model import DAMAGED
        out["held-out faces english-only OCR"] = _digest(
            [[text, [[c.page, c.word, c.before, c.after, c.score, c.rule] for c in changes]]
             for text, changes in (repair.repair_text(page, DAMAGED) for page in faces)])
    for name, lines in (("bulletin held-out", sample_split.held_out_lines(sample)),
                        ("bulletin learning", sample_split.learning_lines(sample))):
        texts[f"{name} VI"] = ["\n".join(line.strip() for line in lines
                                         if is_vietnamese_line(line))]
        texts[f"{name} all lines"] = ["\n".join(line.strip() for line in lines)]
    for name, docs in texts.items():
        for kind, inputs in (("sound", docs), ("stripped", [strip_diacritics(d) for d in docs])):
            results = [repair.repair_text(doc) for doc in inputs]
            out[f"{name} {kind} ({sum(len(d.split()) for d in inputs)} words)"] = _digest(
                [[text, [[c.page, c.word, c.before, c.after, c.score, c.rule] for c in changes]]
                 for text, changes in results])
    return out


# ---- parent side ------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", default="main")
    parser.add_argument("--against", default=None,
                        help="a commit to measure instead of this working tree")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-identity", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--child", choices=("speed", "outputs"))
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.child:
        _setup()
        result = _speed() if args.child == "speed" else _outputs()
        args.out.write_text(json.dumps(result), encoding="utf-8")
        return
    base = export(args.baseline)
    scratch = ROOT / ".bench" / "repair-speed"
    scratch.mkdir(parents=True, exist_ok=True)
    sides = (("baseline", base), ("branch", export(args.against) if args.against else None))
    if not args.no_speed:
        best: dict[str, dict[str, dict]] = {"baseline": {}, "branch": {}}
        for _ in range(args.repeats):
            for side, where in sides:
                found = child(where, "speed", scratch / f"{side}-speed.json")
                print(f"# {side}: {found.pop('module')}", flush=True)
                for name, value in found.items():
                    kept = best[side].get(name)
                    if kept is None or value["seconds"] < kept["seconds"]:
                        best[side][name] = value
        print(f"\nCPU seconds, best of {args.repeats} (baseline {args.baseline} | branch): ratio")
        for name, old in best["baseline"].items():
            new = best["branch"][name]
            if "words" in old:
                print(f"  {name:<26} {old['words'] / old['seconds']:>9,.0f} | "
                      f"{new['words'] / new['seconds']:>9,.0f} words/s   "
                      f"x{old['seconds'] / new['seconds']:.2f}")
            else:
                print(f"  {name:<26} {1000 * old['seconds'] / old['pages']:>9.1f} | "
                      f"{1000 * new['seconds'] / new['pages']:>9.1f} ms/page   "
                      f"x{old['seconds'] / new['seconds']:.2f}")
    if not args.no_identity:
        digests = {side: child(where, "outputs", scratch / f"{side}-outputs.json")
                   for side, where in sides}
        for side in digests:
            print(f"# {side}: {digests[side].pop('module')}")
        same = 0
        print("\noutputs, baseline against branch:")
        for name, digest in digests["baseline"].items():
            other = digests["branch"].get(name)
            same += other == digest
            print(f"  {'identical' if other == digest else 'DIFFERENT':<10} {name}")
        print(f"{same}/{len(digests['baseline'])} identical")


if __name__ == "__main__":
    main()
