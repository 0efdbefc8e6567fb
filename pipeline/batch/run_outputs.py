"""A run's own outputs, beside each document's folder: the output folder checked before
any work, ``articles.jsonl`` (every article of the run) and the search index.

``batch.orchestrator`` calls these around the documents; ``batch.docoutputs`` writes the
outputs of one document. While the workers make the later documents, :class:`RunOutputs`
takes each finished one into ``articles.jsonl`` and the search index (reading its align
artifact and indexing it cost the main process ~15 ms of CPU a document, plus the index's
writes to disk), so that the end of the run only commits them: those were ~0.1 s of CPU and
0.2-0.6 s of wall time after the last document, with both workers idle. A document's
align artifact is parsed once for both: its records are written as the index reads it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from magpipe.artifacts.streamed import iter_articles
from magpipe.batch.cache import StagePaths
from magpipe.batch.report import FAILED, FileReport, RunReport
from magpipe.config import Stage
from magpipe.errors import MagpipeError, OutputError
from magpipe.files import atomic_write_text

if TYPE_CHECKING:       # imported where the first document ends: sqlite is no start-up cost
    from magpipe.archive.search import IndexWriter

log = logging.getLogger(__name__)


def prepare_output(out_dir: Path) -> None:
    """The output folder exists and takes files, or the run stops before any document."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".magpipe-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"output folder is not writable ({exc.strerror}); "
                          f"choose another --out", path=str(out_dir)) from exc


ARTICLES = "articles.jsonl"


def _articles_of(out_dir: Path, file: FileReport) -> Iterator[str]:
    """The ``articles.jsonl`` lines of one file of the run (none for a failed one), read
    one article at a time."""
    if file.status != FAILED:
        saved = StagePaths.of(out_dir / file.name, Stage.ALIGN).artifact
        yield from (article.to_record() + "\n" for article in iter_articles(saved))


def write_articles(out_dir: Path, report: RunReport) -> None:
    """``articles.jsonl``: every article of every successful file, one per line.

    Reads one article at a time (``iter_articles``), so memory grows neither with the
    number of files nor with the length of a document.
    """
    target = out_dir / ARTICLES
    tmp = out_dir / f".{ARTICLES}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            for file in report.files:
                handle.writelines(_articles_of(out_dir, file))
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write articles.jsonl ({exc.strerror}); free some disk space "
                          f"or choose another --out", path=str(target)) from exc


def update_search_index(out_dir: Path) -> None:
    """Keep ``DIR/search.sqlite`` current: documents whose align.json changed are reindexed."""
    from magpipe.archive import search
    changed, total = search.update_index(out_dir)
    log.info("search index: %d of %d documents reindexed", changed, total)


class RunOutputs:
    """``articles.jsonl`` and the search index of a run made a document at a time, as each
    document's report comes in (:meth:`add`, in the run's order), and completed by
    :meth:`finish`. A document is read back from its align artifact (one article at a
    time): the workers' results are never held here.

    Work done ahead is only a head start: should it fail (a full disk, a locked index),
    it is dropped and :meth:`finish` makes both outputs whole, as a run did before, with
    the same errors. Left without :meth:`finish` (a run stopped), both are left as they
    were: the articles' temporary file removed, the index's transaction rolled back."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._tmp = out_dir / f".{ARTICLES}.tmp"
        self._articles: TextIO | None = None
        self._index: IndexWriter | None = None      # once the first document ends
        self._added = 0
        self._ahead = True                 # False: something failed; ``finish`` does it all

    def __enter__(self) -> RunOutputs:
        return self

    def __exit__(self, exc_type, *exc_info) -> None:
        if exc_type is not None:          # a run stopped: nothing of it is finished
            self.discard()

    def add(self, file: FileReport) -> None:
        """Take in one document of the run as its report comes in, in the run's order."""
        if not self._ahead:
            return
        try:
            if self._articles is None:
                self._articles = open(self._tmp, "w", encoding="utf-8")
            articles = self._articles
            folder = self.out_dir / file.name
            records = file.status != FAILED        # (``_articles_of``)
            read = False
            if StagePaths.of(folder, Stage.ALIGN).artifact.is_file():
                if self._index is None:
                    from magpipe.archive.search import IndexWriter
                    self._index = IndexWriter(self.out_dir)
                # the records written from the index's reading of the artifact, not from
                # a second one (parsing align.json: ~1.7 ms of CPU a document)
                read = self._index.document(folder, (lambda a: articles.write(
                    a.to_record() + "\n")) if records else None)
            if records and not read:       # (indexed as it is: not read for the index)
                articles.writelines(_articles_of(self.out_dir, file))
            self._added += 1
        except (OSError, MagpipeError) as exc:
            log.debug("run outputs not made ahead (%s); made at the end of the run", exc)
            self._ahead = False
            self.discard()

    def finish(self, report: RunReport) -> None:
        """``articles.jsonl``, then ``report.json``, then the search index, complete; on an
        error, what was made ahead and not finished is dropped (the error is raised)."""
        try:
            self._finish(report)
        finally:
            self.discard()

    def _finish(self, report: RunReport) -> None:
        if self._ahead and self._added == len(report.files) and self._articles is not None:
            try:
                self._articles.close()
                self._articles = None
                self._tmp.replace(self.out_dir / ARTICLES)
            except OSError:
                self.discard()
                write_articles(self.out_dir, report)
        else:
            self.discard()
            write_articles(self.out_dir, report)
        atomic_write_text(self.out_dir / "report.json", report.to_json())
        if self._index is None:
            update_search_index(self.out_dir)
            return
        index, self._index = self._index, None
        try:
            changed, total = index.finish()
        finally:
            index.close()
        log.info("search index: %d of %d documents reindexed", changed, total)

    def discard(self) -> None:
        """Drop what was made ahead and not finished."""
        if self._articles is not None:
            self._articles.close()
            self._articles = None
        self._tmp.unlink(missing_ok=True)
        if self._index is not None:
            self._index.close()
            self._index = None
