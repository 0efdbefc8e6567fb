"""Photos cut on the slant: the text set under a slanted foot is the columns' text, not the photo's.

A magazine may open an article with a photo across the text width whose lower edge is cut on a
straight slant (deeper at one side than the other), the text under it set in a shaped frame:
each line as long as the slanted edge above it allows, so the lines beside the slant end along
the diagonal (the deep side right) or start along it (the deep side left). The photo's box is
the rectangle round the picture, down to the slant's deep corner: the shaped lines lie inside
it. Read as lines on a photo, they are lifted out as a caption overprinted on it
(``photo_text``), their rows read across the gutter as one line; read as lines under it, each
column's first lines are short lines under a photo (captions, asides).

A photo has a slanted foot (``slant_of``) when the text lying in its box outlines a straight
edge facing the picture (``_edge``): the rows' far ends (their right ends for an edge falling to
the right, their left ends for one falling to the left), taken top to bottom, each reaching
further than every row above it, touch a straight line with none of them standing above it
(``EDGE_SLACK``), at least ``SLANT_POINTS`` of them spread over ``SPREAD`` of the photo's width
(a column's full lines under the edge, reaching its far side, stand lower); the line falls
``DEPTH`` body sizes or more over the photo's width (a level foot, a caption band across it,
is no slant), no more steeply than ``STEEPEST`` (a photo's side), and reaches the box's foot at
its deep side (``FOOT_REACH``: the box ends at the slant's deep corner). The evidence is the
text's own outline; on a scan the photo's box is found from its pixels, the same outline.

``slanted_feet`` gives the page with each such photo's box ending above the first line in it
(``CLEAR``): the part of the picture over the whole text width, which every later step of the
split (geometry, roles, the layout's own record of the photos) reads; the shaped lines are then
the columns' first lines under a photo, those starting along the edge measured from their
column's edge (``shaped_lines``, in the geometry). A fill drawn in the photo's box down to
its foot is the picture's part under the slant painted out in the paper's colour (the shaped
text printed on it): it goes with the part of the box cut away, or it reads as a panel holding
the columns' first lines (``drawn_boxes``: a box of no article). Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from magpipe.artifacts.base import ON_PHOTO, Box, within
from magpipe.artifacts.pages import DrawingKind, Page
from magpipe.split.pieces import Line, body_size_of, build_pieces, is_speck

log = logging.getLogger(__name__)

SLANT_POINTS = 3     # fewest rows along the edge (a two-column page's per-language column
                     # shows one shaped line a column: four columns, four on the edge, with
                     # the full lines between them)
EDGE_SLACK = 1.5     # x body size: most a row on the frontier stands off the edge,
                     # up or down (ragged lines fall short of the edge by a word: along a slant
                     # of one line in 4-6 points across, a few points of height)
DEPTH = 2.0          # x body size: least the edge falls over the photo's width
STEEPEST = 1.0       # most the edge falls a point across (45 degrees): lines shortened a body
                     # size or less a row follow a photo's side, not its foot (run_around's)
SPREAD = 0.5         # share of the photo's width the frontier spans
FOOT_REACH = 4.0     # x body size: most the edge at the photo's deep side stands off its foot
                     # (ragged lines fall short of the edge: the edge through their ends
                     # stands lower, 3.4 on slant-1-scanned, whose OCR sizes run small)
ROW = 0.5            # x body size: pieces whose tops lie this close are set on one row
CLEAR = 0.5          # x body size: white left between the trimmed foot and the first line
FIRST_GAP = 1.0      # x body size: the first line under a trimmed foot lies this close under it
                     # (CLEAR, and the rounding of word boxes)
ROW_BELOW = 2.0      # x body size: how far under the edge's last line a column's near edge is
                     # read (the row under it: a full line of the column)


def _inside(box: Box, photo: Box) -> bool:
    """The box lies in the photo's width and its middle in the photo's height."""
    return photo[0] - 1 <= box[0] and box[2] <= photo[2] + 1 and \
        photo[1] < (box[1] + box[3]) / 2 < photo[3]


def _in_box(pieces: list[Line], photo: Box) -> list[Line]:
    """The pieces lying in the photo's box (``_inside``)."""
    return [p for p in pieces if _inside(p.box, photo)]


