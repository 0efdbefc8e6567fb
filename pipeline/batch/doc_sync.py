"""A document job's files forced to disk together, once, before their stages are marked current.

A stage's cache key is written after its artifact, and the artifact must be on disk first:
a power cut must never leave a key that vouches for an empty or partial artifact (a rerun
would take it as current). Each artifact used to be forced to disk as it was written (the
repair header, ``split.json``, ``align.json``, then ``review.html``): four waits for the
disk a document, one after another (4-15 ms each on the bench machine; a born-digital
document's later stages take ~150 ms of CPU, so they were a tenth of its wall time or more).

Here the document job writes them without forcing them (``durable=False``), notes each
stage's key (``saved``) and the review page (``written``), and ``commit`` forces them all at
once (``files.sync_files``: the disk commits them together), then writes the keys, in stage
order. The guarantee is the same: no key reaches the folder before the artifact it vouches
for is on disk. A stage about to be made again has its key removed first (``begin``): its
old key may be the new one too (a forced rerun, or an extract retried for failed pages), and
must not stand beside an artifact not yet forced. A job killed before ``commit`` leaves its
stages without keys: the next run makes them again (a document's later stages, a fraction of
a second), as it would a stage killed midway.
"""

from __future__ import annotations

from pathlib import Path

from magpipe.batch.cache import StagePaths
from magpipe.files import sync_files


class DocumentSync:
    """The files one document job wrote unforced, and the keys they wait for."""

    def __init__(self) -> None:
        self._files: list[Path] = []
        self._keys: list[tuple[StagePaths, str]] = []

    @staticmethod
    def begin(paths: StagePaths) -> None:
        """Before a stage's artifact is written again: its old key goes."""
        paths.mark_incomplete()

    def saved(self, paths: StagePaths, key: str) -> None:
        """A stage's artifact, written unforced; ``key`` is written once it is on disk."""
        self._files.append(paths.artifact)
        self._keys.append((paths, key))

    def written(self, path: Path | None) -> None:
        """Another file of the document written unforced (the review page)."""
        if path is not None:
            self._files.append(path)

    def commit(self) -> None:
        """Force every file noted to disk at once, then mark the stages current. Nothing is
        left to do afterwards (a second call does nothing)."""
        files, keys = self._files, self._keys
        self._files, self._keys = [], []
        sync_files(files)
        for paths, key in keys:
            paths.mark_current(key)
