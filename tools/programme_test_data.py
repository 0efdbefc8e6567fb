"""Save the inputs of ``tests/test_split_programme.py`` into ``tests/data/layouts-programme/``.

Two ``programme`` benchmark documents (``bench/bench_layouts.py``, which this script runs
first for that family if its output is missing): their repair artifacts (the split stage's
input, a paged artifact saved as one file), cut to the pages the tests read, and their
truth. ``after``: the bulletin's first page (the masthead over the first story's titles) and
its last (the programme grid after the last story, the speakers' portraits with their name
cards beside a box of practical information, the sponsors' strip at the foot)
(programme-1-digital, pages 1 and 3); ``between``: the grid at the foot of page 1 after the
first story, page 2 opening with the speakers (each row of two cards read as one line) and
the box, then the second story's titles (programme-2-digital, pages 1 and 2).

Usage: ``.venv/bin/python tools/programme_test_data.py``.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from magpipe.artifacts.pages import RepairArtifact

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench" / "layouts"
OUT = ROOT / "tests" / "data" / "layouts-programme"
# name -> (benchmark document, the pages kept)
DOCS = {"after": ("programme-1-digital", (1, 3)), "between": ("programme-2-digital", (1, 2))}


def main() -> int:
    if not all((BENCH / "pipeline" / doc / "repair.json").is_file() for doc, _ in DOCS.values()):
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"),
                        "--family", "programme"], check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (doc, keep) in DOCS.items():
        artifact = RepairArtifact.load(BENCH / "pipeline" / doc / "repair.json")
        artifact = replace(artifact, pages=tuple(p for p in artifact.pages if p.number in keep))
        (OUT / f"{name}.repair.json").write_text(artifact.to_json(), encoding="utf-8")
        truth = (BENCH / "docs" / f"{doc}.truth.json").read_text(encoding="utf-8")
        (OUT / f"{name}.truth.json").write_text(truth, encoding="utf-8")
    print(f"wrote {len(list(OUT.iterdir()))} files into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
