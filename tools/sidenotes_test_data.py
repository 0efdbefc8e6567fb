"""Save the inputs of ``tests/test_split_margin.py`` into ``tests/data/layouts-sidenotes/``.

Pages of ``sidenotes`` documents of ``bench/bench_layouts.py`` (their repair artifacts, the
split stage's input, and their truth cut to the same pages), kept small:

* ``paired``: the first two pages of ``sidenotes-1-digital`` (passage by passage, the margin
  on the outer side: right on page 1, left on page 2; the kicker in both languages over the
  title, footnote marks glued to the word before them, the notes at the foot);
* ``sequential``: the first three pages of ``sidenotes-4-digital`` (the whole Vietnamese text,
  then the English, the margin on the left; two passages set with no gap between them, each
  with its side head; one note printed on pages 1 and 3, read as a running foot);
* ``apart``: page 4 of ``sidenotes-3-digital`` (a mark the text layer gives apart from its
  word, set after the last word of a justified line);
* ``scanned``: the first three pages of ``sidenotes-2-scanned`` (as OCR reads them: passages
  that end without a stop or with a mark read as a quote, each next one under a side head).

The truth keeps all its articles. Usage: ``.venv/bin/python tools/sidenotes_test_data.py``
(runs the bench on the family first if its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("paired", "sidenotes-1-digital", (1, 2)),
         Saved("sequential", "sidenotes-4-digital", (1, 2, 3)),
         Saved("apart", "sidenotes-3-digital", (4,)),
         Saved("scanned", "sidenotes-2-scanned", (1, 2, 3)))


if __name__ == "__main__":      # every page's repair changes kept, as the files were first saved
    sys.exit(main(SAVED, "layouts-sidenotes", Truth.EVERY_ARTICLE, every_change=True))
