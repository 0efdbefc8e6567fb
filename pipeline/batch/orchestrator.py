"""Chain the stages over many documents: discover inputs, cache, fan pages out, report.

This module holds no stage logic. For each input file it runs extract -> repair ->
split -> align, saving each artifact in ``DIR/<doc>/`` with a cache key beside it,
so a rerun skips what is done and an option change reruns only the stages it
affects. One file's failure becomes one failed record in ``report.json``; the
other files go on. A document with failed pages keeps its other pages in the page store
and is extracted again (those pages only) by the next run. What a stage is (artifact,
run function, inputs, options) is read from ``batch.registry``; a document's folder name
from ``files.doc_folder_name``, which depends on that input alone.
"""

from __future__ import annotations

import functools
import logging
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from magpipe.archive import page_images
from magpipe.artifacts import (
    AlignArtifact,
    Artifact,
    ExtractArtifact,
    Page,
    PageSource,
    RepairArtifact,
    paged,
)
from magpipe.artifacts.paged import PageFolder
from magpipe.artifacts.streamed import iter_articles
from magpipe.batch import codeprint
from magpipe.batch.cache import MapPages, StagePaths, stage_key
from magpipe.batch.doc_sync import DocumentSync
from magpipe.batch.docoutputs import write_archive_outputs, write_review_page
from magpipe.batch.engines import open_engine
from magpipe.batch.lookahead import LOOKAHEAD, read_ahead
from magpipe.batch.plan import compiled_loops_pay, file_digest, stages_to_compute
from magpipe.batch.progress import RunProgress
from magpipe.batch.registry import REGISTRY, previous, spec
from magpipe.batch.report import FAILED, OK, PARTIAL, FileReport, RunReport, StageRun
from magpipe.batch.run_outputs import RunOutputs, prepare_output
from magpipe.config import Config, OcrMode, Stage
from magpipe.errors import (
    MagpipeError,
    MissingDependencyError,
    OutputError,
    UsageError,
)
from magpipe.files import doc_folder_name

log = logging.getLogger(__name__)

# Errors that stop the whole run: every other file would meet them too.
FATAL = (OutputError, MissingDependencyError)


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


# ---------------------------------------------------------------- one document

def run_stage(stage: Stage | str, source: Path | Artifact, config: Config,
              map_pages: MapPages = map) -> Artifact:
    """Run one stage on its input: a PDF path for extract, the previous artifact otherwise."""
    try:
        entry = spec(stage)
    except ValueError:
        raise UsageError(f"unknown stage '{stage}'") from None
    return entry.run(source, config, map_pages)


def stage_cache_key(stage: Stage, upstream: str, config: Config) -> str:
    """The key a stage's saved artifact must carry to be current (see ``batch.cache``)."""
    entry = spec(stage)
    options = config.options(stage)
    code = codeprint.saved(entry.module, tuple(spec(s).module for s in REGISTRY))
    return stage_key(stage, entry.artifact.VERSION, upstream, options, entry.data(options),
                     code.fingerprint, code.libraries)


@dataclass(frozen=True)
class Started:
    """A document after its extract stage: what the later stages need to go on."""

    path: Path
    name: str
    doc_dir: Path
    upstream: str                      # cache key of the extract stage
    extracted: ExtractArtifact | None  # None when extract.json was current (loaded lazily)
    runs: tuple[StageRun, ...]
    # The cache keys of the later stages, in order, worked out where the document started
    # (``later_keys``): a worker that finishes it then never fingerprints the code itself
    # (parsing every module's source and listing the installed distributions: ~0.5 s of
    # CPU in each worker process). Empty: ``finish_document`` works them out.
    keys: tuple[str, ...] = ()


def later_keys(upstream: str, config: Config) -> tuple[str, ...]:
    """The cache keys of the stages after extract, each made from the one before it."""
    keys = []
    for stage in list(REGISTRY)[1:]:
        upstream = stage_cache_key(stage, upstream, config)
        keys.append(upstream)
    return tuple(keys)


