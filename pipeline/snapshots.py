"""Built read-only models kept on disk, so that a run's start reads them back instead of
building them again.

Building repair's decoder (its lexicon, language model, candidate index and scoring tables)
parses text and gzip files: about 0.7 s of CPU, paid by every run's fork server before the
first worker can start. Read back from a pickle of the built objects it takes about 0.1 s.
A snapshot is named by what it was built from, so a change to any of it builds it anew:

* the source of every module of the package (any edit: simpler than following imports,
  and a snapshot costs one build to replace);
* the data files it reads (path, size and modification time: the language model's files
  are too large to hash at every start);
* the interpreter's and numpy's versions (the pickled arrays are numpy's).

A snapshot's numpy arrays are kept apart from its pickle, in a ``.buffers`` file beside it
(pickle's out-of-band buffers), and mapped into memory when it is read rather than copied:
the arrays of repair's language model and langdetect's profiles (~75 MB) cost the reading
process no copy (the fork server: ~50 ms of CPU before the first worker can start, measured
under load), and only the pages a run touches are read from disk. The mapping is private,
so an array stays writable and a write never reaches the file.

Snapshots go to ``$MAGPIPE_CACHE_DIR`` (empty: none kept), else ``$XDG_CACHE_HOME/magpipe``,
else ``~/.cache/magpipe``, under ``snapshots/``, in a folder of their install: the package
folder and the interpreter's environment (``sys.prefix``) it runs from. Installs of
different code share the cache (work trees, two virtualenvs, CI runners sharing a home) and
each runs its own version; one folder of all of them, keeping the newest few snapshots of a
name, made each install's build evict another's snapshot, which that install then built again
at its next run, and so on in turn. In its own folder an install keeps the newest few of a
name (its versions follow one another: an edit, an upgrade), and the folder of another
install is dropped once unused for ``STALE_DAYS`` (an install deleted without its folder).
A snapshot that cannot be read or written costs only the time: the model is built as before.
Pickles run code when read: the folder is the user's own, like Python's ``__pycache__``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import mmap
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

CACHE_ENV = "MAGPIPE_CACHE_DIR"
PACKAGE = Path(__file__).resolve().parent        # the magpipe package folder
# Snapshots of one name kept in an install's folder: its versions follow one another (an edit,
# an upgrade while a run of the former code goes on), and a developer's edits must not fill
# the disk (repair's: 65 MB)
KEEP = 3
# Days another install's folder may go unused before a build here drops it: an install gone
# (a deleted work tree or virtualenv) leaves its folder behind. Whether its package folder
# still exists is no test: a CI container sharing a home sees other containers' paths absent.
STALE_DAYS = 7
MARKER = "install.json"    # in an install's folder: whose it is; its time is the last use
BUFFERS = ".buffers"       # the arrays of ``NAME-KEY.pickle`` are in ``NAME-KEY.buffers``
ALIGN = 64                 # each array starts at a multiple of this (any dtype's alignment)

T = TypeVar("T")


def root() -> Path | None:
    """The folder of every install's snapshots; None when ``$MAGPIPE_CACHE_DIR`` is set
    empty."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) / "snapshots" if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "magpipe" / "snapshots"


def install_name(package: Path, prefix: str) -> str:
    """The name of the snapshot folder of the package folder ``package`` run from the
    environment ``prefix``."""
    return hashlib.sha256(f"{package}\0{prefix}".encode()).hexdigest()[:16]


def folder() -> Path | None:
    """Where this install keeps its snapshots; None when ``$MAGPIPE_CACHE_DIR`` is set empty."""
    top = root()
    return None if top is None else top / install_name(PACKAGE, sys.prefix)


@functools.cache
def _code_digest() -> str:
    # once a process: the code in use does not change under it (repair's decoder and align's
    # glosses both ask at start-up)
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key_of(data: Iterable[Path]) -> str:
    """The name of a snapshot built by this code from the files ``data``."""
    import numpy
    digest = hashlib.sha256(_code_digest().encode())
    digest.update(f"{sys.version}\0{numpy.__version__}\0{pickle.HIGHEST_PROTOCOL}".encode())
    for path in sorted(Path(p) for p in data):
        stat = path.stat()
        digest.update(f"\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def load_or_build(name: str, kind: type[T], build: Callable[[], T],
                  data: Iterable[Path]) -> T:
    """The ``kind`` object that ``build()`` makes from the files ``data``: read from its
    snapshot when this code saved one from the same files, else built and saved."""
    where = folder()
    if where is None:
        return build()
    try:
        path = where / f"{name}-{key_of(data)}.pickle"
    except OSError as exc:           # a data file missing: the builder says what to do
        log.debug("%s: no snapshot (%s)", name, exc)
        return build()
    began = time.perf_counter()
    _mark_used(where)
    try:
        found = _read(path)
        if isinstance(found, kind):
            log.debug("%s read from its snapshot in %.2f s", name, time.perf_counter() - began)
            return found
        log.warning("snapshot %s holds no %s; building it again", path, kind.__name__)
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a damaged or stale file: build it again
        log.warning("snapshot %s not read (%s); building it again", path, exc)
    built = build()
    _save(path, built)
    return built


