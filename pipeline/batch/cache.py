"""What makes a saved artifact current, and where a stage's artifact is written.

A stage's cache key hashes what it read (the input file's checksum for extract, the
previous stage's key otherwise), its artifact version, the options that change its
output (the fields of its options dataclass, ``config.ExtractOptions`` ...), the data and
external tool it loads (the lexicon; Tesseract's version and language files), its code
(``codeprint``) and the versions of the libraries that code imports. The key is written
beside the artifact after the artifact itself, both atomically, so a run killed between
the two simply reruns that stage. An extract artifact with failed pages is saved without
its key: the next run tries those pages again and takes the others from its page folder
(``artifacts.paged``: extract and repair artifacts are stored a page per file, the extract
one as its pages arrive, so that folder is also what a killed run resumes from).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from magpipe.artifacts import Artifact, paged
from magpipe.config import StageOptions
from magpipe.files import atomic_write_text
from magpipe.serial import to_data

log = logging.getLogger(__name__)

MapPages = Callable[[Callable, Iterable], Iterator]


def stage_key(stage: str, version: int, upstream: str, options: StageOptions, data: str = "",
              code: str = "", libraries: tuple[str, ...] = ()) -> str:
    """Cache key of a stage: what it read, its artifact version, its options, a
    fingerprint of the data and tool it loads, one of its code, its libraries' versions."""
    payload = json.dumps({"stage": stage, "version": version, "upstream": upstream,
                          "options": to_data(options), "data": data, "code": code,
                          "libraries": list(libraries)}, sort_keys=True)
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
            if not (self.artifact.is_file() and self.key.read_text().strip() == key):
                return False
        except OSError:
            return False
        # a page file a power cut left empty (they are not forced to disk one by one)
        return not paged.folder_of(self.artifact).is_dir() or paged.complete(self.artifact)

    def save(self, artifact: Artifact, made_from: tuple[Artifact, StagePaths] | None = None,
             durable: bool = True) -> None:
        """Write a stage's artifact here: a page per file when it has pages (``paged``);
        ``made_from``: the artifact it was made from and where that is stored (its pages
        left unchanged are not written again). ``durable=False``: the artifact (its header)
        is not forced to disk; the caller forces it (``files.sync_files``) before
        ``mark_current``."""
        if isinstance(artifact, paged.PagedArtifact):
            earlier = None
            if made_from is not None and isinstance(made_from[0], paged.PagedArtifact) \
                    and paged.folder_of(made_from[1].artifact).is_dir():
                earlier = (made_from[0], made_from[1].artifact)
            paged.save(artifact, self.artifact, earlier, durable)
        else:
            artifact.save(self.artifact, durable)

    def mark_current(self, key: str) -> None:
        # The artifact is already on disk (written durably first); a key a power cut loses
        # only makes the stage run again, so it is not forced to disk: one fsync less a stage
        atomic_write_text(self.key, key + "\n", durable=False)

    def mark_incomplete(self) -> None:
        """The artifact just written is to be made again by the next run."""
        self.key.unlink(missing_ok=True)
