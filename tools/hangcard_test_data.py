"""Save the inputs of ``tests/test_split_hung_cards.py`` into ``tests/data/layouts-hangcard/``.

Pages of layout bench documents (the ``hangcard`` family) whose photos across the text width
carry their caption on a card hung over the photo's foot, part on the photo and part on the
page under it (the repair artifact, the split stage's input, and the truth of the articles
on the page):

* ``line-across-foot``: the card at the photo's right, the Vietnamese caption's second line
  set across the photo's foot, the English under it (hangcard-3-digital, page 2);
* ``middle-card``: the card in the photo's middle, the Vietnamese caption's last line (its
  credit) under the foot (hangcard-3-digital, page 3);
* ``foot-between-languages``: the card at the photo's left, the Vietnamese caption on the
  photo, the English wholly under it (hangcard-1-digital, page 4);
* ``scanned-card``: a scanned page, the Vietnamese credit's name set across the photo's
  foot (``(Ảnh: TRÍ`` / ``DŨNG)``) (hangcard-1-scanned, page 1);
* ``overprinted-caption``: a caption set on a photo's foot, flush left, and right under the
  photo a column's first line indented by a drop cap, set a point larger, its middle near
  the caption's (feature-3-digital of seed 4400, page 1): no card.

Usage: ``.venv/bin/python tools/hangcard_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("line-across-foot", "hangcard-3-digital", (2,)),
         Saved("middle-card", "hangcard-3-digital", (3,)),
         Saved("foot-between-languages", "hangcard-1-digital", (4,)),
         Saved("scanned-card", "hangcard-1-scanned", (1,)),
         Saved("overprinted-caption", "feature-3-digital", (1,), seed=4400))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-hangcard", Truth.PAGE_ARTICLES))
