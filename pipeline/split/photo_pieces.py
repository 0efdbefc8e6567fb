"""Photos as pieces of the page's XY cut: a large photo holds its place among the columns.

The XY cut (``xycut.xy_cut``) sees only text. A large photo set over some of a page's columns,
with a column of text beside it, leaves white where it stands: the cut then slices the page
across the photo at the paragraph gaps of the column beside it (that column's first
paragraphs read before the text under the photo, whose columns come first), and the lines
beside the photo's top read with a title right above them. Set among the pieces as a block of
its own, the photo keeps its columns apart from the one beside it, as on the page: a gutter
runs beside the photo, not through it, and no slice cuts across it.

``standing`` gives a piece for each photo at least ``MIN_PHOTO`` body sizes wide and tall
that no text piece crosses (text the lines wrap around a photo is measured across it,
``photo_text``, and is left to that), that lies in the band cut and that heads the columns
with a column of text beside it: lines beside it from one whose top is level with the
photo's (``LEVEL_TOP``) down past the photo's middle. Other photos leave the cut as it was:
a photo across the page, or beside a caption or set lower down, is read with the lines
around it as before (held among them it would hold on to a title line or a caption's first
line set close to it); ``without`` takes them
out of the cut's regions, cutting again a region that held one with text. Pure logic, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable

from magpipe.artifacts.base import Box
from magpipe.split.photo_size import large_photo
from magpipe.split.pieces import Line

Span = tuple[float, float]

CAPTION_GAP = 1.5    # x body size: a region whose top lies this close under a photo's foot ...
PART_WIDTH = 0.6     # ... within its width, and this share of it wide at most, is a caption
                     # under a part of the photo (one of its halves): no column of the page
SIDE_SLACK = 0.5     # x body size: how far a caption may stand out of the photo's width
NEAR = 3.0           # x body size: the column beside a photo stands this far off it at most (a
                     # gutter, and a credit set upright in it; a leaflet's next panel is further)
EDGE = 0.5           # points: a column edge this close to a photo's is the photo's
CAPTION_DEPTH = 8.0  # x body size: a caption held to its photo ends this far under it at most
TOP_SLACK = 1.5      # x body size: a photo's piece starts this far under its top
LEVEL_TOP = 1.5      # x body size: a column beside a photo starting this close to its top's
                     # level heads the page's columns with it


def _crosses(p: Line, photo: Box) -> bool:
    return p.box[0] < photo[2] and photo[0] < p.box[2] and p.box[1] < photo[3] and \
        photo[1] < p.box[3]


def _column_beside(pieces: list[Line], photo: Box, body: float) -> bool:
    """A column of text stands beside the photo on one side: a line whose top is level with
    the photo's, and lines down past the photo's middle (a caption set beside a photo stops
    short of it)."""
    middle = (photo[1] + photo[3]) / 2
    for side in (0, 1):
        beside = [p for p in pieces if (0 <= p.box[0] - photo[2] <= NEAR * body if side
                                        else 0 <= photo[0] - p.box[2] <= NEAR * body)
                  and photo[1] - LEVEL_TOP * body <= p.box[1] < photo[3]]
        if any(abs(p.box[1] - photo[1]) <= LEVEL_TOP * body for p in beside) and \
                any(p.box[3] >= middle for p in beside):
            return True
    return False


def standing(photos: tuple[Box, ...], pieces: list[Line], body: float) -> list[Line]:
    """A piece for each photo that holds its place among ``pieces`` (see the module)."""
    if not pieces:
        return []
    top, bottom = min(p.box[1] for p in pieces), max(p.box[3] for p in pieces)
    out = []
    for photo in photos:
        if not large_photo(photo, body) or \
                photo[3] <= top or photo[1] >= bottom or \
                any(_crosses(p, photo) for p in pieces) or \
                not _column_beside(pieces, photo, body):
            continue
        # (its piece starts a little under its top: a line set close above the photo, a
        # title's or a lead's last, is not held to it)
        box = (photo[0], photo[1] + TOP_SLACK * body, photo[2], photo[3])
        out.append(Line(words=(), box=box, size=body, bold=False, text="", base=photo[3],
                        cw=0.0, core=(photo[0], photo[2])))
    return out


def _held_captions(kept: list[Line], photos: list[Line], body: float) -> bool:
    """All the text a region holds with its photos lies right under one of them, in its width,
    a few lines deep (``CAPTION_DEPTH``): its caption, not its column's text."""
    return all(any(p.box[1] >= ph.box[3] and ph.box[0] <= p.box[0] and p.box[2] <= ph.box[2]
                   and p.box[3] - ph.box[3] <= CAPTION_DEPTH * body for ph in photos)
               for p in kept)


