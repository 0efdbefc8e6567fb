"""Save the inputs of ``tests/test_split_scan_rails.py`` into ``tests/data/layouts-scan-rails/``.

Scanned first pages of ``rail`` benchmark documents (a bulletin whose first page keeps a rail
of the members' contacts in both languages, of no article, down one side, the article's titles
and its two languages' columns in the rest of the width): the repair artifact (the split
stage's input) and the truth of the articles printed on the page. ``SAVED``:

* ``left-frame``: the rail in a thin frame at the page's left, its Vietnamese heading and
  five contacts over the English ones, OCR reading two contacts as one block and a time's
  figures as junk (rail-2-scanned, page 1);
* ``right-tint``: the rail on a light grey tint at the page's right, each language's
  contacts read as one block of several lines under its heading (rail-3-scanned, page 1).

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/scan_rails_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("left-frame", "rail-2-scanned", (1,)),
         Saved("right-tint", "rail-3-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scan-rails", Truth.PAGE_ARTICLES))
