"""Save the inputs of ``tests/test_split_treaty.py`` into ``tests/data/layouts-treaty/``.

Three ``treaty`` documents of ``bench/bench_layouts.py`` (memoranda and joint statements in
numbered articles; their repair artifacts, the split stage's input, and their truth as
written), whole, since an instrument's head is on its first page and its close after its
last article:

* ``parallel``: the Vietnamese and English articles in level columns, clauses ``a)``, the
  close and signers spanning both columns at the foot of page 2 (``treaty-1-digital``);
* ``stacked``: each article's Vietnamese across the page with its English under it, clauses
  ``1.1``, an article's Vietnamese title ending in a line of names without marks (``DE
  JANEIRO, BRAZIL``), the close at the head of page 3 (``treaty-4-digital``);
* ``scanned``: an OCR copy in level columns, an English title's last word read as a byline,
  the close at the head of page 2 (``treaty-2-scanned``).

Usage: ``.venv/bin/python tools/treaty_test_data.py [NAME ...]`` (after the bench has run; it
runs the bench on treaty first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("parallel", "treaty-1-digital"),
         Saved("stacked", "treaty-4-digital"),
         Saved("scanned", "treaty-2-scanned"))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-treaty", Truth.AS_WRITTEN))
