"""Save the inputs of ``tests/test_split_photo_bands.py`` into ``tests/data/layouts-midband/``.

Two ``midband`` benchmark documents (``bench/bench_layouts.py``, which this script runs first
for that family if its output is missing): their repair artifacts (the split stage's input, a
paged artifact saved as one file) and their truth. ``columns``: two columns a language, a
photo across the text width part-way down each article's first page, the captions under its
halves, the columns read down to it and on under it (midband-5-digital); ``scanned``: the
same as OCR reads it, one article (midband-1-scanned).

Usage: ``.venv/bin/python tools/midband_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("columns", "midband-5-digital"), Saved("scanned", "midband-1-scanned"))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-midband", Truth.AS_WRITTEN))
