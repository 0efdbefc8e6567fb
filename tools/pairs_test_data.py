"""Save the inputs of ``tests/test_pairs_captions.py`` into ``tests/data/layouts-pairs/``.

Pages of ``pairs`` benchmark documents (a row of two photos across the page, one caption
group per language under it, each caption opened by its photo's place word): the repair
artifact (the split stage's input) and the truth of the articles printed on the page.

* ``tail-english``: the captions over the text, the English text's last column opening with
  the last line of a paragraph begun in the column before, set right under the English
  captions (pairs-1-digital, page 3);
* ``tail-vietnamese``: the same for a Vietnamese paragraph's last line (pairs-2-digital,
  page 1);
* ``scanned-credits``: each caption's credit on a line of its own set right under it, the
  Vietnamese credits and the English ones naming two photographers (pairs-2-scanned, page 1);
* ``scanned-misread``: the same with one English credit in the line and the other's
  bracket misread as a quote (pairs-3-scanned, page 2).

Usage: ``.venv/bin/python tools/pairs_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("tail-english", "pairs-1-digital", (3,)),
         Saved("tail-vietnamese", "pairs-2-digital", (1,)),
         Saved("scanned-credits", "pairs-2-scanned", (1,)),
         Saved("scanned-misread", "pairs-3-scanned", (2,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-pairs", Truth.PAGE_ARTICLES))
