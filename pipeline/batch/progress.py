"""Progress of a batch: a rich bar on a terminal, nothing otherwise (log lines say it)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class PagesPerMinute(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed * 60:5.1f} pages/min" if speed else "  -- pages/min")


class RunProgress(AbstractContextManager):
    """Two bars, files and pages; disabled when off or standard error is not a terminal."""

    def __init__(self, enabled: bool, files: int) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self._progress = Progress(TextColumn("{task.description:>5}"), BarColumn(),
                                  MofNCompleteColumn(), PagesPerMinute(), TimeElapsedColumn(),
                                  TimeRemainingColumn(), disable=not self.enabled)
        self._files = self._progress.add_task("files", total=files)
        self._pages = self._progress.add_task("pages", total=None)

    def __enter__(self) -> RunProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._progress.stop()

    def counting(self, map_pages: Callable) -> Callable:
        """``map_pages`` that adds its jobs to the pages bar and ticks each page done."""
        def mapper(fn: Callable, jobs: Iterable) -> Iterator:
            jobs = list(jobs)
            task = self._progress.tasks[self._pages]
            self._progress.update(self._pages, total=(task.total or 0) + len(jobs))
            for page in map_pages(fn, jobs):
                self._progress.advance(self._pages)
                yield page
        return mapper

    def file_done(self) -> None:
        self._progress.advance(self._files)
