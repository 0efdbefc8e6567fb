"""A run's output folder: which documents it holds and their saved artifacts."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from magpipe.artifacts import AlignArtifact, RepairArtifact, SplitArtifact
from magpipe.errors import UsageError

log = logging.getLogger(__name__)

ALIGN = "align.json"
SPLIT = "split.json"
REPAIR = "repair.json"


def document_dirs(out_dir: Path) -> list[Path]:
    """The document folders of a run (those holding an align artifact), by name."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise UsageError("no such output folder; pass the --out folder of `magpipe run`",
                         path=str(out_dir))
    return sorted(p for p in out_dir.iterdir() if (p / ALIGN).is_file())


def aligned(out_dir: Path) -> Iterator[AlignArtifact]:
    """The align artifact of every document of a run, one at a time."""
    found = document_dirs(out_dir)
    if not found:
        raise UsageError("holds no document folder with an align.json; run `magpipe run` "
                         "first", path=str(out_dir))
    for folder in found:
        yield AlignArtifact.load(folder / ALIGN)


def page_artifacts(doc_dir: Path) -> tuple[SplitArtifact, RepairArtifact]:
    """The split artifact of a document folder and the words it indexes (repair.json)."""
    return (SplitArtifact.load(Path(doc_dir) / SPLIT), RepairArtifact.load(Path(doc_dir) / REPAIR))
