"""Save the inputs of ``tests/test_split_programme.py`` into ``tests/data/layouts-programme/``.

Pages of two ``programme`` documents of ``bench/bench_layouts.py`` (their repair artifacts,
the split stage's input, and their truth cut to the same pages, all its articles kept), by
``tools.letters_test_data.save_pages``:

* ``after``: the bulletin's first page (the masthead over the first story's titles) and its
  last (the programme grid after the last story, the speakers' portraits with their name
  cards beside a box of practical information, the sponsors' strip at the foot)
  (``programme-1-digital``, pages 1 and 3);
* ``between``: the grid at the foot of page 1 after the first story, page 2 opening with the
  speakers (each row of two cards read as one line) and the box, then the second story's
  titles (``programme-2-digital``, pages 1 and 2).

Usage: ``.venv/bin/python tools/programme_test_data.py [NAME ...]`` (after the
bench has run; it runs the bench on programme first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("after", "programme-1-digital", (1, 3)),
         Saved("between", "programme-2-digital", (1, 2)))


if __name__ == "__main__":      # saved as letters_test_data's pages were: every change kept
    sys.exit(main(SAVED, "layouts-programme", Truth.EVERY_ARTICLE, every_change=True))
