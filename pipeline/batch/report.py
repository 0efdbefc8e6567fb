"""The run report: one record per input file, written as ``report.json`` and shown as a table."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from magpipe.artifacts import PageSource
from magpipe.config import Stage
from magpipe.errors import EXIT_OK, EXIT_SOME_FAILED
from magpipe.serial import to_data

OK = "ok"             # every page processed
PARTIAL = "partial"   # some pages failed (see ``error``); records come from the others
FAILED = "failed"     # the file could not be processed at all


@dataclass(frozen=True)
class StageRun:
    stage: Stage
    seconds: float
    cached: bool


@dataclass(frozen=True)
class FileReport:
    path: str
    name: str                       # output folder under DIR
    status: str                     # OK, PARTIAL or FAILED
    pages: int = 0
    articles: int = 0
    stages: tuple[StageRun, ...] = ()
    page_sources: tuple[PageSource, ...] = ()
    # extract seconds of each page (OCR included; from the cache when extract was cached)
    page_seconds: tuple[float, ...] = ()
    failed_pages: tuple[int, ...] = ()
    error: str | None = None

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.stages)


@dataclass(frozen=True)
class EngineTimes:
    """How a local engine's workers spent the run, from its own timing of each job."""

    first_job: float = 0.0        # seconds from the engine opening to its first job starting
    span: float = 0.0             # seconds from the engine opening to its last job's end
    busy: tuple[float, ...] = ()  # seconds in jobs, per worker (process, or thread here)
    page_jobs: int = 0
    document_jobs: int = 0
    # page jobs (of ``page_jobs``) run in the main process while the workers started, and
    # their seconds: not the workers' (``batch.startup``)
    pages_here: int = 0
    here: float = 0.0

    @property
    def busy_share(self) -> float:
        """Of the time the workers were there (each from the opening to the last job's
        end), the share spent in jobs."""
        return sum(self.busy) / (len(self.busy) * self.span) if self.busy and self.span else 0.0


@dataclass(frozen=True)
class RunReport:
    files: tuple[FileReport, ...]
    seconds: float
    workers: int
    engine: EngineTimes = EngineTimes()

    @property
    def failed(self) -> tuple[FileReport, ...]:
        return tuple(f for f in self.files if f.status != OK)

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else EXIT_OK

    def to_json(self) -> str:
        data = to_data(self)
        data["summary"] = {
            "files": len(self.files),
            "failed": len(self.failed),
            "pages": sum(f.pages for f in self.files),
            "articles": sum(f.articles for f in self.files),
            "exit_code": self.exit_code,
        }
        return json.dumps(data, ensure_ascii=False, indent=1)


def source_counts(sources: tuple[str, ...]) -> str:
    """``('ocr', 'ocr', 'text-layer')`` -> ``'2 ocr, 1 text-layer'``."""
    return ", ".join(f"{n} {s}" for s, n in sorted(Counter(sources).items()))


def summary_table(report: RunReport):
    """A rich Table summarising the run, one row per file (errors are printed after it)."""
    from rich.table import Table

    table = Table(title=f"magpipe: {len(report.files)} files, {len(report.failed)} failed, "
                        f"{report.seconds:.1f} s")
    for column in ("file", "status", "pages", "articles", "seconds", "page sources"):
        table.add_column(column, overflow="fold")
    for f in report.files:
        table.add_row(Path(f.path).name, f.status, str(f.pages), str(f.articles),
                      f"{f.seconds:.1f}", source_counts(f.page_sources))
    return table