def _text_edges(column: Span | None, region: list[Line], placed: list[Line]) -> Span | None:
    """A column range with an edge the cut took from a photo beside the region's text (the
    side of a cut holding both) moved to the text's own edge."""
    if column is None:
        return None
    lo, hi = column
    if any(abs(lo - ph.box[0]) < EDGE for ph in placed):
        lo = min(p.box[0] for p in region)
    if any(abs(hi - ph.box[2]) < EDGE for ph in placed):
        hi = max(p.box[2] for p in region)
    return (lo, hi)


def without(regions: list[tuple[list[Line], Span | None]], placed: list[Line],
            cut: Callable[[list[Line], Span | None], list[tuple[list[Line], Span | None]]],
            body: float) -> list[tuple[list[Line], Span | None]]:
    """The cut's regions with the photos' pieces taken out: a region that held one with text
    (a photo and the captions under its halves, which it kept from being cut apart) is cut
    again without it (``cut``: the XY cut of some pieces in a column); a region of the photo
    alone goes."""
    if not placed:
        return regions
    ids = {id(p) for p in placed}
    out: list[tuple[list[Line], Span | None]] = []
    for region, column in regions:
        kept = [p for p in region if id(p) not in ids]
        if len(kept) == len(region):
            out.append((region, _text_edges(column, region, placed)))
        elif kept:
            # (a column's range is its text's, not the photo's, and none when its text is the
            # photo's caption held to it; the parts cut again are the photo's, no columns)
            if column is not None:
                held = [p for p in region if id(p) in ids]
                column = None if _held_captions(kept, held, body) \
                    else _text_edges(column, kept, held)
            out.extend((part, column) for part, _ in cut(kept, column))
    return out


def _caption_under(region: list[Line], photos: list[Line], body: float) -> bool:
    """The region lies right under a part of one of the photos (see ``CAPTION_GAP``)."""
    x0, top = min(p.box[0] for p in region), min(p.box[1] for p in region)
    x1 = max(p.box[2] for p in region)
    slack = SIDE_SLACK * body
    return any(0 <= top - ph.box[3] <= CAPTION_GAP * body and x0 >= ph.box[0] - slack
               and x1 <= ph.box[2] + slack and x1 - x0 <= PART_WIDTH * (ph.box[2] - ph.box[0])
               for ph in photos)


def cut_with_photos(band: list[Line], photos: tuple[Box, ...], body: float,
                    cut: Callable[[list[Line], Span | None], list[tuple[list[Line], Span | None]]]
                    ) -> list[tuple[list[Line], Span | None]]:
    """The regions of the XY cut (``cut``) of ``band`` with its standing photos among its
    pieces (see the module); the captions right under a part of a photo (under its halves,
    side by side) give no column of the page: their x ranges are the photo's parts, and
    would make the text under the photo look as if it spanned two columns."""
    placed = standing(photos, band, body)
    if not placed:
        return cut(band, None)
    return [(region, None if column and _caption_under(region, placed, body) else column)
            for region, column in without(cut(band + placed, None), placed, cut, body)]
