"""Measure one command's whole process tree: wall time, CPU time and memory.

A pool's workers are children of its fork server, which nobody waits for, so the kernel's
accounting of waited-for children (``RUSAGE_CHILDREN``) misses them. This samples the tree
from /proc every 0.1 s instead: each process's CPU seconds and peak resident set (VmHWM),
and the sum of the resident sets of the processes alive at the same moment. That sum counts
a page shared by several processes (the fork server's modules and models, which the workers
start from) once per process; the sum of their proportional sets (PSS: a shared page counted
as a share of it in each) is the memory the run takes from the machine, measured beside it.
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
    tree_peak_pss_mb: float = 0.0   # largest sum of their proportional sets at one moment
    # CPU seconds by kind of process: the command itself, a pool's fork server, the workers
    # forked from it, Tesseract processes, anything else
    cpu_by_kind: tuple[tuple[str, float], ...] = ()


def tree(root: int) -> list[int]:
    """``root`` and every process below it (the fork server and its workers included)."""
    parents: dict[int, list[int]] = {}
    # the folders listed by name, each read under ``try``: ``Path.glob`` checks each match
    # exists, and a process ending between the listing and that check raised out of the glob
    # itself (ProcessLookupError), ending a bench run
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            fields = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def proportional_mb(pid: int) -> float:
    """Proportional set size of one process now (MB), 0 where the kernel does not say."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in rollup.splitlines()
                 if line.startswith("Pss:")), 0.0)


def kind_of(pid: int, root: int) -> str:
    """What a process of the tree is, from its command line."""
    if pid == root:
        return "main"
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return "other"
    if "forkserver" in command:
        # the fork server (started by the command), or a worker forked from it (which keeps
        # its command line)
        try:
            parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            return "workers"
        return "fork server" if parent == root else "workers"
    if "tesseract" in command:
        return "tesseract"
    return "other"


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
    kinds: dict[int, str] = {}
    tree_peak = tree_pss_peak = 0.0
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    while process.poll() is None:
        now = now_pss = 0.0
        for pid in tree(process.pid):
            found = sample(pid)
            if found is not None:   # max: an exited process not yet reaped shows no memory
                cpu, peak = seen.get(pid, (0.0, 0.0))
                seen[pid] = (max(cpu, found[0]), max(peak, found[1]))
                kinds.setdefault(pid, kind_of(pid, process.pid))
                now += found[2]
                now_pss += proportional_mb(pid)
        tree_peak = max(tree_peak, now)
        tree_pss_peak = max(tree_pss_peak, now_pss)
        time.sleep(0.1)
    wall = time.perf_counter() - started
    by_kind: dict[str, float] = {}
    for pid, (cpu, _) in seen.items():
        by_kind[kinds[pid]] = by_kind.get(kinds[pid], 0.0) + cpu
    return Measured(wall, sum(c for c, _ in seen.values()),
                    max((m for _, m in seen.values()), default=0.0), tree_peak,
                    process.returncode, tree_pss_peak, tuple(sorted(by_kind.items())))
