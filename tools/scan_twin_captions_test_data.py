"""Save the inputs of ``tests/test_split_scan_twin_captions.py`` into
``tests/data/layouts-scan-twin-captions/``.

Scanned pages of benchmark documents: the repair artifact (the split stage's input) and the
truth of the articles printed on it.

* ``wide-photo``: one photo across most of the text width under the titles, its Vietnamese
  caption and credit right over it, its English caption right under it and its credit on a
  line of its own set right, OCR reading the credit's colon as ``*`` (overunder-1-scanned,
  page 1);
* ``paragraph-over-photo``: a travel magazine's page whose photo is set into the English
  column, the column's paragraph ending right over it in the photo's width, four lines, a
  sentence closed, and the photo's Vietnamese caption under it (cutout-1-scanned, page 2):
  the paragraph is no twin of that caption.

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/scan_twin_captions_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("wide-photo", "overunder-1-scanned", (1,)),
         Saved("paragraph-over-photo", "cutout-1-scanned", (2,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scan-twin-captions", Truth.PAGE_ARTICLES))
