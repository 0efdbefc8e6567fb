"""Batch benchmark: throughput with 1 and 2 workers, scaling, peak memory, cached rerun.

Builds a synthetic batch of at least 200 scanned pages (copies of the scanned fixture,
each copy a separate document), runs ``magpipe run`` on it as a subprocess with
``--workers 1`` and ``--workers 2``, then reruns the second with nothing changed.
Peak memory is measured over the whole process tree (``proctree``: the pool's workers
are children of a fork server nobody waits for, so the kernel's accounting of waited-for
children missed them): the largest resident set of any one process, and the largest sum
over the tree at one moment, of resident sets (RSS) and of proportional sets (PSS). The
target is on PSS: the workers share the fork server's modules and the stages' models
(``batch/stagemodels.py``), pages RSS counts once per process and PSS once in all. It is
measured on a quarter of the batch too, to show it does not grow with the number of pages.

Usage: python bench/bench_batch.py [--pages 204]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from proctree import run_measured

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ROOT / "fixtures" / "bulletin-scanned.pdf"
PAGES_PER_COPY = 6


def make_batch(folder: Path, pages: int) -> int:
    copies = -(-pages // PAGES_PER_COPY)
    folder.mkdir(parents=True)
    for i in range(copies):
        shutil.copy(SCANNED, folder / f"issue-{i:03d}.pdf")
    return copies * PAGES_PER_COPY


def timed_run(inputs: Path, out: Path, workers: int) -> tuple[float, float, float, float]:
    """Wall seconds, the peak resident set (MB) of the largest process, and the peaks of the
    whole process tree's (workers included) resident and proportional sets, of one
    ``magpipe run`` in a fresh process."""
    command = [sys.executable, "-m", "magpipe", "run", str(inputs), "--out-dir", str(out),
               "--workers", str(workers), "--quiet"]
    measured = run_measured(command, dict(os.environ))
    if measured.returncode != 0:
        raise SystemExit(f"magpipe run exited with {measured.returncode} on {inputs}")
    return measured.wall, measured.peak_mb, measured.tree_peak_mb, measured.tree_peak_pss_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=204)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="magpipe-bench-") as tmp:
        work = Path(tmp)
        pages = make_batch(work / "batch", args.pages)
        small_pages = make_batch(work / "small", args.pages // 4)
        print(f"batch: {pages} scanned pages in {pages // PAGES_PER_COPY} documents")

        t1, mem1, tree1, pss1 = timed_run(work / "batch", work / "out1", 1)
        print(f"batch.pages_per_minute.workers_1   {pages / t1 * 60:7.1f}")
        t2, mem2, tree2, pss2 = timed_run(work / "batch", work / "out2", 2)
        print(f"batch.pages_per_minute.workers_2   {pages / t2 * 60:7.1f}")
        print(f"batch.scaling_2_over_1             {t1 / t2:7.2f}x  (target >= 1.8x)")
        for workers, largest, rss, pss in ((1, mem1, tree1, pss1), (2, mem2, tree2, pss2)):
            print(f"batch.peak_memory_mb.workers_{workers}.{pages}_pages  {largest:7.0f}  "
                  f"(largest process); tree PSS {pss:.0f} (target < 1024), RSS {rss:.0f}")
        _, mem_small, tree_small, pss_small = timed_run(work / "small", work / "out-small", 2)
        print(f"batch.peak_memory_mb.workers_2.{small_pages}_pages   {mem_small:7.0f}  "
              f"(x{mem2 / mem_small:.2f} for x{pages / small_pages:.1f} pages); tree PSS "
              f"{pss_small:.0f} (x{pss2 / pss_small:.2f}), RSS {tree_small:.0f}")
        t_again, _, _, _ = timed_run(work / "batch", work / "out2", 2)
        print(f"batch.rerun_unchanged_share        {t_again / t2:7.2%}  (target < 2%)")


if __name__ == "__main__":
    main()
