"""Save the inputs of ``tests/test_align_turned_text.py`` into ``tests/data/layouts-turned/``.

Scanned documents of development families where the end of an article's paragraph, turned
over onto the next page, was read as a paragraph of its own (issue 16), as
``bench/bench_layouts.py`` made them (their repair artifacts, the split stage's input):

* ``jump-read-late``: a front page whose English story jumps to page 2 (``More on page 2``),
  where its last line sits under a "continued from" line OCR garbled into a speck that went
  after the line in the page's order (``front-page-2-scanned``, both pages, its truth as
  written);
* ``stray-quote``: an article whose Vietnamese text turns over onto page 2 in two columns of
  two lines, the first column's last word followed by a speck OCR read as ``”``
  (``summary-1-scanned``, pages 1 and 2, no truth: the English text is on page 3).

Usage: ``.venv/bin/python tools/jump_test_data.py [NAME ...]`` (after the bench has run; it
runs the bench on the families first when their output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

WHOLE = (Saved("jump-read-late", "front-page-2-scanned"),)
PAGES = (Saved("stray-quote", "summary-1-scanned", (1, 2)),)


if __name__ == "__main__":
    status = main(WHOLE, "layouts-turned", Truth.AS_WRITTEN)
    sys.exit(status or main(PAGES, "layouts-turned", Truth.NONE))
