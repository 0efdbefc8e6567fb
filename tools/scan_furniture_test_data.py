"""Save the inputs of ``tests/test_split_scan_furniture.py`` into
``tests/data/layouts-scan-furniture/``.

Scanned pages of the layout bench whose text of no article (a masthead, footnotes) went into
the articles while the born-digital twin kept it out: the repair artifact of the pages (the
split stage's input) and the truth of the articles on them. ``SAVED``: each saved name with
its bench document and pages:

* ``tetebeche-mastheads``: the two covers of a scanned tête-bêche bulletin (pages 1 and 4),
  each under its masthead over a numbered issue line: OCR read a speck after
  ``BẢN TIN HỮU NGHỊ`` as a full stop, and cut ``FRIENDSHIP BULLETIN`` at its word space
  into two blocks;
* ``report-footnotes``: the last page of a scanned report, its three footnotes at the first
  column's foot read as one block, a line each, two of their marks lost and the third read
  as a digit;
* ``trifold-cover-panel``: the outer side of a scanned trifold leaflet (page 1), its cover
  panel of centred display lines beside two panels of text: OCR read a backtick after
  ``EXTERNAL AFFAIRS``, a character's width off its centred line's right edge;
* ``journal-head-twins``: the first two pages of a scanned journal's abstracts, each under
  ``TÓM TẮT CÁC BÀI VIẾT`` and ``ABSTRACTS`` on one row a little under the furniture margin,
  the second page's ``ABSTRACTS`` misread (``ABSTHACTS``), so the first page's is repeated
  nowhere;
* ``footnotes-notice``: the one page of a scanned newsletter's article (footnotes-1), its
  note in each language (``* Tham luận ...`` / ``* A paper read ...``) at the page's foot
  under the halves of the text, each closed by the issue's notice of no article (``Thông
  báo: ...`` / ``Notice: ...``) on the line under it, set as the notes are without a mark;
* ``footnotes-stacked-notice``: the same (footnotes-2), the notes one over the other across
  the left half and the issue's correction in both languages under them, wider than a column.

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/scan_furniture_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("tetebeche-mastheads", "tetebeche-3-scanned", (1, 4)),
         Saved("report-footnotes", "report-2-scanned", (4,)),
         Saved("trifold-cover-panel", "trifold-1-scanned", (1,)),
         Saved("journal-head-twins", "journal-3-scanned", (1, 2)),
         Saved("footnotes-notice", "footnotes-1-scanned", (1,)),
         Saved("footnotes-stacked-notice", "footnotes-2-scanned", (1,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scan-furniture", Truth.PAGE_ARTICLES))
