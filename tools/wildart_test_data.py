"""Save the inputs of ``tests/test_split_wild_art.py`` into ``tests/data/layouts-wildart/``.

Pages of ``wildart`` benchmark documents (``bench/bench_layouts.py``, which this script runs
first for that family if its output is missing), each with a stand-alone photo of no story
(its bold kicker and credited caption in each language) and the truth of the articles on it:
``across``, the photo over the whole text width, the kickers and captions under it, the
Vietnamese left and the English right (wildart-1-digital, page 1); ``beside``, the photo at
the left, each language's kicker and caption stacked at its right (wildart-3-digital, page 1);
``beside-right``, the photo at the right, the captions at the left set in a measure narrower
than the space beside it (wildart-4-digital, page 1); ``alone``, the photo at the head of a page
of no running text, after the story ended on the page before (wildart-2-digital, page 3);
``scanned``, a scanned copy's photo across the text width, an English caption line OCR read at
the body's size (wildart-2-scanned, page 1).

Usage: ``.venv/bin/python tools/wildart_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("across", "wildart-1-digital", (1,)),
         Saved("beside", "wildart-3-digital", (1,)),
         Saved("beside-right", "wildart-4-digital", (1,)),
         Saved("alone", "wildart-2-digital", (3,)),
         Saved("scanned", "wildart-2-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-wildart", Truth.PAGE_ARTICLES))