def _failure(path: Path, name: str, runs, exc: Exception) -> FileReport:
    if isinstance(exc, MagpipeError):
        message = str(exc) if exc.path else f"{path}: {exc}"
    else:  # a bug must cost one file, not the batch
        log.error("unexpected error on %s", path, exc_info=exc)
        message = (f"{path}: internal error ({type(exc).__name__}: {exc}); "
                   f"please report it with this file")
    return FileReport(path=str(path), name=name, status=FAILED, stages=tuple(runs), error=message)


def start_document(path: Path, name: str, config: Config, map_pages: MapPages = map,
                   keep: bool = True) -> Started | FileReport:
    """The extract stage of one file, or its saved result; a failed report on error.

    Each page is stored as it is made (``artifacts.paged``: the page files are the artifact,
    and what a killed run resumes from). With ``keep`` (the document job runs in this
    process and can take them) the pages come here and are stored here; otherwise each is
    stored by the worker that made it, and only its number, source and timing come back."""
    doc_dir = config.out_dir / name
    try:
        key = stage_cache_key(Stage.EXTRACT, file_digest(path), config)
        paths = StagePaths.of(doc_dir, Stage.EXTRACT)
        if Stage.EXTRACT not in config.force and paths.is_current(key):
            return Started(path, name, doc_dir, key, None, (StageRun(Stage.EXTRACT, 0.0, True),),
                           later_keys(key, config))
        paths.mark_incomplete()
        store = PageFolder(paths.artifact, ExtractArtifact)
        store.start(key)          # pages stored under this key by a killed run are kept
        began = time.perf_counter()
        stream = spec(Stage.EXTRACT).stream
        assert stream is not None
        # its text-layer pages drawn for the review page while extract has them loaded
        # (``archive.page_images``); none left from an older source
        page_images.clear_early(doc_dir)
        doc, made = stream(path, config,
                           store.serving(map_pages, _failed, None if keep else _report_line),
                           page_images.early_folder(doc_dir))
        kept = sorted(made, key=lambda p: p.number)
        doc = replace(doc, name=name)
        # not forced to disk: ``is_current`` parses a paged header, so one a power cut left
        # damaged makes extract run again (``paged``); forced, it held up this process 4-15 ms
        store.finish(len(kept), [("doc", doc)], durable=False)
        failed = [p.number for p in kept if p.source == PageSource.FAILED]
        if failed:
            # Not current: the next run retries these pages (a longer --ocr-timeout, say)
            # and takes the others from the page folder.
            log.info("%s: pages %s failed; they are tried again on the next run", path.name,
                     ", ".join(map(str, failed)))
        else:
            paths.mark_current(key)
        seconds = round(time.perf_counter() - began, 3)
        runs = (StageRun(Stage.EXTRACT, seconds, False),)
        artifact = ExtractArtifact(doc=doc, pages=tuple(kept)) if keep else None
        return Started(path, name, doc_dir, key, artifact, runs, later_keys(key, config))
    except FATAL:
        raise
    except Exception as exc:
        return _failure(path, name, (), exc)


def _report_line(page: Page) -> Page:
    """What this process needs of a page stored by a worker (its report line): not its
    words, photos or drawings, which the worker would pickle and this process unpickle for
    nothing (a page of photos has ~230 drawings: 0.6 ms a page of CPU, measured)."""
    return replace(page, words=(), images=(), drawings=())


def _failed(page: Page) -> bool:
    """A stored page a rerun makes again (a longer --ocr-timeout may get it through)."""
    return page.source == PageSource.FAILED


