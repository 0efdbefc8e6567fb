"""Typeset clean text into pages, rasterise them and OCR them, with an on-disk cache.

Shared by ``tools/learn_confusion.py`` and the repair benches: pages are 19 x 27 cm, one
column, read by Tesseract with the language given (``eng`` reproduces the archive damage,
``vie`` is the re-OCR anchor). ``ocr_pages`` typesets DejaVu 10 pt with reportlab and renders
at 300 dpi with pypdfium2 (``bench/bench_repair.py``); ``ocr_printed`` draws pages in any
face, size and degradation of ``tools/typefaces.py`` (the confusion model's learning and
``bench/bench_repair_faces.py``). OCR text is cached under ``.bench/ocr/`` keyed by a hash of
everything that changes it, so reruns are fast.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tools import typefaces

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from typeset import greedy_lines  # noqa: E402  (the fixtures' one line breaker)

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".bench" / "ocr"
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"DejaVuSerif": _DEJAVU / "DejaVuSerif.ttf",
         "DejaVuSerif-Bold": _DEJAVU / "DejaVuSerif-Bold.ttf",
         "DejaVuSans": _DEJAVU / "DejaVuSans.ttf",
         "DejaVuSansCondensed-Bold": _DEJAVU / "DejaVuSansCondensed-Bold.ttf"}


@dataclass(frozen=True)
class Style:
    font: str
    degrade: bool      # blur, thicken, add speckle, threshold: a poor scan
    upper: bool        # set in capitals (titles)


STYLES = {"regular": Style("DejaVuSerif", False, False),
          "bold": Style("DejaVuSerif-Bold", False, False),
          "scan": Style("DejaVuSerif", True, False),
          "sans-scan": Style("DejaVuSans", True, False),
          "caps-scan": Style("DejaVuSansCondensed-Bold", True, True)}
PAGE_W, PAGE_H = 538.6, 765.4          # 19 x 27 cm in points
MARGIN, SIZE, LEADING = 42.0, 10.0, 13.0
DPI = 300
RECIPE = "ocrsim-1"                    # bump when the page recipe changes


@dataclass(frozen=True)
class OcrJob:
    lines: tuple[str, ...]             # the lines of one page, already wrapped
    lang: str
    style: str = "regular"             # a key of STYLES


def wrap_lines(lines: list[str]) -> list[str]:
    """Wrap source lines to the text width; blank lines are dropped."""
    _register_font()
    width = PAGE_W - 2 * MARGIN
    return [piece for line in lines for piece in greedy_lines(line, "DejaVuSerif", SIZE, width)]


def paginate(lines: list[str]) -> list[tuple[str, ...]]:
    per_page = int((PAGE_H - 2 * MARGIN) // LEADING)
    return [tuple(lines[i:i + per_page]) for i in range(0, len(lines), per_page)]


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, path in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))


def page_pdf(lines: tuple[str, ...], style: str = "regular") -> bytes:
    from reportlab.pdfgen.canvas import Canvas
    _register_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    canvas.setFont(STYLES[style].font, SIZE)
    for i, line in enumerate(page_lines(lines, style)):
        canvas.drawString(MARGIN, PAGE_H - MARGIN - SIZE - i * LEADING, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def page_lines(lines: tuple[str, ...], style: str) -> tuple[str, ...]:
    """The lines as printed in ``style`` (capitals for the title style)."""
    return tuple(line.upper() for line in lines) if STYLES[style].upper else lines


def _key(job: OcrJob) -> str:
    digest = hashlib.sha256(f"{RECIPE}|{job.lang}|{DPI}|{job.style}\n".encode())
    digest.update("\n".join(job.lines).encode("utf-8"))
    return digest.hexdigest()[:32]


def ocr_page(job: OcrJob) -> str:
    """OCR text of one typeset page (cached)."""
    path = CACHE / f"{_key(job)}.txt"
    if path.exists():
        return path.read_text(encoding="utf-8")
    import pypdfium2
    import pytesseract
    document = pypdfium2.PdfDocument(page_pdf(job.lines, job.style))
    image = document[0].render(scale=DPI / 72).to_pil().convert("L")
    if STYLES[job.style].degrade:
        image = _degrade(image, seed=int(_key(job)[:8], 16))
    text = pytesseract.image_to_string(image, lang=job.lang, config="--psm 6")
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return text


def _degrade(image, seed: int):
    """A poor scan: blurred at a lower resolution, thickened strokes, speckle, threshold."""
    import numpy as np
    from PIL import ImageFilter
    small = image.resize((image.width * 2 // 3, image.height * 2 // 3))
    small = small.filter(ImageFilter.GaussianBlur(0.9)).filter(ImageFilter.MinFilter(3))
    pixels = np.asarray(small, dtype=np.float32)
    pixels += np.random.default_rng(seed).normal(0, 18, pixels.shape)
    from PIL import Image
    return Image.fromarray(np.where(pixels > 150, 255, 0).astype(np.uint8))


def ocr_pages(pages: list[tuple[str, ...]], lang: str, workers: int = 2,
              style: str = "regular") -> list[str]:
    """OCR every page with Tesseract ``lang``; two worker processes by default."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    jobs = [OcrJob(p, lang, style) for p in pages]
    todo = sum(not (CACHE / f"{_key(j)}.txt").exists() for j in jobs)
    if todo:
        log.warning("OCR of %d page(s) with Tesseract '%s' (cached afterwards)", todo, lang)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(ocr_page, jobs))


FACES_RECIPE = "faces-1"               # bump when typefaces.render changes


@dataclass(frozen=True)
class PrintJob:
    lines: tuple[str, ...]             # one page, typeset by typefaces.typeset
    lang: str
    print: typefaces.Print


def _print_key(job: PrintJob) -> str:
    face = typefaces.FACES[job.print.face].path.name
    digest = hashlib.sha256(f"{FACES_RECIPE}|{job.lang}|{job.print.name}|{face}\n".encode())
    digest.update("\n".join(job.lines).encode("utf-8"))
    return digest.hexdigest()[:32]


def ocr_print_page(job: PrintJob) -> str:
    """OCR text of one page drawn in ``job.print`` (cached)."""
    key = _print_key(job)
    path = CACHE / f"{key}.txt"
    if path.exists():
        return path.read_text(encoding="utf-8")
    import pytesseract
    image = typefaces.render(job.lines, job.print, seed=int(key[:8], 16))
    text = pytesseract.image_to_string(image, lang=job.lang,
                                       config=f"--psm 6 --dpi {job.print.dpi}")
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return text


def ocr_printed(pages: list[tuple[str, ...]], lang: str, p: typefaces.Print) -> list[str]:
    """OCR every page (typeset in ``p``) with Tesseract ``lang``, one page at a time."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    jobs = [PrintJob(page, lang, p) for page in pages]
    todo = sum(not (CACHE / f"{_print_key(j)}.txt").exists() for j in jobs)
    if todo:
        log.warning("OCR of %d page(s) in %s with Tesseract '%s' (cached afterwards)", todo,
                    p.name, lang)
    return [ocr_print_page(job) for job in jobs]
