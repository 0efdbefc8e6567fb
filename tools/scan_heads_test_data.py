"""Save the inputs of ``tests/test_split_scan_heads.py`` into
``tests/data/layouts-scan-heads/``.

Scanned pages of the layout bench whose article lost its pairing or its first paragraph link
to how OCR measured the article's head, where the born-digital copy's did not. ``SAVED``: each
saved name with its bench document and page:

* ``portrait-title-drop``: an English title whose short last line (``AMBASSADOR TO VIET
  NAM``) the XY cut read with the column under it, called a byline (``portrait-2-scanned``);
* ``statistics-title-mark``: an English title with one OCR mark (``VISITS ÁND WORKS``) run on
  into the Vietnamese title above it (``statistics-1-scanned``, page 1);
* ``quartet-title-row``: two titles' second lines on one row mid-page, read as a section band
  (``quartet-3-scanned``);
* ``notices-band-half``: a section band whose Vietnamese half OCR measured as body, its
  English half opening the English title, and the title's lines in a narrow column read as a
  byline and as junk (``notices-1-scanned``, page 1);
* ``programme-large-intro``: an intro set large read as a pull quote for the date line over
  the title (``programme-1-scanned``, page 1).

Each page is cut from the layout bench's cached pipeline run (``tools/test_pages.main`` runs
the bench on the families whose artifacts are not there yet). Run as
``.venv/bin/python tools/scan_heads_test_data.py [NAME ...]``; the saved files come out byte
for byte the same on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("portrait-title-drop", "portrait-2-scanned", (1,)),
         Saved("statistics-title-mark", "statistics-1-scanned", (1,)),
         Saved("quartet-title-row", "quartet-3-scanned", (1,)),
         Saved("notices-band-half", "notices-1-scanned", (1,)),
         Saved("programme-large-intro", "programme-1-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scan-heads", Truth.PAGE_ARTICLES))
