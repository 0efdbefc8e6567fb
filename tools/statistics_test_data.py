"""Save the inputs of ``tests/test_split_statistics.py`` into ``tests/data/layouts-statistics/``.

Pages of two ``statistics`` documents of ``bench/bench_layouts.py`` (their repair artifacts,
the split stage's input, and their truth cut to the same pages and the articles printed on
them):

* ``inside``: the bulletin's first page (its masthead dated by month and year, the first
  article in two columns side by side, its table of figures set inside it, the table's
  figures parted from their rows' heads by the page's gutter) and the second (the table going
  on under its ``(continued)`` title and its repeated head row, then the article's text)
  (``statistics-4-digital``, pages 1 and 2);
* ``between``: a page holding the end of an article, then its table set after it, the
  figures of its rows read as one block, its notes and sources read as one
  (``statistics-3-digital``, page 3).

Usage: ``.venv/bin/python tools/statistics_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on statistics first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("inside", "statistics-4-digital", (1, 2)),
         Saved("between", "statistics-3-digital", (3,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-statistics", Truth.BLOCK_ARTICLES))
