"""Save the inputs of ``tests/test_split_graphics.py`` into ``tests/data/layouts-graphics/``.

Two ``infographic`` benchmark documents (``bench/bench_layouts.py``, which this script runs
first for that family if its output is missing): their repair artifacts (the split stage's
input, a paged artifact saved as one file) and their truth. ``digital``: a graphic panel
beside the text column on page 1 and across the page over the two columns of text on page 2
(call-outs read as a bilingual list, a chart's bars read as captions, a key figure set
large, the Vietnamese text under the panel read as a lead for spanning the columns the
chart's bars made) (infographic-2-digital); ``scanned``: a panel beside the text as OCR reads
it, its call-outs lost to the map, its key figure read as a title and its chart's bars as a
picture over their names (infographic-2-scanned).

Usage: ``.venv/bin/python tools/infographic_test_data.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("digital", "infographic-2-digital"), Saved("scanned", "infographic-2-scanned"))


if __name__ == "__main__":      # whole documents, cut as gallery_test_data's are
    sys.exit(main(SAVED, "layouts-graphics", Truth.PAGE_ARTICLES))
