"""Save the inputs of ``tests/test_align_turned_captions.py`` into
``tests/data/layouts-turned-captions/``.

Pages of layout bench documents (the ``edgecap`` family) whose photos carry their captions
turned a quarter in a strip along their side, read up the page from the photo's foot (the
repair artifact, the split stage's input, and the truth of the articles on the page):

* ``credit-own-line``: one line a caption, each credit on a line of its own set right, the
  strip on the photo's right (edgecap-1-digital, page 1);
* ``wrapped-lines``: each caption on two lines, its credit in its last line (edgecap-2-digital,
  page 1);
* ``left-strip``: the strip on the photo's left on a page of more turned words than level
  ones, the Vietnamese caption's last word alone on the line of its credit (``Sơn. (Ảnh:
  BÙI THUẬN)``) (edgecap-4-digital, page 2);
* ``scanned-strip``: a scanned page whose strip extract read again turned upright, the
  Vietnamese credit's name broken over two lines (``(Ảnh: TRÍ`` / ``DŨNG)``)
  (edgecap-2-scanned, page 1);
* ``glued-turn.pdf``: the page itself (edgecap-5-digital, page 2), whose text layer gives a
  title's last word and the turned caption's first with no white between them
  (``COMMITTEEĐoàn``), for extract;
* ``glued-lines.pdf``: likewise a turned caption's last word and the first of its credit on
  the next turned line (``niệm.Ảnh:``) (edgecap-4-digital of seed 4200, page 3).

Usage: ``.venv/bin/python tools/edgecap_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import DATA, Saved, Truth, main  # noqa: E402

SAVED = (Saved("credit-own-line", "edgecap-1-digital", (1,)),
         Saved("wrapped-lines", "edgecap-2-digital", (1,)),
         Saved("left-strip", "edgecap-4-digital", (2,)),
         Saved("scanned-strip", "edgecap-2-scanned", (1,)))


FOLDER = "layouts-turned-captions"
# the pages saved as PDFs: (file, document, page, seed)
PAGES = (("glued-turn.pdf", "edgecap-5-digital", 2, 1600),
         ("glued-lines.pdf", "edgecap-4-digital", 3, 4200))


def save_pages() -> None:
    """Write each of ``PAGES``: the page alone."""
    for name, doc, number, seed in PAGES:
        bench = Saved("", doc, seed=seed).bench
        source = pdfium.PdfDocument(bench / "docs" / f"{doc}.pdf")
        out = pdfium.PdfDocument.new()
        out.import_pages(source, [number - 1])
        out.save(DATA / FOLDER / name)


if __name__ == "__main__":
    status = main(SAVED, FOLDER, Truth.PAGE_ARTICLES)
    save_pages()
    sys.exit(status)
