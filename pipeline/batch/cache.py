"""What makes a saved artifact current, and the per-page store that lets a killed run resume.

A stage's cache key hashes what it read (the input file's checksum for extract, the
previous stage's key otherwise), its artifact version, the options that change its
output (the fields of its options dataclass, ``config.ExtractOptions`` ...), the data and
external tool it loads (the lexicon; Tesseract's version and language files), its code
(``codeprint``) and the versions of the libraries that code imports. The key is written
beside the artifact after the artifact itself, both atomically, so a run killed between
the two simply reruns that stage. An extract artifact with failed pages is saved without
its key: the next run tries those pages again (and takes the others from ``.pages/``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from magpipe.artifacts import Page, PageSource
from magpipe.config import StageOptions
from magpipe.files import atomic_write_pieces, atomic_write_text
from magpipe.serial import from_data, iter_json, to_data

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
            return self.artifact.is_file() and self.key.read_text().strip() == key
        except OSError:
            return False

    def mark_current(self, key: str) -> None:
        # The artifact is already on disk (written durably first); a key a power cut loses
        # only makes the stage run again, so it is not forced to disk: one fsync less a stage
        atomic_write_text(self.key, key + "\n", durable=False)

    def mark_incomplete(self) -> None:
        """The artifact just written is to be made again by the next run."""
        self.key.unlink(missing_ok=True)


class PageCache:
    """Pages already extracted for one document, kept while its extract stage runs.

    Lives in ``DIR/<doc>/.pages/`` under the extract stage's cache key and is removed
    once ``extract.json`` is written. Failed pages are not kept: a rerun tries them again.
    """

    def __init__(self, doc_dir: Path, key: str) -> None:
        self.folder = doc_dir / ".pages"
        key_file = self.folder / ".key"
        if self.folder.is_dir() and not _holds(key_file, key):
            shutil.rmtree(self.folder)
        if not self.folder.is_dir():
            atomic_write_text(key_file, key, durable=False)   # lost: the pages are read again

    def _path(self, number: int) -> Path:
        return self.folder / f"{number:05d}.json"

    def get(self, number: int) -> Page | None:
        try:
            return from_data(Page, json.loads(self._path(number).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def put(self, page: Page) -> None:
        # not forced to disk page by page (an fsync each costs more than reading the page):
        # a file a power cut leaves empty or partial fails to load, and ``get`` reads the
        # page again
        if page.source != PageSource.FAILED:
            atomic_write_pieces(self._path(page.number), iter_json(page), durable=False)

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def wrap(self, map_pages: MapPages) -> MapPages:
        """A ``map_pages`` that serves stored pages and stores new ones as they arrive."""
        def mapper(fn: Callable, jobs: Iterable) -> Iterator:
            stored: list[Page] = []
            todo: list = []
            for job in jobs:
                page = self.get(job.number)
                if page is None:
                    todo.append(job)
                else:
                    stored.append(page)
            if stored:
                log.info("resuming: %d pages stored by an earlier run are not extracted again",
                         len(stored))
            yield from stored
            for page in map_pages(fn, todo):
                self.put(page)
                yield page
        return mapper


def _holds(key_file: Path, key: str) -> bool:
    try:
        return key_file.read_text() == key
    except OSError:
        return False
