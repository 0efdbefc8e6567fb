"""Where work runs: page jobs and document jobs, on this machine or on a Dask cluster.

An engine offers two things to the orchestrator:

* ``map_pages(fn, jobs)``: run a per-page worker over jobs, yielding results in job order;
* ``submit(fn, *args)``: run a document job, returning an object with ``.result()``.

:class:`LocalEngine` runs pages in ``workers`` processes (each runs one tesseract at a time,
so one tesseract per core). With several workers, document jobs (repair, split, align and
the review page of one document) go to the same processes, so one core finishes a document
while the others extract the next one: this process only hands out work and stores pages.
(In a thread here they would share this process's interpreter lock with that work, and
born-digital documents, whose pages take milliseconds, would run on one core.)
The models those jobs read (repair's lexicon and language model, split's and align's data)
are loaded once, by the fork server the workers start from, and shared by them (see
:mod:`magpipe.batch.stagemodels`), not loaded again by each worker; only those of the
stages the run will compute (a rerun with everything cached loads none).
Until the workers are forked, page jobs run here, from their text layer, and document jobs
wait (:mod:`magpipe.batch.startup`). With one worker, pages run here and document jobs in
one background thread.
:class:`DaskEngine` sends the same jobs to a ``dask.distributed`` scheduler; its workers
must see the input and output paths (a shared file system).

Worker processes log into a queue that a thread of the main process reads and hands to
the main process's loggers, so ``-v`` shows their lines as if they ran here; a Dask
cluster's workers send theirs back through the client (``Client.forward_logging``). Ctrl-C reaches
the whole process group: workers note it and log nothing after it (a Tesseract they were
waiting for got the same signal and died: that is no page failure to report), the main
process ends them (they hold nothing that a rerun needs: finished pages are stored by the
main process, and a document job writes each artifact whole, its key after it) and exits 130.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import AbstractContextManager
from logging.handlers import QueueHandler, QueueListener
from multiprocessing import forkserver
from typing import Any, NamedTuple

from magpipe.batch import stagemodels
from magpipe.batch.report import EngineTimes
from magpipe.batch.startup import WorkersStarting
from magpipe.config import Stage
from magpipe.errors import MissingDependencyError, UsageError

log = logging.getLogger(__name__)
# What every worker runs: the orchestrator's jobs, extract's pages (the orchestrator imports
# the stages only as it runs them), and the review page each document job writes. The
# later stages come with their models (``stagemodels``), when the run computes them;
# PDFium's first-page set-up is done by the fork server, once for all (``stagemodels.pdfium``).
PRELOAD = ["magpipe.batch.orchestrator", "magpipe.extract", "magpipe.archive.writers",
           stagemodels.PDFIUM]


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


class _Timed(NamedTuple):
    """A job's result, where it ran and when (wall clock, comparable between processes)."""

    value: Any
    lane: str              # the process and thread it ran in
    began: float
    ended: float


def _timed(fn: Callable, release: bool, *args: Any) -> _Timed:
    """A page or document job; in a worker (``release``) its freed memory is given back
    afterwards."""
    began = time.time()
    try:
        value = fn(*args)
    finally:
        if release:
            release_free_memory()
    return _Timed(value, f"{os.getpid()}/{threading.current_thread().name}", began, time.time())


class _JobClock:
    """The engine's record of its jobs: when the first started, each worker's busy time
    (``here``: the page jobs this process ran while the workers started, kept apart)."""

    def __init__(self) -> None:
        self.opened = time.time()
        self.first = self.last = 0.0
        self.busy: dict[str, float] = {}
        self.counts = {"page": 0, "document": 0, "here": 0}
        self.here = 0.0
        self._lock = threading.Lock()

    def record(self, kind: str, timed: _Timed) -> Any:
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


class _ToLocalLoggers(logging.Handler):
    """Hands a worker's record to the logger of the same name in this process, so its
    level, handlers and format apply as to a record logged here."""

    def handle(self, record: logging.LogRecord) -> bool:
        logger = logging.getLogger(record.name)
        if logger.isEnabledFor(record.levelno):
            logger.handle(record)
        return True

    def emit(self, record: logging.LogRecord) -> None:  # handle() does the work
        pass


class _Interrupted(logging.Filter):
    """Drops a worker's log records once Ctrl-C reached its process group."""

    seen = False

    def filter(self, record: logging.LogRecord) -> bool:
        return not _Interrupted.seen


def _note_interrupt(signum: int, frame: Any) -> None:
    _Interrupted.seen = True        # the main process ends this one; nothing to do here


