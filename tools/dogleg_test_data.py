"""Save the inputs of ``tests/test_split_dogleg.py`` into ``tests/data/layouts-dogleg/``.

Three ``dogleg`` benchmark documents (``bench/bench_layouts.py``, which this script runs first
for that family if its output is missing): their repair artifacts (the split stage's input, a
paged artifact saved as one file) and their truth. ``head-right``: an inset story in the three
right columns of five under the lead's headline, the lead's English running on under it
(dogleg-1-digital); ``head-left``: the same at the left, the inset's titles read right after
the lead's headline and the lead's text starting in the short columns (dogleg-3-digital);
``scanned``: an inset at the foot, the lead's Vietnamese headline cut down a strip of word
spaces that lines up with an empty column's gutter (dogleg-2-scanned).

Usage: ``.venv/bin/python tools/dogleg_test_data.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from magpipe.artifacts.pages import RepairArtifact

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench" / "layouts"
OUT = ROOT / "tests" / "data" / "layouts-dogleg"
DOCS = {"head-right": "dogleg-1-digital", "head-left": "dogleg-3-digital",
        "scanned": "dogleg-2-scanned"}


def main() -> int:
    if not all((BENCH / "pipeline" / doc / "repair.json").is_file() for doc in DOCS.values()):
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"),
                        "--family", "dogleg"], check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, doc in DOCS.items():
        artifact = RepairArtifact.load(BENCH / "pipeline" / doc / "repair.json")
        (OUT / f"{name}.repair.json").write_text(artifact.to_json(), encoding="utf-8")
        truth = (BENCH / "docs" / f"{doc}.truth.json").read_text(encoding="utf-8")
        (OUT / f"{name}.truth.json").write_text(truth, encoding="utf-8")
    print(f"wrote {len(list(OUT.iterdir()))} files into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
