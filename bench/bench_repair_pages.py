"""CPU time of the repair stage on sound born-digital pages (issue 14: repair of a page
whose text is already sound must cost little).

Run: ``.venv/bin/python bench/bench_repair_pages.py``. The born-digital fixtures
(``fixtures/bulletin-digital.pdf``, ``fixtures/photos-digital.pdf``) and, when
``../shared/real`` is there, the 58-page TCVN3 report are extracted (PDFium, no OCR); then
``repair()`` runs on each with a fresh decoder (built inside the timed run, its caches of
word options empty; the lexicon and language model loaded before), twice, and the faster
run counts. Figures: CPU
milliseconds per page, words per CPU second, and the number of changes (a sound page
should keep nearly all its words).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe import repair  # noqa: E402
from magpipe.config import Config  # noqa: E402
from magpipe.extract import extract  # noqa: E402
from magpipe.repair import lexicon, lm  # noqa: E402

DOCUMENTS = [ROOT / "fixtures" / "bulletin-digital.pdf", ROOT / "fixtures" / "photos-digital.pdf",
             ROOT.parent / "shared" / "real" / "tcvn3-2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf"]
TARGET_MS = 5.0             # a small share of the 25 ms a page has at 40 pages/s end to end


def main() -> None:
    lexicon.load()
    lm.load()
    repair.decoder()                       # everything loaded once, as in a long run
    for path in DOCUMENTS:
        if not path.exists():
            print(f"repair_pages.{path.stem}: skipped ({path} absent)")
            continue
        artifact = extract(path, Config(ocr="never"))
        pages, words = len(artifact.pages), sum(len(p.words) for p in artifact.pages)
        best, changes = float("inf"), 0
        for _ in range(2):
            repair._decoder_for.cache_clear()     # a fresh decoder: empty caches
            started = time.process_time()
            result = repair.repair(artifact, Config())
            best = min(best, time.process_time() - started)
            changes = len(result.changes)
        print(f"repair_pages.{path.stem[:24]:<24} {1000 * best / pages:7.1f} ms/page CPU  "
              f"({pages} pages, {words / best:,.0f} words/s, {changes} changes; "
              f"target <= {TARGET_MS:.0f} ms/page)", flush=True)


if __name__ == "__main__":
    main()
