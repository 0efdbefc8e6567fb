"""Save the inputs of ``tests/test_scan_columns.py`` into ``tests/data/layouts-scan-columns/``.

Scanned documents of the development families ``edgetab`` and ``footstrip`` where split read
a page's columns wrong from what OCR made of the rules and marks beside the text (issue 16),
as ``bench/bench_layouts.py`` made them (their repair artifacts, the split stage's input, and
their truth):

* ``speck-widened``: a wide Vietnamese column beside a narrow English one, whose last English
  paragraph took in the ``|`` OCR read off the hairline between the columns and the ``~`` off
  the name turned along the outer edge (``edgetab-1-scanned``, both pages: the article goes on
  at the next page's head, where the columns have swapped sides; truth as written);
* ``mark-widened``: the same page where the English column holds two paragraphs only and its
  range reaches from the hairline's ``|`` to the turned name's ``-`` (``edgetab-2-scanned``;
  truth as written);
* ``rule-over-titles``: a heavy rule right over the Vietnamese title and the English one set
  level beside it, read as a row of odd words across the gutter between them
  (``footstrip-1-scanned``, page 1, the article printed on it);
* ``accent-on-tail``: the English title set loosely, its last line ``SON PROVINCE`` read
  ``SÓN PROVINCE`` (``footstrip-3-scanned``, page 1, the article printed on it);
* ``names-between``: an English title set loosely whose middle line holds names only,
  ``HUU NGHI BORDER GATE CHI LANG`` (``summary-1-scanned``, whole: its articles' Vietnamese
  copies are on page 1, their English ones on page 3; truth as written).

Usage: ``.venv/bin/python tools/scan_columns_test_data.py [NAME ...]`` (after the bench has
run; it runs the bench on the families first when their output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

WHOLE = (Saved("speck-widened", "edgetab-1-scanned"),
         Saved("mark-widened", "edgetab-2-scanned"),
         Saved("names-between", "summary-1-scanned"))
PAGES = (Saved("rule-over-titles", "footstrip-1-scanned", (1,)),
         Saved("accent-on-tail", "footstrip-3-scanned", (1,)))


if __name__ == "__main__":
    status = main(WHOLE, "layouts-scan-columns", Truth.AS_WRITTEN)
    sys.exit(status or main(PAGES, "layouts-scan-columns", Truth.PAGE_ARTICLES))
