"""Measure one command's whole process tree: wall time, CPU time and memory.

A pool's workers are children of its fork server, which nobody waits for, so the kernel's
accounting of waited-for children (``RUSAGE_CHILDREN``) misses them. This samples the tree
from /proc every 0.1 s instead: each process's CPU seconds and peak resident set (VmHWM),
and the sum of the resident sets of the processes alive at the same moment (the memory
the run takes from the machine).
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measured:
    wall: float           # seconds
    cpu: float            # user + system seconds of every process of the tree
    peak_mb: float        # largest resident set of any one process
    tree_peak_mb: float   # largest sum of the resident sets of the tree at one moment
    returncode: int


def tree(root: int) -> list[int]:
    """``root`` and every process below it (the fork server and its workers included)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def sample(pid: int) -> tuple[float, float, float] | None:
    """CPU seconds, peak resident MB (VmHWM) and resident MB now of one live process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    kb = {line.split(":")[0]: int(line.split()[1]) for line in status.splitlines()
          if line.startswith(("VmHWM:", "VmRSS:"))}
    return ((int(fields[11]) + int(fields[12])) / ticks, kb.get("VmHWM", 0) / 1024,
            kb.get("VmRSS", 0) / 1024)


def run_measured(command: list[str], env: dict[str, str] | None = None) -> Measured:
    seen: dict[int, tuple[float, float]] = {}
    tree_peak = 0.0
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    while process.poll() is None:
        now = 0.0
        for pid in tree(process.pid):
            found = sample(pid)
            if found is not None:   # max: an exited process not yet reaped shows no memory
                cpu, peak = seen.get(pid, (0.0, 0.0))
                seen[pid] = (max(cpu, found[0]), max(peak, found[1]))
                now += found[2]
        tree_peak = max(tree_peak, now)
        time.sleep(0.1)
    wall = time.perf_counter() - started
    return Measured(wall, sum(c for c, _ in seen.values()),
                    max((m for _, m in seen.values()), default=0.0), tree_peak,
                    process.returncode)
