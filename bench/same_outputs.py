"""Identity check for speed work: this code's outputs against a git revision's, file by file.

Runs ``magpipe run`` (``--workers 2``) twice on the same inputs, once with the code of git
revision ``REF`` (its ``pipeline/`` exported, as ``bench_scale.py --baseline`` does) and once
with this code, then compares the two output folders: every artifact, page file, review
page, page image and ``articles.jsonl`` byte for byte; ``report.json`` and the page files
without their timings (``seconds``, ``page_seconds``, ``engine``); the search index by its
rows. Cache keys (``.*.key``) are left out: they hash the code, which differs by design.

Inputs: the fixtures (born-digital, legacy encodings, damaged and scanned: the OCR path
too) and, with ``--copies N``, N copies of each of the scale bench's born-digital documents;
more PDFs or folders may be named. Exit status 1 when anything differs.

Usage: python bench/same_outputs.py [--baseline REF] [--copies 2] [PATH ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_scale import BORN_DIGITAL, ROOT, export_code

TIMINGS = frozenset({"seconds", "page_seconds", "engine"})


def _without_timings(value):
    if isinstance(value, dict):
        return {k: _without_timings(v) for k, v in value.items() if k not in TIMINGS}
    if isinstance(value, list):
        return [_without_timings(v) for v in value]
    return value


def _index_rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return (sorted(db.execute("SELECT * FROM docs").fetchall())
                + sorted(db.execute("SELECT * FROM segments").fetchall(), key=repr))


def differences(old: Path, new: Path) -> list[str]:
    """What differs between two output folders (relative paths and why); empty: the same."""
    def files(root: Path) -> set[str]:
        return {str(p.relative_to(root)) for p in root.rglob("*")
                if p.is_file() and not p.name.endswith(".key") and p.name != ".key"}
    a, b = files(old), files(new)
    found = [f"only in the baseline: {f}" for f in sorted(a - b)]
    found += [f"only in this code's output: {f}" for f in sorted(b - a)]
    for name in sorted(a & b):
        x, y = old / name, new / name
        if name.endswith(".sqlite"):
            same = _index_rows(x) == _index_rows(y)
        elif name.endswith(".json") and (name == "report.json" or ".pages/" in name):
            same = (_without_timings(json.loads(x.read_text(encoding="utf-8")))
                    == _without_timings(json.loads(y.read_text(encoding="utf-8"))))
        else:
            same = x.read_bytes() == y.read_bytes()
        if not same:
            found.append(f"differs: {name}")
    return found


def run(inputs: Path, out: Path, code: Path | None) -> None:
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(code), env.get("PYTHONPATH", "")])
    command = [sys.executable, "-m", "magpipe", "run", str(inputs), "--out", str(out),
               "--workers", "2", "--quiet"]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):      # 1: some file failed; compared like the rest
        raise SystemExit(f"magpipe run exited with {done.returncode}:\n{done.stderr[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="main", metavar="REF")
    parser.add_argument("--copies", type=int, default=2,
                        help="copies of each of the scale bench's born-digital documents")
    parser.add_argument("paths", nargs="*", type=Path, help="more PDFs or folders")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="magpipe-same-") as tmp:
        work = Path(tmp)
        inputs = work / "inputs"
        inputs.mkdir()
        for pdf in sorted((ROOT / "fixtures").glob("*.pdf")):
            shutil.copy(pdf, inputs / pdf.name)
        for i in range(args.copies):
            for pdf in BORN_DIGITAL:
                shutil.copy(pdf, inputs / f"{pdf.stem}-copy{i}.pdf")
        for extra in args.paths:
            for pdf in ([extra] if extra.is_file() else sorted(extra.rglob("*.pdf"))):
                shutil.copy(pdf, inputs / f"extra-{pdf.parent.name}-{pdf.name}")
        (work / "baseline").mkdir()
        code = export_code(args.baseline, work / "baseline")
        run(inputs, work / "out-baseline", code)
        run(inputs, work / "out-this", None)
        found = differences(work / "out-baseline", work / "out-this")
        count = sum(1 for p in (work / "out-this").rglob("*") if p.is_file())
        pdfs = len(list(inputs.glob("*.pdf")))
        if found:
            print("\n".join(found))
            print(f"same_outputs: {len(found)} differences ({pdfs} PDFs, {count} files) "
                  f"against {args.baseline}")
            raise SystemExit(1)
        print(f"same_outputs: identical ({pdfs} PDFs, {count} files compared) "
              f"against {args.baseline}")


if __name__ == "__main__":
    main()
