"""Save the inputs of ``tests/test_split_laggards16.py`` into ``tests/data/layouts-laggards16/``.

Pages of born-digital documents of ``bench/bench_layouts.py`` (their repair artifacts, the
split stage's input, and their truth cut to the same pages, the articles printed on them):

* ``band``: a quartet page whose section band, in both languages at the body's size, is its
  top row over the first titles; bold leads under the titles of the second band
  (``quartet-3-digital``, page 1);
* ``runon``: a quartet page opening with the columns of an article run on from the page
  before, their first lines inside the page's furniture margin, a lead set larger than the
  body ending at the head of a column (``quartet-4-digital``, page 2);
* ``issue``: a front page whose dated issue line runs from one column into the next, and the
  inside page its stories jump to, under heads truncated with an ellipsis over two columns
  (``front-page-1-digital``, pages 1 and 2);
* ``cover``: a leaflet's outside, its cover panel of centred display lines beside the flap's
  text (``trifold-4-digital``, page 1);
* ``greeting``: a greeting's two messages, the English one opening ``Dear readers,`` under
  its title (``greeting-2-digital``, page 1).

Usage: ``.venv/bin/python tools/quartet_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on a family first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("band", "quartet-3-digital", (1,)),
         Saved("runon", "quartet-4-digital", (2,)),
         Saved("issue", "front-page-1-digital", (1, 2)),
         Saved("cover", "trifold-4-digital", (1,)),
         Saved("greeting", "greeting-2-digital", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-laggards16", Truth.PAGE_ARTICLES))
