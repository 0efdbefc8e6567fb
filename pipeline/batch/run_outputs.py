"""A run's own outputs, beside each document's folder: the output folder checked before
any work, ``articles.jsonl`` (every article of the run) and the search index.

``batch.orchestrator`` calls these around the documents; ``batch.docoutputs`` writes the
outputs of one document.
"""

from __future__ import annotations

import logging
from pathlib import Path

from magpipe.artifacts.streamed import iter_articles
from magpipe.batch.cache import StagePaths
from magpipe.batch.report import FAILED, RunReport
from magpipe.config import Stage
from magpipe.errors import OutputError

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


def write_articles(out_dir: Path, report: RunReport) -> None:
    """``articles.jsonl``: every article of every successful file, one per line.

    Reads one article at a time (``iter_articles``), so memory grows neither with the
    number of files nor with the length of a document.
    """
    target = out_dir / "articles.jsonl"
    tmp = out_dir / ".articles.jsonl.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            for file in report.files:
                if file.status != FAILED:
                    saved = StagePaths.of(out_dir / file.name, Stage.ALIGN).artifact
                    for article in iter_articles(saved):
                        handle.write(article.to_record() + "\n")
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
