"""Extract stage: for each page choose where the text comes from, and return its words.

``extract`` validates the PDF once, then maps :func:`extract_page` over one picklable
:class:`PageJob` per page (``map_pages`` may be a process pool's ``map``). A worker opens
the PDF once and keeps it open for the next pages of the same file.

The OCR path (``extract.ocr.page``: scipy, the image clean-up) is imported by the first page
that needs it, not with this module: a run of born-digital pages never loads it, and the
batch's main process and fork server, which import this module, start ~0.7 s sooner.
Tesseract's wrapper (``extract.ocr.tesseract``: pytesseract) likewise, but for a run that asks
for OCR on every page: the fork server, which imports this module before any worker can
start, no longer imports it too (~20 ms of its CPU; the OCR path imports it for itself).

Within :func:`text_layer_only` (the batch's main process runs a few pages so, while its
workers start) a page that needs OCR raises :class:`OcrElsewhere` instead of loading
Tesseract: the caller hands that page to a worker.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from operator import attrgetter
from pathlib import Path

import pypdfium2 as pdfium
from magpipe.artifacts.pages import OCR_SOURCES, DocumentInfo, ExtractArtifact, Page, PageSource
from magpipe.config import Config, OcrMode
from magpipe.errors import InputError, MissingDependencyError, PageError
from magpipe.extract.open_documents import OpenDocuments
from magpipe.extract.page_objects import PdfPageFacts
from magpipe.extract.pdftext import RawWord, read_page
from magpipe.extract.photos import photo_boxes
from magpipe.extract.render import PDFIUM_LOCK, set_pixel_limit
from magpipe.extract.textfix import fix_page_texts
from magpipe.extract.turns import upright_drawings, upright_frame
from magpipe.extract.wordlines import to_words
from magpipe.files import safe_name, sha256_file
from magpipe.text.damage import nonsense_share, score_text, unreadable_share

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 10        # fewer characters than this: no text layer
THIN_TEXT_CHARS = 40       # a page image with only this much text (a page number) is a scan
PAGE_IMAGE_COVERAGE = 0.5  # share of the page under images that makes it a scanned page
UNDER_IMAGE = 0.3          # an image this large can be OCRed instead of a damaged layer
UNREADABLE = 0.2           # share of non-text characters that makes a layer unreadable
# Share of letter tokens spelling nothing that makes a layer random letters: sound pages
# (fixtures, real TCVN3 reports once decoded, English-only OCR layers) stay under 0.07;
# the same pages with their letters permuted, as a font without a usable Unicode map gives
# them, measure 0.77-0.94.
NONSENSE = 0.35
# A scan below this resolution is enlarged to --dpi before OCR (see render.render_page);
# from it up to 600 dpi a scan is read at its own resolution.
MIN_SCAN_DPI = 200
# A page image (covering this much of the page) whose text layer lies in a box this small
# a share of the page holds a digital-signature or stamp box, not the page's text.
SCAN_COVERAGE = 0.85
BOX_ONLY = 0.12


@dataclass(frozen=True)
class PageJob:
    """Everything a worker needs for one page; picklable."""

    path: str
    number: int
    ocr: OcrMode
    languages: str
    dpi: int
    ocr_timeout: float
    max_pixels: int
    password: str | None = None
    # The folder a page read from its text layer is drawn into for the review page while it
    # is loaded (``review_images.draw_early``); None: not drawn (one stage run alone).
    review_images: str | None = None


TEXT_SOURCES = frozenset({PageSource.TEXT_LAYER, PageSource.DAMAGED_TEXT})  # read as written


class OcrElsewhere(Exception):
    """A page run within :func:`text_layer_only` needs OCR: it is for a worker process,
    which loads Tesseract's models once for all its pages, not for the process that
    asked (the batch's main process would hold them for the whole run)."""


_HERE = threading.local()       # .text_only: pages read by this thread must not be OCRed


@contextmanager
def text_layer_only() -> Iterator[None]:
    """Pages extracted by this thread meanwhile are read from their text layer or not at
    all: one that needs OCR raises ``OcrElsewhere`` once its text layer is judged."""
    _HERE.text_only = True
    try:
        yield
    finally:
        _HERE.text_only = False


@dataclass(frozen=True)
class SourceDecision:
    source: PageSource
    reason: str
    needs_repair: bool = False


def decide_source(facts: PdfPageFacts, text: str, mode: OcrMode,
                  text_area: float = 1.0) -> SourceDecision:
    """Choose a page's source from its facts and its (fixed) text-layer text. Pure.

    ``text_area``: share of the page under the box around all text-layer words."""
    pictured = facts.image_coverage >= UNDER_IMAGE
    if mode == OcrMode.ALWAYS:
        return SourceDecision(PageSource.OCR, "--ocr always")
    if facts.char_count < MIN_TEXT_CHARS or not text.strip():
        if mode == OcrMode.NEVER:
            return SourceDecision(PageSource.EMPTY, "no text layer, and --ocr never")
        if facts.image_count == 0:
            return SourceDecision(PageSource.EMPTY, "no text layer and no image")
        return SourceDecision(PageSource.OCR, f"no text layer; images cover "
                                        f"{facts.image_coverage:.0%} of the page")
    if (mode != OcrMode.NEVER and facts.image_coverage >= PAGE_IMAGE_COVERAGE
            and facts.char_count < THIN_TEXT_CHARS):
        return SourceDecision(PageSource.OCR, f"page image ({facts.image_coverage:.0%} of the "
                              f"page) with only {facts.char_count} text characters")
    if mode != OcrMode.NEVER and facts.image_coverage >= SCAN_COVERAGE and text_area < BOX_ONLY:
        return SourceDecision(PageSource.OCR, f"page image ({facts.image_coverage:.0%} of the "
                              f"page) whose text layer is one box ({text_area:.0%} of the "
                              f"page): a signature or stamp box, not the page's text")
    unreadable, nonsense = unreadable_share(text), nonsense_share(text)
    if unreadable >= UNREADABLE or nonsense >= NONSENSE:
        why = (f"unreadable text layer ({unreadable:.0%} of characters are no text)"
               if unreadable >= UNREADABLE else
               f"text layer of random letters ({nonsense:.0%} of its words spell nothing: a "
               f"font with no usable Unicode map)")
        if mode == OcrMode.NEVER:
            return SourceDecision(PageSource.DAMAGED_TEXT, f"{why}; kept because --ocr never", True)
        return SourceDecision(PageSource.REOCR, f"{why}; OCR of the rendered page")
    damage = score_text(text)
    if not damage.damaged:
        return SourceDecision(PageSource.TEXT_LAYER, f"sound text layer ({damage.reason})")
    if pictured and mode != OcrMode.NEVER:
        return SourceDecision(PageSource.REOCR, f"damaged text layer ({damage.reason}) over an "
                                          f"image: OCR again")
    why = "--ocr never" if pictured else "no image to OCR"
    return SourceDecision(PageSource.DAMAGED_TEXT,
                    f"damaged text layer ({damage.reason}); kept for repair, {why}", True)


def fix_texts(raw: list[RawWord]) -> tuple[list[str], str]:
    """Fixed texts of a page's words (legacy encodings per font, mojibake, NFC) and what
    was done."""
    return fix_page_texts([w.pieces() if w.font_runs else [(w.text, w.fontname)] for w in raw])


def text_area(raw: list[RawWord], facts: PdfPageFacts) -> float:
    """Share of the page under the box around all the text-layer words."""
    if not raw or facts.width <= 0 or facts.height <= 0:
        return 0.0
    width = max(map(_X1, raw)) - min(map(_X0, raw))
    height = max(map(_BOTTOM, raw)) - min(map(_TOP, raw))
    return min(1.0, max(0.0, width) * max(0.0, height) / (facts.width * facts.height))


# RawWord's box fields, read through C getters rather than a generator each
_X0, _TOP, _X1, _BOTTOM = (attrgetter(f) for f in ("x0", "top", "x1", "bottom"))


# The PDFs this process has open for its page jobs (a worker reads pages of two documents in
# turn: ``open_documents``)
_OPEN = OpenDocuments()


def extract_page(job: PageJob) -> Page:
    """The per-page worker: never raises for a bad page (returns a ``failed`` Page)."""
    start = time.perf_counter()
    set_pixel_limit(job.max_pixels)
    # PDFium is held only while it is called (reading the page, rendering it), not while
    # Tesseract reads the image: a review page rendered in another thread waits for that
    # much, not for a page's OCR.
    try:
        page = _extract_page(job)
    except (MissingDependencyError, OcrElsewhere):
        raise
    except PageError as exc:
        log.warning("page %d of %s failed: %s", job.number, job.path, exc.message)
        page = Page(job.number, *_page_size(job), PageSource.FAILED, "page failed",
                    error=exc.message)
    except Exception as exc:  # one bad page must not stop the document
        log.exception("page %d of %s failed", job.number, job.path)
        page = Page(job.number, *_page_size(job), PageSource.FAILED, "page failed",
                    error=f"{type(exc).__name__}: {exc}")
    return _with_seconds(page, time.perf_counter() - start)


def _page_size(job: PageJob) -> tuple[float, float]:
    """Width and height of a failed page if PDFium still knows them, else zeros."""
    try:
        with PDFIUM_LOCK:
            width, height = _OPEN.get(job.path, job.password).get_page_size(job.number - 1)
        return round(width, 2), round(height, 2)
    except Exception:  # noqa: BLE001 - the page already failed; its size is a nicety
        return 0.0, 0.0


def _with_seconds(page: Page, seconds: float) -> Page:
    return replace(page, seconds=round(seconds, 3))


def _extract_page(job: PageJob) -> Page:
    with PDFIUM_LOCK:
        doc = _OPEN.get(job.path, job.password)
        page = doc[job.number - 1]
        try:
            facts, raw = read_page(page)
            if job.ocr == OcrMode.ALWAYS:
                raw = []
            texts, fix_note = fix_texts(raw) if raw else ([], "")
            decision = decide_source(facts, " ".join(texts), job.ocr, text_area(raw, facts))
            if job.review_images and decision.source in TEXT_SOURCES:
                from magpipe.extract.review_images import draw_early
                draw_early(page, job.number, facts.turn, Path(job.review_images))
        finally:
            page.close()
    if decision.source in OCR_SOURCES and getattr(_HERE, "text_only", False):
        # before its log line: the worker that reads it logs the page once
        raise OcrElsewhere(f"page {job.number} of {job.path}: {decision.reason}")
    reason = f"{decision.reason}; {fix_note}" if fix_note else decision.reason
    if facts.turn and decision.source in TEXT_SOURCES:
        reason += f"; text turned {facts.turn} degrees: read as the page turned upright"
    log.info("page %d: %s (%s)", job.number, decision.source, reason)
    if decision.source in TEXT_SOURCES:
        width, height, images = upright_frame(facts)
        return Page(job.number, width, height, decision.source, reason,
                    to_words(raw, texts), rotation=facts.turn,
                    needs_repair=decision.needs_repair,
                    images=photo_boxes(images, width, height),
                    drawings=upright_drawings(facts))
    if decision.source == PageSource.EMPTY:
        return Page(job.number, facts.width, facts.height, decision.source, reason)
    width_px, height_px = facts.largest_image
    if width_px * height_px > job.max_pixels:
        raise PageError(f"embedded image of {width_px}x{height_px} = {width_px * height_px:,} "
                        f"pixels is above the limit of {job.max_pixels:,}; raise --max-pixels "
                        f"if the file is trusted")
    dpi, scan_dpi = job.dpi, None
    if facts.native_dpi and MIN_SCAN_DPI <= facts.native_dpi <= 600:
        dpi = round(facts.native_dpi)     # the scan's own resolution: no resampling
    elif facts.native_dpi and facts.native_dpi < MIN_SCAN_DPI:
        scan_dpi = round(facts.native_dpi)
        reason += f"; {scan_dpi} dpi scan enlarged"
    # only for pages OCR reads (see the module docstring)
    from magpipe.extract.ocr.page import ocr_page

    result = ocr_page(doc, job.number, dpi=dpi, languages=job.languages,
                      timeout=job.ocr_timeout, max_pixels=job.max_pixels, scan_dpi=scan_dpi)
    source = decision.source if result.words else PageSource.EMPTY
    width, height = ((facts.width, facts.height) if result.rotation in (0, 180)
                     else (facts.height, facts.width))
    return Page(job.number, width, height, source, f"{reason}; {result.note} at {dpi} dpi",
                result.words, rotation=result.rotation,
                images=photo_boxes(result.photos, width, height), drawings=result.drawings)


def _page_tree_is_empty(path: Path, password: str | None) -> bool:
    """PDFium refuses a PDF with no pages (as a format or even a password error);
    pdfminer can tell (imported here: only a PDF PDFium refuses gets this far)."""
    import pdfplumber
    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            return len(pdf.pages) == 0
    except Exception:  # noqa: BLE001 - any failure here means: not an empty page tree
        return False


def open_checked(path: Path, password: str | None) -> tuple[int, str | None]:
    """Page count and title; InputError with what to do when the file is no usable PDF."""
    with PDFIUM_LOCK:
        return _open_checked(path, password)


def _open_checked(path: Path, password: str | None) -> tuple[int, str | None]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise InputError(f"cannot be opened ({exc.strerror}); check the path",
                         path=str(path)) from exc
    if b"%PDF-" not in head:
        raise InputError("is not a PDF (no %PDF header); pass a PDF file", path=str(path))
    try:
        doc = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if _page_tree_is_empty(path, password):
            raise InputError("has no pages; re-export or re-scan it", path=str(path)) from exc
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            wanted = "the password given is wrong" if password else "it needs a password"
            raise InputError(f"is encrypted and {wanted}; pass the right --password",
                             path=str(path)) from exc
        detail = str(exc).replace("Failed to load document ", "").strip(" .()")
        raise InputError(f"cannot be read as PDF ({detail}); re-export or re-scan it",
                         path=str(path)) from exc
    try:
        count = len(doc)
        title = (doc.get_metadata_dict().get("Title") or None) if count else None
    finally:
        doc.close()
    if count == 0:
        raise InputError("has no pages; re-export or re-scan it", path=str(path))
    return count, title


PageMap = Callable[[Callable[[PageJob], Page], Iterable[PageJob]], Iterable[Page]]


def extract_stream(path: Path, config: Config, *, map_pages: PageMap = map,
                   review_images: Path | None = None
                   ) -> tuple[DocumentInfo, Iterator[Page]]:
    """The document's facts, and its pages as ``map_pages`` returns them (in any order):
    a caller that stores each page as it comes never holds the document. ``review_images``:
    the folder its text-layer pages are drawn into for the review page as they are read
    (``PageJob.review_images``)."""
    path = Path(path)
    count, title = open_checked(path, config.password)
    if config.ocr == OcrMode.ALWAYS:
        from magpipe.extract.ocr.tesseract import check_tesseract
        check_tesseract(config.languages)
    jobs = [PageJob(str(path), n, config.ocr, config.languages, config.dpi, config.ocr_timeout,
                    config.max_pixels, config.password,
                    None if review_images is None else str(review_images))
            for n in range(1, count + 1)]
    doc = DocumentInfo(path=str(path), name=safe_name(path), sha256=sha256_file(path),
                       page_count=count, title=title)

    def pages() -> Iterator[Page]:
        failed = 0
        try:
            for page in map_pages(extract_page, jobs):
                failed += page.source == PageSource.FAILED
                yield page
        finally:
            with PDFIUM_LOCK:
                _OPEN.close(str(path))     # when the pages ran in this process
        log.info("%s: %d pages extracted, %d failed", path.name, count, failed)
    return doc, pages()


def extract(path: Path, config: Config, *, map_pages: PageMap = map) -> ExtractArtifact:
    doc, pages = extract_stream(path, config, map_pages=map_pages)
    return ExtractArtifact(doc=doc, pages=tuple(sorted(pages, key=lambda p: p.number)))
