"""How a job runs in a local engine's worker process, and what the engine keeps of it.

Split out of ``magpipe.batch.engines``, which hands out the work (the process pool, the
document jobs' thread, Dask): this module holds what that work runs in. A job is timed
(``timed``: where it ran and when; ``JobClock`` adds up the times for ``EngineTimes``)
and, in a worker, the memory it freed is given back to the system
(``release_free_memory``). A worker starts with ``start_worker``: Ctrl-C only noted
(``Interrupted``), and its log records queued to the main process, whose
``ToLocalLoggers`` hands them to the loggers there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from logging.handlers import QueueHandler
from typing import Any, NamedTuple

from magpipe.batch.report import EngineTimes


@functools.cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``; nothing
    elsewhere). A page's images (25 MB each at 300 dpi in colour) leave free holes in the
    heap that stay resident otherwise: measured, 20 MB per worker after a page, and 48 MB
    in the fork server after loading the models; one call takes about 10 ms."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


class Timed(NamedTuple):
    """A job's result, where it ran and when (wall clock, comparable between processes)."""

    value: Any
    lane: str              # the process and thread it ran in
    began: float
    ended: float


def timed(fn: Callable, release: bool, *args: Any) -> Timed:
    """A page or document job; in a worker (``release``) its freed memory is given back
    afterwards."""
    began = time.time()
    try:
        value = fn(*args)
    finally:
        if release:
            release_free_memory()
    return Timed(value, f"{os.getpid()}/{threading.current_thread().name}", began, time.time())


class JobClock:
    """The engine's record of its jobs: when the first started, each worker's busy time
    (``here``: the page jobs this process ran while the workers started, kept apart)."""

    def __init__(self) -> None:
        self.opened = time.time()
        self.first = self.last = 0.0
        self.busy: dict[str, float] = {}
        self.counts = {"page": 0, "document": 0, "here": 0}
        self.here = 0.0
        self._lock = threading.Lock()

    def record(self, kind: str, timed: Timed) -> Any:
        with self._lock:
            self.counts[kind] += 1
            if kind == "here":
                self.counts["page"] += 1
                self.here += timed.ended - timed.began
                return timed.value
            self.first = min(self.first or timed.began, timed.began)
            self.last = max(self.last, timed.ended)
            self.busy[timed.lane] = self.busy.get(timed.lane, 0.0) + timed.ended - timed.began
        return timed.value

    def times(self) -> EngineTimes:
        with self._lock:
            if not self.first:
                return EngineTimes()
            return EngineTimes(first_job=round(self.first - self.opened, 3),
                               span=round(self.last - self.opened, 3),
                               busy=tuple(round(b, 3) for b in self.busy.values()),
                               page_jobs=self.counts["page"],
                               document_jobs=self.counts["document"],
                               pages_here=self.counts["here"], here=round(self.here, 3))


class ToLocalLoggers(logging.Handler):
    """Hands a worker's record to the logger of the same name in this process, so its
    level, handlers and format apply as to a record logged here."""

    def handle(self, record: logging.LogRecord) -> bool:
        logger = logging.getLogger(record.name)
        if logger.isEnabledFor(record.levelno):
            logger.handle(record)
        return True

    def emit(self, record: logging.LogRecord) -> None:  # handle() does the work
        pass


class Interrupted(logging.Filter):
    """Drops a worker's log records once Ctrl-C reached its process group."""

    seen = False

    def filter(self, record: logging.LogRecord) -> bool:
        return not Interrupted.seen


def note_interrupt(signum: int, frame: Any) -> None:
    Interrupted.seen = True        # the main process ends this one; nothing to do here


def start_worker(queue: Any, level: int) -> None:
    """Runs first in each worker: SIGINT only noted, and log records go to ``queue``."""
    signal.signal(signal.SIGINT, note_interrupt)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = QueueHandler(queue)
    handler.addFilter(Interrupted())
    root.addHandler(handler)
    root.setLevel(level)
