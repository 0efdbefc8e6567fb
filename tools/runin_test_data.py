"""Save the inputs of ``tests/test_split_runin.py`` into ``tests/data/layouts-runin/``.

Pages of the ``runin`` family (a weekly's round-up of short news items, each article's title
in bold capitals run into the first line of its first paragraph), from the development draws
of seeds 4200 and 4300 (``bench/bench_layouts.py --seed``):

* ``page-head``: page 1 of ``runin-4-digital`` of seed 4200 (each column opens under the
  running heads with a run-in head, the text running on after it on the same line: cut
  from it, the head would lie in the page's top band);
* ``under-byline``: page 2 of the same (a title of two lines under the byline of the article
  before it, set right: its second line holds its last words and the text's first);
* ``bold-intro``: page 1 of ``runin-3-digital`` of seed 4300 (a title filling its last line
  over an intro set in bold: no change of weight parts them, only the change from capitals
  to lower case);
* ``section-label``: page 1 of ``side-by-side-1-digital`` of seed 1600 (a section's label on
  one line in both languages, ``ĐIỂM TIN ĐỐI NGOẠI`` in bold capitals then ``Foreign Affairs
  News``: no run-in head);
* ``numbered-paragraph``: page 2 of ``treaty-5-digital`` of seed 1600 (a title over a
  paragraph opening with its number in bold, ``2.1``: no run-in head);
* ``level-bands``: page 1 of ``runin-1-digital`` of seed 1600 (each item set in a band of
  its own across the page, its two languages starting level, its text running down the
  first column of its language's group and on into the second: ``run_in_bands``);
* ``title-turn``: page 1 of ``runin-2-digital`` of seed 1600 (the items running on down
  the columns, a Vietnamese title broken at the first column's foot and going on at the
  second column's head);
* ``capitals-intro``: page 5 of ``newsletter-2-digital`` of seed 4200 (an intro set in
  capitals in the first of two columns under a photo whose caption and credit, in one line
  set smaller, cross the gutter a few points above the columns);
* ``narrow-bands``: page 1 of ``runin-5-digital`` of seed 4300 (level bands as in
  ``level-bands``, one parted from the next by white less than half a line pitch high);
* ``slipped-capital``: page 1 of ``runin-3-scanned`` of seed 1600 (a scan: a Vietnamese title
  of two lines run into its text's first line, whose first word, ``Chiều``, OCR read as
  ``(hiệu``, the capital lost beside the bold head).

Usage: ``.venv/bin/python tools/runin_test_data.py [NAME ...]`` (runs the bench on the seed's
family first if its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("page-head", "runin-4-digital", (1,), seed=4200),
         Saved("under-byline", "runin-4-digital", (2,), seed=4200),
         Saved("bold-intro", "runin-3-digital", (1,), seed=4300),
         Saved("section-label", "side-by-side-1-digital", (1,)),
         Saved("numbered-paragraph", "treaty-5-digital", (2,)),
         Saved("level-bands", "runin-1-digital", (1,)),
         Saved("title-turn", "runin-2-digital", (1,)),
         Saved("capitals-intro", "newsletter-2-digital", (5,), seed=4200),
         Saved("narrow-bands", "runin-5-digital", (1,), seed=4300),
         Saved("slipped-capital", "runin-3-scanned", (1,)))

if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-runin", Truth.PAGE_ARTICLES))