def _start_worker(queue: Any, level: int) -> None:
    """Runs first in each worker: SIGINT only noted, and log records go to ``queue``."""
    signal.signal(signal.SIGINT, _note_interrupt)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = QueueHandler(queue)
    handler.addFilter(_Interrupted())
    root.addHandler(handler)
    root.setLevel(level)


class LocalEngine(AbstractContextManager):
    """``models``: for a whole run, whose document jobs go to the workers, the stages it
    will compute: the fork server loads their models before it starts the workers, which
    share them (``stagemodels``). None for one stage alone (extract needs no model).
    ``compiled_loops``: the batch is large enough that the fork server loads repair's
    compiled loops too (``stagemodels.pages_for_compiled_loops``)."""

    def __init__(self, workers: int, *, models: Iterable[Stage] | None = None,
                 compiled_loops: bool = False) -> None:
        self.workers = workers
        self.models = None if models is None else frozenset(models)
        self.compiled_loops = compiled_loops
        self._interrupted = False
        self._pages: ProcessPoolExecutor | None = None
        self._documents: ThreadPoolExecutor | None = None
        self._listener: QueueListener | None = None
        self._starting: WorkersStarting | None = None
        self._clock = _JobClock()

    def __enter__(self) -> LocalEngine:
        self._clock = _JobClock()
        if self.workers > 1:
            # forkserver: workers start from a clean process, not a copy of this one
            # with its threads and open PDFs.
            context = multiprocessing.get_context("forkserver")
            # The stages' modules are imported once, by the fork server, not by each worker
            # (~0.7 s of CPU each); workers start from its copy.
            preload = PRELOAD if self.models is None else [
                stagemodels.COLLECTOR_OFF, *PRELOAD,
                *stagemodels.preload(self.models, self.compiled_loops)]
            log.debug("fork server preloads %s", ", ".join(preload))
            context.set_forkserver_preload(preload)
            # Started now, not at the first job: it imports the stages and loads their
            # models (~2 s of CPU) while this process opens and fingerprints the first
            # documents, rather than after.
            forkserver.ensure_running()
            queue = context.Queue()
            self._listener = QueueListener(queue, _ToLocalLoggers())
            self._listener.start()
            level = logging.getLogger("magpipe").getEffectiveLevel()
            self._pages = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                              initializer=_start_worker,
                                              initargs=(queue, level))
            self._starting = WorkersStarting(self._pages, self.workers)
        self._documents = ThreadPoolExecutor(max_workers=1, thread_name_prefix="document")
        return self

    def __exit__(self, exc_type, *exc_info) -> None:
        if self._pages is not None and exc_type is KeyboardInterrupt:
            self._interrupted = True
            self._end_workers()
        if self._documents is not None:
            self._documents.shutdown(wait=True, cancel_futures=True)
        if self._pages is not None:
            self._pages.shutdown(wait=True, cancel_futures=True)
        if self._starting is not None:
            self._starting.join()
        if self._listener is not None:
            self._listener.stop()      # after the workers: their last lines are read too

    def _end_workers(self) -> None:
        """Stop the page workers now, pages in hand included (Ctrl-C should not wait for
        the pages already handed out). The pool keeps its processes in ``_processes``;
        Python 3.14 names this ``terminate_workers()``."""
        assert self._pages is not None
        for process in list(getattr(self._pages, "_processes", {}).values()):
            process.terminate()

    @property
    def starting(self) -> bool:
        """The workers are not forked yet: a document job submitted now waits for them
        (``startup``), and its caller had better start the next documents meanwhile."""
        return self._starting is not None and not self._starting.up

    @property
    def shares_memory(self) -> bool:
        """Document jobs run in this process (one worker): they can take its artifacts."""
        return self._pages is None

    def times(self) -> EngineTimes:
        """How the workers spent the run so far (see ``EngineTimes``)."""
        return self._clock.times()

    def map_pages(self, fn: Callable, jobs: Iterable, *, here_first: bool = False) -> Iterator:
        """``fn`` over ``jobs``, results in order. ``here_first``: while the workers start,
        a job runs in this process instead (extract's pages: ``startup``)."""
        if self._pages is None:
            record = functools.partial(self._clock.record, "page")
            return map(record, map(functools.partial(_timed, fn, False), jobs))
        return self._from_pool(fn, jobs, here_first)

    def _from_pool(self, fn: Callable, jobs: Iterable, here_first: bool) -> Iterator:
        """The jobs' results in order: each job handed to the pool, or run here while the
        workers start (``here_first``)."""
        assert self._pages is not None and self._starting is not None
        pending: deque = deque()
        try:
            for job in jobs:
                if self._interrupted:
                    raise KeyboardInterrupt      # Ctrl-C: no more pages, here or there
                here = (self._starting.here(functools.partial(_timed, fn, False, job))
                        if here_first else None)
                pending.append(self._clock.record("here", here) if here is not None else
                               self._pages.submit(_timed, fn, True, job))
            while pending:
                item = pending.popleft()
                if isinstance(item, Future):
                    item = self._clock.record("page", item.result())
                yield item
        except RuntimeError:          # a broken pool, or one shut down: pages not taken
            if self._interrupted:
                # Ctrl-C ended the workers: for a thread waiting on them or reading pages
                # here (the orchestrator reads ahead), that is the interruption, no failed
                # page to report
                raise KeyboardInterrupt from None
            raise
        finally:
            for item in pending:         # left when the caller stopped reading: not run
                if isinstance(item, Future):
                    item.cancel()

    def submit(self, fn: Callable, *args) -> Future:
        assert self._documents is not None, "use the engine as a context manager"
        if self._pages is None:
            return self._value_of(self._documents.submit(_timed, fn, False, *args), Future())
        pages = self._pages
        value: Future = Future()

        def hand_over() -> None:
            try:
                self._value_of(pages.submit(_timed, fn, True, *args), value)
            except Exception as exc:  # noqa: BLE001 - a broken or shut pool: the job's error
                value.set_exception(exc)
        assert self._starting is not None
        if not self._starting.hold(hand_over):
            hand_over()
        return value

    def _value_of(self, job: Future, value: Future) -> Future:
        """``value``, a future of the job's own result; its timing goes to the clock."""

        def done(finished: Future) -> None:
            if finished.cancelled():
                value.cancel()
            elif finished.exception() is not None:
                value.set_exception(finished.exception())
            else:
                value.set_result(self._clock.record("document", finished.result()))
        job.add_done_callback(done)
        return value


