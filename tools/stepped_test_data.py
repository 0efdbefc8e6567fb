"""Save the inputs of ``tests/test_split_stepped.py`` into ``tests/data/layouts-stepped/``.

Pages of the ``stepped`` family (each article's titles over all its columns but one, the
free column running up beside them from the article's rule) and of ``digest``:

* ``free-column-left``: an article whose free column, the Vietnamese text's only column,
  stands left of the titles over the English column (stepped-1-digital, page 1);
* ``two-openings-one-free-column``: two articles opening on one page, their free columns
  one over the other in the page's first column, read as one region (stepped-5-digital,
  page 1);
* ``titles-over-one-column``: two articles on a page, each one's titles over its Vietnamese
  column, the English one free at the right, the first article's English text beside the
  second's titles (stepped-4-digital of seed 4800, page 1);
* ``english-title-short-first-line``: the English title's first line (``TECHNICAL
  TRAFFIC``, too short to tell its language) in bold italics under the Vietnamese title
  in bold (stepped-3-digital, page 1);
* ``free-column-left-scanned``: the scanned copy of a free column left of the titles
  (stepped-1-scanned, page 1);
* ``digest-column-beside-titles``: an English section's page whose second article's titles
  stand at the head of the third column, the first article's text running on in the second
  column beside them from the same height (digest-5-digital, page 5): no free column.

Usage: ``.venv/bin/python tools/stepped_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("free-column-left", "stepped-1-digital", (1,)),
         Saved("two-openings-one-free-column", "stepped-5-digital", (1,)),
         Saved("titles-over-one-column", "stepped-4-digital", (1,), seed=4800),
         Saved("english-title-short-first-line", "stepped-3-digital", (1,)),
         Saved("free-column-left-scanned", "stepped-1-scanned", (1,)),
         Saved("digest-column-beside-titles", "digest-5-digital", (5,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-stepped", Truth.PAGE_ARTICLES))
