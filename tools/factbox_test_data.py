"""Save the inputs of ``tests/test_split_box_stories.py`` into ``tests/data/layouts-factbox/``.

Two whole ``factbox`` benchmark documents (``bench/bench_layouts.py``, which this script runs
first for that family if its output is missing): their repair artifacts (the split stage's
input, with the shapes drawn on each page) and their truth as written. ``stacked``: a box's
Vietnamese over its English, its title set no larger than the body, in the middle of page 1
with the host's text above and under it and on at page 2's head, and another at the head of
page 3 over the next host's last text (factbox-2-digital); ``halves``: a box's Vietnamese and
English side by side at the head of page 2, over the text of the host that opened on page 1,
each half with its byline (factbox-1-digital); ``boxed-briefs``: a page of briefs each set in a
box of its own, none cutting another's text (briefs-5-digital of seed 4300), whose order the box
stories must leave alone.

Usage: ``.venv/bin/python tools/factbox_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("stacked", "factbox-2-digital"),
         Saved("halves", "factbox-1-digital"),
         Saved("boxed-briefs", "briefs-5-digital", seed=4300))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-factbox", Truth.AS_WRITTEN))
