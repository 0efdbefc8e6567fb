"""Save the inputs of ``tests/test_split_wrapped_photos.py`` into ``tests/data/layouts-feature/``.

Single pages of the ``feature`` family's born-digital benchmark documents (repair artifacts
holding one page each, the split stage's input; pages keep their numbers), chosen for what
they show: text wrapped around a photo in a column's part with its caption under it, a drop cap
in each language and the two intros side by side under the byline (``feature-1-digital`` page
1); a photo across the gutter of two columns with its caption overprinted on it (page 3); a
photo as wide as the columns with its caption on it and two columns of text right under it
(``feature-2-digital`` page 1); a kicker alone over a title, a name in capitals under it and a
lead set bold in a face whose bold boxes stand tall (``feature-4-digital`` page 5). They come
from ``bench/bench_layouts.py`` (its seed, the real pipeline), which this script runs first
(``--family feature``) if its output is missing.

Usage: ``.venv/bin/python tools/feature_test_data.py``.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.artifacts.pages import RepairArtifact  # noqa: E402

BENCH = ROOT / ".bench" / "layouts"
OUT = ROOT / "tests" / "data" / "layouts-feature"
# saved name -> (bench document, page number)
PAGES = {"part-photo": ("feature-1-digital", 1), "gutter-photo": ("feature-1-digital", 3),
         "wide-photo": ("feature-2-digital", 1), "kicker": ("feature-4-digital", 5)}


def main() -> int:
    docs = {doc for doc, _ in PAGES.values()}
    if not all((BENCH / "pipeline" / d / "repair.json").is_file() for d in docs):
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"), "--family",
                        "feature"], check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for saved, (doc, number) in PAGES.items():
        artifact = RepairArtifact.load(BENCH / "pipeline" / doc / "repair.json")
        page = next(p for p in artifact.pages if p.number == number)
        one = replace(artifact, pages=(page,))
        (OUT / f"{saved}.repair.json").write_text(one.to_json(), encoding="utf-8")
    print(f"wrote {len(list(OUT.iterdir()))} files into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
