"""Save the inputs of ``tests/test_split_turned_titles.py`` into
``tests/data/layouts-turned-titles/``.

Pages of ``turnhead`` documents (titles turned a quarter in a strip beside their text):

* ``left-strip``: page 2 of ``turnhead-1-digital`` (a tinted strip at the left of the text,
  each title wrapped to two lines);
* ``right-strip``: page 1 of ``turnhead-3-digital`` (a strip at the right of the text, one
  column a language: the English column beside the strip, the Vietnamese further off);
* ``lone-word-line``: page 1 of ``turnhead-4-digital`` of seed 4400 (a strip at the right:
  the Vietnamese title's last word, ``QUỐC``, wrapped onto a line of its own);
* ``line-like-credit``: page 2 of ``turnhead-2-digital`` of seed 4200 (the English title's
  last line, ``U.S AMBASSADOR TO VIET NAM``, in capitals like a credit's name).

Usage: ``.venv/bin/python tools/turnhead_test_data.py [NAME ...]`` (runs the bench on the
family first if its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("left-strip", "turnhead-1-digital", (2,)),
         Saved("right-strip", "turnhead-3-digital", (1,)),
         Saved("lone-word-line", "turnhead-4-digital", (1,), seed=4400),
         Saved("line-like-credit", "turnhead-2-digital", (2,), seed=4200))
FOLDER = "layouts-turned-titles"

if __name__ == "__main__":
    sys.exit(main(SAVED, FOLDER, Truth.PAGE_ARTICLES))
