"""Save the inputs of ``tests/test_numbered_captions.py`` into ``tests/data/layouts-numbered/``.

Pages of ``numbered`` benchmark documents (a grid of photos captioned once per language by one
numbered list, no caption under its own photo): the repair artifact (the split stage's input)
and the truth of the articles printed on the pages.

* ``beside``: both lists, the Vietnamese over the English, in a column beside the grid, each
  entry signed with its credit (no entry closed by a full stop at its very end), under the
  article's titles (numbered-2-digital, page 1);
* ``wrapped-credit``: the lists beside the grid, one Vietnamese credit's last name wrapped to
  a line of its own that reading order puts after the English list (numbered-4-digital,
  page 2);
* ``scanned-worded``: a scanned page whose captions open with a key that names the photo in
  words (``Ảnh 1:`` / ``Photo 1:``), the lists beside the grid (numbered-2-scanned, page 1);
* ``scanned-comma``: a scanned grid's lists under it, the English list's second key read
  ``2,`` inside the first entry's paragraph (numbered-1-scanned, page 2);
* ``scanned-letter``: the same under a grid whose Vietnamese fifth key OCR read ``(S)``
  (numbered-3-scanned, page 2).

Usage: ``.venv/bin/python tools/numbered_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("beside", "numbered-2-digital", (1,)),
         Saved("wrapped-credit", "numbered-4-digital", (2,)),
         Saved("scanned-worded", "numbered-2-scanned", (1,)),
         Saved("scanned-comma", "numbered-1-scanned", (2,)),
         Saved("scanned-letter", "numbered-3-scanned", (2,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-numbered", Truth.PAGE_ARTICLES))
