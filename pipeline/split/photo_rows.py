"""Photos set side by side in a row, each captioned under it (or over it) in its own measure.

A row of photos (a strip across the page, a grid of pictures) leaves only the narrow white
between two photos as the gutter between their captions: often narrower than the gutter
between two columns of the page's text, and in a face whose boxes stand tall, beside captions
of two or three lines, too short for the XY cut to read as one (its columns need rows a body
size apart on each side). Read with the text around them, the captions of a row run together
line by line across the photos, whether they are set under the photos or over them (a
magazine that sets each photo's captions above it, ending level just over the row).

``in_row``: a photo at least ``MIN_PHOTO`` body sizes wide and tall that stands level beside
another such photo (their heights sharing ``LEVEL`` of the shorter one) with at most
``MOST_APART`` body sizes of white between them, in a row of at least ``ROW_PHOTOS`` such
level photos. ``photo_text`` treats such a photo as it
treats one set into the columns: a caption's line chained to the next caption's at the
photo's edge is cut there, and the caption stacked under the photo (or over it) is lifted
out, a region of its own (each photo's caption apart from its neighbours'), when
``set_small`` says it is set smaller than the page's text away from the photos (the median
height of its lines under ``SMALLER`` of theirs, ``text_size``: the pieces lying neither
within ``REACH`` body sizes under or over a photo nor beside one, in its width or ``NEAR``
body sizes off its edges; a page of photos and their captions alone, with fewer than
``TEXT_LINES`` such pieces, sets no text of its own): a photo of a row that fills its column,
the column's text going on under it (or ending over it), keeps that text in the column.
Pure logic, no I/O.
"""

from __future__ import annotations

from statistics import median_high

from magpipe.artifacts.base import Box
from magpipe.split.photo_size import large_photo
from magpipe.split.pieces import Line
from magpipe.split.xycut import TITLE_SIZE

LEVEL = 0.5         # share of the shorter photo's height two photos of one row share
MOST_APART = 3.0    # x body size: the most white between two photos of one row (wider, text
                    # may stand between them: a column of its own)
ROW_PHOTOS = 3      # fewest photos level across the page that make a row: two level photos
                    # are as often two stories' modules side by side, each caption read in
                    # its story's column (a front page), as a row of pictures
SMALLER = 0.95      # share of the page's text's median line height a caption's stays under
REACH = 12.0        # x body size: how far under (or over) a photo its caption reaches
NEAR = 2.0          # x body size: how far off a photo's side a caption beside it may stand
TEXT_LINES = 3      # fewest pieces away from the photos that show the page's own text


def level_photos(a: Box, b: Box) -> bool:
    """The two photos stand level: their heights share ``LEVEL`` of the shorter one's."""
    return min(a[3], b[3]) - max(a[1], b[1]) >= LEVEL * min(a[3] - a[1], b[3] - b[1])


def in_row(photo: Box, photos: tuple[Box, ...], body: float) -> bool:
    """The photo stands in a row of photos side by side (see the module)."""
    if not large_photo(photo, body):
        return False
    level = [other for other in photos if other != photo and large_photo(other, body) and
             level_photos(photo, other)]
    return len(level) + 1 >= ROW_PHOTOS and \
        any(0 < max(other[0] - photo[2], photo[0] - other[2]) <= MOST_APART * body
            for other in level)


def _near_photo(p: Line, photo: Box, body: float) -> bool:
    """The piece lies under the photo or over it (within ``REACH``: a caption set above its
    photo) or beside it, in its width or ``NEAR`` off its edges."""
    return p.box[0] < photo[2] + NEAR * body and photo[0] - NEAR * body < p.box[2] and \
        photo[1] - REACH * body < p.box[3] and p.box[1] < photo[3] + REACH * body


def text_size(pieces: list[Line], photos: tuple[Box, ...], body: float) -> float | None:
    """The median size of the page's text away from the photos, its titles (lines set a
    title's step, ``xycut.TITLE_SIZE``, over the body size the page is measured by) left
    out; None when the page sets fewer than ``TEXT_LINES`` such pieces, titles counted (a
    page of photos and their captions alone). Where its titles alone stand away from the
    photos (a row of photos across the text width between two tiers of columns: tiers) the
    page's text is at the body size: measured by its titles, the columns' text would look
    small, a caption's."""
    text = [p for p in pieces if not any(_near_photo(p, ph, body) for ph in photos)]
    if len(text) < TEXT_LINES:
        return None
    plain = [p.size for p in text if p.size <= TITLE_SIZE * body]
    return median_high(plain) if len(plain) >= TEXT_LINES else body


def set_alike(a: list[Line], b: list[Line]) -> bool:
    """Neither stack's lines are set smaller (``SMALLER``) than the other's: the text over a
    row of photos and under it set in one type is the columns' text running past the row (a
    row between two tiers of columns), where a row's captions stand on one side of it in
    their own smaller type."""
    sa, sb = median_high(p.size for p in a), median_high(p.size for p in b)
    return sa >= SMALLER * sb and sb >= SMALLER * sa


def set_small(stack: list[Line], pieces: list[Line], photos: tuple[Box, ...],
              body: float) -> bool:
    """The lines of ``stack`` are set smaller than the page's text away from the photos, or
    the page has no such text (see the module)."""
    if not stack:
        return False
    size = text_size(pieces, photos, body)
    return size is None or median_high(p.size for p in stack) < SMALLER * size
