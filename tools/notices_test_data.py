"""Save the inputs of ``tests/test_split_notices.py`` into ``tests/data/layouts-notices/``.

Two ``notices`` benchmark documents (``bench/bench_layouts.py``, which this script runs first
for that family if its output is missing): their repair artifacts (the split stage's input,
a paged artifact saved as one file) and their truth. ``digital``: four columns under a section
band, an advertisement and a notice framed in the columns, a title whose last lines hold only
names, an English paragraph running on to the next page's first line right under the running
heads (notices-2-digital, two pages); ``scanned``: the same band and boxes as OCR reads them,
the band's English name cut in two pieces and a title's lines standing apart
(notices-2-scanned, one page); ``titles``: long titles set loosely in three columns, the white
between two lines of one lining up with the white above the next column's title
(notices-5-digital).

Usage: ``.venv/bin/python tools/notices_test_data.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from magpipe.artifacts.pages import RepairArtifact

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench" / "layouts"
OUT = ROOT / "tests" / "data" / "layouts-notices"
DOCS = {"digital": "notices-2-digital", "scanned": "notices-2-scanned",
        "titles": "notices-5-digital"}


def main(docs: dict[str, str] = DOCS, out: Path = OUT, family: str = "notices") -> int:
    """Save ``docs`` (saved name -> bench document of ``family``) into ``out`` (also the
    saver of ``tools/dogleg_test_data.py``)."""
    if not all((BENCH / "pipeline" / doc / "repair.json").is_file() for doc in docs.values()):
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"),
                        "--family", family], check=True)
    out.mkdir(parents=True, exist_ok=True)
    for name, doc in docs.items():
        artifact = RepairArtifact.load(BENCH / "pipeline" / doc / "repair.json")
        (out / f"{name}.repair.json").write_text(artifact.to_json(), encoding="utf-8")
        truth = (BENCH / "docs" / f"{doc}.truth.json").read_text(encoding="utf-8")
        (out / f"{name}.truth.json").write_text(truth, encoding="utf-8")
    print(f"wrote {len(list(out.iterdir()))} files into {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
