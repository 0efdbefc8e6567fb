"""Small file helpers shared by the stages and the orchestrator."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from magpipe.errors import OutputError


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
        os.fchmod(fd, 0o644)      # mkstemp makes it private; artifacts are ordinary files
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        full = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
        hint = "free some disk space" if full else "check the folder's permissions"
        raise OutputError(f"cannot write file ({exc.strerror}); {hint}", path=str(path)) from exc


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
