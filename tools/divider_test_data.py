"""Save the inputs of ``tests/test_split_part_dividers.py`` into ``tests/data/layouts-divider/``.

Pages of the ``divider`` family (an annual report opening each part with a divider of no
article: the part's number, name and blurb in each language, on a page of its own or in a
band over the first article's head, on a tint or in a frame), from the bench's development
draw (seed 1600):

* ``page-tint``: pages 1-2 of ``divider-1-digital`` (a divider page on a tint over the text
  area, its blurbs stacked, set 1.5 times the body; the article's head opening page 2);
* ``band-frame``: page 1 of ``divider-4-digital`` (a divider in a frame across the text
  width over the article's heavy rule and head, set at the body's sizes);
* ``scanned-page``: pages 1-2 of ``divider-2-scanned`` (OCR: a divider page, its frame unseen,
  its blurbs set larger than the article's body on page 2);
* ``scanned-band``: page 1 of ``divider-3-scanned`` (OCR: a band on a tint over the article's
  head, unseen; its head and Vietnamese blurb held in from their column's edges, the English
  blurb beside it in the other column).

Usage: ``.venv/bin/python tools/divider_test_data.py [NAME ...]`` (runs the bench on the
family first if its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("page-tint", "divider-1-digital", (1, 2)),
         Saved("band-frame", "divider-4-digital", (1,)),
         Saved("scanned-page", "divider-2-scanned", (1, 2)),
         Saved("scanned-band", "divider-3-scanned", (1,)))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-divider", Truth.PAGE_ARTICLES))
