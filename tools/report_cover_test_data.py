"""Save the inputs of ``tests/test_split_centred_bylines.py`` and
``tests/test_split_contents_cells.py`` into ``tests/data/layouts-report-cover/``.

Covers of the ``report`` family of ``bench/bench_layouts.py`` (a report's title in both
languages, centred, the issuing office centred under it in both languages, a contents strip
at the foot; their repair artifacts, the split stage's input, cut to the cover, and their
truth cut to it):

* ``capitals``: page 1 of ``report-1-digital``: ``BÁO CÁO CÔNG TÁC ĐỐI NGOẠI`` over
  ``REPORT ON EXTERNAL AFFAIRS`` in capitals set smaller (a few words in capitals under a
  larger title, the shape of a byline), the office under them;
* ``italic-scan``: page 1 of ``report-1-scanned``: the Vietnamese title over the English one
  in mixed-case italics, which OCR's box makes neither tall nor wide enough for a title, the
  office under them;
* ``contents-numbers``: page 1 of ``report-5-digital`` of seed 4200 (the cover's contents
  strip: the Vietnamese entries, their page numbers, then the English entries and theirs,
  side by side in capitals: the strip between the numbers and the English parts the
  languages, though the text right beside it on its left is numbers alone).

Usage: ``.venv/bin/python tools/report_cover_test_data.py [NAME ...]`` (after the bench has
run; it runs the bench on report first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("capitals", "report-1-digital", (1,)),
         Saved("italic-scan", "report-1-scanned", (1,)),
         Saved("contents-numbers", "report-5-digital", (1,), seed=4200))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-report-cover", Truth.PAGE_ARTICLES))
