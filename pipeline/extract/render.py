"""The one wrapper around pypdfium2: open a PDF, rasterise a page, with a pixel cap."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
from magpipe.errors import PageError
from PIL import Image

log = logging.getLogger(__name__)

# PDFium is not thread-safe: one thread of a process may call it at a time. A batch calls it
# from several threads of one process (the next document opened and, with one worker, its
# pages read, while a document job renders its review page), which crashed the process in
# PDFium's get_page. Every use of PDFium holds this lock; reentrant, because a page job that
# holds it opens the document too.
PDFIUM_LOCK = threading.RLock()

# How a low-resolution scan is enlarged before OCR. Bicubic rather than Lanczos: Lanczos's
# ringing beside strokes merges with the small marks stacked over a circumflex (a hook or an
# acute over ê, ô, â at 100 dpi is two or three pixels), and Tesseract drops the upper one
# (thuế -> thuê, triển -> triên). Development figures, 01CT pages 1 and 3 (100 dpi, vie OCR
# after stamps are removed): bicubic 95.7% / 95.8% of syllables, Lanczos 94.5% / 94.4%,
# Hamming 94.9% / 93.8%, bilinear 89.1% / 92.4%; at 4x instead of 3x, each worse.
ENLARGE_FILTER = Image.Resampling.BICUBIC


def set_pixel_limit(max_pixels: int) -> None:
    """Make PIL refuse images above ``max_pixels`` too (decompression bombs)."""
    Image.MAX_IMAGE_PIXELS = max_pixels


def check_pixels(width_pt: float, height_pt: float, dpi: float, max_pixels: int) -> None:
    """Raise PageError when a page rendered at ``dpi`` would exceed ``max_pixels``."""
    width, height = round(width_pt * dpi / 72), round(height_pt * dpi / 72)
    if width * height > max_pixels:
        raise PageError(f"page image would be {width}x{height} = {width * height:,} pixels at "
                        f"{dpi:g} dpi, above the limit of {max_pixels:,}; lower --dpi or raise "
                        f"--max-pixels if the file is trusted")


def render_page(doc: pdfium.PdfDocument, number: int, *, dpi: float,
                max_pixels: int, colour: bool = False,
                scan_dpi: float | None = None) -> Image.Image:
    """Rasterise 1-based page ``number`` at ``dpi``, in greyscale unless ``colour``.

    ``scan_dpi``: the resolution of a low-resolution scan the page is made of. The page is
    then rendered at that resolution and enlarged to ``dpi`` with ``ENLARGE_FILTER``, which
    keeps the strokes and diacritics sharper than PDFium's own enlargement (on a 100 dpi
    administrative scan: 94.7% of syllables read against 89.5%)."""
    if scan_dpi and scan_dpi < dpi:
        small = render_page(doc, number, dpi=scan_dpi, max_pixels=max_pixels, colour=colour)
        check_pixels(small.width * 72 / scan_dpi, small.height * 72 / scan_dpi, dpi, max_pixels)
        size = (round(small.width * dpi / scan_dpi), round(small.height * dpi / scan_dpi))
        log.debug("page %d: %g dpi scan enlarged to %g dpi", number, scan_dpi, dpi)
        return small.resize(size, ENLARGE_FILTER)
    with PDFIUM_LOCK:
        page = doc[number - 1]
        try:
            image = render_loaded(page, dpi=dpi, max_pixels=max_pixels, colour=colour)
        finally:
            page.close()
    log.debug("page %d rendered at %g dpi: %dx%d", number, dpi, *image.size)
    return image


def render_loaded(page: pdfium.PdfPage, *, dpi: float, max_pixels: int,
                  colour: bool = False) -> Image.Image:
    """Rasterise a page already loaded (the caller holds ``PDFIUM_LOCK`` and closes the
    page): :func:`render_page` without loading the page again, the same pixels."""
    if not colour:
        # the greyscale image shares PDFium's bitmap: copied, the bitmap is freed here,
        # under the lock, not where the image is dropped
        with drawn_loaded(page, dpi=dpi, max_pixels=max_pixels) as image:
            return image.copy()
    width_pt, height_pt = page.get_size()
    check_pixels(width_pt, height_pt, dpi, max_pixels)
    # a colour image is a copy already, its bitmap freed once this line is done
    return page.render(scale=dpi / 72, grayscale=False).to_pil()


@contextmanager
def drawn_loaded(page: pdfium.PdfPage, *, dpi: float, max_pixels: int) -> Iterator[Image.Image]:
    """:func:`render_loaded`'s greyscale image of a loaded page, not copied: it shares
    PDFium's bitmap, so it is valid only inside the block, which the caller ends while it
    holds ``PDFIUM_LOCK`` (the bitmap is freed then). For an image used once at once (the
    review page's, written as JPEG by extract): the copy of an 0.8 MP page (its memory
    allocated and touched afresh) cost ~0.7 ms of the ~6.3 ms a page drawn and written took,
    measured on the scale bench's fixtures; the pixels are the same."""
    width_pt, height_pt = page.get_size()
    check_pixels(width_pt, height_pt, dpi, max_pixels)
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        yield bitmap.to_pil()
    finally:
        bitmap.close()


def save_for_ocr(image: Image.Image, folder: Path, stem: str) -> Path:
    """Write an uncompressed PGM (cheap to write, read directly by Tesseract)."""
    path = folder / f"{stem}.pgm"
    image.convert("L").save(path, format="PPM")
    return path
