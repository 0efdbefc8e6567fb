"""Save the inputs of ``tests/test_split_dogleg.py`` into ``tests/data/layouts-dogleg/``.

Three ``dogleg`` benchmark documents (``bench/bench_layouts.py``, which this script runs first
for that family if its output is missing): their repair artifacts (the split stage's input, a
paged artifact saved as one file) and their truth. ``head-right``: an inset story in the three
right columns of five under the lead's headline, the lead's English running on under it
(dogleg-1-digital); ``head-left``: the same at the left, the inset's titles read right after
the lead's headline and the lead's text starting in the short columns (dogleg-3-digital);
``scanned``: an inset at the foot, the lead's Vietnamese headline cut down a strip of word
spaces that lines up with an empty column's gutter (dogleg-2-scanned); ``lead-over-inset`` and
``lead-over-inset-4400``: the lead's headline across the page standing far over an inset's
head, its text read after the inset's (dogleg-2-digital of seed 4100, dogleg-4-digital of
seed 4400: development draws).

Usage: ``.venv/bin/python tools/dogleg_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("head-right", "dogleg-1-digital"), Saved("head-left", "dogleg-3-digital"),
         Saved("scanned", "dogleg-2-scanned"),
         Saved("lead-over-inset", "dogleg-2-digital", seed=4100),
         Saved("lead-over-inset-4400", "dogleg-4-digital", seed=4400))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-dogleg", Truth.AS_WRITTEN))
