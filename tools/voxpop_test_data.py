"""Save the inputs of ``tests/test_split_voxpop.py`` into ``tests/data/layouts-voxpop/``.

Pages of the ``voxpop`` family's documents (a city newsletter's street voices: small portraits
captioned by the speaker's name, age and trade, no credit, the speakers' words beside or
under them):

* ``grid-under``: page 2 of ``voxpop-2-digital`` (voices two a row, each caption under its
  portrait, the Vietnamese over the English with no gap: read as one paragraph);
* ``rows-overlay``: page 1 of ``voxpop-3-digital`` (a voice a row, each caption in white on a
  dark strip over the portrait's foot; the names in bold run into the lines);
* ``rows-overlay-line``: page 1 of ``voxpop-3-digital`` of seed 4100 (a strip whose English
  caption is one line, read as body text the next page's words ran on from).

Usage: ``.venv/bin/python tools/voxpop_test_data.py`` (runs the bench on the family first if
its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("grid-under", "voxpop-2-digital", (2,)),
         Saved("rows-overlay", "voxpop-3-digital", (1,)),
         Saved("rows-overlay-line", "voxpop-3-digital", (1,), seed=4100))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-voxpop", Truth.PAGE_ARTICLES))
