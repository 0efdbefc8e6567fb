"""Save the inputs of ``tests/test_split_read_also.py`` into ``tests/data/layouts-readalso/``.

Pages of the ``readalso`` family (a news magazine printing with each article a framed
``ĐỌC THÊM`` / ``READ ALSO`` box of no article that lists other stories' headlines, the
issue's own titles among them), from the bench's development draw (seed 1600):

* ``halves-after``: page 1 of ``readalso-1-digital`` (the box after the article's text, the
  Vietnamese label and headlines in its left half, the English in its right half; the
  headlines read as titles and intros);
* ``stacked-before``: page 1 of ``readalso-4-digital`` (the box between the article's titles
  and its text, the Vietnamese over the English, each label run on into its first
  headline; the headlines read as titles, which made the article's own titles a banner);
* ``halves-before-italic``: page 2 of ``readalso-3-digital`` (the box between the titles and
  the text, its halves side by side, the article's lead set in italics under it);
* ``page-ref-line``: page 3 of ``readalso-2-digital`` of seed 4200 (a development draw: a
  stacked box alone on the article's last page, a headline's ``(p. 1)`` broken so that
  ``1)`` stands on a line of its own);
* ``short-second-article``: the whole of ``readalso-1-digital`` of seed 4100 (a development
  draw: the second article, a short one, shares its page with a box whose first headline
  is the first article's title with its page, ``(tr. 1)``);
* ``label-at-top``: pages 2-3 of ``readalso-1-digital`` of seed 4400 (a development draw:
  boxes at the heads of both pages, their labels repeated there and so read as running
  heads);
* ``scanned-halves``: page 1 of ``readalso-1-scanned`` (OCR: bullets read as guillemets or
  lost, the Vietnamese label run on into the headlines);
* ``scanned-lost-label``: page 1 of ``readalso-3-scanned`` (OCR: the English half's label
  lost, its first bullet read as ``+»``).

Usage: ``.venv/bin/python tools/readalso_test_data.py [NAME ...]`` (runs the bench on the
family first if its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("halves-after", "readalso-1-digital", (1,)),
         Saved("stacked-before", "readalso-4-digital", (1,)),
         Saved("halves-before-italic", "readalso-3-digital", (2,)),
         Saved("page-ref-line", "readalso-2-digital", (3,), seed=4200),
         Saved("short-second-article", "readalso-1-digital", seed=4100),
         Saved("label-at-top", "readalso-1-digital", (2, 3), seed=4400),
         Saved("scanned-halves", "readalso-1-scanned", (1,)),
         Saved("scanned-lost-label", "readalso-3-scanned", (1,)))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-readalso", Truth.PAGE_ARTICLES))
