"""Save the inputs of ``tests/test_split_chronicle.py`` into ``tests/data/layouts-chronicle/``.

One page of each of four ``timeline`` benchmark documents (``bench/bench_layouts.py``, which
this script runs first for that family if its output is missing): its repair artifact (the
split stage's input) cut down to that page, and the truth of that page and of the articles on
it. A page, not a document, to keep the saved files small.

Usage: ``.venv/bin/python tools/chronicle_test_data.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

# a ruled table under its head row, month bands as rows (1); dates in a margin beside the
# entries, a photo captioned in both languages (3, page 2); entries down a centre spine, each
# date set close over its headline (4); a scanned table whose date column OCR read as a column
# of its own (scanned 2)
SAVED = (Saved("table", "timeline-1-digital", (1,)), Saved("ledger", "timeline-3-digital", (2,)),
         Saved("spine", "timeline-4-digital", (1,)),
         Saved("table-scanned", "timeline-2-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-chronicle", Truth.BLOCK_ARTICLES))
