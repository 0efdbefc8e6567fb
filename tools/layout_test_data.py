"""Save the test inputs of ``tests/test_layouts_families.py`` into ``tests/data/layouts/``.

For each layout family: the split artifact of its first born-digital document (the input of the
align tests) and the truth's articles and contents pages; for ``interleaved`` and ``facing``,
the repair artifact of the scanned copy (the input of the split tests) with its whole truth.
For the ``journal`` and ``newsletter`` families, whose documents differ more from one another,
the split artifacts of the documents named in ``ALIGN_DOCS`` (a journal whose twins drift down
two columns, one that sets them side by side in rows, its first scanned copy, a newsletter
with its contents pages, a report, a digest whose twin contents list the articles in another
order, a leaflet whose cover title is read between two panels of an article, a front page
whose three stories jump to an inside page that prints them in another order), saved under the
names given there.
The documents and their artifacts come from ``bench/bench_layouts.py`` (generated with its
seed and run through the real pipeline), which this script runs first if its output is
missing.

Usage: ``.venv/bin/python tools/layout_test_data.py``.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from test_pages import BENCH, run_bench  # noqa: E402
from truth_to_split import split_from_truth  # noqa: E402

OUT = ROOT / "tests" / "data" / "layouts"
FAMILIES = ("side-by-side", "facing", "sections", "interleaved", "captions", "furniture")
SCANNED = ("interleaved", "facing")
# saved name -> bench document, for the families whose documents take several layouts
ALIGN_DOCS = (("journal", "journal-1-digital"), ("journal-rows", "journal-2-digital"),
              ("journal-scanned", "journal-1-scanned"), ("newsletter", "newsletter-1-digital"),
              ("report", "report-2-digital"), ("digest", "digest-1-digital"),
              ("trifold", "trifold-2-digital"), ("front-page", "front-page-1-digital"))
# The inputs of tests/test_align_photo_families.py (captions paired by their photos), saved
# into tests/data/layouts-photos/: a stacked document whose captions split read as text under
# their photos, and a scanned newsletter whose English credit wraps under its caption; a
# photo essay (English captions in a box, beside the photo, under its right half; credits as
# ``(Ảnh: X)``, ``© X``, ``Photo by X``), born-digital and scanned; a digest (``Ảnh - X``,
# ``Photo`` / ``by X`` cut apart); a trifold leaflet (a credit on a line of its own read after
# the other language's caption), born-digital and scanned.
PHOTOS_OUT = ROOT / "tests" / "data" / "layouts-photos"
PHOTO_DOCS = (("stacked", "stacked-4-digital"), ("newsletter-scanned", "newsletter-2-scanned"),
              ("photo-essay", "photo-essay-3-digital"),
              ("photo-essay-scanned", "photo-essay-1-scanned"), ("digest", "digest-1-digital"),
              ("trifold", "trifold-2-digital"), ("trifold-scanned", "trifold-2-scanned"))
# saved name -> bench document whose split artifact is made from its truth
# (tools/truth_to_split.py): align's own part, apart from the split stage's (two greetings
# under one heading; jump lines and drop caps; a report's sections, footnotes and contents;
# a digest's English section under a band over its own contents)
TRUTH_DOCS = (("greeting-truth", "greeting-3-digital"), ("stacked-truth", "stacked-3-digital"),
              ("report-truth", "report-2-digital"), ("digest-truth", "digest-1-digital"))


def save_truth(truth: dict, path: Path) -> None:
    """The truth's articles and contents pages (what the align scorer reads)."""
    slim = {"file": truth["file"], "articles": truth["articles"],
            "contents": truth.get("contents", [])}
    path.write_text(json.dumps(slim, ensure_ascii=False, indent=0), encoding="utf-8")


def main() -> int:
    names = ([f"{f}-1-digital" for f in FAMILIES] + [f"{f}-1-scanned" for f in SCANNED]
             + [doc for _, doc in ALIGN_DOCS + PHOTO_DOCS])
    run_bench(names, "split.json")
    OUT.mkdir(parents=True, exist_ok=True)
    PHOTOS_OUT.mkdir(parents=True, exist_ok=True)
    for out, family, name in ([(OUT, f, f"{f}-1-digital") for f in FAMILIES]
                              + [(OUT, f, doc) for f, doc in ALIGN_DOCS]
                              + [(PHOTOS_OUT, f, doc) for f, doc in PHOTO_DOCS]):
        shutil.copy(BENCH / "pipeline" / name / "split.json", out / f"{family}.split.json")
        truth = json.loads((BENCH / "docs" / f"{name}.truth.json").read_text(encoding="utf-8"))
        save_truth(truth, out / f"{family}.truth.json")
    for family, name in TRUTH_DOCS:
        truth = json.loads((BENCH / "docs" / f"{name}.truth.json").read_text(encoding="utf-8"))
        split_from_truth(truth, BENCH / "docs" / f"{name}.pdf").save(OUT / f"{family}.split.json")
        save_truth(truth, OUT / f"{family}.truth.json")
    for family in SCANNED:
        name = f"{family}-1-scanned"
        shutil.copy(BENCH / "pipeline" / name / "repair.json",
                    OUT / f"{family}-scanned.repair.json")
        shutil.copy(BENCH / "docs" / f"{name}.truth.json", OUT / f"{family}-scanned.truth.json")
    print(f"wrote {len(list(OUT.iterdir()))} files into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
