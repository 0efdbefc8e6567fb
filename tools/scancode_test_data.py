"""Save the inputs of ``tests/test_split_scan_codes.py`` into ``tests/data/layouts-scancode/``.

Pages of two ``scancode`` benchmark documents (``bench/bench_layouts.py``, which this script
runs first for that family if its output is missing): their repair artifacts (the split
stage's input, with the shapes drawn on each page: of each QR code, its three finder
squares) and their truth cut to the page and its articles. ``open``: two articles, each
closed by an open "scan me" box (no frame, under a short rule) under its English columns,
its prompts set at the body's size beside the code (scancode-1-digital, page 1);
``twolines``: an open box whose prompts run on two lines each, beside a code under the
English column (scancode-5-digital, page 1); ``scanbox``: a scanned copy's framed box,
the code's finders found in the page image, the OCR's garbage read off the code into the
Vietnamese prompt's line (scancode-1-scanned, page 1); ``scanopen``: a scanned copy's open
box (scancode-2-scanned, page 1).

Usage: ``.venv/bin/python tools/scancode_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("open", "scancode-1-digital", (1,)),
         Saved("twolines", "scancode-5-digital", (1,)),
         Saved("scanbox", "scancode-1-scanned", (1,)),
         Saved("scanopen", "scancode-2-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scancode", Truth.PAGE_ARTICLES))
