"""Save the inputs of ``tests/test_serial_bands.py`` into ``tests/data/layouts-tandem/``.

Whole ``tandem`` benchmark documents (``bench/bench_layouts.py``, which this script runs
first for that family if its output is missing): a magazine running a serial along a band of
its pages beside the features, two articles going on from page to page at once. Their
repair artifacts (the split stage's input, with the band's tint or rule drawn on each page)
and their truth as written. ``tint``: a band on a light tint at the pages' foot, the serial
going on alone on the last page (tandem-1-digital); ``parked``: a tinted band at the foot
whose serial goes on under the main part's new paragraphs, each part's text starting a
paragraph at the next page's head (tandem-5-digital); ``scanned``: a scanned copy's band at
the head, parted from the main part by white alone (a scan records no tint;
tandem-3-scanned).

Usage: ``.venv/bin/python tools/tandem_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("tint", "tandem-1-digital"),
         Saved("parked", "tandem-5-digital"),
         Saved("scanned", "tandem-3-scanned"))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-tandem", Truth.AS_WRITTEN))
