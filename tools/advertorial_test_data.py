"""Save the inputs of ``tests/test_split_advertorials.py`` into
``tests/data/layouts-advertorial/``.

Pages of three ``advertorial`` benchmark documents (``bench/bench_layouts.py``, which this
script runs first for that family if its output is missing): their repair artifacts (the split
stage's input, a paged artifact saved as one file) and their truth cut to the page and its
articles. ``between``: an advertorial under its labels between two articles, the second
article's titles under it (advertorial-1-digital, page 1); ``spanning``: an advertorial at a
page's head under a left-over column of the article before, its English label and title read
across the columns (advertorial-2-digital, page 3); ``scanned``: the scanned copy of a page
whose advertorial ends over a rule OCR read as a line of junk, the next article's twin titles
joined into one row under it (advertorial-1-scanned, page 1); ``junk-rule``: a scanned page
whose second article's rule OCR read as a row of junk that the geometry took as its
Vietnamese title's first line (advertorial-3-scanned, page 1).

Usage: ``.venv/bin/python tools/advertorial_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("between", "advertorial-1-digital", (1,)),
         Saved("spanning", "advertorial-2-digital", (3,)),
         Saved("scanned", "advertorial-1-scanned", (1,)),
         Saved("junk-rule", "advertorial-3-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-advertorial", Truth.PAGE_ARTICLES))
