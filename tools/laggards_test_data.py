"""Save the inputs of ``tests/test_laggards_split_align.py`` into ``tests/data/layouts-laggards/``.

Pages of born-digital documents of older development families where split or align went
wrong on layouts no rule was written for (issue 16), as ``bench/bench_layouts.py`` made them
(their repair artifacts, the split stage's input, and their truth cut to the same pages, all
its articles kept):

* ``halves``: a review printing its Vietnamese articles first and the English after them,
  one article in Vietnamese only (``digest-5-digital``, pages 2-6: the articles, not the
  contents page);
* ``title-tail``: a Vietnamese title whose last line holds only foreign names in capitals
  (``digest-2-digital``, page 3);
* ``credit-line``: English captions in narrow columns whose credit ``Photo by NAME`` breaks
  after ``Photo`` (``digest-1-digital``, page 9).

The other cases of the same round (narrow justified columns, rubrics and leads over columns)
are tested on line pieces made up in their tests: a page each would be large.

Usage: ``.venv/bin/python tools/laggards_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on the families first when their output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("halves", "digest-5-digital", (2, 3, 4, 5, 6)),
         Saved("title-tail", "digest-2-digital", (3,)),
         Saved("credit-line", "digest-1-digital", (9,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-laggards", Truth.EVERY_ARTICLE))
