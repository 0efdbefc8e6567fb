"""Batch benchmark: throughput with 1 and 2 workers, scaling, peak memory, cached rerun.

Builds a synthetic batch of at least 200 scanned pages (copies of the scanned fixture,
each copy a separate document), runs ``magpipe run`` on it as a subprocess with
``--workers 1`` and ``--workers 2``, then reruns the second with nothing changed.
Peak memory is the largest resident set of any process of the run (the main process
or a worker), read from the kernel's accounting of waited-for children; it is measured
on a quarter of the batch too, to show it does not grow with the number of pages.

Usage: python bench/bench_batch.py [--pages 204]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ROOT / "fixtures" / "bulletin-scanned.pdf"
PAGES_PER_COPY = 6


def make_batch(folder: Path, pages: int) -> int:
    copies = -(-pages // PAGES_PER_COPY)
    folder.mkdir(parents=True)
    for i in range(copies):
        shutil.copy(SCANNED, folder / f"issue-{i:03d}.pdf")
    return copies * PAGES_PER_COPY


def timed_run(inputs: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``magpipe run`` in a fresh child process."""
    command = [sys.executable, "-m", "magpipe", "run", str(inputs), "--out-dir", str(out),
               "--workers", str(workers), "--quiet"]
    env = dict(os.environ)
    started = time.perf_counter()
    # A fresh interpreter per measurement: RUSAGE_CHILDREN's maximum covers only its tree.
    probe = (
        "import resource, subprocess, sys;"
        f"r = subprocess.run({command!r}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)"
    )
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, check=True).stdout.split()
    seconds = time.perf_counter() - started
    if output[1] != "0":
        raise SystemExit(f"magpipe run exited with {output[1]} on {inputs}")
    return seconds, int(output[0]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=204)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="magpipe-bench-") as tmp:
        work = Path(tmp)
        pages = make_batch(work / "batch", args.pages)
        small_pages = make_batch(work / "small", args.pages // 4)
        print(f"batch: {pages} scanned pages in {pages // PAGES_PER_COPY} documents")

        t1, mem1 = timed_run(work / "batch", work / "out1", 1)
        print(f"batch.pages_per_minute.workers_1   {pages / t1 * 60:7.1f}")
        t2, mem2 = timed_run(work / "batch", work / "out2", 2)
        print(f"batch.pages_per_minute.workers_2   {pages / t2 * 60:7.1f}")
        print(f"batch.scaling_2_over_1             {t1 / t2:7.2f}x  (target >= 1.8x)")
        print(f"batch.peak_memory_mb.workers_1.{pages}_pages  {mem1:7.0f}  (target < 1024)")
        print(f"batch.peak_memory_mb.workers_2.{pages}_pages  {mem2:7.0f}  (target < 1024)")
        _, mem_small = timed_run(work / "small", work / "out-small", 2)
        print(f"batch.peak_memory_mb.workers_2.{small_pages}_pages   {mem_small:7.0f}  "
              f"(x{mem2 / mem_small:.2f} for x{pages / small_pages:.1f} pages)")
        t_again, _ = timed_run(work / "batch", work / "out2", 2)
        print(f"batch.rerun_unchanged_share        {t_again / t2:7.2%}  (target < 2%)")


if __name__ == "__main__":
    main()