def finish_document(started: Started, config: Config) -> FileReport:
    """Repair, split and align one extracted document; never raises for that file's problems.

    Memory: a stage's input is dropped once its output is made; what later outputs need of
    the repair artifact is kept small (the review page's marks), and the repair and split
    artifacts are kept to the end only when the archive outputs are asked for."""
    from magpipe.archive.review import RepairMarks
    runs = list(started.runs)
    try:
        artifact: Artifact | None = started.extracted
        pages = _bare_pages(artifact)
        rerun_rest = not started.runs[0].cached
        marks: RepairMarks | None = None
        kept: dict[Stage, Artifact] = {}     # for the archive outputs, when asked for
        keys = started.keys or later_keys(started.upstream, config)
        sync = DocumentSync()      # files forced at once, then keys written, also on failure
        try:
            for stage, key in zip(list(REGISTRY)[1:], keys, strict=True):
                paths = StagePaths.of(started.doc_dir, stage)
                if not rerun_rest and stage not in config.force and paths.is_current(key):
                    runs.append(StageRun(stage, 0.0, cached=True))
                    artifact = None        # loaded only if a later stage needs it
                else:
                    if artifact is None:
                        artifact = _load(started.doc_dir, previous(stage))
                        pages = pages or _bare_pages(artifact)
                    began = time.perf_counter()
                    sync.begin(paths)
                    made_from = (artifact, StagePaths.of(started.doc_dir, previous(stage)))
                    artifact = run_stage(stage, artifact, config)
                    paths.save(artifact, made_from, durable=False)
                    del made_from
                    sync.saved(paths, key)
                    if isinstance(artifact, RepairArtifact):
                        marks = RepairMarks.of(artifact)
                    if (config.pdf or config.alto) and stage in (Stage.REPAIR, Stage.SPLIT):
                        kept[stage] = artifact
                    runs.append(StageRun(stage, round(time.perf_counter() - began, 3),
                                         cached=False))
                    rerun_rest = True
            aligned = artifact if isinstance(artifact, AlignArtifact) else None
            review = started.doc_dir / "review.html"
            if rerun_rest or not review.is_file():
                if aligned is None:
                    aligned = AlignArtifact.load(StagePaths.of(started.doc_dir,
                                                               Stage.ALIGN).artifact)
                sync.written(write_review_page(started, aligned, config, marks, durable=False))
        finally:
            sync.commit()
        # every stage cached: the articles are counted an article at a time, not loaded
        articles = (len(aligned.articles) if aligned is not None else
                    sum(1 for _ in iter_articles(StagePaths.of(started.doc_dir,
                                                               Stage.ALIGN).artifact)))
        del aligned
        archive_error = write_archive_outputs(started, config, rerun_rest, kept)
        del kept
        if pages is None:     # a page at a time, without its words: the report needs none
            pages = tuple(_iter_pages(started.doc_dir))
        assert pages is not None
        failed = [p for p in pages if p.error]
        error = archive_error
        if failed:
            error = (f"{started.path}: page {failed[0].number} failed: {failed[0].error}"
                     + (f" (and {len(failed) - 1} more pages)" if len(failed) > 1 else ""))
        return FileReport(
            path=str(started.path), name=started.name,
            status=FAILED if len(failed) == len(pages) else
            PARTIAL if failed or archive_error else OK,
            pages=len(pages), articles=articles, stages=tuple(runs),
            page_sources=tuple(p.source for p in pages),
            page_seconds=tuple(p.seconds for p in pages),
            failed_pages=tuple(p.number for p in failed), error=error,
        )
    except FATAL:
        raise
    except Exception as exc:
        return _failure(started.path, started.name, runs, exc)


def _bare_pages(artifact: Artifact | None) -> tuple[Page, ...] | None:
    """An extract artifact's pages without their words (for the file's report), else None."""
    if not isinstance(artifact, ExtractArtifact):
        return None
    return tuple(replace(p, words=()) for p in artifact.pages)


def _iter_pages(doc_dir: Path) -> Iterator[Page]:
    """The pages of a document's saved extract artifact without their words, read one at a
    time (their words' columns are not even parsed)."""
    header = StagePaths.of(doc_dir, Stage.EXTRACT).artifact
    if paged.folder_of(header).is_dir():
        yield from paged.saved_pages(ExtractArtifact, header, words=False)
    else:
        extracted = _load(doc_dir, Stage.EXTRACT)
        assert isinstance(extracted, ExtractArtifact)
        yield from (replace(p, words=()) for p in extracted.pages)


def _load(doc_dir: Path, stage: Stage) -> Artifact:
    return spec(stage).artifact.load(StagePaths.of(doc_dir, stage).artifact)


def process_document(path: Path, name: str, config: Config,
                     map_pages: MapPages = map) -> FileReport:
    """Every stage of one file, here (pages through ``map_pages``)."""
    started = start_document(path, name, config, map_pages)
    return started if isinstance(started, FileReport) else finish_document(started, config)


