"""Save the inputs of ``tests/test_split_wrapround.py`` into ``tests/data/layouts-wrapround/``.

Pages of ``wrapround`` benchmark documents (each language down its half of the page, on an
article's first page a tall photo in each half, the text running across the half above it,
in a narrow measure beside it and its captions, and across the half again under them): the
repair artifact (the split stage's input) and the truth of the articles printed on the page.

* ``ends-beside``: the photos meeting in the middle of the page, four lines of text across
  each half above them, a paragraph cut where the measure narrows (set a wrap's offset
  lower), the Vietnamese text ending beside its photo's long caption and the English one
  running on across its half under its caption (wrapround-1-digital, page 1);
* ``runs-on-under``: the same article's next page, a Vietnamese and an English paragraph
  cut where the measure widens again under the captions (wrapround-1-digital, page 2);
* ``ragged-intro``: the photos against the page's outer edges, the text set flush left and
  ragged, each language's intro set larger beside its photo from the titles down, the
  English intro's last word on a line of its own under the caption, the body under it
  across the half (wrapround-4-digital, page 1);
* ``scan-runs-on-beside``: a scanned copy (OCR words), the photos against the page's outer
  edges, the Vietnamese intro running on from its two lines across the half into the narrow
  measure beside its photo, and a paragraph from beside the captions on across the half
  under them (wrapround-2-scanned, page 1);
* ``scan-under-titles``: a scanned copy, the photos meeting in the middle right under the
  titles (no line across the half above them), each captions read apart from the narrow
  column beside them (``extract.ocr.photocaptions``), the Vietnamese column ending its
  paragraph beside the caption and the text going on across each half under the captions
  (wrapround-3-scanned, page 1).

Usage: ``.venv/bin/python tools/wrapround_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("ends-beside", "wrapround-1-digital", (1,)),
         Saved("runs-on-under", "wrapround-1-digital", (2,)),
         Saved("ragged-intro", "wrapround-4-digital", (1,)),
         Saved("scan-runs-on-beside", "wrapround-2-scanned", (1,)),
         Saved("scan-under-titles", "wrapround-3-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-wrapround", Truth.PAGE_ARTICLES))
