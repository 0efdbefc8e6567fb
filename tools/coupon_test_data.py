"""Save the inputs of ``tests/test_split_drawn_forms.py`` into ``tests/data/layouts-coupon/``.

Pages of two ``coupon`` benchmark documents (``bench/bench_layouts.py``, which this script
runs first for that family if its output is missing): their repair artifacts (the split
stage's input, with the shapes drawn on each page) and their truth cut to the page and its
articles. ``between``: a registration form, its Vietnamese half over its English half, in a
dashed frame at the head of page 2 between the first article's run-on and the second
article's title (coupon-2-digital, page 2); ``foot``: a readers' survey in the same
arrangement at the foot of the first page, under the first article's text
(coupon-5-digital, page 1); ``under``: a registration form, its halves side by side, between
the first article's foot and the second article's title on the first page (coupon-1-digital
of the draws from seed 4300, page 1); ``straddled``: a registration form across the foot of
the first page, two columns a language over it, the Vietnamese columns found in none of the
page's columns (coupon-4-digital of seed 4300, page 1). In all of them, the form's headings
are bold capitals at about the body size, which the role rules read as titles. ``scanned``:
the scanned copy of a registration form between two parts of an article, its halves stacked
(coupon-2-scanned, page 1): its frame, answer lines and tick boxes found on the scan
(``extract.ocr.cut_frames``) are the page's drawings.

Usage: ``.venv/bin/python tools/coupon_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("between", "coupon-2-digital", (2,)),
         Saved("foot", "coupon-5-digital", (1,)),
         Saved("under", "coupon-1-digital", (1,), seed=4300),
         Saved("straddled", "coupon-4-digital", (1,), seed=4300),
         Saved("scanned", "coupon-2-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-coupon", Truth.PAGE_ARTICLES))
