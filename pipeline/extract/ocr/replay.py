"""Tesseract's answers kept on disk and replayed for the same image, so work that changes
extract's code but not the images it hands Tesseract does not OCR them again.

Off unless ``$MAGPIPE_OCR_REPLAY`` names a folder. The layout bench sets it (its scanned
documents cost ~1 h of OCR on two cores), and a developer tuning extract's rules on one
issue can set it too: the stage cache (``batch/cache.py``) reruns extract whenever any
module it imports changes, while the images Tesseract reads rarely do.

A record's key is the SHA-256 of the image file's bytes and of everything else that shapes
Tesseract's answer: the call (``ocr`` or ``osd``), the languages, the page segmentation mode
and the engine's fingerprint (engine, version, checksums of the language data,
``tesseract.engine_fingerprint``). What is kept is Tesseract's raw answer (the TSV columns,
the orientation report), before the wrapper reads words out of it, so a change to that
reading takes effect on replay. Failures (a timeout, an unreadable image) are never kept.

Records are small JSON files, written whole or not at all (``files.atomic_write_text``), so
several workers and several checkouts can share one folder.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from magpipe.files import atomic_write_text

log = logging.getLogger(__name__)

REPLAY_ENV = "MAGPIPE_OCR_REPLAY"
# Bumped when what a record holds changes shape, so old records are never misread.
FORMAT = "1"


def folder() -> Path | None:
    """The replay folder ``$MAGPIPE_OCR_REPLAY`` names, or None when replay is off."""
    value = os.environ.get(REPLAY_ENV, "").strip()
    return Path(value) if value else None


def key(image_path: str, *parts: str) -> str | None:
    """The record key of an image file read with the settings ``parts``; None when the file
    cannot be read (the caller then asks Tesseract, whose failure says what is wrong)."""
    digest = hashlib.sha256(FORMAT.encode() + b"\0")
    for part in parts:
        digest.update(part.encode() + b"\0")
    try:
        with open(image_path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _record(root: Path, name: str) -> Path:
    return root / name[:2] / f"{name}.json"


def load(root: Path, name: str) -> Any | None:
    """The answer kept under ``name``, or None (never kept, or unreadable: then the caller
    asks Tesseract again and the record is written anew)."""
    path = _record(root, name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("OCR replay record %s unreadable (%s); reading the image again", path, exc)
        return None


def save(root: Path, name: str, answer: Any) -> None:
    """Keep ``answer`` (JSON-able) under ``name``; a folder that cannot be written costs
    the record, never the page."""
    path = _record(root, name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(answer, ensure_ascii=False), durable=False)
    except OSError as exc:
        log.warning("OCR replay record %s not written (%s)", path, exc)
