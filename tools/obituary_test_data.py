"""Save the inputs of ``tests/test_split_centred_notices.py`` into
``tests/data/layouts-obituary/``.

The page of four ``obituary`` benchmark documents (``bench/bench_layouts.py``, which this
script runs first for that family if its output is missing) that holds the death notice of no
article: their repair artifacts (the split stage's input, with the shapes drawn on each page)
and their truth cut to the page and its articles. ``stacked``: the notice in a double black
frame narrower than the text, the Vietnamese over the English under a short rule, between the
first article's end and the next article (obituary-1-digital, page 2); ``abreast``: the
notice in a single frame, the Vietnamese in its left half beside the English in its right
(obituary-2-digital, page 2); ``scanned-stacked`` and ``scanned-abreast``: the scanned copies
of the two arrangements, where no frame reaches the split stage (obituary-1-scanned and
obituary-2-scanned, page 2).

Usage: ``.venv/bin/python tools/obituary_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("stacked", "obituary-1-digital", (2,)),
         Saved("abreast", "obituary-2-digital", (2,)),
         Saved("scanned-stacked", "obituary-1-scanned", (2,)),
         Saved("scanned-abreast", "obituary-2-scanned", (2,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-obituary", Truth.PAGE_ARTICLES))
