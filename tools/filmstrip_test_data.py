"""Save the inputs of ``tests/test_filmstrip_captions.py`` into ``tests/data/layouts-filmstrip/``.

Pages of ``filmstrip`` documents of ``bench/bench_layouts.py`` (a photo report: a strip of
photos side by side, each captioned under it in both languages in its own narrow measure,
and a large photo with its Vietnamese caption in the space to its left and its English
caption to its right; their repair artifacts, the split stage's input, and their truth cut
to the pages and the articles printed on them):

* ``strip``: a strip of four photos whose captions' lines run to within a word space or two
  of the white between the photos, and a large photo captioned on both sides
  (``filmstrip-1-digital``, page 2);
* ``tall``: a strip under the text in a face whose boxes stand tall (captions of two lines
  beside captions of five), and a large photo whose captions' lines are held in and fall
  short (``filmstrip-3-digital``, page 3, and page 1, which says the document's body size);
* ``photo_page``: a page holding only a large photo and the captions beside it, after the
  article's text on the page before (``filmstrip-5-digital``, pages 1 and 2: the page
  before says the document's body size);
* ``scan``: a scanned page of a large photo captioned on both sides, the English credit's
  name wrapped to a line of its own (``filmstrip-2-scanned``, page 2).

Usage: ``.venv/bin/python tools/filmstrip_test_data.py [NAME ...]`` (after the bench has
run; it runs the bench on filmstrip first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("strip", "filmstrip-1-digital", (2,)),
         Saved("tall", "filmstrip-3-digital", (1, 3)),
         Saved("photo_page", "filmstrip-5-digital", (1, 2)),
         Saved("scan", "filmstrip-2-scanned", (2,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-filmstrip", Truth.PAGE_ARTICLES))
