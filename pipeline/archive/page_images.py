"""The review page's page images: ``DIR/<doc>/pages/page-NNNN.jpg``, each page drawn once.

A page the review page shows is drawn by PDFium at ``IMAGE_DPI`` in greyscale and written
as a JPEG (``render_page_images``). In a batch, a page read from its text layer is drawn
earlier, by the extract job that has the page loaded already
(``extract.review_images.draw_early``; the image's resolution, quality and file are
``magpipe.page_image_files``'): loading a page again in the document job, in another
process, cost ~3 ms a page of CPU (the page parsed and its fonts loaded a second time;
measured on the scale bench's documents, 10.8 against 7.7 ms a page for the drawing).
Extract does not know yet which pages the review page will show, so it writes its images
apart, in ``EARLY_DIR``; the review page moves the ones it shows into place and deletes the
folder with the rest. The image is the same either way: the same call draws the same
pixels, saved with the same settings.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from magpipe.files import atomic_write_text
from magpipe.page_image_files import (  # noqa: F401 - the review page's names for them
    IMAGE_DPI,
    JPEG_QUALITY,
    MAX_PIXELS,
    image_name,
    save_image,
)

log = logging.getLogger(__name__)

IMAGE_DIR = "pages"
# Beside the images, what they were drawn from: the source's SHA-256 (as extract read it),
# the resolution and the quality. An image is kept for the next review page only while this
# still holds: a PDF edited in place keeps its output folder (named by its path, not its
# content), and a page image of its old text under the new text's boxes would mislead.
IMAGES_KEY = ".key"           # named as extract.pages/.key, the key its pages were made under
# Where extract's page jobs leave the images they drew (``draw_early``), inside IMAGE_DIR.
# Emptied when extract starts on the document (an image of an older source never stays
# there), taken from and deleted by the review page.
EARLY_DIR = ".from-extract"


@dataclass(frozen=True)
class PageImage:
    number: int
    file: str                 # relative to the document folder
    width: float              # page size in points
    height: float


def early_folder(doc_dir: Path) -> Path:
    return Path(doc_dir) / IMAGE_DIR / EARLY_DIR


def clear_early(doc_dir: Path) -> None:
    """Delete the images extract drew for the review page (before extract starts again)."""
    shutil.rmtree(early_folder(doc_dir), ignore_errors=True)


def render_page_images(source: Path, doc_dir: Path, numbers: set[int], *, source_sha256: str,
                       password: str | None = None, max_pixels: int = MAX_PIXELS,
                       turns: dict[int, int] | None = None) -> dict[int, PageImage]:
    """Render the pages once as JPEGs in ``doc_dir/pages/``; one drawn before is kept while
    it was drawn from this same source (``source_sha256``, see ``IMAGES_KEY``), and one
    extract drew (``draw_early``) is taken as it is. A page of ``turns`` (page -> degrees
    clockwise, ``RepairMarks.turns``) is turned as extract read it, so that its words' boxes
    fall on their text."""
    from magpipe.extract.render import PDFIUM_LOCK
    folder = Path(doc_dir) / IMAGE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / IMAGES_KEY
    key = f"{source_sha256} {IMAGE_DPI} dpi, JPEG quality {JPEG_QUALITY}\n"
    current = stamp.is_file() and stamp.read_text(encoding="utf-8") == key
    if not current:
        # no claim while drawing: a run stopped half-way leaves the images to be drawn again
        stamp.unlink(missing_ok=True)
        log.info("%s: page images drawn afresh (none yet, or of another source)", source)
    with PDFIUM_LOCK:
        images = _render(source, Path(doc_dir), numbers, password, max_pixels, turns or {},
                         keep=current)
    clear_early(doc_dir)                      # the pages not shown
    if not current:
        atomic_write_text(stamp, key, durable=False)    # lost: the images drawn again
    return images


def _render(source: Path, doc_dir: Path, numbers: set[int], password: str | None,
            max_pixels: int, turns: dict[int, int], keep: bool) -> dict[int, PageImage]:
    import pypdfium2 as pdfium
    from magpipe.extract.render import render_page
    early = early_folder(doc_dir)
    doc = pdfium.PdfDocument(str(source), password=password)
    images: dict[int, PageImage] = {}
    try:
        for n in sorted(k for k in numbers if 1 <= k <= len(doc)):
            width, height = doc.get_page_size(n - 1)
            turn = turns.get(n, 0) % 360
            name = image_name(n, turn)
            if turn % 180:                        # a quarter turn: the page's sides swap
                width, height = height, width
            target = doc_dir / IMAGE_DIR / name
            if not (keep and target.is_file()):
                if (early / name).is_file():
                    (early / name).replace(target)
                else:
                    save_image(render_page(doc, n, dpi=IMAGE_DPI, max_pixels=max_pixels), turn,
                          target)
            images[n] = PageImage(n, f"{IMAGE_DIR}/{name}", width, height)
    finally:
        doc.close()
    return images
