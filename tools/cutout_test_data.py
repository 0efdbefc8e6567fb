"""Save the inputs of ``tests/test_split_run_around.py`` into ``tests/data/layouts-cutout/``.

Single pages of ``cutout`` documents of ``bench/bench_layouts.py`` (their repair artifacts,
the split stage's input; no truth: the tests read the blocks), text run around a round
cut-out photo line by line:

* ``abreast``: page 1 of ``cutout-1-digital`` (the photo across the gutter between the
  Vietnamese and the English column, both run around it, its captions under it inside the
  run-around, paragraphs ending beside it);
* ``runon``: page 2 of ``cutout-2-digital`` (three columns, the photo across the second
  gutter: a row left empty at its top inside a paragraph, a caption's line chained to the
  line beside it);
* ``one-side``: page 1 of ``cutout-2-digital`` (the text run around one side of the photo
  only, its captions under it; a glossary of no article under its heading in capitals);
* ``scan-corner``: page 1 of ``cutout-3-scanned`` (a photo across the first gutter, OCR words
  of a justified line run into its box's corners, a column's line half a line under the
  caption's last);
* ``scan-spaced``: page 1 of ``cutout-2-scanned`` (lines run around the photo justified with
  wide word spaces, their last words in its box).

Usage: ``.venv/bin/python tools/cutout_test_data.py`` (runs the bench on the family first if
its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("abreast", "cutout-1-digital", (1,)),
         Saved("runon", "cutout-2-digital", (2,)),
         Saved("one-side", "cutout-2-digital", (1,)),
         Saved("scan-corner", "cutout-3-scanned", (1,)),
         Saved("scan-spaced", "cutout-2-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-cutout", Truth.NONE))
