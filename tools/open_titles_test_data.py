"""Save the inputs of ``tests/test_split_open_titles.py`` into
``tests/data/layouts-open-titles/``.

Scanned pages of the layout bench whose capitals title OCR read in pieces. ``SAVED``: each
saved name with its bench document and page:

* ``summary-open-title``: an English title in capitals set with open leading, its two lines
  read as two titles (``summary-2-scanned``, page 1);
* ``tetebeche-first-line``: an English title's first line (``TALKS BETWEEN THE CHAIRMAN``)
  read apart from the rest, as a rubric over it, and the article unpaired
  (``tetebeche-2-scanned``, page 4).

Run as ``.venv/bin/python tools/open_titles_test_data.py [NAME ...]``; the saved files come
out byte for byte the same on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("summary-open-title", "summary-2-scanned", (1,)),
         Saved("tetebeche-first-line", "tetebeche-2-scanned", (4,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-open-titles", Truth.PAGE_ARTICLES))
