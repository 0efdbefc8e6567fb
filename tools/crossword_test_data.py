"""Save the inputs of ``tests/test_split_puzzles.py`` into ``tests/data/layouts-crossword/``.

Pages of three ``crossword`` benchmark documents (``bench/bench_layouts.py``, which this script
runs first for that family if its output is missing): their repair artifacts (the split
stage's input) and their truth cut to the page and its articles. ``frame``: a bilingual
crossword in a thin frame under a title pair lettered like the articles', the grid at the
left, the clue runs read as body paragraphs under headings read as a byline and labels
(crossword-1-digital, page 2); ``tint``: the same on a light tint, the grid at the right,
under an article's title and text (crossword-2-digital, page 1); ``scanned``: a scanned
crossword whose clues OCR read one block an entry (an entry's last word a block of its own),
its titles over the grid beside the clues, last issue's answers under both
(crossword-2-scanned, page 2).

Usage: ``.venv/bin/python tools/crossword_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("frame", "crossword-1-digital", (2,)),
         Saved("tint", "crossword-2-digital", (1,)),
         Saved("scanned", "crossword-2-scanned", (2,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-crossword", Truth.PAGE_ARTICLES))
