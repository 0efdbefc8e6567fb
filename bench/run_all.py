"""Run every benchmark in this folder (``make bench``) and print their figures.

Each ``bench_*.py`` prints lines of the form ``name  value  (target ...)``. A
benchmark that fails is reported and the others still run; the exit code is 1
if any failed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["bench_extract.py", "bench_repair.py", "bench_split.py", "bench_align.py",
         "bench_batch.py"]


def main() -> int:
    scripts = [HERE / n for n in ORDER if (HERE / n).exists()]
    scripts += sorted(p for p in HERE.glob("bench_*.py") if p.name not in ORDER)
    failed = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, timeout=3600)
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
        if result.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"failed benchmarks: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
