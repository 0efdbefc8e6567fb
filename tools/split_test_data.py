"""Save the inputs of ``tests/test_split_families.py`` into ``tests/data/layouts-split/``.

For each development layout family (``fixtures/layouts.py``): the repair artifact of its first
born-digital benchmark document (the split stage's input) and that document's truth. They come
from ``bench/bench_layouts.py`` (generated with its seed and run through the real pipeline),
which this script runs first (born-digital only) if its output is missing.

Usage: ``.venv/bin/python tools/split_test_data.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fixtures"))

import layouts  # noqa: E402

BENCH = ROOT / ".bench" / "layouts"
OUT = ROOT / "tests" / "data" / "layouts-split"


def main() -> int:
    families = [f for f in layouts.FAMILIES if f not in layouts.HELD_OUT]
    names = [f"{f}-1-digital" for f in families]
    if not all((BENCH / "pipeline" / n / "repair.json").is_file() for n in names):
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"), "--no-scans"],
                       check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for family, name in zip(families, names, strict=True):
        shutil.copy(BENCH / "pipeline" / name / "repair.json", OUT / f"{family}.repair.json")
        shutil.copy(BENCH / "docs" / f"{name}.truth.json", OUT / f"{family}.truth.json")
    print(f"wrote {len(list(OUT.iterdir()))} files into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