def _frontier(pieces: list[Line], right: bool, body: float) -> list[tuple[float, float]]:
    """(far end, top) of the rows that reach further than every row above them, top to bottom:
    each row's furthest right end (``right``) or left end (negated, so that further is more).
    A row is the pieces whose tops lie within ``ROW`` of its first's (a justified line's wide
    spaces cut it into pieces; the columns' lines set level with it)."""
    rows: list[tuple[float, float]] = []          # (far end, top) of each row
    for p in sorted(pieces, key=lambda p: p.box[1]):
        end = p.box[2] if right else -p.box[0]
        if rows and p.box[1] - rows[-1][1] <= ROW * body:
            rows[-1] = (max(rows[-1][0], end), rows[-1][1])
        else:
            rows.append((end, p.box[1]))
    points = []
    best = float("-inf")
    for end, top in rows:
        if end > best:
            points.append((end, top))
            best = end
    return points


@dataclass(frozen=True)
class Edge:
    """A slanted edge the text under it outlines: top = a + b x, x the far end (negated for
    an edge falling to the left), over the frontier's points down to ``foot``."""

    right: bool             # falling to the right: the lines end along it
    a: float
    b: float
    foot: float             # the top of the frontier's last row on the edge

    def far(self, p: Line) -> float:
        return p.box[2] if self.right else -p.box[0]

    def off(self, p: Line) -> float:
        """How far the piece's top stands under the edge over its far end (negative: above)."""
        return p.box[1] - (self.a + self.b * self.far(p))


def _edge(text: list[Line], width: float, body: float, right: bool) -> Edge | None:
    """The straight edge the pieces' frontier (``_frontier``) follows, falling to the right or
    the left: of the lines through two of its points with no point above them (by more than
    ``EDGE_SLACK``: the picture's side), the one most points lie on (within ``EDGE_SLACK``; a
    column's lines under the edge that reach its far side stand lower), the closest to them
    of those that hold as many, at least ``SLANT_POINTS`` of them, spread over ``SPREAD`` of
    the width, falling ``DEPTH`` body sizes or more over the width and no more steeply than
    ``STEEPEST``; None when there is none."""
    points = _frontier(text, right, body)
    slack = EDGE_SLACK * body
    best: tuple[int, float, Edge] | None = None
    for i, (x0, y0) in enumerate(points):
        for x1, y1 in points[i + 1:]:
            if x1 <= x0:
                continue
            b = (y1 - y0) / (x1 - x0)
            if b * width < DEPTH * body or b > STEEPEST:
                continue
            a = y0 - b * x0
            offs = [y - (a + b * x) for x, y in points]
            if min(offs) < -slack:
                continue
            on = [(x, y, off) for (x, y), off in zip(points, offs, strict=True) if off <= slack]
            xs = [x for x, _, _ in on]
            if len(on) < SLANT_POINTS or max(xs) - min(xs) < SPREAD * width:
                continue
            key = (len(on), -sum(abs(off) for _, _, off in on))
            if best is None or key > best[:2]:
                best = (*key, Edge(right, a, b, max(y for _, y, _ in on)))
    if best is None:
        return None
    edge = best[2]
    if any(edge.off(p) < -slack for p in text if p.box[1] <= edge.foot):
        return None                                  # text on the picture's side of the edge
    return edge


