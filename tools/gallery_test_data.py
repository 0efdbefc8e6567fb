"""Save the inputs of ``tests/test_layouts_gallery.py`` into ``tests/data/layouts-gallery/``.

Three ``gallery`` benchmark documents (born-digital), or one page of one: the repair artifact
(the split stage's input) and the truth of the articles it holds. ``PAGES``: saved name ->
(bench document, page, or None for the whole document, whose other page sets the document's
body size the columns under the mosaic are found by):

* ``numbers-gathered``: captions keyed by number (``1 -``) in two columns of each language
  under the mosaic, the credits gathered at the end (``Ảnh: KHÁNH LY (1); TRÍ DŨNG (2, 3,
  4)``), the English text read as a title;
* ``places``: captions keyed by the photo's place (``Dưới, phải:`` / ``Top left:``) in a
  column beside the mosaic, in an order that does not pair them;
* ``numbers-side``: captions keyed ``(1)`` beside the mosaic, the text above it set smaller
  than the captions.

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/gallery_test_data.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("numbers-gathered", "gallery-2-digital"),
         Saved("places", "gallery-1-digital", (2,)),
         Saved("numbers-side", "gallery-5-digital", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-gallery", Truth.PAGE_ARTICLES))
