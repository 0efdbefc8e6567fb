"""Save the inputs of ``tests/test_scanned_title_strips.py`` into
``tests/data/layouts-title-strips/``.

Scanned pages of the layout bench's ``turnhead`` family, whose titles are set turned a
quarter in a strip beside the text, reading up the page:

* ``scanned-tint`` and ``scanned-hairline``: the repair artifact and the truth of a scanned
  copy whose strip is set on a tint (turnhead-2-scanned) or parted from the text by a
  hairline (turnhead-1-scanned), read with extract's title strips;
* ``tint-page.png`` and ``tint-page.words.json``: what extract's title strip finder
  (``extract.ocr.title_strips``) is given on turnhead-2-scanned's page: the page image as OCR
  read it (photos blanked, specks removed), its left ``KEPT`` pixels, in black and white, and
  the first reading's words that lie in it (where Tesseract read the strip as noise, no word of
  it standing upright).

Usage: ``MAGPIPE_OCR_REPLAY=DIR .venv/bin/python tools/turnhead_scan_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import DATA, Saved, Truth, main  # noqa: E402

FOLDER = "layouts-title-strips"
SAVED = (Saved("scanned-tint", "turnhead-2-scanned"),
         Saved("scanned-hairline", "turnhead-1-scanned"))
PAGE = "turnhead-2-scanned"
KEPT = 1540          # pixels of the page's left kept: the strip and the text's first column
                     # (to the gutter after it)


def save_page() -> None:
    """Write ``tint-page.png`` and its words: the arguments extract's page reading gives the
    title strip finder on ``PAGE``'s page (caught on their way in)."""
    from magpipe.extract.ocr import page as reading
    from magpipe.extract.ocr.despeckle import ink_threshold

    caught = []
    finder = reading.title_strips

    def catch(image, words, photos, taken=frozenset()):
        caught.append((image, words))
        return finder(image, words, photos, taken)

    reading.title_strips = catch
    doc = pdfium.PdfDocument(Saved("", PAGE).bench / "docs" / f"{PAGE}.pdf")
    reading.ocr_page(doc, 1, dpi=300, languages="vie+eng", timeout=180.0,
                     max_pixels=200_000_000)
    image, words = caught[0]
    grey = image.convert("L").crop((0, 0, KEPT, image.height))
    cut = ink_threshold(grey)
    grey.point(lambda v: 0 if v < cut else 255).convert("1").save(
        DATA / FOLDER / "tint-page.png", optimize=True)
    kept = [asdict(w) for w in words if w.left + w.width <= KEPT]
    (DATA / FOLDER / "tint-page.words.json").write_text(
        json.dumps(kept, ensure_ascii=False, indent=0) + "\n", "utf-8")


if __name__ == "__main__":
    status = main(SAVED, FOLDER, Truth.AS_WRITTEN)
    if len(sys.argv) < 2 or "tint-page" in sys.argv[1:]:
        save_page()
    sys.exit(status)
