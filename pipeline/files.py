"""Small file helpers shared by the stages and the orchestrator."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from magpipe.errors import OutputError


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the whole new one.

    The text goes to a temporary file in the same folder, is flushed to disk, then
    renamed over ``path``. A run killed at any moment leaves no truncated file.
    """
    atomic_write_pieces(path, (text,), durable=durable)


def atomic_write_pieces(path: Path, pieces: Iterable[str], *, durable: bool = True) -> None:
    """:func:`atomic_write_text` of the text made of ``pieces``, written as they come.

    ``durable=False`` skips forcing the data to disk before the rename: a killed process
    still leaves the old or the whole new file, but a power cut may leave an empty or
    partial one; only for files their reader checks and can make again (the page store), or
    that are forced later, before anything vouches for them (``sync_files``: a document
    job's artifacts, ``batch.doc_sync``).
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror}); choose a writable --out folder",
                          path=str(path.parent)) from exc
    try:
        os.fchmod(fd, 0o644)      # mkstemp makes it private; artifacts are ordinary files
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.writelines(pieces)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise                 # a bug while making the pieces: no half-written file stays
        raise _write_error(exc, path) from exc


def _write_error(exc: OSError, path: Path) -> OutputError:
    """The one-line error of a file that could not be written or forced to disk."""
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    hint = "free some disk space" if full else "check the folder's permissions"
    return OutputError(f"cannot write file ({exc.strerror}); {hint}", path=str(path))


def sync_files(paths: Iterable[Path]) -> None:
    """Force the files at ``paths`` (written with ``durable=False``) to disk, all at once.

    Each is forced from a thread of its own: the file system commits the forces it is asked
    for at the same moment together (ext4's journal commits them as one), where one after
    another each waited for a commit of its own (4-15 ms each on the bench machine, four
    files of a document ~8-15 ms against ~1-4 ms at once). A file gone meanwhile is left.
    """
    todo = list(dict.fromkeys(Path(p) for p in paths))
    if len(todo) < 2:
        for path in todo:
            _sync_one(path)
        return
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=len(todo), thread_name_prefix="sync") as pool:
        for _ in pool.map(_sync_one, todo):
            pass


def _sync_one(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot read back a file written ({exc.strerror})",
                          path=str(path)) from exc
    try:
        os.fsync(fd)
    except OSError as exc:
        raise _write_error(exc, path) from exc
    finally:
        os.close(fd)


def safe_name(path: Path) -> str:
    """An output folder name from the file name alone: letters (Vietnamese too), digits,
    ``-`` and ``_``. Never built from anything inside the document."""
    stem = unicodedata.normalize("NFC", Path(path).stem)
    name = re.sub(r"[^\w-]+", "-", stem).strip("-.")
    return name[:80] or "document"


# Hex digits of the path hash in a folder name: 2^40 names, so two inputs of one output
# folder never meet by chance.
NAME_HASH_DIGITS = 10


def doc_folder_name(path: Path) -> str:
    """The output folder of one input file: its safe stem and a short hash of its resolved
    path, ``x-3f2a9c01b7``. Decided by that input alone, so the same file gets the same
    folder whatever else a run holds, and two files of the same stem never share one."""
    resolved = str(Path(path).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{safe_name(path)}-{digest[:NAME_HASH_DIGITS]}"
