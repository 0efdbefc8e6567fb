"""Batch benchmark: throughput with 1 and 2 workers, scaling, peak memory, cached rerun.

Builds a synthetic batch of at least 200 scanned pages (copies of the scanned fixture,
each copy a separate document), runs ``magpipe run`` on it as a subprocess with
``--workers 1`` and ``--workers 2``, then reruns the second with nothing changed.
Peak memory is measured over the whole process tree (``proctree``: the pool's workers
are children of a fork server nobody waits for, so the kernel's accounting of waited-for
children missed them): the largest resident set of any one process, and the largest sum
over the tree at one moment, of resident sets (RSS) and of proportional sets (PSS). The
target is on PSS: the workers share the fork server's modules and the stages' models
(``batch/stagemodels``), pages RSS counts once per process and PSS once in all. It is
measured on a quarter of the batch too, to show it does not grow with the number of pages.

Wall time on a shared machine is noisy, so each run also prints what can be counted: the
CPU seconds of each kind of process (the command, the fork server, its workers), the
seconds of each stage summed over the documents (``report.json``), and, from the engine's
own timing of its jobs, how long the first job waited and the workers' busy share.

``--baseline PYTHON``: the same runs, each also made with another checkout's interpreter
(its ``magpipe``; e.g. main's code in a second worktree with its own virtualenv), one after
the other in the same bench, and printed side by side.

Usage: python bench/bench_batch.py [--pages 204] [--baseline ../base/.venv/bin/python]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from proctree import Measured, run_measured

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ROOT / "fixtures" / "bulletin-scanned.pdf"
PAGES_PER_COPY = 6
STAGES = ("extract", "repair", "split", "align")


def make_batch(folder: Path, pages: int) -> int:
    copies = -(-pages // PAGES_PER_COPY)
    folder.mkdir(parents=True)
    for i in range(copies):
        shutil.copy(SCANNED, folder / f"issue-{i:03d}.pdf")
    return copies * PAGES_PER_COPY


@dataclass(frozen=True)
class Run:
    measured: Measured
    report: dict          # the run's report.json

    @property
    def stage_seconds(self) -> dict[str, float]:
        """Seconds of each stage, summed over the documents (cached stages count 0)."""
        total = dict.fromkeys(STAGES, 0.0)
        for file in self.report["files"]:
            for run in file["stages"]:
                total[run["stage"]] += run["seconds"]
        return total

    @property
    def engine(self) -> dict:
        return self.report.get("engine") or {}


def timed_run(python: str, inputs: Path, out: Path, workers: int) -> Run:
    """One ``magpipe run`` in a fresh process of ``python``, measured (``proctree``)."""
    command = [python, "-m", "magpipe", "run", str(inputs), "--out-dir", str(out),
               "--workers", str(workers), "--quiet"]
    measured = run_measured(command, dict(os.environ))
    if measured.returncode != 0:
        raise SystemExit(f"magpipe run exited with {measured.returncode} on {inputs}")
    return Run(measured, json.loads((out / "report.json").read_text(encoding="utf-8")))


def _row(name: str, values: list[str]) -> None:
    print(f"{name:40s}" + "".join(f"{v:>22s}" for v in values))


def _busy(run: Run) -> str:
    engine = run.engine
    busy, span = engine.get("busy") or [], engine.get("span") or 0.0
    if not busy or not span:
        return "-"
    return f"{sum(busy) / (len(busy) * span):.1%}"


def _first_job(run: Run) -> str:
    return f"{run.engine['first_job']:.1f} s" if run.engine else "-"


def _cpu(run: Run, kind: str) -> str:
    return f"{dict(run.measured.cpu_by_kind).get(kind, 0.0):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=204)
    parser.add_argument("--baseline", help="another checkout's python, run side by side")
    args = parser.parse_args()
    pythons = [(args.baseline, "baseline"), (sys.executable, "this code")] if args.baseline \
        else [(sys.executable, "this code")]
    print(f"load average at the start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="magpipe-bench-") as tmp:
        work = Path(tmp)
        pages = make_batch(work / "batch", args.pages)
        small_pages = make_batch(work / "small", args.pages // 4)
        print(f"batch: {pages} scanned pages in {pages // PAGES_PER_COPY} documents", flush=True)

        runs: dict[tuple[str, str], Run] = {}
        for workers in (1, 2):             # old and new one after the other, each setting
            for python, label in pythons:
                out = work / f"out{workers}-{label.replace(' ', '-')}"
                runs[label, f"w{workers}"] = done = timed_run(python, work / "batch", out,
                                                              workers)
                print(f"  {label}, {workers} workers: {done.measured.wall:.1f} s, "
                      f"{pages / done.measured.wall * 60:.1f} pages/min", flush=True)
        for python, label in pythons:
            out = work / f"out2-{label.replace(' ', '-')}"
            runs[label, "again"] = done = timed_run(python, work / "batch", out, 2)
            print(f"  {label}, rerun: {done.measured.wall:.1f} s", flush=True)
        labels = [label for _, label in pythons]

        _row("", labels)
        for workers in (1, 2):
            _row(f"batch.pages_per_minute.workers_{workers}",
                 [f"{pages / runs[la, f'w{workers}'].measured.wall * 60:.1f}" for la in labels])
        _row("batch.scaling_2_over_1 (target >= 1.8x)",
             [f"{runs[la, 'w1'].measured.wall / runs[la, 'w2'].measured.wall:.2f}x"
              for la in labels])
        _row("batch.rerun_unchanged_share (< 2%)",
             [f"{runs[la, 'again'].measured.wall / runs[la, 'w2'].measured.wall:.2%}"
              for la in labels])
        _row("rerun: wall s / CPU s of the tree",
             [f"{runs[la, 'again'].measured.wall:.1f} / {runs[la, 'again'].measured.cpu:.1f}"
              for la in labels])
        for workers in (1, 2):
            _row(f"peak memory MB, {workers} workers: tree PSS",
                 [f"{runs[la, f'w{workers}'].measured.tree_peak_pss_mb:.0f}" for la in labels])
        for setting, name in (("w1", "1 worker"), ("w2", "2 workers"), ("again", "rerun")):
            for kind in ("main", "fork server", "workers"):
                _row(f"CPU s, {name}: {kind}", [_cpu(runs[la, setting], kind) for la in labels])
            _row(f"CPU s, {name}: whole tree",
                 [f"{runs[la, setting].measured.cpu:.1f}" for la in labels])
            _row(f"{name}: first job after", [_first_job(runs[la, setting]) for la in labels])
            _row(f"{name}: workers busy", [_busy(runs[la, setting]) for la in labels])
        for setting, name in (("w1", "1 worker"), ("w2", "2 workers")):
            for stage in STAGES:
                _row(f"stage s summed, {name}: {stage}",
                     [f"{runs[la, setting].stage_seconds[stage]:.1f}" for la in labels])

        two = runs["this code", "w2"].measured
        small = timed_run(sys.executable, work / "small", work / "out-small", 2).measured
        print(f"batch.peak_memory_mb.workers_2.{small_pages}_pages   {small.peak_mb:7.0f}  "
              f"(x{two.peak_mb / small.peak_mb:.2f} for x{pages / small_pages:.1f} pages); "
              f"tree PSS {small.tree_peak_pss_mb:.0f} "
              f"(x{two.tree_peak_pss_mb / small.tree_peak_pss_mb:.2f}), "
              f"RSS {small.tree_peak_mb:.0f}")
        print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
