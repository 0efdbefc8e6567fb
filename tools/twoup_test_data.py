"""Save the inputs of ``tests/test_split_two_up.py`` into ``tests/data/layouts-twoup/``.

Documents of the ``twoup`` family of ``bench/bench_layouts.py`` (a conference's handout
printed two up: small landscape pages one over the other on each portrait sheet, each with
its own page number or running head; their repair artifacts, the split stage's input, and
their truth as written):

* ``handout``: ``twoup-2-digital``, the whole file (three sheets: pages 1 over 2, 3 over 4,
  5 over an empty half), each page's number centred at its foot, the articles' Vietnamese
  and English runs going on from an upper page to the lower one;
* ``handout-scan``: ``twoup-1-scanned``, the whole scan (two sheets, pages 1 over 2, 3 over
  an empty half), each page under its running heads (``TÀI LIỆU HỘI NGHỊ`` / ``CONFERENCE
  PAPERS``), a dashed cutting line between the halves, no page numbers;
* ``handout-scan-plain``: ``twoup-3-scanned``, the whole scan (two sheets, pages 1 over 2,
  3 over 4), no running heads or page numbers: page 1 opens under the conference's name band,
  the rule under it read by OCR as a row of junk across the page.

Usage: ``.venv/bin/python tools/twoup_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on twoup first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("handout", "twoup-2-digital"), Saved("handout-scan", "twoup-1-scanned"),
         Saved("handout-scan-plain", "twoup-3-scanned"))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-twoup", Truth.AS_WRITTEN))
