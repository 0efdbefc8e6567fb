"""Captions stacked at a photo's edge: the pieces set right under (or over) a photo in its
width, one under the other.

``stacked_under`` reads the stack from a photo's foot down (or, with ``over``, from its top
up): the first piece within ``FIRST_GAP`` body sizes of the edge, each next within
``STACK_GAP`` of the one before, inside the photo's width (``SIDE_SLACK`` of slack), up to
the first row of columns (a gutter parting two pieces of one row: the column text under
the photo). ``photo_text`` and ``run_around`` lift a wrapped or run-around photo's caption
with it; ``on_photo`` tells a piece set wholly on a photo.

``hung_on`` carries a caption set on a photo on across its foot or top: a card hung over
the photo's edge (a lifestyle or in-flight magazine's, ``hangcard``) holds the caption's
first lines on the photo and the rest on the page past it, or a line across the edge.
``photo_text`` lifts the pieces past the edge with those on the photo, so the caption is
read as one block, with its twin and its credit, not cut in two at the edge. The lines
past the edge must keep the stack's alignment, type and measure and its leading; a card
hung over a photo's side (each line across the edge, none wholly on the photo) is left to
the region cut.

Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.base import ON_PHOTO, Box, within
from magpipe.split.gutters import column_gutters
from magpipe.split.pieces import Line

FIRST_GAP = 1.2      # x body size: the most white between a photo's foot and its caption
STACK_GAP = 1.0      # x body size: the most white between two lines of one caption
SIDE_SLACK = 0.5     # x body size: how far a caption's line may stand out of the photo's width
CARD_SIZE = 0.06     # relative: a caption's lines past a photo's edge are set in the type of
                     # its lines on the photo (one card's caption, one size: a text layer
                     # gives sizes to a tenth of a point, hangcard's 7.5 and 7.6 for one
                     # card's two languages; a column's text under an overprinted caption is
                     # set a point larger, feature's 9.1 under 8.2)
SCAN_CARD_SIZE = 0.5  # relative: the same on a scan, where OCR's line heights swing with the
                      # letters (a line of capitals, descenders, a credit in brackets):
                      # hangcard's scans read 3.1 to 6.7 points for one card's 7.6 point type


def on_photo(p: Line, photo: Box) -> bool:
    """The piece lies wholly on the photo (``ON_PHOTO`` of slack for rounding)."""
    return within(p.box, photo, ON_PHOTO)


def within_width(p: Line, photo: Box, slack: float) -> bool:
    """The piece lies inside the photo's width, ``slack`` to each side."""
    return p.box[0] >= photo[0] - slack and p.box[2] <= photo[2] + slack


def stacked_under(pieces: list[Line], photo: Box, body: float, taken: set[int],
                  over: bool = False) -> list[Line]:
    """The pieces stacked under the photo's foot within its width (see the module docstring: the
    first piece within ``FIRST_GAP`` of the foot, each next within ``STACK_GAP``);
    with ``over``, those stacked over its top (a caption set above its photo: its last line
    within ``FIRST_GAP`` of the top, each line within ``STACK_GAP`` of the one under it, up
    to the first row of columns over it), top to bottom."""
    slack = SIDE_SLACK * body
    edge = photo[1] if over else photo[3]
    near = sorted((p for p in pieces if id(p) not in taken and _white(edge, p, over) >= -slack
                   and within_width(p, photo, slack)), key=lambda p: _white(edge, p, over))
    out = _stack(near, edge, FIRST_GAP * body, STACK_GAP * body, over)
    gutters = column_gutters(out, body) if len(out) > 1 else []
    rows = [p for p in out if any(_across(p, q, g) for q in out for g in gutters)]
    if rows:
        # columns under (over) a photo as wide as them: no caption, from their nearest row on
        out = [p for p in out if p.box[1] >= max(q.box[3] for q in rows)] if over else \
            [p for p in out if p.box[3] <= min(q.box[1] for q in rows)]
    return sorted(out, key=lambda p: (p.box[1], p.box[0])) if over else out


def _white(edge: float, p: Line, over: bool) -> float:
    """The white from a stack's edge out to the piece (up from the edge with ``over``)."""
    return edge - p.box[3] if over else p.box[1] - edge


