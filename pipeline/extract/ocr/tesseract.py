"""The one wrapper around Tesseract: words with boxes and confidences, page orientation.

Images are passed to Tesseract as a file path (an uncompressed PGM written once by the
caller), so nothing is re-encoded per call. Tesseract runs single-threaded
(``OMP_THREAD_LIMIT=1``): pages run in parallel one per worker, which is faster on few
cores than one page using several threads.

Two ways to run it, chosen by ``$MAGPIPE_OCR_ENGINE``:

- ``api`` (the default when the ``tesserocr`` wheel imports): Tesseract's library inside
  the worker, one loaded model per language kept for the worker's life. Measured on the
  bench's page mix (``bench/bench_ocr_mix.py``, 8 pages, 2 workers): the extract stage
  takes 0.83x the CPU time and 0.86x the wall time it takes with ``cli``, at the same
  accuracy; the wheel carries its own, newer Tesseract (5.5 against Debian's 5.3), so its
  version is part of the cache key.
- ``cli``: one ``tesseract`` process per call through pytesseract (the system's Tesseract).

Both read the system's language data (``tesseract-ocr-vie``/``-eng``/``-osd``), and
orientation detection runs the same way as the OCR: with ``api`` the ``osd`` model stays
loaded in the worker too (measured on a 300 dpi bulletin page turned four ways, twice: 0.43-
0.46 s of CPU a page against 1.03-1.16 s for a ``tesseract --psm 0`` process, with the same
answers and confidences).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import subprocess
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytesseract
from magpipe.errors import MissingDependencyError, PageError, UsageError
from magpipe.extract.ocr import replay
from magpipe.files import sha256_file

log = logging.getLogger(__name__)

_INSTALL_HINT = "install it with: apt-get install tesseract-ocr"
# A word of punctuation only, read with less confidence than this, is dust on the scan.
NOISE_CONF = 50.0
# Letters the models print for another, never right in Vietnamese or English text: the
# 'eng' model reads an italic f as the florin sign's f with a hook ("oƒ the").
_LOOKALIKES = str.maketrans({"ƒ": "f", "Ƒ": "F"})


@dataclass(frozen=True)
class OcrWord:
    """One word as Tesseract saw it, in image pixels."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: int          # page-unique line number, in Tesseract's order
    block: int         # Tesseract block number
    line_height: int   # height of the word's line box, pixels


@dataclass(frozen=True)
class OcrResult:
    words: tuple[OcrWord, ...]

    @property
    def mean_conf(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words) if self.words else 0.0


# Orientation and script detection, run on a page that reads badly: needed by every OCR
# run, so it is checked up front with the OCR languages.
OSD = "osd"
_LIST_HEADING = re.compile(r'"([^"]+)"')


@dataclass(frozen=True)
class Installed:
    tessdata: Path | None          # the folder Tesseract reads language data from
    languages: frozenset[str]


def _tesseract(*args: str) -> str:
    command = [pytesseract.pytesseract.tesseract_cmd, *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=True)
    except FileNotFoundError as exc:
        raise MissingDependencyError(f"Tesseract is not installed; {_INSTALL_HINT}") from exc
    except (subprocess.SubprocessError, OSError) as exc:
        raise MissingDependencyError(f"'tesseract {' '.join(args)}' failed ({exc}); reinstall "
                                     f"it: apt-get install --reinstall tesseract-ocr") from exc
    return done.stdout + done.stderr


@lru_cache(maxsize=1)
def _installed() -> Installed:
    listing = _tesseract("--list-langs").splitlines()
    # The first line is a heading: List of available languages in "/usr/share/.../tessdata/"
    folder = _LIST_HEADING.search(listing[0]) if listing else None
    return Installed(Path(folder.group(1)) if folder else None,
                     frozenset(line.strip() for line in listing[1:] if line.strip()))


def check_tesseract(languages: str) -> None:
    """Raise MissingDependencyError unless tesseract, every language in ``a+b`` and the
    orientation data (``osd``) exist: one clear error before any page is read."""
    installed = _installed().languages
    for lang in [*languages.split("+"), OSD]:
        if lang not in installed:
            raise MissingDependencyError(
                f"Tesseract language data '{lang}' is missing; install it with: "
                f"apt-get install tesseract-ocr-{lang}")


