"""While a local engine's workers start: page jobs run in this process, document jobs wait.

A pool's first worker is forked once the fork server has imported the stages and loaded
their models (``stagemodels``): about a second of one core, measured on the scale bench's
born-digital batch (0.95 s from the engine's opening to the first job). This process had
nothing to do meanwhile but wait, with the second core idle. So until the workers are up:

* the page jobs handed to the pool run here instead, one at a time (the fork server has
  the other core), each from its text layer only (``extract.text_layer_only``): a page that
  needs OCR goes to a worker, so this process never loads Tesseract's models (a worker
  keeps them for all its pages; here they would be held, unused, for the whole run). A
  born-digital page costs ~15 ms of CPU, read and stored (the scale bench's fixtures), so
  the first documents are extracted by the time the pool can take work;
* document jobs (repair, split, align: they need the models) are held, and handed to the
  pool in the order they came once it is up; the orchestrator does not wait for their
  results meanwhile (``LocalEngine.starting``), so the documents after them are started.

A thread of this process forks the workers as the pool would at its first jobs (one
``submit`` each, which blocks until the fork server can fork); once they are forked, every
job goes to the pool as before. A page made here is the same page a worker makes (stored
the same way, by ``paged``); only where it ran differs.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class WorkersStarting:
    """The start of ``pool``'s ``workers`` processes, and the jobs that meanwhile run here
    (``here``) or wait (``hold``)."""

    def __init__(self, pool: ProcessPoolExecutor, workers: int) -> None:
        self._pool = pool
        self._up = threading.Event()
        self._held: list[Callable[[], None]] = []
        self._switch = threading.Lock()    # between holding a job and the hand-over of all
        self._one_here = threading.Lock()  # one page at a time here: one core, not two
        self._thread = threading.Thread(target=self._start, args=(workers,),
                                        name="workers-start", daemon=True)
        self._thread.start()

    @property
    def up(self) -> bool:
        """The workers are forked (or could not be): every job goes to the pool."""
        return self._up.is_set()

    def _start(self, workers: int) -> None:
        try:
            # each submit forks one worker (none is idle yet), once the fork server has
            # loaded; the job itself only names the worker
            for _ in range(workers):
                self._pool.submit(os.getpid)
        except Exception as exc:  # noqa: BLE001 - the pool's own jobs meet it and report it
            log.debug("workers not started (%s)", exc)
        finally:
            with self._switch:
                self._up.set()
                held, self._held = self._held, []
            log.debug("workers up; %d document jobs handed to them", len(held))
            for hand_over in held:
                hand_over()

    def here(self, run: Callable[[], T]) -> T | None:
        """``run()``, a page job, in this process while the workers start; None when they
        are up, or when the page needs OCR (``extract.OcrElsewhere``): the pool's then."""
        if self.up:
            return None
        from magpipe.extract import OcrElsewhere, text_layer_only
        with self._one_here:
            if self.up:
                return None
            try:
                with text_layer_only():
                    return run()
            except OcrElsewhere as why:
                log.debug("%s: for a worker", why)
                return None

    def hold(self, hand_over: Callable[[], None]) -> bool:
        """Keep ``hand_over`` (it submits a document job) until the workers are up, and
        say so; False when they are up already: the caller calls it now."""
        with self._switch:
            if self.up:
                return False
            self._held.append(hand_over)
            return True

    def join(self) -> None:
        """Wait for the starting thread (the pool is shut down or up by then)."""
        self._thread.join()
