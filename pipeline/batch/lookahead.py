"""Reading the next documents of a batch while one is processed.

With workers in other processes, the next document's pages wait in the pool's queue, so a
worker that finishes the last pages of one document goes on with the next instead of waiting.
PDFium takes one thread of a process at a time: a document is opened and checked under a lock
that is given up once its pages are handed out to the workers.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TypeVar

from magpipe.batch.cache import MapPages

# Documents whose pages are handed out while an earlier one's are read. Measured on the
# scanned bulletin, 6 pages a document, 2 workers: the wait at each document's end was ~10%
# of the run. One more document's pages and artifact in memory at most.
LOOKAHEAD = 1

T = TypeVar("T")


class Turn(AbstractContextManager):
    """Holds ``lock`` from entry until the map it wraps is called, or to the exit."""

    def __init__(self, lock: threading.Lock) -> None:
        self._lock, self._held = lock, False

    def __enter__(self) -> Turn:
        self._lock.acquire()
        self._held = True
        return self

    def __exit__(self, *exc_info) -> None:
        self._give_up()

    def _give_up(self) -> None:
        if self._held:
            self._held = False
            self._lock.release()

    def given_up_by(self, map_pages: MapPages) -> MapPages:
        def mapper(fn: Callable, jobs: Iterable) -> Iterator:
            self._give_up()
            return map_pages(fn, jobs)
        return mapper


def read_ahead(files: list[Path], start: Callable[[Path, MapPages], T], map_pages: MapPages,
               in_process: bool, ahead: ThreadPoolExecutor) -> Iterator[T]:
    """``start(path, map_pages)`` of each file in order. With the pages in other processes
    (``in_process`` false), the next ``LOOKAHEAD`` files are started in threads of ``ahead``
    before one is given; else one document at a time."""
    opening = threading.Lock()

    def one(path: Path) -> T:
        turn = Turn(opening)
        with turn:
            return start(path, turn.given_up_by(map_pages))
    if in_process:
        yield from map(one, files)
        return
    started: deque = deque()
    for path in files:
        started.append(ahead.submit(one, path))
        if len(started) > LOOKAHEAD:
            yield started.popleft().result()
    while started:
        yield started.popleft().result()
