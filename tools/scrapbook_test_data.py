"""Save the inputs of ``tests/test_split_tilted.py`` into ``tests/data/layouts-scrapbook/``.

Two whole ``scrapbook`` benchmark documents (``bench/bench_layouts.py``, which this script runs
first for that family if its output is missing), whose photos are pinned as snapshot cards
turned a few degrees, each card's captions and credits turned with it, and their truth as
written: ``five``, a row of three cards over the second article's text on page 3, their
lines' slant a little more than a line's pitch across the card (scrapbook-5-digital);
``one``, a row of two cards under the second article's text on page 3 (scrapbook-1-digital);
``four``, cards turned up to 7 degrees, whose text layer breaks each slanted line into pieces
of a few words (scrapbook-4-digital: read right before the cards were turned back, it guards
that turning them back keeps a card's pieces together).

Usage: ``.venv/bin/python tools/scrapbook_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("five", "scrapbook-5-digital"),
         Saved("one", "scrapbook-1-digital"),
         Saved("four", "scrapbook-4-digital"))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scrapbook", Truth.AS_WRITTEN))
