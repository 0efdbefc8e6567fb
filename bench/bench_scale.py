"""Scale benchmark: born-digital throughput, and one long document stage by stage.

Two measurements, each a real ``magpipe run`` in a fresh child process (``--workers 2``):

* born-digital batch: copies of the two born-digital fixtures whose text layer is sound
  (``bulletin-digital.pdf``, ``photos-digital.pdf``), each copy a document. Pages per
  second of wall time, and per second of CPU time (user + system of the whole process
  tree: steadier than wall time on a shared machine); peak memory on the batch and on a
  quarter of it (flat: it must not grow with the number of documents).
* one long document: the 6-page ``bulletin-digital.pdf`` repeated to 150, 450 and 1,500
  pages (written at bench time with pypdf). Each stage's seconds per page (from
  ``report.json``) and how that grows from 150 pages to the longest (linear: x1.0), and
  the peak memory (the largest process, and the whole tree's PSS and RSS; the target
  is on PSS, which counts a page the workers share once).

``--baseline REF`` runs the same measurements on the code of git revision ``REF`` too
(its ``pipeline/`` exported to a temporary folder and put first on ``PYTHONPATH``), in the
same run, and prints both.

``--repeat N`` runs the batch N times for each code, the codes taking turns, and reports
each code's median (a shared machine's load changes from one minute to the next).

Each code's runs keep their model snapshots (``magpipe.snapshots``) in a folder of their own,
filled by one untimed run of the bulletin first (``warm_up``): in the user's shared folder,
which keeps the newest three of each name, the runs of other work trees on the machine evicted
them, and a timed run paid for building them again (about 1.5 s of CPU). The children may
write their compiled modules (``__pycache__``) whatever ``PYTHONDONTWRITEBYTECODE`` says,
as an installed package has them: with it set, every run compiled every module of the package
again in the main process and in the fork server.

Usage: python bench/bench_scale.py [--copies 20] [--sizes 150,450,1500] [--baseline REF]
       [--repeat 3] [--skip-batch | --skip-long]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from proctree import run_measured

ROOT = Path(__file__).resolve().parents[1]
BORN_DIGITAL = (ROOT / "fixtures" / "bulletin-digital.pdf",
                ROOT / "fixtures" / "photos-digital.pdf")
BULLETIN = ROOT / "fixtures" / "bulletin-digital.pdf"
STAGES = ("extract", "repair", "split", "align")


@dataclass(frozen=True)
class Run:
    wall: float          # seconds
    cpu: float           # user + system seconds of the whole process tree
    peak_mb: float       # largest resident set of any process of the run
    tree_mb: float       # largest sum of the resident sets of the run's processes at once
    tree_pss_mb: float   # ... of their proportional sets (a page shared by the workers, such as
                         # the fork server's models, counted once in all): the memory target
    report: dict
    # CPU seconds by kind of process (``proctree.kind_of``: main, fork server, workers, ...):
    # the fork server's and most of the main process's are paid once a run, the workers'
    # grow with the pages
    cpu_by_kind: tuple[tuple[str, float], ...] = ()


def child_env(code: Path | None, cache: Path) -> dict[str, str]:
    """The environment of a measured ``magpipe``: ``code`` (None: the installed package) in
    place of the installed package, its snapshots in ``cache``, its modules' compiled forms
    written and read back (see the module docstring)."""
    env = dict(os.environ, MAGPIPE_CACHE_DIR=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(code), env.get("PYTHONPATH", "")])
    return env


def magpipe_run(inputs: Path, out: Path, env: dict[str, str]) -> Run:
    """One ``magpipe run`` in a fresh interpreter with ``env`` (``child_env``). Its whole
    process tree is measured (``proctree``: the pool's workers count too)."""
    command = [sys.executable, "-m", "magpipe", "run", str(inputs), "--out", str(out),
               "--workers", "2", "--quiet"]
    measured = run_measured(command, env)
    if measured.returncode != 0:
        raise SystemExit(f"magpipe run exited with {measured.returncode} on {inputs}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return Run(measured.wall, measured.cpu, measured.peak_mb, measured.tree_peak_mb,
               measured.tree_peak_pss_mb, report, measured.cpu_by_kind)


def export_code(ref: str, folder: Path) -> Path:
    """The ``pipeline/`` folder of git revision ``ref`` as an importable ``magpipe``."""
    archive = subprocess.run(["git", "archive", ref, "pipeline"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "pipeline").rename(folder / "magpipe")
    return folder


def repeated(source: Path, times: int, target: Path) -> Path:
    from pypdf import PdfReader, PdfWriter
    reader = PdfReader(source)
    writer = PdfWriter()
    for _ in range(times):
        for page in reader.pages:
            writer.add_page(page)
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


def born_digital_batch(folder: Path, copies: int) -> int:
    from pypdf import PdfReader
    folder.mkdir(parents=True)
    pages = 0
    for i in range(copies):
        for source in BORN_DIGITAL:
            shutil.copy(source, folder / f"{source.stem}-{i:03d}.pdf")
            pages += len(PdfReader(source).pages)
    return pages


def stage_seconds(report: dict) -> dict[str, float]:
    totals = dict.fromkeys(STAGES, 0.0)
    for file in report["files"]:
        for run in file["stages"]:
            totals[run["stage"]] += run["seconds"]
    return totals


def page_ms(report: dict) -> float:
    """The mean of extract's own time a page (``page_seconds``: from the page's job starting
    to its words made, in whichever process read it), in milliseconds. The stage's figure
    above it is each document's extract from its first page handed out to its last page
    stored: it counts the time its pages waited behind other jobs too."""
    seconds = [s for file in report["files"] for s in file.get("page_seconds", ())]
    return sum(seconds) / len(seconds) * 1000 if seconds else 0.0


def _busy_share(report: dict) -> float:
    """Of the workers' time from the engine's opening to its last job's end, the share
    spent in jobs (``report.json``'s ``engine``, as the run's log line says it)."""
    engine = report["engine"]
    busy, span = engine["busy"], engine["span"]
    return sum(busy) / (len(busy) * span) if busy and span else 0.0


def cpu_split(run: Run, quarter: Run, pages: int, small: int) -> str:
    """The CPU seconds of ``run`` (``pages`` pages) by kind of process, and the CPU a page
    more than ``quarter`` (``small`` pages) took: what grows with the pages, apart from what
    a run pays once (interpreter, imports, the fork server's loading)."""
    kinds = "  ".join(f"{kind} {cpu:.2f}" for kind, cpu in run.cpu_by_kind if cpu >= 0.005)
    more = (run.cpu - quarter.cpu) / max(pages - small, 1) * 1000
    return (f"{kinds}  (the median run's; {quarter.cpu:.2f} s in all at {small} pages: "
            f"{more:.1f} ms a page more)")


def check_text_layer(report: dict) -> None:
    sources = {s for f in report["files"] for s in f["page_sources"]}
    if sources != {"text-layer"}:
        raise SystemExit(f"born-digital pages were not all read from the text layer: {sources}")


def warm_up(work: Path, envs: dict[str, dict[str, str]]) -> None:
    """One untimed run of the bulletin per code: its snapshots built and its modules
    compiled before any measured run."""
    inputs = work / "warm-up"
    inputs.mkdir()
    shutil.copy(BULLETIN, inputs / BULLETIN.name)
    for label, env in envs.items():
        magpipe_run(inputs, work / f"out-warm-up-{label}", env)
        shutil.rmtree(work / f"out-warm-up-{label}")


def bench_batch(work: Path, copies: int, envs: dict[str, dict[str, str]],
                repeat: int = 1) -> None:
    pages = born_digital_batch(work / "digital", copies)
    small = born_digital_batch(work / "digital-small", max(1, copies // 4))
    print(f"born-digital batch: {pages} pages in {2 * copies} documents "
          f"(quarter: {small} pages)")
    runs: dict[str, list[Run]] = {label: [] for label in envs}
    quarters: dict[str, Run] = {}
    # with --repeat, the codes take turns, so that a change in the machine's load falls on
    # both alike; each is then judged on its median run
    for turn in range(repeat):
        for label, env in envs.items():
            out = work / f"out-digital-{label}-{turn}"
            run = magpipe_run(work / "digital", out, env)
            check_text_layer(run.report)
            runs[label].append(run)
            shutil.rmtree(out)
            if repeat > 1:
                print(f"scale.born_digital.run{turn + 1}.{label:9} {pages / run.wall:7.1f} pages/s "
                      f"wall, {run.cpu:.1f} s of CPU")
    for label, env in envs.items():
        quarters[label] = magpipe_run(work / "digital-small", work / f"out-small-{label}", env)
    for label in envs:
        run = sorted(runs[label], key=lambda r: r.cpu)[len(runs[label]) // 2]   # median CPU
        wall = sorted(r.wall for r in runs[label])[len(runs[label]) // 2]
        quarter = quarters[label]
        stages = stage_seconds(run.report)
        of = f" (median of {repeat})" if repeat > 1 else ""
        print(f"scale.born_digital.pages_per_s.wall.{label:9} {pages / wall:7.1f}  "
              f"(target >= 40){of}")
        print(f"scale.born_digital.pages_per_cpu_s.{label:9}  {pages / run.cpu:7.1f}  "
              f"({run.cpu:.1f} s of CPU, {run.cpu / pages * 1000:.1f} ms a page; wall "
              f"{wall:.1f} s){of}")
        print(f"scale.born_digital.stage_ms_per_page.{label:9} "
              + "  ".join(f"{s} {stages[s] / pages * 1000:.1f}" for s in STAGES)
              + f"  (extract's own time a page: {page_ms(run.report):.1f})")
        print(f"scale.born_digital.cpu_s_by_process.{label:9} "
              + cpu_split(run, quarter, pages, small))
        first = sorted(r.report["engine"]["first_job"] for r in runs[label])
        busy = sorted(_busy_share(r.report) for r in runs[label])
        # (a code before batch.startup reads none in the main process: no such field)
        here = sorted(r.report["engine"].get("pages_here", 0) for r in runs[label])
        print(f"scale.born_digital.start.{label:9} first job {first[len(first) // 2]:.2f} s "
              f"after the engine opened (the fork server's loading), {here[len(here) // 2]} "
              f"pages read by the main process meanwhile, workers busy "
              f"{busy[len(busy) // 2]:.0%} of the run{of}")
        print(f"scale.born_digital.peak_memory_mb.{label:9}  {run.peak_mb:7.0f} at {pages} "
              f"pages, {quarter.peak_mb:.0f} at {small} (x{run.peak_mb / quarter.peak_mb:.2f}; "
              f"target: flat); tree PSS {run.tree_pss_mb:.0f}, {quarter.tree_pss_mb:.0f}; "
              f"RSS {run.tree_mb:.0f}, {quarter.tree_mb:.0f}")
    if len(envs) == 2:
        (base, old_runs), (_, new_runs) = runs.items()
        cpu = [sorted(r.cpu for r in rs)[len(rs) // 2] for rs in (old_runs, new_runs)]
        wall = [sorted(r.wall for r in rs)[len(rs) // 2] for rs in (old_runs, new_runs)]
        print(f"scale.born_digital.this_against.{base:9} CPU x{cpu[1] / cpu[0]:.2f}, wall "
              f"x{wall[1] / wall[0]:.2f} (below 1: this code is faster)")


def bench_long(work: Path, sizes: list[int], envs: dict[str, dict[str, str]]) -> None:
    docs = {n: repeated(BULLETIN, n // 6, work / f"bound-{n}.pdf") for n in sizes}
    for label, env in envs.items():
        per_page: dict[int, dict[str, float]] = {}
        for n, doc in docs.items():
            run = magpipe_run(doc, work / f"out-bound-{n}-{label}", env)
            stages = stage_seconds(run.report)
            per_page[n] = {s: stages[s] / n for s in STAGES}
            target = ", target < 1024" if n >= 1500 else ""
            print(f"scale.one_document.{n}_pages.{label:9} wall {run.wall:6.1f} s, cpu "
                  f"{run.cpu:6.1f} s, peak {run.peak_mb:5.0f} MB (tree PSS "
                  f"{run.tree_pss_mb:5.0f} MB{target}; RSS {run.tree_mb:5.0f} MB); stage s: "
                  + "  ".join(f"{s} {stages[s]:.1f}" for s in STAGES))
        first, last = sizes[0], sizes[-1]
        if last != first:
            print(f"scale.one_document.growth_per_page_{first}_to_{last}.{label:9} "
                  + "  ".join(f"{s} x{per_page[last][s] / max(per_page[first][s], 1e-9):.2f}"
                              for s in STAGES) + "  (target: align <= x2, every stage ~x1)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20,
                        help="copies of each born-digital fixture in the batch")
    parser.add_argument("--sizes", default="150,450,1500",
                        help="page counts of the long document (multiples of 6)")
    parser.add_argument("--baseline", metavar="REF",
                        help="also measure the code of this git revision, in the same run")
    parser.add_argument("--repeat", type=int, default=1,
                        help="born-digital batch runs of each code, taking turns (medians)")
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--skip-long", action="store_true", help="the batch only")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    with tempfile.TemporaryDirectory(prefix="magpipe-bench-scale-") as tmp:
        work = Path(tmp)
        codes: dict[str, Path | None] = {}
        if args.baseline:
            (work / "baseline").mkdir()
            codes[f"@{args.baseline[:7]}"] = export_code(args.baseline, work / "baseline")
        codes["this"] = None
        envs = {label: child_env(code, work / f"cache-{label}") for label, code in codes.items()}
        warm_up(work, envs)
        if not args.skip_batch:
            bench_batch(work, args.copies, envs, args.repeat)
        if not args.skip_long:
            bench_long(work, sizes, envs)


if __name__ == "__main__":
    main()
