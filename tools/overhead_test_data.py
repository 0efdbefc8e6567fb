"""Save the inputs of ``tests/test_split_overhead_captions.py`` into
``tests/data/layouts-overhead/``.

Single pages of ``overhead`` documents of ``bench/bench_layouts.py`` (their repair artifacts,
the split stage's input; no truth: the tests read the blocks and the captions align makes),
each photo's captions set above it, Vietnamese then English, ending level just over the
photos' tops (and the text of a scanned copy):

* ``row-over``: page 3 of ``overhead-3-digital`` (a row of three photos after the text, the
  credits on lines of their own; the first photo's long captions share their rows with the
  second's short ones across the narrow white between the photos);
* ``pair-over``: page 1 of ``overhead-5-digital`` (two photos under the titles, over a
  hairline; a caption of one line and its credits set right on lines of their own, between
  the titles and the text, where an article's graphic sets its labels);
* ``ragged-scan``: page 1 of ``overhead-2-scanned`` (the text under the titles, set ragged
  right; specks OCR read beside the Vietnamese column's lines widen its paragraphs' boxes);
* ``garbled-title``: page 1 of ``overhead-1-scanned`` (the English title, set in a display
  face OCR reads as garbage with a low confidence, right under the Vietnamese title).

Usage: ``.venv/bin/python tools/overhead_test_data.py`` (runs the bench on the family first if
its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("row-over", "overhead-3-digital", (3,)),
         Saved("pair-over", "overhead-5-digital", (1,)),
         Saved("ragged-scan", "overhead-2-scanned", (1,)),
         Saved("garbled-title", "overhead-1-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-overhead", Truth.NONE))
