"""Save the inputs of ``tests/test_split_para_ends.py`` into ``tests/data/layouts-para-ends/``.

Pages of born-digital documents of development families where split cut or joined a
paragraph wrongly at its end (issue 16), as ``bench/bench_layouts.py`` made them (their repair
artifacts, the split stage's input; no truth, the tests read the blocks):

* ``short-end``: an English paragraph ending a page without its stop (``… the Provincial
  Public Security``), the next page opening with the next paragraph (``Mr. Doan Thanh Son``)
  (``obituary-5-digital``, the whole document: its first page sets the link);
* ``spaced-ragged``: the same two paragraphs a few points apart in one ragged column
  (``flanking-4-digital``, page 2);
* ``turned-under-heading``: a paragraph's last line turned over onto the next page, over a
  numbered heading (``report-4-digital``, pages 2 and 3);
* ``column-head-word``: a paragraph's last word at the head of the next column, level with
  the first line of the column beside it (``advertorial-2-digital``, page 2);
* ``squeezed-foot``: a column's last two lines set a little smaller, the paragraph's rest on
  the next page (``inset-5-digital``, the whole document: its first pages measure the body);
* ``lead-then-text``: a one-column half whose lead, set across, is followed by the text's
  one paragraph (``tetebeche-2-digital``, page 3).

Usage: ``.venv/bin/python tools/para_ends_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on the families first when their output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("short-end", "obituary-5-digital"),
         Saved("spaced-ragged", "flanking-4-digital", (2,)),
         Saved("turned-under-heading", "report-4-digital", (2, 3)),
         Saved("column-head-word", "advertorial-2-digital", (2,)),
         Saved("squeezed-foot", "inset-5-digital"),
         Saved("lead-then-text", "tetebeche-2-digital", (3,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-para-ends", Truth.NONE))