def _stack(near: list[Line], edge: float, first: float, gap: float, over: bool) -> list[Line]:
    """The pieces of ``near`` (nearest the edge first) stacked out from ``edge``: the first
    within ``first`` of it, each next within ``gap`` of the stack's far edge so far."""
    out: list[Line] = []
    for p in near:
        if _white(edge, p, over) > first:
            break
        out.append(p)
        edge, first = (min(edge, p.box[1]) if over else max(edge, p.box[3])), gap
    return out


def _across(p: Line, q: Line, gutter: tuple[float, float]) -> bool:
    """``p`` and ``q`` share a row, on the two sides of ``gutter``."""
    return min(q.box[3], p.box[3]) - max(q.box[1], p.box[1]) > \
        0.5 * min(q.box[3] - q.box[1], p.box[3] - p.box[1]) and \
        p.core[1] <= gutter[1] and q.core[0] >= gutter[0]


def _aligned(p: Line, stack: list[Line], slack: float) -> bool:
    """``p`` is set flush with the lines of ``stack`` as they are set: at their left edge when
    they all start there, at their right edge when they all end there, on their middle when
    they are all centred on it (a caption's lines are set flush left, flush right or
    centred in the card's measure; a stack of one line may be any of the three). A column's
    first line indented under a caption set flush left is not flush with it, even when its
    middle falls near the caption's."""
    left, right = min(q.box[0] for q in stack), max(q.box[2] for q in stack)
    middle = left + right
    return any(all(abs(edge(q) - at) <= slack for q in [*stack, p]) for edge, at in (
        (lambda q: q.box[0], left), (lambda q: q.box[2], right),
        (lambda q: (q.box[0] + q.box[2]) / 2, middle / 2)))


def _edge_stack(on: list[Line], over: bool, gap: float) -> list[Line]:
    """The pieces of ``on`` stacked from the one nearest the photo's foot (with ``over``, its
    top) inwards, each within ``gap`` of the ones before: the caption at that edge, not the
    other text set on the photo (a title or a label higher up)."""
    def inward(p: Line) -> float:                  # how far the piece lies from the edge
        return p.box[1] if over else -p.box[3]

    ordered = sorted(on, key=inward)
    stack, reach = ordered[:1], ordered[0].box[3] if over else ordered[0].box[1]
    for p in ordered[1:]:
        if (p.box[1] - reach if over else reach - p.box[3]) > gap:
            break
        stack.append(p)
        reach = max(reach, p.box[3]) if over else min(reach, p.box[1])
    return stack


def hung_on(pieces: list[Line], on: list[Line], photo: Box, body: float,
            over: bool = False, exact: bool = True) -> list[Line]:
    """The pieces that carry on across the photo's foot (with ``over``, its top) the stack of
    ``on`` (the pieces set wholly on the photo) at that edge (``_edge_stack``): a caption on
    a card hung over the photo's edge, part on the photo and part on the page past it (or a
    line across the edge). The stack must reach the edge (its last line within
    ``STACK_GAP`` of it, or the next one set across it); from its last line on, each piece
    past the edge is taken while it starts within ``STACK_GAP`` of the one before, set in
    the stack's type (``CARD_SIZE``; on a scan, not ``exact``, ``SCAN_CARD_SIZE``), flush
    with it (``_aligned``) and inside the photo's width (``SIDE_SLACK`` of slack): the
    page's own text starts further from a card (its padding and the white under it) and
    runs to its columns' edges. In reading order, the nearest first."""
    if not on:
        return []
    slack, gap = SIDE_SLACK * body, STACK_GAP * body
    same = CARD_SIZE if exact else SCAN_CARD_SIZE
    stack = _edge_stack(on, over, gap)
    edge = min(p.box[1] for p in stack) if over else max(p.box[3] for p in stack)
    sizes = sorted(p.size for p in stack)
    size = sizes[len(sizes) // 2]
    past = (lambda p: p.box[1] < photo[1] - 1) if over else (lambda p: p.box[3] > photo[3] + 1)
    near = sorted((p for p in pieces if past(p) and not on_photo(p, photo)
                   and _white(edge, p, over) >= -slack and abs(p.size - size) <= same * size
                   and within_width(p, photo, slack) and _aligned(p, stack, slack)),
                  key=lambda p: _white(edge, p, over))
    across = near and (near[0].box[3] > photo[1] if over else near[0].box[1] < photo[3])
    if (edge - photo[1] if over else photo[3] - edge) > gap and not across:
        return []               # (the stack stops short of the photo's edge)
    out = _stack(near, edge, gap, gap, over)
    return out[::-1] if over else out
