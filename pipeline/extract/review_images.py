"""A text-layer page's review image, drawn by extract's page job while PDFium has the page
loaded (``draw_early``), in the files the review page (``archive.page_images``) takes them
from (``magpipe.page_image_files``): loading the page again in the document job cost ~3 ms
a page.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from magpipe.page_image_files import IMAGE_DPI, MAX_PIXELS, image_name, save_image

if TYPE_CHECKING:
    import pypdfium2 as pdfium

log = logging.getLogger(__name__)


def draw_early(page: pdfium.PdfPage, number: int, turn: int, folder: Path) -> None:
    """Draw page ``number`` (loaded by extract, which holds ``PDFIUM_LOCK``) for the review
    page, turned as extract read it, into ``folder`` (``early_folder``). A page that cannot
    be drawn is left to the review page, which draws it or says why not: never the page's
    failure."""
    from magpipe.extract.render import drawn_loaded
    try:
        # written from PDFium's bitmap, not a copy of it (``drawn_loaded``)
        with drawn_loaded(page, dpi=IMAGE_DPI, max_pixels=MAX_PIXELS) as image:
            folder.mkdir(parents=True, exist_ok=True)
            save_image(image, turn % 360, folder / image_name(number, turn % 360))
    except Exception as exc:  # noqa: BLE001 - a help to the review page, not the record
        log.debug("page %d: not drawn for the review page by extract (%s)", number, exc)
