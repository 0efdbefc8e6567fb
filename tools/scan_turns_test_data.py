"""Save the inputs of ``tests/test_scan_turns.py`` into ``tests/data/layouts-scan-turns/``.

Scanned documents of development families where split or align went wrong on what OCR makes
of a page turn (issue 16), as ``bench/bench_layouts.py`` made them (their repair artifacts,
the split stage's input, and their truth as written):

* ``page-turn-tail``: an article whose last paragraph runs over onto a second page that holds
  only its last four lines, two in each column (``statistics-1-scanned``, both pages: the
  first page is the one that measures the document's line pitch);
* ``stacked-across``: two stories stacked on one page, each titled across the whole width over
  a Vietnamese half and an English half of two columns each (``quartet-2-scanned``, page 1,
  the articles printed on it).

Usage: ``.venv/bin/python tools/scan_turns_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on the families first when their output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("page-turn-tail", "statistics-1-scanned"),)
BANDS = (Saved("stacked-across", "quartet-2-scanned", (1,)),)


if __name__ == "__main__":
    status = main(SAVED, "layouts-scan-turns", Truth.AS_WRITTEN)
    sys.exit(status or main(BANDS, "layouts-scan-turns", Truth.PAGE_ARTICLES))
