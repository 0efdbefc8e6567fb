"""Save the inputs of ``tests/test_keyed_captions.py`` into ``tests/data/layouts-keyed/``.

Pages of ``keyed`` benchmark documents (photos numbered in a disc printed on them, their
captions set apart as a numbered key): the repair artifact (the split stage's input) and the
truth of the articles printed on the page.

* ``paired``: the key under the group across the page, each number's Vietnamese entry with
  its English twin under it, the English first entry and the next entries read as one
  paragraph (keyed-4-digital, page 1);
* ``halves``: the Vietnamese entries down the left half and the English down the right, the
  second and third entries of each read as one paragraph (keyed-2-digital, page 1);
* ``beside``: the key in a column beside the group, each entry's credit set at the end of its
  last line (keyed-5-digital, page 3);
* ``scanned-body``: a scanned key whose English entries OCR read as one block the look rules
  took for body text (keyed-1-scanned, page 1);
* ``scanned-title``: a scanned page whose English title's first line OCR read with a stray
  mark (``THẺ``), joined to the Vietnamese title over it (keyed-3-scanned, page 1).

Usage: ``.venv/bin/python tools/keyed_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("paired", "keyed-4-digital", (1,)),
         Saved("halves", "keyed-2-digital", (1,)),
         Saved("beside", "keyed-5-digital", (3,)),
         Saved("scanned-body", "keyed-1-scanned", (1,)),
         Saved("scanned-title", "keyed-3-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-keyed", Truth.PAGE_ARTICLES))
