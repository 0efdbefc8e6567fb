"""Save the inputs of ``tests/test_split_scan_glossary.py`` into
``tests/data/layouts-scan-glossary/``.

``SAVED``: ``cutout-glossary``, the scanned cut-out page whose glossary box (``TỪ VỰNG ·
GLOSSARY`` over four ``term – gloss`` lines) Tesseract read as one block of body text, and
whose centred caption under the cut-out came out as two lines of body over its credited last
line (``cutout-2-scanned``, page 1).

Run as ``.venv/bin/python tools/scan_glossary_test_data.py [NAME ...]``; the saved files come
out byte for byte the same on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("cutout-glossary", "cutout-2-scanned", (1,)),)


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scan-glossary", Truth.PAGE_ARTICLES))
