"""Save the inputs of ``tests/test_split_letters.py`` into ``tests/data/layouts-letters/``.

Pages of three ``letters`` documents of ``bench/bench_layouts.py`` (their repair artifacts,
the split stage's input, and their truth cut to the same pages), kept small:

* ``parallel``: the first two pages of ``letters-1-digital`` (the Vietnamese and English
  letters in parallel columns; on page 2 an English paragraph ends a little above the next
  pair's common line, with no indent to tell the two apart);
* ``translation``: the first two pages of ``letters-2-digital`` (a Vietnamese letter, then its
  English translation under a stamp; the kind and the subject read as one paragraph);

the truth keeps all its articles (a letter cut off at the second page keeps its record).
* ``translation-scanned``: ``letters-2-scanned`` (as OCR reads it: the subject's short last
  line apart from it, repair giving the English page's names their marks).

Usage: ``.venv/bin/python tools/letters_test_data.py`` (runs the bench on the family first if
its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("parallel", "letters-1-digital", (1, 2)),
         Saved("translation", "letters-2-digital", (1, 2)),
         Saved("translation-scanned", "letters-2-scanned", (1, 2)))


if __name__ == "__main__":      # every page's repair changes kept, as the files were first saved
    sys.exit(main(SAVED, "layouts-letters", Truth.EVERY_ARTICLE, every_change=True))
