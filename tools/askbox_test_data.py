"""Save the inputs of ``tests/test_split_drawn_boxes.py`` and
``tests/test_split_box_twins.py`` into ``tests/data/layouts-askbox/``.

Pages of two ``askbox`` benchmark documents (``bench/bench_layouts.py``, which this script
runs first for that family if its output is missing): their repair artifacts (the split
stage's input, with the shapes drawn on each page) and their truth cut to the page and its
articles. ``frame``: a readers' box in a thin frame under its dark bar, between an article's
last lines and the next article's bar (askbox-1-digital, page 2); ``tint``: the same box on a
light grey tint, its answers set apart as an intro would be (askbox-2-digital, page 2);
``scanned``: a scanned page whose box's bar OCR could not read, its Vietnamese half held in
from its column's edges, its English half starting at the gutter (askbox-1-scanned, page 1).

Usage: ``.venv/bin/python tools/askbox_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("frame", "askbox-1-digital", (2,)),
         Saved("tint", "askbox-2-digital", (2,)),
         Saved("scanned", "askbox-1-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-askbox", Truth.PAGE_ARTICLES))
