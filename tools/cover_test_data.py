"""Save the inputs of ``tests/test_split_twin_lists.py`` into ``tests/data/layouts-cover/``.

Pages of ``cover`` family benchmark documents (``bench/bench_layouts.py``, generated with its
seed and run through the real pipeline), each kept to the pages a test reads, with the same
pages of the document's truth, every article kept (``test_pages.py``):

* ``cover-digital``: the cover and the inside cover of ``cover-1-digital`` (the imprint's
  twin items read as one block, the cover photo's caption keys ``ẢNH BÌA:`` / ``COVER:``,
  the second set on the line under the Vietnamese credit);
* ``cover-tail``: the inside cover of ``cover-4-digital`` (the licence and printer items
  read as captions, a ``Printed by`` line looking like a credit);
* ``cover-scanned``: the inside cover of ``cover-2-scanned`` (OCR reads the imprint's items
  two by two and between the contents column's lines).

Usage: ``.venv/bin/python tools/cover_test_data.py`` (runs the bench on the family first if
its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("cover-digital", "cover-1-digital", (1, 2)),
         Saved("cover-tail", "cover-4-digital", (2,)),
         Saved("cover-scanned", "cover-2-scanned", (2,)))


if __name__ == "__main__":      # every page's repair changes kept, as the files were first saved
    sys.exit(main(SAVED, "layouts-cover", Truth.EVERY_ARTICLE, every_change=True))
