"""Save the inputs of ``tests/test_split_letters.py`` into ``tests/data/layouts-letters/``.

Pages of three ``letters`` documents of ``bench/bench_layouts.py`` (their repair artifacts,
the split stage's input, and their truth cut to the same pages), kept small:

* ``parallel``: the first two pages of ``letters-1-digital`` (the Vietnamese and English
  letters in parallel columns; on page 2 an English paragraph ends a little above the next
  pair's common line, with no indent to tell the two apart);
* ``translation``: the first two pages of ``letters-2-digital`` (a Vietnamese letter, then its
  English translation under a stamp; the kind and the subject read as one paragraph);

the truth keeps all its articles (a letter cut off at the second page keeps its record).
* ``translation-scanned``: ``letters-2-scanned`` (as OCR reads it: the subject's short last
  line apart from it, repair giving the English page's names their marks).

Usage: ``.venv/bin/python tools/letters_test_data.py`` (after the bench has run).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from magpipe.artifacts.pages import RepairArtifact

ROOT = Path(__file__).resolve().parents[1]

BENCH = ROOT / ".bench" / "layouts"
OUT = ROOT / "tests" / "data" / "layouts-letters"
# saved name -> (bench document, pages kept)
DOCS = {"parallel": ("letters-1-digital", (1, 2)),
        "translation": ("letters-2-digital", (1, 2)),
        "translation-scanned": ("letters-2-scanned", (1, 2))}


def save_pages(docs: dict[str, tuple[str, tuple[int, ...]]], out: Path) -> None:
    """Save each bench document of ``docs`` (saved name -> (document, pages kept)) into
    ``out``: its repair artifact and its truth, cut to the pages kept."""
    out.mkdir(parents=True, exist_ok=True)
    for saved, (name, keep) in docs.items():
        artifact = RepairArtifact.load(BENCH / "pipeline" / name / "repair.json")
        artifact = replace(artifact, pages=tuple(p for p in artifact.pages if p.number in keep))
        (out / f"{saved}.repair.json").write_text(artifact.to_json(), encoding="utf-8")
        truth = json.loads((BENCH / "docs" / f"{name}.truth.json").read_text(encoding="utf-8"))
        truth["pages"] = [p for p in truth["pages"] if p["number"] in keep]
        (out / f"{saved}.truth.json").write_text(json.dumps(truth, ensure_ascii=False),
                                                 encoding="utf-8")
    print(f"wrote {len(list(out.iterdir()))} files into {out.relative_to(ROOT)}")


def main() -> int:
    save_pages(DOCS, OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
