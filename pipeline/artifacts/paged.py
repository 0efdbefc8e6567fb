"""Artifacts stored a page per file: a small header beside a folder holding one file per page.

A bound volume's extract (or repair) artifact is about 100 MB of JSON at 1,500 pages; read
as one text, its parse peaked at six times the artifact it rebuilt (the text, then a dict per
word). Stored a page per file, the artifact is written as its pages arrive (the process
that hands out the page jobs never holds the document), and read a page at a time (a reader
holds the pages it rebuilt, never the JSON of the others). In a run's output folder::

    <doc>/extract.json                header: "stage", "version", "page_files" (the folder's
                                      name and the page count), the artifact's other fields
    <doc>/extract.pages/00001.json    page 1, one ``Page`` as JSON, its words as columns
                                      (``artifacts.pagefile``); 00002.json ... one per page
    <doc>/extract.pages/.key          the cache key the pages were made under (resuming)

The header is written last; the page files are not forced to disk one by one (an fsync
costs about as much as reading a born-digital page): a power cut may leave an empty page
file, which :func:`complete` finds, so the stage runs again (serving the pages that did
survive). :func:`complete` parses the header too, so a header a power cut left empty or cut
short is found alike: extract's is not forced either (the batch's main process wrote it, and
waited 4-15 ms for the disk each document); a document job forces repair's with its other
files, once (``batch.doc_sync``). ``Artifact.save`` still writes the one-file form (the
``-o FILE`` of a single-stage command), and ``Artifact.load`` reads either form.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import os
import shutil
import typing
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Self, cast

from magpipe.artifacts.base import PAGE_FILES, Artifact
from magpipe.artifacts.pagefile import page_form, page_head, page_text
from magpipe.errors import ArtifactError
from magpipe.files import atomic_write_pieces, atomic_write_text
from magpipe.serial import FieldError, iter_object

log = logging.getLogger(__name__)

MapPages = Callable[[Callable, Iterable], Iterator]
Page = Any      # a page dataclass with a ``number`` (``artifacts.pages.Page``; not imported
                # here, since that module builds its artifacts on this one)

KEY_FILE = ".key"


def folder_of(header: Path) -> Path:
    """The page folder beside a header: ``extract.json`` -> ``extract.pages``."""
    return header.with_name(header.stem + ".pages")


class PagedArtifact(Artifact):
    """An artifact of a ``doc`` and a ``pages`` tuple, stored a page per file in a run's
    folder (:func:`save`); ``Artifact.load`` of its header reads the pages a file at a time."""

    @classmethod
    def page_kind(cls) -> type:
        """The dataclass of one page (from the ``pages`` field's type)."""
        return typing.get_args(typing.get_type_hints(cls)["pages"])[0]

    @classmethod
    def _from_header(cls, data: dict, header: Path) -> Self:
        fields = {k: v for k, v in data.items() if k != PAGE_FILES}
        shell = cls._built({**fields, "pages": []}, str(header))
        pages = tuple(iter_pages(cls, header, data))
        return dataclasses.replace(cast(Any, shell), pages=pages)


def page_path(folder: Path, number: int) -> Path:
    return folder / f"{number:05d}.json"


class PageFolder:
    """The page files of one paged artifact, written and read one page at a time."""

    def __init__(self, header: Path, cls: type[PagedArtifact]) -> None:
        self.header = Path(header)
        self.folder = folder_of(self.header)
        self.cls = cls
        self.kind = cls.page_kind()
        self.form = page_form(self.kind)

    def path(self, number: int) -> Path:
        return page_path(self.folder, number)

    def start(self, key: str | None = None) -> None:
        """Make ready to take pages: pages made under ``key`` are kept (a killed run resumes
        without making them again); pages of any other key, or all when ``key`` is None, go."""
        if self.folder.is_dir() and (key is None or _read(self.folder / KEY_FILE) != key):
            shutil.rmtree(self.folder)
        if key is not None and not self.folder.is_dir():
            atomic_write_text(self.folder / KEY_FILE, key, durable=False)
        self.folder.mkdir(parents=True, exist_ok=True)

    def put(self, page: Page) -> None:
        atomic_write_pieces(self.path(page.number), self.form.pieces(page), durable=False)

    def read(self, number: int, words: bool = True) -> Page:
        """Page ``number``; ArtifactError naming its file when missing or damaged. Without
        ``words``: the page without them, its words' columns not read (``page_head``)."""
        path = self.path(number)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ArtifactError(f"page file cannot be read ({exc.strerror}); rerun the stage "
                                f"that writes it (--force)", path=str(path)) from exc
        try:
            page: Page = (page_text if words else page_head)(self.form, raw.decode("utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ArtifactError("page file is not JSON (cut short?); rerun the stage that "
                                "writes it (--force)", path=str(path)) from exc
        except (FieldError, KeyError, TypeError, ValueError) as exc:
            raise ArtifactError(f"page file is damaged ({exc}); rerun the stage that writes "
                                f"it (--force)", path=str(path)) from exc
        if page.number != number:
            raise ArtifactError(f"page file holds page {page.number}; rerun the stage that "
                                f"writes it (--force)", path=str(path))
        return page

    def stored(self, number: int, retry: Callable[[Page], bool]) -> Page | None:
        """A page an earlier run made and that need not be made again, else None (a page
        ``retry`` names, a failed one say, is made again; so is a damaged file)."""
        try:
            page = self.read(number)
        except ArtifactError:
            return None
        return None if retry(page) else page

    def serving(self, map_pages: MapPages, retry: Callable[[Page], bool],
                summary: Callable[[Page], Page] | None = None) -> MapPages:
        """A ``map_pages`` that serves the pages already stored (but those ``retry`` names)
        and stores new ones (each job has a ``number``). With ``summary``, a new page is
        stored where it is made (a pool's worker) and only its summary comes back: the
        caller never receives, unpickles or holds its words."""
        def mapper(fn: Callable, jobs: Iterable) -> Iterator[Page]:
            todo = []
            kept = 0
            for job in jobs:
                page = self.stored(job.number, retry)
                if page is None:
                    todo.append(job)
                else:
                    kept += 1
                    yield page if summary is None else summary(page)
            if kept:
                log.info("resuming: %d pages stored by an earlier run are not extracted again",
                         kept)
            if summary is not None:
                yield from map_pages(functools.partial(_made_and_stored, self, fn, summary),
                                     todo)
                return
            for page in map_pages(fn, todo):
                self.put(page)
                yield page
        return mapper

    def finish(self, count: int, fields: Iterable[tuple[str, Any]], durable: bool = True
               ) -> None:
        """Write the header (forced to disk unless not ``durable``: the caller forces it
        then) once all ``count`` pages are stored; ``fields``: the artifact's other fields."""
        pages = {"folder": self.folder.name, "count": count}
        atomic_write_pieces(self.header, iter_object(
            [("stage", self.cls.STAGE), ("version", self.cls.VERSION), (PAGE_FILES, pages),
             *fields]), durable=durable)


def _made_and_stored(folder: PageFolder, make: Callable, summary: Callable[[Page], Page],
                     job: Any) -> Page:
    """Runs where the page is made: make it, store it, return its summary."""
    page = make(job)
    folder.put(page)
    return summary(page)


def save(artifact: PagedArtifact, header: Path,
         earlier: tuple[PagedArtifact, Path] | None = None, durable: bool = True) -> None:
    """Store a paged artifact whole: its pages, then its header (``durable``: as
    ``PageFolder.finish``). ``earlier``: the paged
    artifact it was made from and its header; a page equal to the earlier one (a sound page
    repair left alone) is a second name of the earlier page file, not a copy (page files are
    only ever replaced whole, never edited, so the two names cannot drift apart)."""
    folder = PageFolder(header, type(artifact))
    folder.start()
    pages: tuple[Page, ...] = cast(Any, artifact).pages   # a paged artifact has pages
    before: dict[int, Page] = {}
    if earlier is not None:
        before = {p.number: p for p in cast(Any, earlier[0]).pages}
        source = PageFolder(earlier[1], type(earlier[0]))
    for page in pages:
        if before.get(page.number) == page and _linked(source.path(page.number),
                                                       folder.path(page.number)):
            continue
        folder.put(page)
    folder.finish(len(pages), _other_fields(artifact), durable)


def _linked(existing: Path, new: Path) -> bool:
    """``new`` made a second name of ``existing``; False where that cannot be done."""
    try:
        os.link(existing, new)
    except OSError:
        return False
    return True


def _other_fields(artifact: Artifact) -> list[tuple[str, Any]]:
    return [(f.name, getattr(artifact, f.name))
            for f in dataclasses.fields(artifact)  # type: ignore[arg-type]
            if f.name != "pages"]


def page_count(header: dict, origin: str) -> int:
    files = header.get(PAGE_FILES)
    count = files.get("count") if isinstance(files, dict) else None
    if type(count) is not int or count < 0:
        raise ArtifactError(f"'{PAGE_FILES}' of the header is damaged; rerun the stage that "
                            f"writes it", path=origin)
    return count


def iter_pages(cls: type[PagedArtifact], header: Path, data: dict, words: bool = True
               ) -> Iterator[Page]:
    """The pages of a paged artifact whose header (``data``, parsed) is at ``header``, read
    one file at a time (without ``words``: each without its words, which are not read)."""
    folder = PageFolder(header, cls)
    for number in range(1, page_count(data, str(header)) + 1):
        yield folder.read(number, words)


def saved_pages(cls: type[PagedArtifact], header: Path, words: bool = True) -> Iterator[Page]:
    """The pages of the paged artifact saved at ``header``, read one file at a time (without
    ``words``: each without its words, which are not read)."""
    try:
        text = header.read_text(encoding="utf-8")
    except OSError as exc:
        raise ArtifactError(f"cannot read artifact ({exc.strerror}); check the path",
                            path=str(header)) from exc
    yield from iter_pages(cls, header, cls._checked(text, str(header)), words)


def complete(header: Path) -> bool:
    """Whether the page files a header names are all there and none is empty (a paged
    artifact a power cut left without some pages is not current: its stage runs again)."""
    try:
        data = json.loads(header.read_text(encoding="utf-8"))
        count = page_count(data, str(header))
    except (OSError, ValueError, ArtifactError):
        return False
    folder = folder_of(header)
    try:
        return all(page_path(folder, n).stat().st_size > 0 for n in range(1, count + 1))
    except OSError:
        return False


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None

