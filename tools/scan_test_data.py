"""Save the inputs of ``tests/test_split_scans.py`` into ``tests/data/layouts-scans/``.

Scanned pages of the layout bench whose OCR geometry broke the split's column rules: the
repair artifact of one page (the split stage's input) and the truth of the articles on it.
``SAVED``: each saved name with its bench document and page:

* ``gallery-title-river``: a gallery page whose two-line title in capitals has its word
  spaces lined up (read as a gutter, the title cut into columns), and whose English
  paragraph has a river down two justified rows over the captions' gutter far below;
* ``gallery-junk-row``: a gallery page where OCR reads a row of junk between the English
  title and the text under it, which bridged the white that parts them;
* ``front-page-inside``: the inside page of a scanned front page, two stories' continuations
  stacked in one column grid, each under its jump head and a ``(Continued from page 1)``
  line set further under it than on a text layer (one of them OCR garbled);
* ``report-part-title``: a scanned report's page opening the Vietnamese part under the
  report's title set in mixed case (read as body text);
* ``digest-contents-heading``: a scanned digest's English contents page, its heading in
  capitals set a little larger than its first entry (read as one block with it);
* ``tetebeche-gutter-speck``: the first page of a scanned tête-bêche booklet, where OCR read a
  dash at the first word of the right column's title, level with a line of the left
  column's text, so the gap between them came under a gutter's width (read as one line
  across the gutter, it hid the gutter and the page's top was read row by row);
* ``cover-contents-twins``: a scanned cover's inside page, ``TRONG SỐ NÀY`` over ``IN THIS
  ISSUE``, both set letter-spaced (OCR read them in pieces, the Vietnamese one garbled);
* ``digest-english-banner``: a scanned digest's English section, its ``ENGLISH SECTION``
  banner over ``CONTENTS`` (read as a title).

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/scan_test_data.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("gallery-title-river", "gallery-3-scanned", (1,)),
         Saved("gallery-junk-row", "gallery-1-scanned", (1,)),
         Saved("front-page-inside", "front-page-1-scanned", (2,)),
         Saved("report-part-title", "report-1-scanned", (2,)),
         Saved("digest-contents-heading", "digest-2-scanned", (5,)),
         Saved("tetebeche-gutter-speck", "tetebeche-2-scanned", (1,)),
         Saved("cover-contents-twins", "cover-1-scanned", (2,)),
         Saved("digest-english-banner", "digest-1-scanned", (4,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scans", Truth.PAGE_ARTICLES))
