"""Save extract artifacts of the fixtures under tests/data/ for the downstream stage tests.

    .venv/bin/python tools/save_test_artifacts.py

Writes
  tests/data/extract-digital.json       all pages of fixtures/bulletin-digital.pdf (text layer)
  tests/data/extract-scanned.json       pages 1-2 of fixtures/bulletin-scanned.pdf (OCR)
  tests/data/extract-damaged-text.json  fixtures/damaged-textonly.pdf (kept damaged text)

Rerun it whenever the extract stage changes. The scanned excerpt keeps the page numbers
of the PDF (and of its truth file); ``doc.page_count`` stays the whole document's.
"""

from __future__ import annotations

import logging
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.config import Config  # noqa: E402
from magpipe.extract import PageJob, extract, extract_page  # noqa: E402

FIXTURES = ROOT / "fixtures"
OUT = ROOT / "tests" / "data"
SCANNED_PAGES = (1, 2)


def excerpt(path: Path, numbers: tuple[int, ...], config: Config):
    """Extract only some pages: the same per-page worker, the real document info."""
    whole = extract(path, replace(config, ocr="never"))      # cheap: document info only
    jobs = [PageJob(str(path), n, config.ocr, config.languages, config.dpi,
                    config.ocr_timeout, config.max_pixels, config.password) for n in numbers]
    with ProcessPoolExecutor(config.worker_count) as pool:
        pages = tuple(pool.map(extract_page, jobs))
    return replace(whole, pages=pages)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    config = Config()
    OUT.mkdir(parents=True, exist_ok=True)
    extract(FIXTURES / "bulletin-digital.pdf", config).save(OUT / "extract-digital.json")
    excerpt(FIXTURES / "bulletin-scanned.pdf", SCANNED_PAGES, config).save(
        OUT / "extract-scanned.json")
    extract(FIXTURES / "damaged-textonly.pdf", config).save(OUT / "extract-damaged-text.json")
    for name in ("extract-digital", "extract-scanned", "extract-damaged-text"):
        print(OUT / f"{name}.json")


if __name__ == "__main__":
    main()
