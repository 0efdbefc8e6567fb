"""Save the inputs of ``tests/test_split_cards.py`` into ``tests/data/layouts-cards/``.

Pages of ``cards`` benchmark documents (``bench/bench_layouts.py``, which this script runs
first for that family if its output is missing): a bulletin's "at a glance" pages, each short
article a card of a grid (Vietnamese title and text, a rule, English title and text), their
repair artifacts (with the shapes drawn on each page) and their truth cut to the page and its
articles. Each page shows one way a card lost its title before round 30:

* ``lead``: a lead card across the grid at page 1's head, its two titles side by side read
  as the masthead of a page of short items (cards-1-digital, page 1);
* ``first-row``: a grid's first row of cards at page 1's head, the Vietnamese titles read as
  that masthead (cards-5-digital, page 1);
* ``top-row``: the first lines of a first row's titles, set larger than the body, cut into
  the page's top band and read as one running head across the page (cards-4-digital of seed
  4100, page 1);
* ``band-line``: a title's first line (eight words) inside the page's top band under the
  running heads, read as a running head (cards-2-digital of seed 4300, page 1);
* ``kicker``: a lead card's English title, its first line of four words read as the kicker
  of a box story (cards-1-digital of seed 4300, page 1);
* ``rubric``: a card's English title, its first line of four words read as a rubric over it
  (cards-2-digital of seed 4400, page 2);
* ``title-grid``: two cards' titles side by side, a line a block, read as a grid of short
  cells (cards-1-digital of seed 4200, page 2);
* ``scan-lead``: a scanned lead card, its heavy rule read as a row of junk across the gutter
  that joined its two titles into one (cards-3-scanned, page 1).

Usage: ``.venv/bin/python tools/cards_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("lead", "cards-1-digital", (1,)),
         Saved("first-row", "cards-5-digital", (1,)),
         Saved("top-row", "cards-4-digital", (1,), seed=4100),
         Saved("band-line", "cards-2-digital", (1,), seed=4300),
         Saved("kicker", "cards-1-digital", (1,), seed=4300),
         Saved("rubric", "cards-2-digital", (2,), seed=4400),
         Saved("title-grid", "cards-1-digital", (2,), seed=4200),
         Saved("scan-lead", "cards-3-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-cards", Truth.PAGE_ARTICLES))
