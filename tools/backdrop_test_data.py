"""Save the inputs of ``tests/test_split_backdrops.py`` into ``tests/data/layouts-backdrop/``.

Born-digital pages of benchmark documents: the repair artifact (the split stage's input) and
the truth of the articles printed on them.

* ``opening-over-photo``: a heritage magazine's opening page, a faded photo across the page's
  upper half behind the titles and the first 18-24 lines of each of four columns (two
  Vietnamese, two English), the columns running on under it (backdrop-1-digital, page 1);
* ``whole-page-photo``: the same magazine's opening pages whose photo lies behind all the
  text down to the captions' hairline, the first article's four columns, then a short
  article's, 3 to 6 lines a column under its titles (backdrop-2-digital, pages 1 and 2);
* ``caption-band-on-photo``: a feature's page whose photo spans the text's width, its two
  captions overprinted on a band across its foot, one line a language in a smaller type
  (feature-4-digital, page 4): a photo of the layout, no backdrop.

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/backdrop_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("opening-over-photo", "backdrop-1-digital", (1,)),
         Saved("whole-page-photo", "backdrop-2-digital", (1, 2)),
         Saved("caption-band-on-photo", "feature-4-digital", (4,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-backdrop", Truth.PAGE_ARTICLES))