def slant_of(photo: Box, pieces: list[Line], body: float) -> Edge | None:
    """The slanted edge of the photo's foot, with the text set under it (see the module
    docstring): the text in its box outlines the edge, which reaches the box's foot at its
    deep side."""
    text = [p for p in _in_box(pieces, photo) if not is_speck(p, body)]
    for right in (True, False):
        edge = _edge(text, photo[2] - photo[0], body, right)
        deep = photo[2] if right else -photo[0]
        if edge and abs(edge.a + edge.b * deep - photo[3]) <= FOOT_REACH * body:
            return edge
    return None


def slanted_feet(page: Page) -> Page:
    """The page with each photo cut on the slant (``slant_of``) ending above its text."""
    # (a photo with fewer words in its box than rows along an edge has no slanted foot: the
    # page's pieces are not built here for nothing)
    if not any(sum(_inside(w.box, photo) for w in page.words) >= SLANT_POINTS
               for photo in page.images):
        return page
    body = body_size_of(page.words)
    pieces = build_pieces(page.words, body)
    photos = []
    cut: list[tuple[Box, float]] = []       # each slanted photo's box and its foot read
    for photo in page.images:
        if slant_of(photo, pieces, body) is not None:
            top = min(p.box[1] for p in _in_box(pieces, photo) if not is_speck(p, body))
            foot = max(photo[1], top - CLEAR * body)
            log.info("page %d: photo cut on the slant, its foot %.0f read at %.0f", page.number,
                     photo[3], foot)
            photos.append((photo[0], photo[1], photo[2], foot))
            cut.append((photo, foot))
        else:
            photos.append(photo)
    if not cut:
        return page
    drawings = tuple(d for d in page.drawings
                     if not (d.kind == DrawingKind.FILL and any(
                         within(d.box, photo, ON_PHOTO) and d.box[3] >= photo[3] - ON_PHOTO
                         and d.box[3] > foot for photo, foot in cut)))
    return replace(page, images=tuple(photos), drawings=drawings)


def shaped_lines(pieces: list[Line], photos: tuple[Box, ...], body: float) -> list[Line]:
    """The pieces with the lines that start along a slanted edge under a photo measured from
    their column's edge (the geometry's pieces, under the photos ``slanted_feet`` trimmed).

    Under a photo's foot, the text starting within ``FIRST_GAP`` of it whose frontier follows
    a slanted edge (``_edge``) is the shaped frame's: each piece of its that starts on an
    edge falling to the left is measured from the column's near edge, the furthest start of
    the pieces under it that share its width, down to a row under the edge's last line
    (``ROW_BELOW``), as if the shape were not there (an edge found falling either way tells
    no frame: the page is left alone). Read as it stands, a shaped line short of
    half its column, flush right, reads as a byline and is cut from its paragraph. The words
    never change, only the box the geometry measures. Lines ending along an edge falling to
    the right are left as they stand: the edge's slope reads the end it allows a line only
    to a few body sizes, and the paragraph rules read a short line's end with the sentence's
    end the text shows.
    """
    out = list(pieces)
    for photo in photos:
        under = [k for k, p in enumerate(out)
                 if photo[0] - 1 <= p.box[0] and p.box[2] <= photo[2] + 1
                 and p.box[1] >= photo[3] - 1 and not is_speck(p, body)]
        text = [out[k] for k in under]
        if not text or min(p.box[1] for p in text) - photo[3] > FIRST_GAP * body:
            continue
        edge = _edge(text, photo[2] - photo[0], body, False)
        if edge is None or _edge(text, photo[2] - photo[0], body, True) is not None:
            continue
        for k in under:
            p = out[k]
            if p.box[1] > edge.foot + 1 or abs(edge.off(p)) > EDGE_SLACK * body:
                continue
            near = min((q.box[0] for q in text if p.box[1] < q.box[1] <= edge.foot + ROW_BELOW
                        * body and q.box[0] < p.box[2] and p.box[0] < q.box[2]),
                       default=p.box[0])
            if near < p.box[0]:
                out[k] = replace(p, box=(near, *p.box[1:]),
                                 core=(p.core[0] - (p.box[0] - near), p.core[1]))
    return out
