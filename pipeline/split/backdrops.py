"""Photos printed behind the text: a page's backdrop is background, not a photo of its layout.

A magazine may open a feature on a photo across the whole page, faded under a white veil,
with the titles and the first lines of the columns printed on it (the ``backdrop`` family:
a heritage magazine's opening pages). Read as a photo of the layout, the text on it is lost
to the columns: ``photo_text`` lifts the text set wholly on a photo out as a caption
overprinted on it, one region read without any cut at its gutters, so that each Vietnamese
line is chained to the English line beside it; ``run_around`` and ``photo_pieces`` take its
box for a shape the columns run around or stand beside. The text printed on it is the
page's own text in its columns, and the photo is no piece of the page's layout.

A photo is a backdrop (``backdrops``) when it reaches across the whole width of the page's
text (within ``REACH`` body sizes of its outer edges: a photo set into the columns, or a band
across a part of the page, leaves some of it free) and the text lying wholly on it stands in
columns: lines set in the body's size (within ``BODY_SLACK``), on at least ``COLUMN_ROWS``
rows in each of two columns or more, parted by a gutter (``GUTTER`` body sizes of white),
and on ``TEXT_ROWS`` rows or more in all. A
caption overprinted on a band across a photo's foot holds a few lines, in a smaller or
larger type; a cover's lines on a photo are display type; neither stands in columns of body
text. ``behind_text`` gives the page with its backdrops taken out of ``images``, which every
later step of the split (geometry, roles, the layout's own record of the photos) reads: the
page is read as the other pages of columns are. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import ON_PHOTO, Box, within
from magpipe.artifacts.pages import Page
from magpipe.split.gutters import white_gaps
from magpipe.split.pieces import GUTTER, Line, body_size_of, build_pieces, is_speck, rows

log = logging.getLogger(__name__)

REACH = 1.0          # x body size: how far inside the text's outer edges a backdrop may end
                     # (it runs off both sides of the page on the family's pages: 0 to the
                     # page's width, the text 43 pt in)
BODY_SLACK = 0.15    # relative: a line this close to the body's size is a line of body text
                     # (titles on the photo are set 1.5x and more, captions ~0.85x)
COLUMN_ROWS = 3      # fewest rows of body text on the photo in each of two columns ...
TEXT_ROWS = 8        # ... and in all: a short article's opening page prints 4 and 5 under its
                     # titles, a long one's 10-30 a column; a caption overprinted on a band
                     # across a photo holds 2 a language (feature's, side by side)


def _columns_on(photo: Box, text: list[Line], body: float) -> list[int]:
    """The rows of body text lying on the photo in each of its columns, left to right."""
    on = [p for p in text
          if within(p.box, photo, ON_PHOTO) and abs(p.size - body) <= BODY_SLACK * body]
    if not on:
        return []
    gaps = white_gaps([p.core for p in on], GUTTER * body)
    edges = [float("-inf"), *((lo + hi) / 2 for lo, hi in gaps), float("inf")]
    return [rows([p for p in on if lo < p.core[0] < hi])
            for lo, hi in zip(edges, edges[1:], strict=False)]


def _in_columns(counts: list[int]) -> bool:
    """Rows of body text in columns (``_columns_on``'s counts) as a page's columns hold them:
    two columns or more of ``COLUMN_ROWS`` rows, ``TEXT_ROWS`` in all."""
    return sum(n >= COLUMN_ROWS for n in counts) >= 2 and sum(counts) >= TEXT_ROWS


def backdrops(photos: tuple[Box, ...], pieces: list[Line], body: float) -> tuple[Box, ...]:
    """The photos of ``photos`` printed behind the page's text (see the module docstring):
    across the whole width of the text of ``pieces``, two columns of body text or more on
    them."""
    text = [p for p in pieces if not is_speck(p, body)]
    if not photos or not text:
        return ()
    left, right = min(p.box[0] for p in text), max(p.box[2] for p in text)
    reach = REACH * body
    return tuple(photo for photo in photos
                 if photo[0] <= left + reach and photo[2] >= right - reach
                 and _in_columns(_columns_on(photo, text, body)))


def behind_text(page: Page) -> Page:
    """The page with its backdrops (``backdrops``) taken out of its photos."""
    # (the rows counted on a backdrop are pieces lying on it, each of a word or more lying
    # on it too: a page with no photo holding TEXT_ROWS words has no backdrop, and its pieces
    # are not built here for nothing)
    if not any(sum(within(w.box, photo, ON_PHOTO) for w in page.words) >= TEXT_ROWS
               for photo in page.images):
        return page
    body = body_size_of(page.words)
    behind = backdrops(page.images, build_pieces(page.words, body), body)
    if not behind:
        return page
    log.info("page %d: %d photo(s) printed behind the text read as background", page.number,
             len(behind))
    return replace(page, images=tuple(b for b in page.images if b not in behind))
