"""Save the inputs of ``tests/test_split_figure_boxes.py`` and
``tests/test_split_slash_titles.py`` into ``tests/data/layouts-ratebox/``.

Pages of four ``ratebox`` benchmark documents (``bench/bench_layouts.py``, which this script
runs first for that family if its output is missing): their repair artifacts (the split
stage's input) and their truth cut to the page and its articles. ``frame``: a weather box in
a thin frame under a slash title set like the articles', its lines read as a body paragraph,
captions and keywords (ratebox-5-digital, page 1); ``tint``: an exchange-rate box on a light
tint under the same title, read as a caption (ratebox-4-digital, page 1); ``scanned``: a scanned
weather box whose title OCR read in two pieces, under an article whose slash title breaks
mid-line (ratebox-2-scanned, page 1); ``slash``: two articles whose slash titles break
mid-line, the English title's first words on the Vietnamese title's last line
(ratebox-1-digital, page 1; ``tests/test_split_slash_titles.py``).

Usage: ``.venv/bin/python tools/ratebox_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("frame", "ratebox-5-digital", (1,)),
         Saved("tint", "ratebox-4-digital", (1,)),
         Saved("scanned", "ratebox-2-scanned", (1,)),
         Saved("slash", "ratebox-1-digital", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-ratebox", Truth.PAGE_ARTICLES))
