"""Start-up benchmark: what a run costs before its pages do, and the CLI's own start.

* a small run: ``magpipe run`` (``--workers 2``) of the 6-page ``bulletin-digital.pdf``,
  whose time is mostly the start (importing the stages, the fork server loading the
  models, each worker's first document). Wall time and CPU time of the whole process tree,
  by kind of process (``proctree``: the command, the fork server, the workers);
* ``magpipe --help``: wall and CPU time of one interpreter.

``--baseline REF`` measures the code of git revision ``REF`` too, in the same run, the codes
taking turns ``--repeat`` times; each is judged on its median. This code's model snapshots
(``magpipe.snapshots``) go to a fresh folder: the first run of the turns builds and saves
them, as a first run after an install or an edit does, and it is reported on its own.

Usage: python bench/bench_start.py [--baseline REF] [--repeat 5]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_scale import BULLETIN, child_env, export_code
from proctree import Measured, run_measured


def small_run(inputs: Path, out: Path, env: dict[str, str]) -> Measured:
    shutil.rmtree(out, ignore_errors=True)
    measured = run_measured([sys.executable, "-m", "magpipe", "run", str(inputs), "--out",
                             str(out), "--workers", "2", "--quiet"], env)
    if measured.returncode != 0:
        raise SystemExit(f"magpipe run exited with {measured.returncode}")
    return measured


def help_run(env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of ``magpipe --help``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "magpipe", "--help"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", metavar="REF")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="magpipe-start-") as tmp:
        work = Path(tmp)
        inputs = work / "in"
        inputs.mkdir()
        shutil.copy(BULLETIN, inputs / BULLETIN.name)
        codes: dict[str, Path | None] = {}
        if args.baseline:
            codes[args.baseline] = export_code(args.baseline, work / "baseline")
        codes["this"] = None
        envs = {label: child_env(code, work / f"cache-{label}") for label, code in codes.items()}
        runs: dict[str, list[Measured]] = {label: [] for label in codes}
        helps: dict[str, list[tuple[float, float]]] = {label: [] for label in codes}
        first: dict[str, Measured] = {}
        for turn in range(args.repeat + 1):
            for label in codes:
                measured = small_run(inputs, work / f"out-{label}", envs[label])
                if turn == 0:
                    first[label] = measured          # snapshots built and saved here
                else:
                    runs[label].append(measured)
                    helps[label].append(help_run(envs[label]))
        for label in codes:
            done = runs[label]
            kinds: dict[str, list[float]] = {}
            for m in done:
                for kind, cpu in m.cpu_by_kind:
                    kinds.setdefault(kind, []).append(cpu)
            print(f"start.six_pages.{label:9} wall {_median([m.wall for m in done]):5.2f} s, "
                  f"CPU {_median([m.cpu for m in done]):5.2f} s ("
                  + ", ".join(f"{k} {_median(v):.2f}" for k, v in sorted(kinds.items())
                              if _median(v) >= 0.01)
                  + f"); first run {first[label].wall:.2f} s wall, {first[label].cpu:.2f} s "
                    f"CPU; median of {len(done)}")
            print(f"start.help.{label:9} wall {_median([h[0] for h in helps[label]]):5.2f} s, "
                  f"CPU {_median([h[1] for h in helps[label]]):5.2f} s")
        if len(codes) == 2:
            (base, old), (_, new) = runs.items()
            print(f"start.six_pages.this_against.{base} CPU x"
                  f"{_median([m.cpu for m in new]) / _median([m.cpu for m in old]):.2f}, wall x"
                  f"{_median([m.wall for m in new]) / _median([m.wall for m in old]):.2f}")


if __name__ == "__main__":
    main()
