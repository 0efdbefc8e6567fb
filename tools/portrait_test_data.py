"""Save the inputs of ``tests/test_split_portrait.py`` into ``tests/data/layouts-portrait/``.

Single pages of ``portrait`` documents of ``bench/bench_layouts.py`` (their repair artifacts,
the split stage's input, and their truth cut to the page and the article printed on it):

* ``upright``: a profile's opening page, the portrait over the right column, its captions
  under it without a credit, the credits set upright along its right edge, a pull quote in
  both languages in the left column (``portrait-1-digital``, page 1);
* ``halves``: the portrait over the first two of three columns, a caption under each half,
  upright credits, the third column beside it from the titles down (``portrait-4-digital``,
  page 1);
* ``quote``: a pull quote whose English twin runs seven lines of a narrow column
  (``portrait-3-digital``, page 3);
* ``scan``: a scanned opening page, the portrait over the left column, a caption under each
  half, upright credits read by the OCR (``portrait-3-scanned``, page 1).

Usage: ``.venv/bin/python tools/portrait_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on portrait first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("upright", "portrait-1-digital", (1,)),
         Saved("halves", "portrait-4-digital", (1,)),
         Saved("quote", "portrait-3-digital", (3,)),
         Saved("scan", "portrait-3-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-portrait", Truth.PAGE_ARTICLES))
