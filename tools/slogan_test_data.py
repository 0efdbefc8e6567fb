"""Save the inputs of ``tests/test_split_banners.py`` into ``tests/data/layouts-slogan/``.

Pages of the ``slogan`` family (a provincial bulletin printing red slogan banners of no
article between its articles and at the head of its first page, set in the titles' own
styles), from the bench's development draw (seed 1600):

* ``between``: page 2 of ``slogan-3-digital`` (a banner set exactly as a title pair, the
  Vietnamese over the English, between one article's text and the next article's head);
* ``centred``: page 2 of ``slogan-1-digital`` (a banner centred between ornaments, read as
  one block of both languages, at the page's head over the second article's head);
* ``page-foot``: pages 1-2 of ``slogan-2-digital`` (a centred banner closing page 1 under
  the first article's text, the second article's head opening page 2);
* ``scanned-top``: page 1 of ``slogan-3-scanned`` (OCR: a banner set as a title pair at the
  head of the first page, over the article's head).

Usage: ``.venv/bin/python tools/slogan_test_data.py [NAME ...]`` (runs the bench on the
family first if its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("between", "slogan-3-digital", (2,)),
         Saved("centred", "slogan-1-digital", (2,)),
         Saved("page-foot", "slogan-2-digital", (1, 2)),
         Saved("scanned-top", "slogan-3-scanned", (1,)))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-slogan", Truth.PAGE_ARTICLES))
