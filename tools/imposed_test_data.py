"""Save the inputs of ``tests/test_split_imposition.py`` into ``tests/data/layouts-imposed/``.

A document of the ``imposed`` family of ``bench/bench_layouts.py`` (a saddle-stitched
booklet as the printer's imposed file: every page a sheet side holding two booklet pages in
the folded sheets' order; its repair artifact, the split stage's input, and its truth as
written):

* ``spreads``: ``imposed-2-digital``, the whole file (four sheet sides of an eight-page
  booklet, pages 8 and 1, 2 and 7, 6 and 3, 4 and 5): three articles abreast in a Vietnamese
  and an English column, each going on from one booklet page to the next on another sheet
  side (page 2's article goes on at page 3, on the third sheet side, after pages 7 and 6 in
  the file), the back cover's imprint under a photo;
* ``spreads-scan``: ``imposed-3-scanned``, the whole scan (four sheet sides of an eight-page
  booklet in the same order, two articles, ruled notes pages): OCR read none of the page
  numbers (lone digits in the foot band), the running heads it did read;
* ``booklet-scan``: ``imposed-2-scanned``, the whole scan (two sheet sides of a four-page
  booklet, pages 4 and 1, 2 and 3, the articles' halves): OCR read no page number and the
  file prints no running head, only the English half's head (``IN ENGLISH · LANG SON
  BRIDGES``) over a rule a little under the margin; the back cover's imprint, printed in no
  frame OCR could see, belongs to no article;
* ``nameplate-scan``: ``imposed-1-scanned``, the whole scan (pages 4 and 1, 2 and 3, the
  articles abreast): page 1 under the nameplate (``NHỊP CẦU XỨ LẠNG`` read by OCR as tall
  as the titles' marked capitals under it, twice as wide) and its issue lines.

Usage: ``.venv/bin/python tools/imposed_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on imposed first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("spreads", "imposed-2-digital"), Saved("spreads-scan", "imposed-3-scanned"),
         Saved("booklet-scan", "imposed-2-scanned"), Saved("nameplate-scan", "imposed-1-scanned"))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-imposed", Truth.AS_WRITTEN))
