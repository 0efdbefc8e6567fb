"""Save the inputs of ``tests/test_summaries.py`` into ``tests/data/layouts-summary/``.

Pages of three ``summary`` documents of ``bench/bench_layouts.py`` (a Vietnamese magazine
whose articles carry only an English summary; their repair artifacts, the split stage's
input, and their truth cut to the same pages, all its articles kept):

* ``foot``: the first page (the magazine's name over its band, over the first articles'
  titles; the first article's English summary in a box at the page's foot, its intro set
  like the rest of it) (``summary-2-digital``, page 1);
* ``alone``: a page holding two summaries in boxes at its foot, the second of an article of
  five paragraphs summarised by the English of its first, then the imprint alone on the last
  page (``summary-3-digital``, pages 2 and 3);
* ``gathered``: the page of gathered summaries (the heading and the editor's note in both
  languages over them, a summary's page reference left at a column's foot) and the last page
  (the end of the last summary, the imprint alone in a column) (``summary-1-digital``, pages
  3 and 4).

Usage: ``.venv/bin/python tools/summary_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on summary first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("foot", "summary-2-digital", (1,)),
         Saved("alone", "summary-3-digital", (2, 3)),
         Saved("gathered", "summary-1-digital", (3, 4)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-summary", Truth.EVERY_ARTICLE))