def _save(path: Path, value: object) -> None:
    """Write ``value`` to ``path`` whole or not at all, then drop the oldest snapshots of
    the same name beyond ``KEEP`` and the folders of installs no longer used."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays: list[pickle.PickleBuffer] = []
        body = pickle.dumps(value, protocol=5, buffer_callback=arrays.append)
        spans, at = [], 0
        pieces: list[bytes | memoryview] = []
        for array in arrays:
            raw = array.raw()
            gap = -at % ALIGN
            pieces += [b"\0" * gap, raw]
            spans.append((at + gap, raw.nbytes))
            at += gap + raw.nbytes
        # the arrays first: a reader that finds the new pickle finds its arrays
        if spans:
            _write_whole(path.with_suffix(BUFFERS), pieces)
        _write_whole(path, [pickle.dumps(spans, protocol=5), body])
        name = path.name.rsplit("-", 1)[0]
        others = sorted((p for p in path.parent.glob(f"{name}-*.pickle")
                         if p.name.rsplit("-", 1)[0] == name),
                        key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in others[KEEP:]:
            old.unlink(missing_ok=True)
            old.with_suffix(BUFFERS).unlink(missing_ok=True)
        _drop_unused_installs(path.parent)
    except OSError as exc:
        log.debug("snapshot %s not saved (%s)", path, exc)


def _mark_used(where: Path) -> None:
    """Note that this install uses its folder ``where`` now (its marker's time), writing the
    marker when the folder has none."""
    marker = where / MARKER
    try:
        os.utime(marker)
    except FileNotFoundError:
        try:
            where.mkdir(parents=True, exist_ok=True)
            _write_whole(marker, [json.dumps({"package": str(PACKAGE),
                                              "prefix": sys.prefix}).encode()])
        except OSError as exc:
            log.debug("snapshot folder %s not marked (%s)", where, exc)
    except OSError as exc:
        log.debug("snapshot folder %s not marked (%s)", where, exc)


def _drop_unused_installs(own: Path) -> None:
    """Remove the folders of other installs beside ``own`` unused for ``STALE_DAYS``, and
    the files of the former layout (one folder for all installs) as old."""
    oldest = time.time() - STALE_DAYS * 86400
    for entry in own.parent.iterdir():
        if entry == own:
            continue
        try:
            if not entry.is_dir():
                if entry.stat().st_mtime < oldest:
                    entry.unlink(missing_ok=True)
                continue
            # a folder with no marker yet (being made) goes by its own time
            marker = entry / MARKER
            used = (marker if marker.exists() else entry).stat().st_mtime
            if used < oldest:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            continue


def _write_whole(path: Path, pieces: Iterable[bytes | memoryview]) -> None:
    """``path`` holding ``pieces``, written whole or not at all."""
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.writelines(pieces)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _read(path: Path) -> object:
    """The object saved at ``path`` (``_save``), its arrays over a private mapping of its
    ``.buffers`` file (copied only where a page is written). Raises on a damaged pair."""
    with open(path, "rb") as handle:
        spans = pickle.load(handle)
        if not (isinstance(spans, list) and all(
                isinstance(s, tuple) and len(s) == 2 and all(isinstance(n, int) for n in s)
                for s in spans)):
            raise ValueError("no list of its arrays' places")
        arrays = [memoryview(b"")] * len(spans)
        if any(size for _, size in spans):      # (an empty file cannot be mapped)
            with open(path.with_suffix(BUFFERS), "rb") as data:
                mapped = mmap.mmap(data.fileno(), 0, access=mmap.ACCESS_COPY)
            if max(at + size for at, size in spans) > len(mapped):
                raise ValueError("its arrays' file is shorter than they are")
            view = memoryview(mapped)
            arrays = [view[at:at + size] for at, size in spans]
        return pickle.load(handle, buffers=arrays)
