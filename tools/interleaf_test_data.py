"""Save the inputs of ``tests/test_split_interleaf.py`` into ``tests/data/layouts-interleaf/``.

Born-digital documents of the development family ``interleaf`` (one stream per article down
two or three columns, each Vietnamese paragraph followed by its English twin) as
``bench/bench_layouts.py`` made them (their repair artifacts, the split stage's input; no
truth: the tests name the blocks they check):

* ``column-head-fragment``: page 1 of ``interleaf-4-digital``, whose Vietnamese paragraph
  ``Trong 02 ngày, …`` breaks at the first column's foot after ``… tại Nam``, its last word
  ``Ninh.`` alone at the second column's head, over the English twin;
* ``run-on-last-page``: ``interleaf-1-digital`` of seed 4500 (both pages), whose Vietnamese
  paragraph ``Tham dự Hội đàm …`` breaks at page 1's foot; its last line and the English
  twin's first lines stand alone at page 2's first column's head, the twin's rest in the
  second column.

Usage: ``.venv/bin/python tools/interleaf_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on the family first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("column-head-fragment", "interleaf-4-digital", (1,)),
         Saved("run-on-last-page", "interleaf-1-digital", seed=4500))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-interleaf", Truth.NONE))
