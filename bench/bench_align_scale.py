"""Align's CPU time per page on a long document: a saved layout artifact of
``tests/data/layouts`` (split output, no OCR) repeated to hundreds of pages, as a bound volume
repeats one issue's layout. Pairing scores every draft against the drafts within
``PAIR_WINDOW_PAGES`` pages, so this is where align's cost per page is largest; the short
documents of ``bench_layouts.py`` cost about 1 ms a page once the gloss list is loaded.

Usage: python bench/bench_align_scale.py [--copies 120] [--family journal --family newsletter]
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from magpipe.align import align
from magpipe.align.lexicon import glosses
from magpipe.artifacts import SplitArtifact
from magpipe.artifacts.layout import Block, PageLayout
from magpipe.config import Config

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "layouts"
FAMILIES = ("journal", "newsletter", "side-by-side")


def _moved(block: Block, shift: int) -> Block:
    """The block on the page ``shift`` pages on (its id and its link moved with it)."""
    def moved_id(block_id: str) -> str:
        page, _, rest = block_id[1:].partition("-")
        return f"p{int(page) + shift}-{rest}"
    return dataclasses.replace(block, page=block.page + shift, id=moved_id(block.id),
                               continued_from=block.continued_from and
                               moved_id(block.continued_from))


def repeated(artifact: SplitArtifact, copies: int) -> SplitArtifact:
    size = len(artifact.pages)
    pages: list[PageLayout] = []
    for k in range(copies):
        pages += [dataclasses.replace(p, number=p.number + k * size,
                                      blocks=tuple(_moved(b, k * size) for b in p.blocks))
                  for p in artifact.pages]
    return dataclasses.replace(artifact, pages=tuple(pages))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=120)
    ap.add_argument("--family", action="append")
    args = ap.parse_args()
    glosses()                                   # loaded once per process: not a page's cost
    for family in args.family or FAMILIES:
        long = repeated(SplitArtifact.load(DATA / f"{family}.split.json"), args.copies)
        started = time.process_time()
        out = align(long, Config())
        ms = 1000 * (time.process_time() - started) / len(long.pages)
        print(f"align.long.{family}.cpu_ms_per_page  {ms:.1f}  ({len(long.pages)} pages, "
              f"{sum(a.paired for a in out.articles)}/{len(out.articles)} articles paired)")


if __name__ == "__main__":
    main()
