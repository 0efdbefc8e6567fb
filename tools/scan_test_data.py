"""Save the inputs of ``tests/test_split_scans.py`` into ``tests/data/layouts-scans/``.

Scanned pages of the layout bench whose OCR geometry broke the split's column rules: the
repair artifact of one page (the split stage's input) and the truth of the articles on it.
``PAGES``: saved name -> (bench document, page):

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
  capitals set a little larger than its first entry (read as one block with it).

The documents and their artifacts come from ``bench/bench_layouts.py``, which this script
runs first if its output is missing.

Usage: ``.venv/bin/python tools/scan_test_data.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.gallery_test_data import BENCH, save  # noqa: E402

OUT = ROOT / "tests" / "data" / "layouts-scans"
PAGES = {"gallery-title-river": ("gallery-3-scanned", 1),
         "gallery-junk-row": ("gallery-1-scanned", 1),
         "front-page-inside": ("front-page-1-scanned", 2),
         "report-part-title": ("report-1-scanned", 2),
         "digest-contents-heading": ("digest-2-scanned", 5)}


def main() -> int:
    if not all((BENCH / "pipeline" / doc / "repair.json").is_file() for doc, _ in PAGES.values()):
        families = sorted({doc.rsplit("-", 2)[0] for doc, _ in PAGES.values()})
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"),
                        *(arg for family in families for arg in ("--family", family))],
                       check=True)
    save(PAGES, OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