# ---------------------------------------------------------------- the batch

def run(paths: Sequence[Path], config: Config) -> RunReport:
    """Process every PDF under ``paths``; write artifacts, ``articles.jsonl`` and ``report.json``.

    The engine OCRs the pages of one document (and, with workers in other processes, has
    the next one's waiting, see ``LOOKAHEAD``) while the previous one goes through repair,
    split and align; at most three documents are in memory at once, so memory does not
    grow with the size of the batch.
    """
    files = discover(paths)
    prepare_output(config.out_dir)
    began = time.perf_counter()
    computing = stages_to_compute(files, config, stage_cache_key)
    log.info("stages to compute: %s", ", ".join(s for s in Stage if s in computing)
             or "none, every artifact is current")
    reports: list[FileReport] = []
    pending: deque = deque()
    # Outside the engine, so that on Ctrl-C the engine ends its workers before this waits
    # for the threads whose pages they held.
    workers = _workers_for(computing, config)
    compiled = compiled_loops_pay(files, config, computing, workers)
    # (articles.jsonl and the search index take each document as its report comes in)
    with RunOutputs(config.out_dir) as outputs, \
            ThreadPoolExecutor(max_workers=LOOKAHEAD + 1, thread_name_prefix="extract") as ahead, \
            open_engine(workers, config.scheduler, computing, compiled) as engine:
        _check_ocr(config)          # once the fork server is loading the models
        # with a pool, another process reads the pages just stored rather than this process
        # sending it a copy and holding the document meanwhile (``keep``)
        def start(path: Path, map_pages: MapPages) -> Started | FileReport:
            return start_document(path, doc_folder_name(path), config, map_pages,
                                  keep=engine.shares_memory)
        with RunProgress(config.progress, len(files)) as progress:
            # extract's pages are read here while the workers start (``batch.startup``)
            pages = functools.partial(engine.map_pages, here_first=True)
            for started in read_ahead(files, start, progress.counting(pages),
                                      engine.shares_memory, ahead):
                if isinstance(started, FileReport):
                    pending.append(_Known(started))
                else:
                    pending.append(engine.submit(finish_document, started, config))
                # while the workers start, the next documents are started here rather than
                # waited for (their pages summed up: nothing large is held)
                while len(pending) > 1 and not engine.starting:
                    reports.append(_collect(pending.popleft(), progress, outputs))
            while pending:
                reports.append(_collect(pending.popleft(), progress, outputs))
        workers, times = engine.workers, engine.times()
    log.info("workers busy %.0f%% of the run, first job %.1f s after the start; %d pages "
             "read here while they started", times.busy_share * 100, times.first_job,
             times.pages_here)
    run_report = RunReport(files=tuple(reports), seconds=round(time.perf_counter() - began, 3),
                           workers=workers, engine=times)
    outputs.finish(run_report)
    return run_report


def _check_ocr(config: Config) -> None:
    """Missing Tesseract data stops the run before any document, with one error. Checked
    once the engine is open: the check imports extract's package and runs Tesseract (~0.25 s
    of CPU), which would otherwise delay the fork server's start by as much."""
    if config.ocr != OcrMode.NEVER:
        from magpipe.extract.ocr.tesseract import check_tesseract
        check_tesseract(config.languages)


def _workers_for(computing: frozenset[Stage], config: Config) -> int:
    """Worker processes for a run computing ``computing``: none beside this one when it
    computes nothing (its document jobs read saved artifacts; starting a pool, its fork
    server importing every stage, cost more than they do), unless archive outputs may have
    to be written."""
    if computing or config.pdf or config.alto:
        return config.worker_count
    return 1


@dataclass(frozen=True)
class _Known:
    """A report already known, read like a future."""

    report: FileReport

    def result(self) -> FileReport:
        return self.report


def _collect(future, progress: RunProgress, outputs: RunOutputs) -> FileReport:
    report = future.result()
    log.info("%s: %s, %d pages, %d articles, %.1f s%s", report.path, report.status,
             report.pages, report.articles, report.seconds,
             f" ({report.error})" if report.error else "")
    progress.file_done()
    outputs.add(report)
    return report
