"""Save the inputs of ``tests/test_split_families.py`` into ``tests/data/layouts-split/``.

For each development layout family (``fixtures/layouts.py``): the repair artifact of its first
born-digital benchmark document (the split stage's input) and that document's truth; for the
families in ``SCANNED``, also those of the first scanned copy (OCR words); for the documents
of ``DOCS``, those documents under the names given there (a report whose sections carry
footnotes). A paged artifact (one file per page) is saved as one file. They come from
``bench/bench_layouts.py`` (generated with its seed and run through the real pipeline), which
this script runs first if its output is missing.

Usage: ``.venv/bin/python tools/split_test_data.py [NAME ...]`` (only the saved files of
those names, e.g. ``trifold trifold-scanned``: the others stay as they were saved).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fixtures"))

import layouts  # noqa: E402
from magpipe.artifacts.pages import RepairArtifact  # noqa: E402

BENCH = ROOT / ".bench" / "layouts"
OUT = ROOT / "tests" / "data" / "layouts-split"
SCANNED = ("furniture", "journal", "newsletter", "greeting", "report", "trifold",
           "briefs")   # notes
# and pull quotes, capitals titles and leads in narrow columns, signatures and footnotes, a
# leaflet's small type and captions whose credit lost its colon, a briefs page's masthead and
# headlines, as OCR reads them
# saved name -> bench document, where a family's first document lacks what a test needs
# (a trifold whose two captions lost the colon of their credit, and whose contact box OCR cut
# into pieces; briefs run down three columns, English headlines in italics, a calendar)
DOCS = {"report": "report-2-digital", "trifold-scanned": "trifold-2-scanned",
        "briefs": "briefs-4-digital"}


def main() -> int:
    families = [f for f in layouts.FAMILIES if f not in layouts.HELD_OUT]
    names = {f"{f}-1-digital": f for f in families}
    names.update({f"{f}-1-scanned": f"{f}-scanned" for f in SCANNED if f in families})
    names = {DOCS.get(saved, name): saved for name, saved in names.items()
             if len(sys.argv) < 2 or saved in sys.argv[1:]}
    if not all((BENCH / "pipeline" / n / "repair.json").is_file() for n in names):
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py")], check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, saved in names.items():
        artifact = RepairArtifact.load(BENCH / "pipeline" / name / "repair.json")
        (OUT / f"{saved}.repair.json").write_text(artifact.to_json(), encoding="utf-8")
        shutil.copy(BENCH / "docs" / f"{name}.truth.json", OUT / f"{saved}.truth.json")
    print(f"wrote {len(list(OUT.iterdir()))} files into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