class DaskEngine(AbstractContextManager):
    """The same page and document jobs on a ``dask.distributed`` cluster."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._client: Any = None          # a distributed.Client once entered
        self._level = logging.WARNING

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client
        except ImportError as exc:
            raise MissingDependencyError(
                "--scheduler needs dask.distributed; install it with: "
                "pip install 'magpipe[distributed]'") from exc
        try:
            self._client = Client(self.address, timeout="10s")
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {self.address} ({exc}); "
                             f"start it with 'dask scheduler' and check the address") from exc
        # Workers' "magpipe" records come back to this process's loggers (as the process
        # pool's do), at the level asked for here: each job sets it on its worker first.
        self._level = logging.getLogger("magpipe").getEffectiveLevel()
        self._client.forward_logging("magpipe", level=self._level)
        return self

    def __exit__(self, *exc_info) -> None:
        if self._client is not None:
            self._client.close()

    @property
    def workers(self) -> int:
        return sum(self._client.nthreads().values())

    shares_memory = False
    starting = False          # the cluster's workers are there already

    def map_pages(self, fn: Callable, jobs: Iterable, *, here_first: bool = False) -> Iterator:
        """``here_first`` is for a local engine's start (a cluster's workers are there)."""
        futures = self._client.map(functools.partial(_at_level, self._level, fn), list(jobs),
                                   pure=False)
        for future in futures:           # in job order, each released once read
            yield future.result()
            future.release()

    def submit(self, fn: Callable, *args):
        return self._client.submit(_at_level, self._level, fn, *args, pure=False)

    def times(self) -> EngineTimes:
        """Not measured on a cluster."""
        return EngineTimes()


def _at_level(level: int, fn: Callable, *args) -> Any:
    """Runs on a Dask worker: ``fn(*args)`` with magpipe's loggers at the main process's
    level (a worker's own is WARNING), so ``-v`` lines reach the forwarded logging."""
    logging.getLogger("magpipe").setLevel(level)
    return fn(*args)


def open_engine(workers: int, scheduler: str | None, models: Iterable[Stage] = tuple(Stage),
                compiled_loops: bool = False) -> LocalEngine | DaskEngine:
    """The engine of a whole run; ``models``: the stages it will compute (their models are
    shared by a local engine's workers); ``compiled_loops``: repair's too."""
    if scheduler:
        return DaskEngine(scheduler)
    return LocalEngine(workers, models=models, compiled_loops=compiled_loops)
