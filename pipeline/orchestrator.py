"""Chain the stages over many documents: discover inputs, cache, fan pages out, report.

This module holds no stage logic. For each input file it runs extract -> repair ->
split -> align, saving each artifact in ``DIR/<doc>/`` with a cache key beside it,
so a rerun skips what is done and an option change reruns only the stages it
affects. One file's failure becomes one failed record in ``report.json``; the
other files go on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path

from . import align as align_stage
from . import extract as extract_stage
from . import repair as repair_stage
from . import split as split_stage
from .artifacts import AlignArtifact, Artifact, ExtractArtifact, RepairArtifact, SplitArtifact
from .config import STAGES, Config
from .errors import ArtifactError, MagpipeError, OutputError, UsageError
from .files import atomic_write_text, sha256_file
from .ocr import check_tesseract
from .report import FAILED, OK, FileReport, RunReport, StageRun

log = logging.getLogger(__name__)

ARTIFACT_TYPES: dict[str, type[Artifact]] = {
    "extract": ExtractArtifact,
    "repair": RepairArtifact,
    "split": SplitArtifact,
    "align": AlignArtifact,
}


# ---------------------------------------------------------------- inputs and names

def discover(paths: Sequence[Path]) -> list[Path]:
    """The PDF files named or found (recursively) under ``paths``, in a stable order."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() == ".pdf"))
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError("no such file or folder; check the path", path=str(path))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique:
        raise UsageError("no PDF files found in the paths given")
    return unique


def safe_name(path: Path) -> str:
    """An output folder name from the file name alone: letters, digits, ``-`` and ``_``."""
    stem = unicodedata.normalize("NFC", path.stem)
    name = re.sub(r"[^\w-]+", "-", stem, flags=re.UNICODE).strip("-.")
    return name[:80] or "document"


def output_names(files: Sequence[Path]) -> dict[Path, str]:
    """A distinct folder name per file; same stems in different folders get a hash suffix."""
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for path in files:
        name = safe_name(path)
        if name.casefold() in taken:
            name = f"{name}-{hashlib.sha1(str(path).encode()).hexdigest()[:8]}"
        taken.add(name.casefold())
        names[path] = name
    return names


# ---------------------------------------------------------------- page fan-out

MapPages = Callable[[Callable, Iterable], Iterator]


