"""A document's outputs beside its records: the review page, and the searchable PDF and
ALTO/hOCR when asked for. A failure here costs that output, never the document's records."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from magpipe.artifacts import AlignArtifact, Artifact, RepairArtifact, SplitArtifact
from magpipe.config import Config, Stage
from magpipe.errors import OutputError
from magpipe.files import atomic_write_text

if TYPE_CHECKING:
    from magpipe.archive.review import RepairMarks
    from magpipe.batch.orchestrator import Started

log = logging.getLogger(__name__)


def write_archive_outputs(started: Started, config: Config, changed: bool,
                          kept: dict[Stage, Artifact] | None = None) -> str | None:
    """The searchable PDF and ALTO/hOCR of one document, when asked and out of date.
    ``kept``: its repair and split artifacts, if in hand (read from its folder otherwise).

    A failure here keeps the document's records (the file is reported partial, with why).
    """
    from magpipe.archive import writers
    split, words = (kept or {}).get(Stage.SPLIT), (kept or {}).get(Stage.REPAIR)
    held = ((split, words) if isinstance(split, SplitArtifact)
            and isinstance(words, RepairArtifact) else None)
    try:
        if config.pdf and (changed or not (started.doc_dir / writers.PDF_NAME).is_file()):
            writers.write_searchable_pdf(started.doc_dir, source=started.path,
                                         password=config.password, artifacts=held)
        if config.alto and (changed or not (started.doc_dir / writers.ALTO_DIR).is_dir()):
            writers.write_alto(started.doc_dir, with_hocr=True, artifacts=held)
    except OutputError:
        raise
    except Exception as exc:  # one output of one file, never the batch
        log.warning("%s: archive outputs not written", started.path, exc_info=exc)
        return f"{started.path}: searchable PDF / ALTO not written ({type(exc).__name__}: {exc})"
    return None


def write_review_page(started: Started, aligned: AlignArtifact, config: Config,
                      marks: RepairMarks | None = None, durable: bool = True) -> Path:
    """The review page with page images; the text-only page when the PDF cannot be drawn.
    ``marks``: the ``RepairMarks`` of the document's repair artifact, if in hand;
    ``durable=False``: not forced to disk (``batch.doc_sync`` does it). Returns its path."""
    from magpipe.archive import writers
    try:
        return writers.write_review(started.doc_dir, source=started.path,
                                    password=config.password, aligned=aligned, marks=marks,
                                    durable=durable)
    except OutputError:
        raise
    except Exception as exc:  # the images are a help to the reader, not the record
        log.warning("%s: review page without page images (%s)", started.path, exc)
        from magpipe.batch.review import render_review
        target = started.doc_dir / writers.REVIEW_NAME
        atomic_write_text(target, render_review(aligned), durable=durable)
        return target
