"""Save the inputs of ``tests/test_split_wrapped_photos.py`` into ``tests/data/layouts-feature/``.

Single pages of the ``feature`` family's born-digital benchmark documents (repair artifacts
holding one page each, the split stage's input; pages keep their numbers), chosen for what
they show: text wrapped around a photo in a column's part with its caption under it, a drop cap
in each language and the two intros side by side under the byline (``feature-1-digital`` page
1); a photo across the gutter of two columns with its caption overprinted on it (page 3); a
photo as wide as the columns with its caption on it and two columns of text right under it
(``feature-2-digital`` page 1); a kicker alone over a title, a name in capitals under it and a
lead set bold in a face whose bold boxes stand tall (``feature-4-digital`` page 5). They come
from ``bench/bench_layouts.py`` (its seed, the real pipeline), which this script runs first
(``--family feature``) if its output is missing.

Usage: ``.venv/bin/python tools/feature_test_data.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("part-photo", "feature-1-digital", (1,)),
         Saved("gutter-photo", "feature-1-digital", (3,)),
         Saved("wide-photo", "feature-2-digital", (1,)), Saved("kicker", "feature-4-digital", (5,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-feature", Truth.NONE))
