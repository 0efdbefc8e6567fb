"""Save the inputs of ``tests/test_split_chronicle.py`` into ``tests/data/layouts-chronicle/``.

One page of each of four ``timeline`` benchmark documents (``bench/bench_layouts.py``, which
this script runs first for that family if its output is missing): its repair artifact (the
split stage's input) cut down to that page, and the truth of that page and of the articles on
it. A page, not a document, to keep the saved files small.

Usage: ``.venv/bin/python tools/chronicle_test_data.py``.
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
OUT = ROOT / "tests" / "data" / "layouts-chronicle"
# saved name -> (bench document, page): a ruled table under its head row, month bands as rows
# (1); dates in a margin beside the entries, a photo captioned in both languages (3, page 2);
# entries down a centre spine, each date set close over its headline (4); a scanned table
# whose date column OCR read as a column of its own (scanned 2)
PAGES = {"table": ("timeline-1-digital", 1), "ledger": ("timeline-3-digital", 2),
         "spine": ("timeline-4-digital", 1), "table-scanned": ("timeline-2-scanned", 1)}


def _page_truth(truth: dict, page: int) -> dict:
    pages = [p for p in truth["pages"] if p["number"] == page]
    kept = sorted({b["article"] for p in pages for b in p["blocks"] if b["article"] is not None})
    out = dict(truth, pages=pages, articles=[truth["articles"][k] for k in kept])
    # article indices of the blocks follow the articles kept
    index = {old: new for new, old in enumerate(kept)}
    for p in pages:
        p["blocks"] = [dict(b, article=index.get(b["article"])) for b in p["blocks"]]
    return out


def main() -> int:
    if not all((BENCH / "pipeline" / doc / "repair.json").is_file() for doc, _ in PAGES.values()):
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"),
                        "--family", "timeline"], check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (doc, page) in PAGES.items():
        artifact = RepairArtifact.load(BENCH / "pipeline" / doc / "repair.json")
        one = replace(artifact, pages=tuple(p for p in artifact.pages if p.number == page),
                      changes=tuple(c for c in artifact.changes if c.page == page))
        (OUT / f"{name}.repair.json").write_text(one.to_json(), encoding="utf-8")
        truth = json.loads((BENCH / "docs" / f"{doc}.truth.json").read_text(encoding="utf-8"))
        (OUT / f"{name}.truth.json").write_text(
            json.dumps(_page_truth(truth, page), ensure_ascii=False), encoding="utf-8")
    print(f"wrote {len(list(OUT.iterdir()))} files into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
