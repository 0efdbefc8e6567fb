"""Save the inputs of ``tests/test_split_fillers.py`` into ``tests/data/layouts-filler/``.

Pages of the ``filler`` family (a community monthly stopping its columns' gaps with fillers
of no article: a saying, a tip or a figure in each language, in the body face, under a small
ornament and a bold lead-in), and one of ``cameo`` (a large photo's caption and its inset's
set together, each language's line under the other's), from the bench's development draw
(seed 1600):

* ``end-runin``: page 1 of ``filler-1-digital`` (a filler right under the article's end, its
  lead-in run into its text, three small diamonds over it);
* ``foot-line``: page 1 of ``filler-4-digital`` (a filler at the page's foot under the
  second article's text, its lead-in on a line of its own, a short rule over it);
* ``scanned-line``: page 1 of ``filler-2-scanned`` (OCR: the filler under the article's end,
  each lead-in on a line of its own);
* ``cameo-captions``: page 1 of ``cameo-2-digital`` (the large photo's and the inset's
  captions in one stack: Vietnamese roman, English italic, twice).

Usage: ``.venv/bin/python tools/filler_test_data.py [NAME ...]`` (runs the bench on the
families first if their output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("end-runin", "filler-1-digital", (1,)),
         Saved("foot-line", "filler-4-digital", (1,)),
         Saved("scanned-line", "filler-2-scanned", (1,)),
         Saved("cameo-captions", "cameo-2-digital", (1,)))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-filler", Truth.PAGE_ARTICLES))
