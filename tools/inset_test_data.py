"""Save the inputs of ``tests/test_align_inset_captions.py`` into ``tests/data/layouts-inset/``.

Pages of ``inset`` documents of ``bench/bench_layouts.py`` (their repair artifacts, the split
stage's input, and their truth cut to the page's articles), captions printed inside the photos
on light panels laid over their corners:

* ``split-panels``: page 2 of ``inset-2-digital`` (two photos side by side, each with its
  English caption on a panel in its top left corner and its Vietnamese caption, the credit on a
  line of its own, on a panel in the opposite corner: the English half read first);
* ``scanned-panel``: page 1 of ``inset-2-scanned`` (a scanned copy: both languages on one
  panel over the lead photo's corner, as OCR reads it once ``extract.ocr.photopanels`` keeps
  it; the English credit's last name wrapped to a line of its own).

Usage: ``.venv/bin/python tools/inset_test_data.py`` (runs the bench on the family first if
its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("split-panels", "inset-2-digital", (2,)),
         Saved("scanned-panel", "inset-2-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-inset", Truth.PAGE_ARTICLES))
