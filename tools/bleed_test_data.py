"""Save the inputs of ``tests/test_align_pointed_captions.py`` into
``tests/data/layouts-pointed-captions/``.

Documents of the layout bench's ``bleed`` family: each article opens with a photo over a
page of its own, edge to edge, and its caption stands at the foot of the article's first text
page, each language's opened by a pointer to the photo's page (``Ảnh trang bên:`` /
``Opposite:``, ``Ảnh bên trái:`` / ``Left:``, ``Ảnh bên phải:`` / ``Right:``, ``Ảnh trang N:``
/ ``Photo on page N:``); the repair artifact and the truth, whole:

* ``opposite-after``: the photo pages after the text pages, so that the second article's
  text page has a photo page on each side (bleed-2-digital);
* ``right-stacked``: ``Ảnh bên phải:`` / ``Right:``, the English caption stacked under the
  Vietnamese one, whose credit names the photographer in small letters (``Ảnh: Phạm
  Hương``) (bleed-4-digital of seed 4400);
* ``left-scanned``: a scanned copy, ``Ảnh bên trái:`` / ``Left:``, OCR reading specks off the
  photo page (bleed-1-scanned);
* ``page-scanned``: a scanned copy, ``Ảnh trang 1:`` / ``Photo on page 1:``, the English
  credit's colon read as a question mark (``(Photo? BUI THUAN)``) (bleed-3-scanned).

Usage: ``.venv/bin/python tools/bleed_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("opposite-after", "bleed-2-digital"),
         Saved("right-stacked", "bleed-4-digital", seed=4400),
         Saved("left-scanned", "bleed-1-scanned"),
         Saved("page-scanned", "bleed-3-scanned"))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-pointed-captions", Truth.AS_WRITTEN))