ENGINE_ENV = "MAGPIPE_OCR_ENGINE"
API, CLI = "api", "cli"


@lru_cache(maxsize=1)
def _tesserocr() -> ModuleType | None:
    _single_thread()            # read by the library's OpenMP when it loads
    try:
        import tesserocr
    except ImportError:
        return None
    return tesserocr


def engine() -> str:
    """``api`` or ``cli``: what ``$MAGPIPE_OCR_ENGINE`` asks for, ``cli`` when it says so
    or when tesserocr is not installed."""
    wanted = os.environ.get(ENGINE_ENV, API).strip().lower() or API
    if wanted not in (API, CLI):
        raise UsageError(f"${ENGINE_ENV} is {wanted!r}; use '{API}' or '{CLI}'")
    return API if wanted == API and _tesserocr() is not None else CLI


@lru_cache(maxsize=8)
def engine_fingerprint(languages: str) -> str:
    """The engine, Tesseract's version and a checksum of each language file an OCR run
    with ``languages`` reads: part of the extract stage's cache key, since all change what
    OCR reads. Cached per process: set ``$MAGPIPE_OCR_ENGINE`` before the first run."""
    check_tesseract(languages)
    api = _tesserocr() if engine() == API else None
    # the library's version where it reads the pages, else the program's (run only then)
    version = (f"{api.tesseract_version().splitlines()[0].strip()} (library, tesserocr)"
               if api is not None else _tesseract("--version").splitlines()[0].strip())
    installed = _installed()
    digest = hashlib.sha256(version.encode())
    for lang in sorted({*languages.split("+"), OSD}):
        data = installed.tessdata / f"{lang}.traineddata" if installed.tessdata else None
        digest.update(lang.encode() + b"\0")
        digest.update(sha256_file(data).encode() if data and data.is_file() else b"?")
    return f"{version}; {digest.hexdigest()[:16]}"


def _single_thread() -> None:
    # Inherited by the tesseract child process that pytesseract starts.
    os.environ["OMP_THREAD_LIMIT"] = "1"


def ocr_image(image_path: str, *, languages: str, timeout: float, psm: int = 3) -> OcrResult:
    """OCR one image file; raise PageError when Tesseract times out or fails. With
    ``$MAGPIPE_OCR_REPLAY`` set, an image read before with the same settings is answered
    from its record (``replay.py``)."""
    check_tesseract(languages)
    root = replay.folder()
    name = None if root is None else replay.key(image_path, "ocr", languages, str(psm),
                                                engine_fingerprint(languages))
    if root is None or name is None:
        return OcrResult(_words_from_data(_image_data(image_path, languages, timeout, psm)))
    data = replay.load(root, name)
    if data is None:
        data = _image_data(image_path, languages, timeout, psm)
        replay.save(root, name, data)
    return OcrResult(_words_from_data(data))


def _image_data(image_path: str, languages: str, timeout: float, psm: int) -> dict[str, list]:
    """Tesseract's reading of the image, in the columns of pytesseract's image_to_data."""
    _single_thread()
    if engine() == API:
        return _api_data(image_path, languages, timeout, psm)
    try:
        data: dict[str, list] = pytesseract.image_to_data(
            image_path, lang=languages, config=f"--psm {psm}", timeout=timeout,
            output_type=pytesseract.Output.DICT)
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise PageError(f"OCR took longer than {timeout:g} s; raise --ocr-timeout "
                            f"or lower --dpi") from exc
        raise PageError(f"Tesseract failed ({exc})") from exc
    except pytesseract.TesseractError as exc:
        raise PageError(f"Tesseract failed ({exc.message.strip()[:200]})") from exc
    return data


_loaded = threading.local()      # per thread: (languages, psm) -> a loaded PyTessBaseAPI


def _api(languages: str, psm: int) -> Any:
    apis = _loaded.__dict__.setdefault("apis", {})
    if (languages, psm) not in apis:
        folder = _installed().tessdata
        apis[(languages, psm)] = _tesserocr().PyTessBaseAPI(  # type: ignore[union-attr]
            path=f"{folder}/" if folder else "", lang=languages, psm=psm)
    return apis[(languages, psm)]


_TSV_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left",
                "top", "width", "height", "conf", "text")


