"""Save the inputs of ``tests/test_split_scan_laggards.py`` into
``tests/data/layouts-scan-laggards/``.

Scanned pages of the layout bench whose split went wrong where the born-digital copy's did
not (or where both did, on a rule the scan showed): the repair artifact of the pages (the split
stage's input) and the truth of the articles on them. ``SAVED``: each saved name with its bench
document and pages:

* ``infographic-title-tail``: a Vietnamese title whose last line holds only names
  (``BANG RTIO DE JANETRO, BRAZIL`` as OCR read it), read as English and given to the English
  title (``infographic-2-scanned``, page 1);
* ``timeline-title-tail``: the same in a timeline's narrow column (``DE JANEIRO, BRAZIL``), one
  of three entries (``timeline-2-scanned``, its one page);
* ``photo-essay-rubric-twice``: a rubric over a rule that OCR read twice, the second reading
  running on into the title under it (``photo-essay-1-scanned``, page 1);
* ``sections-title-halves``: an English title whose word spaces line up into a strip read as a
  gutter, a caption under a photo read between its halves (``sections-2-scanned``, both
  pages);
* ``greeting-salutation``: a greeting whose salutation (ending in a comma) and a paragraph
  closed by a speck after its stop were read with the paragraphs after them
  (``greeting-2-scanned``, its one page).

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/scan_laggards_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("infographic-title-tail", "infographic-2-scanned", (1,)),
         Saved("timeline-title-tail", "timeline-2-scanned", (1,)),
         Saved("photo-essay-rubric-twice", "photo-essay-1-scanned", (1,)),
         Saved("sections-title-halves", "sections-2-scanned", (1, 2)),
         Saved("greeting-salutation", "greeting-2-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scan-laggards", Truth.PAGE_ARTICLES))
