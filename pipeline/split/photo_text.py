"""Text around a photo set into the columns: what belongs to the photo, and the lines wrapped
around it.

A photo set into the columns (in one column's part, or across the gutter of two) makes the
text wrap around it: the lines beside it are shortened, and its caption sits under it, or on
it, in the photo's own width. Read with the column text, a caption under a photo that
straddles a gutter bridges that gutter (the page's columns are no longer found, and rows of
both columns are read as one), a caption under a photo in a column's part shares rows with
the shortened lines beside it, and the shortened lines themselves look like the short lines
that end paragraphs, or like bylines set flush right.

``photo_text`` works on the pieces of a page before it is cut into regions:

* the text set wholly on a photo (a caption overprinted on a band across its foot) is lifted
  out, a region of its own read after the body's, on every photo: set on a picture, it is
  never the columns' text;
* for a photo the text wraps around (``photo_wraps.wrapped_sides``: lines beside it,
  shortened, and a full line of their column just above or under it, all of one language, the
  white between them no more than the text's leading, or than the wrap's offset more where the
  text runs on from one measure into the other; the other photos' captions under them are left
  to the region cut, which reads them as blocks of their own), the caption stacked under its
  foot is lifted out the same way, when none lies on it: the first piece starting within
  ``FIRST_GAP`` of the foot, each next within ``STACK_GAP`` of the one above, inside the
  photo's width, up to the first row of columns (the stack parted by a gutter: the column text
  under the photo; ``photo_stacks.stacked_under``). A piece that runs across the photo's edge
  there (a caption's line chained to the line beside it) is cut at the edge first;
* a photo of a row (``photo_rows.in_row``) is read the same way, and its caption may be set
  over it as well (a magazine that sets each photo's captions above it, ending level just
  over the row): the stack over its top is lifted out too (``_under`` with ``over``: the
  last piece ending within ``FIRST_GAP`` of the top, each above within ``STACK_GAP`` of the
  one under it, in the photo's width, up to the first row of columns), when set smaller than
  the page's text (``photo_rows.set_small``). The pieces over the row set that small are cut
  at the photo's edges first; the page's own lines ending over the row are left whole;
* and a line beside that photo or its caption (its near end within ``WRAP_GAP`` of the
  photo's edge) is measured as if it ran on across the photo: to the gutter that runs through
  the photo (found in the rows above and under it) when the photo straddles one, else, when
  no text stands on the photo's other side (or the text wraps it on one side only: the
  other side's text is another column's), to the photo's far edge (the column's edge it is
  set against). The shorter lines of its column on the photo's left (ragged, or ending a
  paragraph) are moved out by as much, so they stay as short. Its words do not change, only
  the box the geometry measures. The band the photo and its caption take is returned for
  ``run_around.across_empty_rows``, which joins a paragraph cut where the measure changes.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Word
from magpipe.split.photo_rows import SMALLER, in_row, set_alike, set_small, text_size
from magpipe.split.photo_size import large_photo
from magpipe.split.photo_stacks import FIRST_GAP, SIDE_SLACK, hung_on, on_photo, stacked_under
from magpipe.split.photo_wraps import WRAP_GAP, wrapped_sides
from magpipe.split.pieces import GUTTER, Line, make_line
from magpipe.split.side_captions import beside_photo

log = logging.getLogger(__name__)

EDGE_SPACE = 0.3     # x body size: the least white at a photo's edge that parts a caption's
                     # line from the line beside it (the edge falling in a word space of a
                     # line that runs under the photo is no wrap)
CAPTION_LINES = 12.0  # x body size: how far past a photo's edge its caption's lines may reach
NEAR_ROWS = 8.0      # x body size: how far above and under a photo rows show its gutter


def _cut_at_edges(words: tuple[Word, ...], pieces: list[Line], photo: Box, span: tuple[
        float, float], body: float, small: float | None = None) -> list[Line]:
    """Pieces whose middle lies in ``span`` (top, foot) and whose words leave white at one of
    the photo's edges (``EDGE_SPACE`` or more, the edge inside it: a caption's line chained to
    the line wrapped beside it), cut there; with ``small``, only those set smaller than that
    size (over a row of photos, where the page's text may end: its lines are left whole)."""
    out: list[Line] = []
    for p in pieces:
        centre = (p.box[1] + p.box[3]) / 2
        if not span[0] <= centre <= span[1] or len(p.words) < 2 or \
                (small is not None and p.size >= small):
            out.append(p)
            continue
        parts: list[list[int]] = [[]]
        for a, b in zip(p.words, p.words[1:], strict=False):
            parts[-1].append(a)
            end, start = words[a].box[2], words[b].box[0]
            if start - end >= EDGE_SPACE * body and \
                    any(end - 1 <= edge <= start + 1 for edge in (photo[0], photo[2])):
                parts.append([])
        parts[-1].append(p.words[-1])
        out.extend([p] if len(parts) == 1 else [make_line(words, part) for part in parts])
    return out


def _gutter_through(pieces: list[Line], photo: Box, foot: float, body: float
                    ) -> tuple[float, float] | None:
    """The widest white strip inside the photo's width, at least a gutter wide, between the
    text of the rows a little above the photo and a little under its caption (``foot``)."""
    reach = NEAR_ROWS * body
    spans = sorted(p.core for p in pieces
                   if (photo[1] - reach < p.box[3] <= photo[1] or foot <= p.box[1] < foot + reach)
                   and p.core[1] > photo[0] and p.core[0] < photo[2])
    if not spans:
        return None
    best, end = None, spans[0][1]
    for lo, hi in spans[1:]:
        if lo - end >= GUTTER * body and photo[0] < end and lo < photo[2] and \
                (best is None or lo - end > best[1] - best[0]):
            best = (end, lo)
        end = max(end, hi)
    return best


def _widened(pieces: list[Line], photo: Box, foot: float, body: float,
             sides: tuple[int, ...] = (0, 1)) -> list[Line]:
    """The lines beside the photo (or its caption, down to ``foot``) measured across it (see
    the module docstring). With no gutter through the photo, only those of ``sides``, the
    sides its text wraps on (``photo_wraps.wrapped_sides``): the text on its other side is
    another column's, past a gutter at its edge."""
    reach = WRAP_GAP * body
    rows = [p for p in pieces if p.box[3] > photo[1] + 1 and p.box[1] < foot - 1]
    left = [p for p in rows if p.box[2] <= photo[0] + 1 and photo[0] - p.box[2] <= reach]
    right = [p for p in rows if p.box[0] >= photo[2] - 1 and p.box[0] - photo[2] <= reach]
    gutter = _gutter_through(pieces, photo, foot, body)
    if gutter is None and len(sides) == 1:
        left, right = (left, []) if sides == (0,) else ([], right)
    if not left and not right:
        return pieces
    if gutter is None and left and right:
        return pieces           # text on both sides and no gutter seen: leave it be
    to_right = gutter[0] if gutter else photo[2]
    to_left = gutter[1] if gutter else photo[0]
    new = {id(p): replace(p, box=(p.box[0], p.box[1], to_right, p.box[3]),
                          core=(p.core[0], to_right)) for p in left}
    if left:
        # (the shorter lines of the same column, set flush left, ragged or ending a
        # paragraph, moved out by as much: they stay as short as they were; a justified
        # line's first word, a piece of its own, is no line)
        starts = sorted(p.box[0] for p in left)
        start, shift = starts[len(starts) // 2], to_right - max(p.box[2] for p in left)
        short = [p for p in rows if id(p) not in new and p.box[2] <= photo[0] + 1 and
                 abs(p.box[0] - start) <= SIDE_SLACK * body and
                 not any(q is not p and q.box[0] >= p.box[2] and q.box[2] <= photo[0] + 1
                         and min(p.box[3], q.box[3]) > max(p.box[1], q.box[1]) for q in rows)]
        new.update({id(p): replace(p, box=(p.box[0], p.box[1], p.box[2] + shift, p.box[3]),
                                   core=(p.core[0], p.core[1] + shift)) for p in short})
    new.update({id(p): replace(p, box=(to_left, p.box[1], p.box[2], p.box[3]),
                               core=(to_left, p.core[1])) for p in right})
    log.debug("photo at %s: %d lines left and %d right measured across it",
              [round(v) for v in photo], len(left), len(right))
    return [new.get(id(p), p) for p in pieces]


def _caption_only(under: list[Line], pieces: list[Line], photos: tuple[Box, ...],
                  body: float) -> list[Line]:
    """The stack under a wrapped photo up to its first line set at the page's text size
    (``photo_rows.text_size``), when the stack opens in smaller type (``SMALLER``): a
    caption set in a type of its own, the wrapped text running on under it (the last line of
    a paragraph, short, at the column's edge, within the photo's width), which is no
    caption's. The stack is cut where the text size runs to its end: a line at that size
    with lines of the caption's smaller type after it (its credit set larger, ``Ảnh - NAME``
    between the Vietnamese caption and the English one) is the caption's. On a text layer
    only: a scan's line heights swing with OCR's boxes."""
    size = text_size(pieces, photos, body)
    if size is None or under[0].size >= SMALLER * size:
        return under
    cut = len(under)
    while cut > 0 and under[cut - 1].size >= SMALLER * size:
        cut -= 1
    return under[:cut]


def photo_text(words: tuple[Word, ...], pieces: list[Line], photos: tuple[Box, ...],
               body: float, exact: bool = True) -> tuple[list[list[Line]], list[Line], list[Box]]:
    """Each photo's text, top to bottom (a group of the pieces on it, then a group of those
    stacked under it; empty groups left out), the pieces left, those wrapped around a
    photo widened across it (see the module docstring), and the band each wrapped photo
    takes (its box down to its caption's foot: the text's measure changes at its top and
    foot, where ``run_around.across_empty_rows`` joins a paragraph cut there)."""
    groups: list[list[Line]] = []
    bands: list[Box] = []
    for photo in sorted(photos, key=lambda b: (b[1], b[0])):
        if not large_photo(photo, body):
            continue
        wrapped, narrow = wrapped_sides(pieces, photo, body, photos, exact)
        row = not wrapped and in_row(photo, photos, body)     # (its caption: as a wrapped one's)
        room = (FIRST_GAP + CAPTION_LINES) * body               # (room for a caption's lines)
        if wrapped or row:
            pieces = _cut_at_edges(words, pieces, photo, (photo[1], photo[3] + room), body)
        if row:                 # (over a row: a caption's lines only, see _cut_at_edges)
            size = text_size(pieces, photos, body)
            pieces = _cut_at_edges(words, pieces, photo, (photo[1] - room, photo[1]), body,
                                   None if size is None else SMALLER * size)
        on = [p for p in pieces if on_photo(p, photo)]
        # (and its lines on a card hung over the photo's top or foot, past the edge)
        on = [*hung_on(pieces, on, photo, body, True, exact), *on,
              *hung_on(pieces, on, photo, body, False, exact)]
        taken = {id(p) for p in on}
        # (a caption is set on its photo or under it: text under a captioned photo is the
        # columns'; under a photo the text does not wrap around, the region cut finds it)
        under = stacked_under(pieces, photo, body, taken) if (wrapped or row) and not on else []
        if wrapped and under and exact:     # (OCR's line heights swing too much for it)
            under = _caption_only(under, pieces, photos, body)
        if row and not set_small(under, pieces, photos, body):
            under = []          # (a column's text going on under a photo of a row: photo_rows)
        taken.update(id(p) for p in under)
        # (or over it: a row's captions set above the photos, each in its photo's width)
        over = stacked_under(pieces, photo, body, taken, over=True) if row and not on else []
        if not set_small(over, pieces, photos, body):
            over = []           # (the page's text ending right over the row: the columns')
        if over and under and row and set_alike(over, under):
            taken.difference_update(id(p) for p in under)   # (the columns' text over the
            over, under = [], []                            # row and under it: tiers)
        taken.update(id(p) for p in over)
        beside = [] if wrapped else beside_photo(pieces, photo, body)    # (side_captions)
        taken.update(id(p) for side in beside for p in side)
        if on or under or over:
            log.debug("photo at %s: %d pieces on it, %d under it, %d over it",
                      [round(v) for v in photo], len(on), len(under), len(over))
        groups.extend(g for g in (over, on, under, *beside) if g)
        pieces = [p for p in pieces if id(p) not in taken]
        if wrapped:
            # (the lines beside the caption, or beside a caption not found under it, down
            # to the narrow measure's foot)
            foot = max([photo[3], *(p.box[3] for p in under)])
            pieces = _widened(pieces, photo, max(foot, narrow + 1), body, wrapped)
            bands.append((*photo[:3], foot))
    return groups, pieces, bands
