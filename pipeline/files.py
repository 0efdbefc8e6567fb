"""Small file helpers shared by the stages and the orchestrator."""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path

from .errors import OutputError


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the whole new one.

    The text goes to a temporary file in the same folder, is flushed to disk, then
    renamed over ``path``. A run killed at any moment leaves no truncated file.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror}); choose a writable --out folder",
                          path=str(path.parent)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        hint = "free some disk space" if exc.errno == errno.ENOSPC else "check the folder's permissions"
        raise OutputError(f"cannot write file ({exc.strerror}); {hint}", path=str(path)) from exc
