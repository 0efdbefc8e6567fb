"""Save the inputs of ``tests/test_split_interlace.py`` into ``tests/data/layouts-interlace/``.

A scanned document of the development family ``interlace`` (a landscape sheet in four
columns alternating the languages, the English first) as ``bench/bench_layouts.py`` made it
(its repair artifact, the split stage's input, and its truth):

* ``title-over-gutter``: the English title's one line ``FRENCH AMBASSADOR TO VIET NAM ...``,
  whose space after ``AMBASSADOR`` lies right over the gutter between the first two columns,
  and a speck of dust read as ``F`` past the end of the second column's last line
  (``interlace-2-scanned``, its one page; truth as written).

Usage: ``.venv/bin/python tools/interlace_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on the family first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

WHOLE = (Saved("title-over-gutter", "interlace-2-scanned"),)


if __name__ == "__main__":
    sys.exit(main(WHOLE, "layouts-interlace", Truth.AS_WRITTEN))
