"""Save the inputs of ``tests/test_scanned_tilted_captions.py`` into
``tests/data/layouts-scrapbook-scans/``.

Two scanned ``scrapbook`` benchmark documents (``bench/bench_layouts.py``, which this script
runs first for that family if its output is missing), whose photos are pinned as snapshot
cards turned a few degrees, each card's caption turned with it, and their truth as written:
``one``, two cards turned 5 degrees either way on page 2 (scrapbook-1-scanned); ``three``,
three cards on page 1, one of them turned 2 degrees, one with light patches along its
photo's top (scrapbook-3-scanned). And ``cards.png``: page 2 of scrapbook-1-scanned as OCR
sees it before its photos are painted white (rendered at 300 dpi, greyscale), cut to its
left card and the paper round it (``BAND``, pixels).

Usage: ``.venv/bin/python tools/scrapbook_scan_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2 as pdfium  # noqa: E402
from magpipe.extract.ocr.stamps import remove_stamps  # noqa: E402
from magpipe.extract.render import render_page  # noqa: E402

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("one", "scrapbook-1-scanned"), Saved("three", "scrapbook-3-scanned"))
OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "layouts-scrapbook-scans"
BAND = (180, 330, 1200, 1150)   # the left card of page 2 of scrapbook-1-scanned, with paper


def save_page() -> None:
    """``cards.png`` (see the module)."""
    doc = pdfium.PdfDocument(str(SAVED[0].bench / "docs" / f"{SAVED[0].doc}.pdf"))
    image, _ = remove_stamps(render_page(doc, 2, dpi=300, max_pixels=10 ** 9, colour=True),
                             300)
    image.convert("L").crop(BAND).save(OUT / "cards.png", optimize=True)


if __name__ == "__main__":
    code = main(SAVED, "layouts-scrapbook-scans", Truth.AS_WRITTEN)
    save_page()
    sys.exit(code)
