"""Save the inputs of ``tests/test_split_proof_sheet.py`` into ``tests/data/layouts-proof/``.

* ``sheet-marks-over-heads``: the scanned copy of a printer's proof, the page set inside a
  larger sheet whose head holds a registration mark (OCR reads it as ``|``) over the page's
  running heads, a Vietnamese and an English one on a row (proof-1-scanned, page 1): the
  repair artifact (the split stage's input, OCR words) and the truth of the page.

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/proof_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("sheet-marks-over-heads", "proof-1-scanned", (1,)),)


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-proof", Truth.PAGE_ARTICLES))
