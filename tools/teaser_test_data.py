"""Save the inputs of ``tests/test_split_teasers.py`` into ``tests/data/layouts-teaser/``.

Pages of the ``teaser`` family (a trade bulletin announcing its next issue in a box of no
article: a label and two or three coming titles, each over a sentence of blurb, a language
in each half of the box), and one of ``trilingual``, from the bench's development draw (seed
1600):

* ``ruled-top``: page 2 of ``teaser-1-digital`` (the box under a heavy rule at the page's
  top, the second article opening under it: the box's titles opened a false article);
* ``framed-foot``: page 2 of ``teaser-4-digital`` (the box in a frame at the foot of the page
  the last article ends on);
* ``scanned-run-on``: page 1 of ``teaser-1-scanned`` (OCR: the Vietnamese label, first title
  and blurb read as one block, the English half read block by block);
* ``scanned-cut``: page 1 of ``teaser-3-scanned`` (OCR: a Vietnamese title cut in two
  blocks, the English first title and blurb read as one);
* ``trilingual-briefs``: page 2 of ``trilingual-3-scanned`` (OCR: a column of short French
  items read a line a block, their blurbs' lines looking like titles, beside an article's
  byline level with one of them: no box).

Usage: ``.venv/bin/python tools/teaser_test_data.py [NAME ...]`` (runs the bench on the
family first if its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("ruled-top", "teaser-1-digital", (2,)),
         Saved("framed-foot", "teaser-4-digital", (2,)),
         Saved("scanned-run-on", "teaser-1-scanned", (1,)),
         Saved("scanned-cut", "teaser-3-scanned", (1,)),
         Saved("trilingual-briefs", "trilingual-3-scanned", (2,)))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-teaser", Truth.PAGE_ARTICLES))
