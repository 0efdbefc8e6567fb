"""Save the inputs of ``tests/test_split_classifieds.py`` into ``tests/data/layouts-classifieds/``.

Whole ``classifieds`` benchmark documents (``bench/bench_layouts.py``, which this script runs
first for their seed if its output is missing): their repair artifacts (the split stage's
input, with the shapes drawn on each page) and their truth as written. Each page keeps a part
for classified adverts in both languages, the articles' text going on at the next page's head:

* ``foot-hairlines``: ``classifieds-1-digital`` of seed 4600 (a band of adverts across the
  foot of both pages in four columns, hairlines between the adverts; the articles in four
  columns, two a language, over it);
* ``side-column``: ``classifieds-2-digital`` of seed 4600 (a column of adverts down one side
  of both pages, beside the articles' columns);
* ``byline-over-band``: ``classifieds-3-digital`` of seed 4600 (a band across the foot, an
  article's byline and its last short paragraphs right over the band's rule);
* ``scanned-foot``: ``classifieds-1-scanned`` of the bench's own draw (a scan: the band's bar
  read as junk, the adverts as paragraphs, captions and running heads);
* ``scanned-side``: ``classifieds-2-scanned`` of the bench's own draw (a scan of a page with
  the column of adverts down its side).

Usage: ``.venv/bin/python tools/classifieds_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("foot-hairlines", "classifieds-1-digital", seed=4600),
         Saved("side-column", "classifieds-2-digital", seed=4600),
         Saved("byline-over-band", "classifieds-3-digital", seed=4600),
         Saved("scanned-foot", "classifieds-1-scanned"),
         Saved("scanned-side", "classifieds-2-scanned"))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-classifieds", Truth.AS_WRITTEN))
