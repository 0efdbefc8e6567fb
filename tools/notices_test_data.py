"""Save the inputs of ``tests/test_split_notices.py`` into ``tests/data/layouts-notices/``.

Two ``notices`` benchmark documents (``bench/bench_layouts.py``, which this script runs first
for that family if its output is missing): their repair artifacts (the split stage's input,
a paged artifact saved as one file) and their truth. ``digital``: four columns under a section
band, an advertisement and a notice framed in the columns, a title whose last lines hold only
names, an English paragraph running on to the next page's first line right under the running
heads (notices-2-digital, two pages); ``scanned``: the same band and boxes as OCR reads them,
the band's English name cut in two pieces and a title's lines standing apart
(notices-2-scanned, one page); ``titles``: long titles set loosely in three columns, the white
between two lines of one lining up with the white above the next column's title
(notices-5-digital).

Usage: ``.venv/bin/python tools/notices_test_data.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("digital", "notices-2-digital"), Saved("scanned", "notices-2-scanned"),
         Saved("titles", "notices-5-digital"))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-notices", Truth.AS_WRITTEN))
