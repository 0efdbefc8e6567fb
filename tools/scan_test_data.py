"""Save the inputs of ``tests/test_split_scans.py`` into ``tests/data/layouts-scans/``.

Scanned pages of the layout bench whose OCR geometry broke the split's column rules: the
repair artifact of one page (the split stage's input) and the truth of the articles on it.
``PAGES``: saved name -> (bench document, page):

* ``gallery-title-river``: a gallery page whose two-line title in capitals has its word
  spaces lined up (read as a gutter, the title cut into columns), and whose English
  paragraph has a river down two justified rows over the captions' gutter far below;
* ``gallery-junk-row``: a gallery page where OCR reads a row of junk between the English
  title and the text under it, which bridged the white that parts them.

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/scan_test_data.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from magpipe.artifacts.pages import RepairArtifact

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench" / "layouts"
OUT = ROOT / "tests" / "data" / "layouts-scans"
PAGES = {"gallery-title-river": ("gallery-3-scanned", 1),
         "gallery-junk-row": ("gallery-1-scanned", 1)}


def _kept(artifact: RepairArtifact, number: int) -> RepairArtifact:
    """The artifact with only page ``number`` (and its repair changes)."""
    return replace(artifact, pages=tuple(p for p in artifact.pages if p.number == number),
                   changes=tuple(c for c in artifact.changes if c.page == number))


def _truth(doc: str, number: int) -> dict:
    truth = json.loads((BENCH / "docs" / f"{doc}.truth.json").read_text(encoding="utf-8"))
    truth["pages"] = [p for p in truth["pages"] if p["number"] == number]
    truth["articles"] = [a for a in truth["articles"] if number in a["pages"]]
    return truth


def main() -> int:
    missing = [doc for doc, _ in PAGES.values()
               if not (BENCH / "pipeline" / doc / "repair.json").is_file()]
    if missing:
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"), "--family",
                        "gallery"], check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for saved, (doc, number) in PAGES.items():
        kept = _kept(RepairArtifact.load(BENCH / "pipeline" / doc / "repair.json"), number)
        files = {"repair": kept.to_json(),
                 "truth": json.dumps(_truth(doc, number), ensure_ascii=False)}
        for kind, text in files.items():
            (OUT / f"{saved}.{kind}.json").write_text(text, encoding="utf-8")
        print(f"{saved}: {doc}, page {number}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
