"""Save the inputs of ``tests/test_split_families.py`` into ``tests/data/layouts-split/``.

For each development layout family (``fixtures/layouts.py``): the repair artifact of its first
born-digital benchmark document (the split stage's input) and that document's truth; for the
families in ``SCANNED``, also those of the first scanned copy (OCR words). They come from
``bench/bench_layouts.py`` (generated with its seed and run through the real pipeline), which
this script runs first if its output is missing.

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
SCANNED = ("furniture", "journal", "newsletter")   # notes and pull quotes, capitals titles and
# leads in narrow columns as OCR reads them


def main() -> int:
    families = [f for f in layouts.FAMILIES if f not in layouts.HELD_OUT]
    names = {f"{f}-1-digital": f for f in families}
    names.update({f"{f}-1-scanned": f"{f}-scanned" for f in SCANNED if f in families})
    if not all((BENCH / "pipeline" / n / "repair.json").is_file() for n in names):
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py")], check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, saved in names.items():
        shutil.copy(BENCH / "pipeline" / name / "repair.json", OUT / f"{saved}.repair.json")
        shutil.copy(BENCH / "docs" / f"{name}.truth.json", OUT / f"{saved}.truth.json")
    print(f"wrote {len(list(OUT.iterdir()))} files into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
