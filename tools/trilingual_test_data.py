"""Save the inputs of ``tests/test_trilingual.py`` into ``tests/data/layouts-trilingual/``.

Pages of ``trilingual`` documents of ``bench/bench_layouts.py`` (a border province's paper:
articles as bands across a Vietnamese and an English column, a narrow column of short French
news of no article down the page's side; their repair artifacts, the split stage's input, and
their truth cut to the same pages, all its articles kept):

* ``bands``: the first two pages (the three-language masthead, two bands on page 1, the
  second article going on at page 2's head, the third band under it; the French column down
  the left of both pages, its heading repeated at page 2's head) (``trilingual-1-digital``);
* ``masthead``: the first page of a paper whose name is set some two and a half times the
  body, the French column's heading level with its issue line (``trilingual-2-digital``,
  page 1);
* ``scanned``: the first page of a scanned copy (``trilingual-3-scanned``, page 1);
* ``issue-line``: the first page of a scanned copy whose English title, set in four loose
  lines, stands level with the French column's items under the paper's issue line
  (``Số 48 - Tháng 12/2025 - ...``) (``trilingual-2-scanned``, page 1).

Usage: ``.venv/bin/python tools/trilingual_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on trilingual first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("bands", "trilingual-1-digital", (1, 2)),
         Saved("masthead", "trilingual-2-digital", (1,)),
         Saved("scanned", "trilingual-3-scanned", (1,)),
         Saved("issue-line", "trilingual-2-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-trilingual", Truth.EVERY_ARTICLE))