def _api_data(image_path: str, languages: str, timeout: float, psm: int) -> dict[str, list]:
    """The library's reading of the image, in the columns of pytesseract's image_to_data."""
    api = _api(languages, psm)
    try:
        api.SetImageFile(image_path)
    except (RuntimeError, OSError) as exc:
        raise PageError(f"Tesseract could not read the page image ({exc})") from exc
    if not api.Recognize(timeout=int(timeout * 1000)):
        api.Clear()
        raise PageError(f"OCR took longer than {timeout:g} s or failed; raise --ocr-timeout "
                        f"or lower --dpi")
    data: dict[str, list] = {name: [] for name in _TSV_COLUMNS}
    for row in api.GetTSVText(0).splitlines():
        cells = row.split("\t")
        if len(cells) < len(_TSV_COLUMNS):
            cells += [""] * (len(_TSV_COLUMNS) - len(cells))
        for name, cell in zip(_TSV_COLUMNS, cells, strict=False):
            data[name].append(cell if name == "text" else float(cell) if name == "conf"
                              else int(cell))
    api.Clear()
    return data


def _words_from_data(data: dict[str, list]) -> tuple[OcrWord, ...]:
    """Turn image_to_data's columns into words with page-unique line numbers."""
    line_heights: dict[tuple[int, int, int], int] = {}
    line_ids: dict[tuple[int, int, int], int] = {}
    words: list[OcrWord] = []
    for i, level in enumerate(data["level"]):
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if level == 4:
            line_heights[key] = int(data["height"][i])
        if level != 5:
            continue
        text = str(data["text"][i]).strip().strip("_")   # rules and specks read as '_'
        text = text.translate(_LOOKALIKES)
        conf = float(data["conf"][i])
        if not text or conf < 0 or (conf < NOISE_CONF and not any(c.isalnum() for c in text)):
            continue
        line = line_ids.setdefault(key, len(line_ids))
        words.append(OcrWord(
            text=text, left=int(data["left"][i]), top=int(data["top"][i]),
            width=int(data["width"][i]), height=int(data["height"][i]), conf=conf,
            line=line, block=int(data["block_num"][i]),
            line_height=line_heights.get(key, int(data["height"][i]))))
    return tuple(words)


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_ROTATE_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def detect_rotation(image_path: str, *, timeout: float) -> tuple[int, float]:
    """Degrees to turn the image clockwise to make it upright, and OSD's confidence.

    Returns (0, 0.0) when OSD cannot tell (too few characters, say). Replayed as
    :func:`ocr_image` is when ``$MAGPIPE_OCR_REPLAY`` is set.
    """
    check_tesseract(OSD)
    root = replay.folder()
    name = None if root is None else replay.key(image_path, "osd", engine_fingerprint(OSD))
    if root is None or name is None:
        return _rotation(image_path, timeout)
    kept = replay.load(root, name)
    if kept is None:
        kept = list(_rotation(image_path, timeout))
        replay.save(root, name, kept)
    return int(kept[0]), float(kept[1])


def _rotation(image_path: str, timeout: float) -> tuple[int, float]:
    _single_thread()
    if engine() == API:
        return _api_rotation(image_path)
    try:
        report = pytesseract.image_to_osd(image_path, config="--psm 0", timeout=timeout)
    except (pytesseract.TesseractError, RuntimeError) as exc:
        log.info("orientation detection gave no answer (%s)", str(exc).strip()[:120])
        return 0, 0.0
    rotate, conf = _ROTATE.search(report), _ROTATE_CONF.search(report)
    return (int(rotate.group(1)) % 360 if rotate else 0, float(conf.group(1)) if conf else 0.0)


OSD_ONLY = 0      # Tesseract's page segmentation mode that only detects orientation


def _api_rotation(image_path: str) -> tuple[int, float]:
    """:func:`detect_rotation` through the library. It reports the orientation of the text
    (degrees counter-clockwise); the turn that makes it upright is the rest of a circle."""
    api = _api(OSD, OSD_ONLY)
    try:
        api.SetImageFile(image_path)
        found = api.DetectOrientationScript()
    except (RuntimeError, OSError) as exc:
        log.info("orientation detection gave no answer (%s)", str(exc).strip()[:120])
        return 0, 0.0
    finally:
        api.Clear()
    if not found:
        log.info("orientation detection gave no answer (too little text)")
        return 0, 0.0
    return (360 - int(found["orient_deg"])) % 360, float(found["orient_conf"])
