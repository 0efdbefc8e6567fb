"""Progress of a batch: a rich bar on a terminal, nothing otherwise (log lines say it).

rich is imported only when a bar is shown: the orchestrator imports this module, and so do
the batch's main process and its fork server before any page can start (rich's progress
module cost each of them ~40 ms of CPU on every run, with a bar or not; issue 14).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any


def _bars(files: int) -> tuple[Any, Any, Any]:
    """A rich ``Progress`` of two bars, files (``files`` of them) and pages, and their tasks."""
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

    progress = Progress(TextColumn("{task.description:>5}"), BarColumn(), MofNCompleteColumn(),
                        PagesPerMinute(), TimeElapsedColumn(), TimeRemainingColumn())
    return progress, progress.add_task("files", total=files), progress.add_task("pages",
                                                                                 total=None)


class RunProgress(AbstractContextManager):
    """Two bars, files and pages; nothing when off or standard error is not a terminal."""

    def __init__(self, enabled: bool, files: int) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self._progress: Any = None
        if self.enabled:
            self._progress, self._files, self._pages = _bars(files)

    def __enter__(self) -> RunProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._progress is not None:
            self._progress.stop()

    def counting(self, map_pages: Callable) -> Callable:
        """``map_pages`` that adds its jobs to the pages bar and ticks each page done."""
        if self._progress is None:
            return map_pages

        def mapper(fn: Callable, jobs: Iterable) -> Iterator:
            jobs = list(jobs)
            task = self._progress.tasks[self._pages]
            self._progress.update(self._pages, total=(task.total or 0) + len(jobs))
            for page in map_pages(fn, jobs):
                self._progress.advance(self._pages)
                yield page
        return mapper

    def file_done(self) -> None:
        if self._progress is not None:
            self._progress.advance(self._files)
