"""A text-layer page's review image, drawn by extract's page job while PDFium has the page
loaded (``draw_early``), and the facts of such an image both extract and the review page
(``archive.page_images``, which moves these images into place and draws the others) use:
its resolution, JPEG quality, size limit and file name. Here, in extract, so that extract
never imports the archive package (the review page imports this instead).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:             # imported where a page is drawn: the batch's main process
    import pypdfium2 as pdfium  # imports this module before it starts the fork server

log = logging.getLogger(__name__)

IMAGE_DPI = 100               # 9 pt text is readable in a crop; a page is ~100-200 KB as JPEG
JPEG_QUALITY = 80
# The largest image drawn for the review page (decompression bombs; PIL's limit too).
MAX_PIXELS = 200_000_000


def image_name(number: int, turn: int) -> str:
    """The file of page ``number``'s image in ``IMAGE_DIR``; a turned image has a name of its
    own (one drawn before as the file shows it is not taken for it)."""
    return f"page-{number:04d}" + (f"-turned{turn}" if turn else "") + ".jpg"


def save_image(image, turn: int, target: Path) -> None:
    """Write ``image`` (as PDFium drew the page) turned ``turn`` degrees clockwise."""
    if turn:                                  # (PIL turns counter-clockwise)
        image = image.rotate(-turn, expand=True)
    tmp = target.with_suffix(".tmp")
    image.save(tmp, format="JPEG", quality=JPEG_QUALITY)
    tmp.replace(target)


def draw_early(page: pdfium.PdfPage, number: int, turn: int, folder: Path) -> None:
    """Draw page ``number`` (loaded by extract, which holds ``PDFIUM_LOCK``) for the review
    page, turned as extract read it, into ``folder`` (``early_folder``). A page that cannot
    be drawn is left to the review page, which draws it or says why not: never the page's
    failure."""
    from magpipe.extract.render import render_loaded
    try:
        image = render_loaded(page, dpi=IMAGE_DPI, max_pixels=MAX_PIXELS)
        folder.mkdir(parents=True, exist_ok=True)
        save_image(image, turn % 360, folder / image_name(number, turn % 360))
    except Exception as exc:  # noqa: BLE001 - a help to the review page, not the record
        log.debug("page %d: not drawn for the review page by extract (%s)", number, exc)
