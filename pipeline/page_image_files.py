"""The files of the review page's page images, as both extract (which draws a text-layer
page's image while the page is loaded: ``extract.review_images``) and the review page
(``archive.page_images``) write them: resolution, JPEG quality, size limit, file name. A
module of its own, importing neither, so that importing the batch layer (which imports the
review page's module) loads no stage.
"""

from __future__ import annotations

from pathlib import Path

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
