"""Save the inputs of ``tests/test_split_snake.py`` into ``tests/data/layouts-snake/``.

Pages of layout bench documents of the ``snake`` family (one stream snaking down four or five
narrow columns of a landscape page: each article's Vietnamese title and text, then at once in
the same column its English title and text), born-digital, the first page of each (the
repair artifact, the split stage's input, and the truth of the articles on the page):

* ``title-at-column-head``: the English title in bold italic capitals at the head of the
  second column, its box hardly taller than the body's, read line by line as a rubric, a
  title, labels and body (snake-3-digital, page 1);
* ``title-line-as-byline``: the Vietnamese title of the second article mid-column, whose short
  second line (``PHÁP TẠI VIỆT``) was read as its byline (snake-2-digital, page 1);
* ``column-across-middle``: five columns with no hairlines, the middle one's justified English
  cut into pieces by its wide word spaces on each side of the sheet's middle, read as the
  white between two facing pages (snake-2-digital of seed 4100, page 1);
* ``title-over-bold-lead``: an English title at a column's foot over its lead set in bold at
  the body's size, the title's lines read with the lead as one paragraph (snake-3-digital of
  seed 4600, page 1);
* ``titles-as-grid``: three titles side by side at the heads of three columns, their lines
  read as the rows of a grid of short cells (snake-4-digital of seed 4600, page 1);
* ``marks-line-in-title``: a scanned copy whose Vietnamese title OCR read with a line of its
  own between its last two lines (``sóc ra¬ T®rz> `.``: the marks over ``CỦA TRUNG QUỐC`` and
  the tops of its letters), which parted the title in two (snake-1-scanned, page 1).

Usage: ``.venv/bin/python tools/snake_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("title-at-column-head", "snake-3-digital", (1,)),
         Saved("title-line-as-byline", "snake-2-digital", (1,)),
         Saved("column-across-middle", "snake-2-digital", (1,), seed=4100),
         Saved("title-over-bold-lead", "snake-3-digital", (1,), seed=4600),
         Saved("titles-as-grid", "snake-4-digital", (1,), seed=4600),
         Saved("marks-line-in-title", "snake-1-scanned", (1,)))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-snake", Truth.PAGE_ARTICLES))
