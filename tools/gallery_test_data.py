"""Save the inputs of ``tests/test_layouts_gallery.py`` into ``tests/data/layouts-gallery/``.

Three ``gallery`` benchmark documents (born-digital), or one page of one: the repair artifact
(the split stage's input) and the truth of the articles it holds. ``PAGES``: saved name ->
(bench document, page, or None for the whole document, whose other page sets the document's
body size the columns under the mosaic are found by):

* ``numbers-gathered``: captions keyed by number (``1 -``) in two columns of each language
  under the mosaic, the credits gathered at the end (``Ảnh: KHÁNH LY (1); TRÍ DŨNG (2, 3,
  4)``), the English text read as a title;
* ``places``: captions keyed by the photo's place (``Dưới, phải:`` / ``Top left:``) in a
  column beside the mosaic, in an order that does not pair them;
* ``numbers-side``: captions keyed ``(1)`` beside the mosaic, the text above it set smaller
  than the captions.

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/gallery_test_data.py``.
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
OUT = ROOT / "tests" / "data" / "layouts-gallery"
PAGES = {"numbers-gathered": ("gallery-2-digital", None), "places": ("gallery-1-digital", 2),
         "numbers-side": ("gallery-5-digital", 1)}


def _kept(artifact: RepairArtifact, number: int | None) -> RepairArtifact:
    """The artifact with only page ``number`` (and its repair changes), or whole for None."""
    if number is None:
        return artifact
    return replace(artifact, pages=tuple(p for p in artifact.pages if p.number == number),
                   changes=tuple(c for c in artifact.changes if c.page == number))


def _truth(doc: str, number: int | None) -> dict:
    truth = json.loads((BENCH / "docs" / f"{doc}.truth.json").read_text(encoding="utf-8"))
    if number is not None:
        truth["pages"] = [p for p in truth["pages"] if p["number"] == number]
        truth["articles"] = [a for a in truth["articles"] if number in a["pages"]]
    return truth


def main() -> int:
    missing = [doc for doc, _ in PAGES.values()
               if not (BENCH / "pipeline" / doc / "repair.json").is_file()]
    if missing:
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"), "--family",
                        "gallery"], check=True)
    save(PAGES, OUT)
    return 0


def save(pages: dict[str, tuple[str, int | None]], out: Path) -> None:
    """Each saved name's repair artifact (one page, or the whole document for None) and
    truth into ``out`` (``tools/scan_test_data.py`` saves its pages so too)."""
    out.mkdir(parents=True, exist_ok=True)
    for saved, (doc, number) in pages.items():
        kept = _kept(RepairArtifact.load(BENCH / "pipeline" / doc / "repair.json"), number)
        files = {"repair": kept.to_json(),
                 "truth": json.dumps(_truth(doc, number), ensure_ascii=False)}
        for kind, text in files.items():
            (out / f"{saved}.{kind}.json").write_text(text, encoding="utf-8")
        print(f"{saved}: {doc}, page {number or 'all'}")


if __name__ == "__main__":
    sys.exit(main())
