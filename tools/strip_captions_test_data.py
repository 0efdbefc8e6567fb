"""Save the inputs of ``tests/test_align_strip_captions.py`` into
``tests/data/layouts-strip-captions/``.

Pages of layout bench documents whose captions the caption readers lost at the round's start
(the repair artifact, the split stage's input, and the truth of the articles on the page):

* ``paren-labels``: a caption strip whose entries open with the photo's place in parentheses,
  ``(Dưới trái)`` / ``(Bottom left)`` (footstrip-2-digital, page 4);
* ``label-after-credit``: a strip entry's Vietnamese caption, credit and English label read as
  one block, ``... Ảnh - TRÍ DŨNG (Top right) Mr. Doan ...`` (footstrip-4-digital, page 2);
* ``misread-label``: a scanned strip whose English label OCR read ``BOTTOM LEET:`` (and a
  credit ``LA MAT`` / ``LA MAI``) (footstrip-2-scanned, page 2);
* ``credit-column``: each caption's two credits flush right in a narrow column of their own
  beside the captions, read after both halves (feature-5-digital, pages 4 and 5);
* ``misread-credit-label``: a scanned caption whose credit label OCR read ``( Ẳnh: TRÍ
  DŨSG)``, its English half set apart at the foot of the page (stacked-3-scanned, page 1);
* ``long-twin``: a long English caption in a narrow column (nine lines) ending in its credit,
  right under its Vietnamese half (interview-3-scanned, page 2);
* ``head-opening``: an English caption beside its photo at the page's top whose first line
  was read as a running head (photo-essay-3-scanned, page 3);
* ``garbled-labels``: credits OCR read ``(ảnh: KIỀU ANH)`` and ``Pboto: KIEU 4NH``, each on
  a line of its own under its half (front-page-1-scanned, page 1);
* ``unreadable-labels``: credit lines whose labels OCR garbled past reading, ``Anh. LA MAI``,
  ``: xẩnb - TRÍ DŨNG`` (feature-3-scanned, page 3).

Usage: ``.venv/bin/python tools/strip_captions_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("paren-labels", "footstrip-2-digital", (4,)),
         Saved("label-after-credit", "footstrip-4-digital", (2,)),
         Saved("misread-label", "footstrip-2-scanned", (2,)),
         Saved("credit-column", "feature-5-digital", (4, 5)),
         Saved("misread-credit-label", "stacked-3-scanned", (1,)),
         Saved("long-twin", "interview-3-scanned", (2,)),
         Saved("head-opening", "photo-essay-3-scanned", (3,)),
         Saved("garbled-labels", "front-page-1-scanned", (1,)),
         Saved("unreadable-labels", "feature-3-scanned", (3,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-strip-captions", Truth.PAGE_ARTICLES))