class PagePool(AbstractContextManager):
    """Runs per-page jobs in ``workers`` processes (in this process when ``workers == 1``)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> PagePool:
        if self.workers > 1:
            context = multiprocessing.get_context("forkserver")
            self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self

    def __exit__(self, *exc_info) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)

    def map(self, fn: Callable, jobs: Iterable) -> Iterator:
        if self._executor is None:
            return map(fn, jobs)
        return self._executor.map(fn, jobs)


# ---------------------------------------------------------------- caching

def stage_key(stage: str, upstream: str, config: Config) -> str:
    """Cache key of a stage: what it read, its artifact version and the options it uses."""
    payload = json.dumps({
        "stage": stage,
        "version": ARTIFACT_TYPES[stage].VERSION,
        "upstream": upstream,
        "options": config.stage_options(stage),
    }, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True)
class StagePaths:
    artifact: Path
    key: Path

    @classmethod
    def of(cls, doc_dir: Path, stage: str) -> StagePaths:
        return cls(doc_dir / f"{stage}.json", doc_dir / f".{stage}.key")

    def is_current(self, key: str) -> bool:
        try:
            return self.artifact.is_file() and self.key.read_text().strip() == key
        except OSError:
            return False


# ---------------------------------------------------------------- one document

def run_stage(stage: str, source: Path | Artifact, config: Config,
              map_pages: MapPages = map) -> Artifact:
    """Run one stage on its input: a PDF path for extract, the previous artifact otherwise."""
    if stage == "extract":
        return extract_stage.extract(Path(source), config, map_pages=map_pages)
    if stage == "repair":
        return repair_stage.repair(source, config)
    if stage == "split":
        return split_stage.split(source, config)
    if stage == "align":
        return align_stage.align(source, config)
    raise UsageError(f"unknown stage '{stage}'")


def process_document(path: Path, name: str, config: Config, pool: PagePool) -> FileReport:
    """All stages for one file; never raises for a problem with that file."""
    doc_dir = config.out_dir / name
    runs: list[StageRun] = []
    try:
        upstream = sha256_file(path)
        artifact: Artifact | None = None
        rerun_rest = False
        for stage in STAGES:
            key = stage_key(stage, upstream, config)
            paths = StagePaths.of(doc_dir, stage)
            if not rerun_rest and stage not in config.force and paths.is_current(key):
                runs.append(StageRun(stage, 0.0, cached=True))
                artifact = None        # loaded only if a later stage needs it
            else:
                if artifact is None and stage != "extract":
                    previous = STAGES[STAGES.index(stage) - 1]
                    artifact = ARTIFACT_TYPES[previous].load(StagePaths.of(doc_dir, previous).artifact)
                started = time.perf_counter()
                artifact = run_stage(stage, path if stage == "extract" else artifact, config,
                                     pool.map)
                if stage == "extract":
                    artifact = replace(artifact, doc=replace(artifact.doc, name=name))
                artifact.save(paths.artifact)
                atomic_write_text(paths.key, key + "\n")
                runs.append(StageRun(stage, round(time.perf_counter() - started, 3), cached=False))
                rerun_rest = True
            upstream = key
        write_review(doc_dir, artifact)
        extracted = ExtractArtifact.load(StagePaths.of(doc_dir, "extract").artifact)
        aligned = artifact if isinstance(artifact, AlignArtifact) else \
            AlignArtifact.load(StagePaths.of(doc_dir, "align").artifact)
        return FileReport(
            path=str(path), name=name, status=OK, pages=len(extracted.pages),
            articles=len(aligned.articles), stages=tuple(runs),
            page_sources=tuple(p.source for p in extracted.pages),
            failed_pages=tuple(p.number for p in extracted.pages if p.error),
        )
    except OutputError:
        raise
    except MagpipeError as exc:
        log.warning("%s", exc)
        message = str(exc) if exc.path else f"{path}: {exc}"
        return FileReport(path=str(path), name=name, status=FAILED, stages=tuple(runs),
                          error=message)
    except Exception as exc:  # a bug must cost one file, not the batch
        log.exception("unexpected error on %s", path)
        return FileReport(path=str(path), name=name, status=FAILED, stages=tuple(runs),
                          error=f"{path}: internal error ({type(exc).__name__}: {exc}); "
                                f"please report it with this file")


def write_review(doc_dir: Path, artifact: Artifact | None) -> None:
    """The static review page; rebuilt only when the align stage ran."""
    if isinstance(artifact, AlignArtifact):
        from .review import render_review
        atomic_write_text(doc_dir / "review.html", render_review(artifact))


# ---------------------------------------------------------------- the batch

def _progress(config: Config, total: int):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    interactive = config.progress and sys.stderr.isatty()
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), disable=not interactive, transient=False)


def run(paths: Sequence[Path], config: Config) -> RunReport:
    """Process every PDF under ``paths``; write artifacts, ``articles.jsonl`` and ``report.json``."""
    files = discover(paths)
    names = output_names(files)
    _prepare_output(config.out_dir)
    if config.ocr != "never":
        check_tesseract(config.languages)
    started = time.perf_counter()
    reports: list[FileReport] = []
    with PagePool(config.worker_count) as pool, _progress(config, len(files)) as progress:
        task = progress.add_task("documents", total=len(files))
        for path in files:
            progress.update(task, description=path.name[:40])
            report = process_document(path, names[path], config, pool)
            log.info("%s: %s, %d pages, %d articles, %.1f s", path, report.status,
                     report.pages, report.articles, report.seconds)
            reports.append(report)
            progress.advance(task)
    run_report = RunReport(files=tuple(reports), seconds=round(time.perf_counter() - started, 3),
                           workers=config.worker_count)
    write_articles(config.out_dir, run_report)
    atomic_write_text(config.out_dir / "report.json", run_report.to_json())
    return run_report


def _prepare_output(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".magpipe-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"output folder is not writable ({exc.strerror}); "
                          f"choose another --out", path=str(out_dir)) from exc


def write_articles(out_dir: Path, report: RunReport) -> None:
    """``articles.jsonl``: every article of every successful file, one per line.

    Streams one document's align artifact at a time, so memory does not grow
    with the number of files.
    """
    target = out_dir / "articles.jsonl"
    tmp = out_dir / ".articles.jsonl.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            for file in report.files:
                if file.status != OK:
                    continue
                aligned = AlignArtifact.load(StagePaths.of(out_dir / file.name, "align").artifact)
                for article in aligned.articles:
                    handle.write(article.to_record() + "\n")
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write articles.jsonl ({exc.strerror})", path=str(target)) from exc


# ---------------------------------------------------------------- single stages

def load_input(stage: str, path: Path) -> Artifact:
    """The artifact a stage reads, from a saved file; split accepts extract or repair output."""
    accepted = {"repair": ("extract",), "split": ("repair", "extract"), "align": ("split",)}[stage]
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ArtifactError(f"cannot read ({exc.strerror}); check the path", path=str(path)) from exc
    last_error: ArtifactError | None = None
    for previous in accepted:
        try:
            return ARTIFACT_TYPES[previous].from_json(text, origin=str(path))
        except ArtifactError as exc:
            last_error = exc
    assert last_error is not None
    raise last_error


def rerun_stage(stage: str, source: Path, config: Config) -> Artifact:
    """Run one stage alone from a PDF (extract) or from the previous stage's saved file."""
    if stage == "extract":
        if config.ocr != "never":
            check_tesseract(config.languages)
        with PagePool(config.worker_count) as pool:
            return run_stage("extract", source, config, pool.map)
    return run_stage(stage, load_input(stage, source), config)


def repair_text_file(path: Path) -> tuple[str, tuple]:
    """Repair a plain UTF-8 text file: the repaired text and the changes made."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError("is not UTF-8 text; convert it, or pass an extract artifact (.json)",
                         path=str(path)) from exc
    except OSError as exc:
        raise UsageError(f"cannot read ({exc.strerror}); check the path", path=str(path)) from exc
    return repair_stage.repair_text(text)
