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
What runs in the worker processes (their start, each job timed, memory given back) is in
:mod:`magpipe.batch.worker_jobs`; this module hands the work out.
"""

from __future__ import annotations

import functools
import gc
import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import AbstractContextManager
from logging.handlers import QueueListener
from multiprocessing import forkserver
from typing import Any

from magpipe.batch import stagemodels
from magpipe.batch.report import EngineTimes
from magpipe.batch.startup import WorkersStarting
from magpipe.batch.worker_jobs import JobClock, ToLocalLoggers, start_worker, timed
from magpipe.config import Stage
from magpipe.errors import MissingDependencyError, UsageError

log = logging.getLogger(__name__)
# What every worker runs: the orchestrator's jobs, extract's pages (the orchestrator imports
# the stages only as it runs them), and the review page each document job writes. The
# later stages come with their models (``stagemodels``), when the run computes them;
# PDFium's first-page set-up is done by the fork server, once for all (``stagemodels.pdfium``).
PRELOAD = ["magpipe.batch.orchestrator", "magpipe.extract", "magpipe.archive.writers",
           stagemodels.PDFIUM]


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
        self._clock = JobClock()
        self._threshold: tuple[int, int, int] | None = None

    def __enter__(self) -> LocalEngine:
        self._clock = JobClock()
        # this process collects at the workers' threshold while the engine is open (see
        # ``stagemodels.WORKER_THRESHOLD``): its young objects are pages and reports held
        # until stored; at Python's default it ran ~190 collections over the scale bench's
        # born-digital batch (~0.05 s of CPU)
        self._threshold = gc.get_threshold()
        gc.set_threshold(stagemodels.WORKER_THRESHOLD, *self._threshold[1:])
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
            self._listener = QueueListener(queue, ToLocalLoggers())
            self._listener.start()
            level = logging.getLogger("magpipe").getEffectiveLevel()
            self._pages = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                              initializer=start_worker,
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
            # After a run whose jobs are all done, the workers are told to end and not
            # waited for: they end (~0.1 s of wall, none of CPU) while this process writes
            # the run's own outputs, and ``concurrent.futures`` waits for them at this
            # process's exit; after an error, they are waited for here.
            self._pages.shutdown(wait=exc_type is not None, cancel_futures=True)
        if self._starting is not None:
            self._starting.join()
        if self._listener is not None:
            self._listener.stop()      # after the workers: their last lines are read too
        if self._threshold is not None:
            gc.set_threshold(*self._threshold)

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
            return map(record, map(functools.partial(timed, fn, False), jobs))
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
                here = (self._starting.here(functools.partial(timed, fn, False, job))
                        if here_first else None)
                pending.append(self._clock.record("here", here) if here is not None else
                               self._pages.submit(timed, fn, True, job))
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
            return self._value_of(self._documents.submit(timed, fn, False, *args), Future())
        pages = self._pages
        value: Future = Future()

        def hand_over() -> None:
            try:
                self._value_of(pages.submit(timed, fn, True, *args), value)
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
