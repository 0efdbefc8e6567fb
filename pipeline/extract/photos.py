"""Which of a page's pictures are photographs: the boxes ``Page.images`` records.

A caption is told by the photo it sits under, so extract keeps the box of every photograph on a
page. On a born-digital page the boxes come from PDFium's image objects (``pdftext``); on a
scanned page from the photo regions the OCR path found to blank them (``ocr.photomask``). Both
go through :func:`photo_boxes`, which drops what is no photograph: a picture too small to carry
a caption (a logo, an icon, a bullet, a rule drawn as an image), and a picture that is the page
itself (the scan under an OCR text layer, a full-page background or tint).

Pure functions, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.base import Box, union

# A photograph is at least this many points on its shorter side (about 8 mm, the size the
# scanned path's ``photomask.MIN_SIDE`` asks at 300 dpi): logos, icons, bullets and ornaments
# set as images are smaller, and none of them is captioned.
MIN_PHOTO_SIDE = 24.0
# A picture covering this share of the page is the page (a scan with a text layer over it, a
# full-page background), not a photograph on it; extract's ``SCAN_COVERAGE`` uses the same
# share to call a page image a scan.
BACKGROUND_SHARE = 0.85
# Pictures whose boxes overlap or touch within this many points are one photograph: a PDF may
# store a photo as strips or tiles, and a frame or mask as a second image over it.
TILE_GAP = 1.0


def _near(a: Box, b: Box) -> bool:
    return (a[0] <= b[2] + TILE_GAP and b[0] <= a[2] + TILE_GAP
            and a[1] <= b[3] + TILE_GAP and b[1] <= a[3] + TILE_GAP)


def _merged(boxes: list[Box]) -> list[Box]:
    """Boxes that overlap or touch joined into one, until none do."""
    out: list[Box] = []
    for box in boxes:
        while True:
            hit = next((k for k, other in enumerate(out) if _near(box, other)), None)
            if hit is None:
                break
            box = union((box, out.pop(hit)))
        out.append(box)
    return out


def photo_boxes(boxes: list[Box] | tuple[Box, ...], width: float, height: float
                ) -> tuple[Box, ...]:
    """The photographs among a page's picture boxes (points, origin top-left), clipped to the
    page, tiles joined, in reading order (top to bottom, then left to right)."""
    area = width * height

    def background(box: Box) -> bool:
        return area > 0 and (box[2] - box[0]) * (box[3] - box[1]) >= BACKGROUND_SHARE * area

    clipped: list[Box] = []
    for x0, top, x1, bottom in boxes:
        box = (max(0.0, x0), max(0.0, top), min(width, x1), min(height, bottom))
        # a background is dropped before tiles are joined: every photo lies on it
        if box[2] > box[0] and box[3] > box[1] and not background(box):
            clipped.append(box)
    kept = [(round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))
            for x0, top, x1, bottom in _merged(clipped)
            if min(x1 - x0, bottom - top) >= MIN_PHOTO_SIDE
            and not background((x0, top, x1, bottom))]
    return tuple(sorted(kept, key=lambda b: (b[1], b[0])))
