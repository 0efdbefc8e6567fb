"""A page whose columns run up to its top: the top row is the columns' first lines.

``layout.analyse`` cuts the pieces lying wholly in the page's top ``FURNITURE_MARGIN`` apart
before the columns (the running heads, read first and alone). A large page's margin reaches
a line or two into its columns when no running head sits over them (an article run on from
the page before, its text set from the page's first line: quartet): each column's first line
was cut off into that band, the band's pieces were read as one row across the page, a
running head, and every paragraph the columns open there lost its first line.

The top row is the columns' first lines when two or more of its pieces, set at the body's
size, each have a line of their own size right under them (starting at their left edge,
``ALIGN``; white between them less than ``LEADING`` of their height: the text's leading,
not a head's space), or set larger than the body and opening its column's head: lines of
its own size under it as above (a title's other lines), then, as close under the last of
them, a line at the body's size starting at its left edge (the text its title heads: a grid
of cards or short items whose first row opens at the page's head). The page
then has no top band: nothing is cut apart above the columns. A running head is set apart
from the text under it, or in a size of its own.

Pure logic on line pieces.
"""

from __future__ import annotations

from magpipe.split.pieces import Line

ALIGN = 0.5         # x body size: a column's next line starts this near its first line's left
LEADING = 0.5       # x a line's height: most white between two lines of one column's text
SAME_SIZE = 0.9     # size ratio of two lines of one text
COLUMNS = 2         # fewest columns the top row must open
HEAD_GAP = 1.0      # x body size: most white between a title's last line and its text's first


def _runs_on(piece: Line, pieces: list[Line], body: float) -> bool:
    """``piece`` is set at the body's size and a line of its size starts at its left edge
    right under it."""
    height = piece.box[3] - piece.box[1]
    if min(piece.size, body) < SAME_SIZE * max(piece.size, body):
        return False
    return any(abs(p.box[0] - piece.box[0]) <= ALIGN * body
               and 0 <= p.box[1] - piece.box[3] < LEADING * height
               and min(p.size, piece.size) >= SAME_SIZE * max(p.size, piece.size)
               for p in pieces if p is not piece)


def _same_size(a: float, b: float) -> bool:
    return min(a, b) >= SAME_SIZE * max(a, b)


def _under(piece: Line, pieces: list[Line], body: float, gap: float) -> list[Line]:
    """The lines starting at ``piece``'s left edge (``ALIGN``) with less than ``gap`` points of
    white between ``piece`` and them."""
    return [p for p in pieces if p is not piece and abs(p.box[0] - piece.box[0]) <= ALIGN * body
            and 0 <= p.box[1] - piece.box[3] < gap]


def _heads_column(piece: Line, pieces: list[Line], body: float) -> bool:
    """``piece`` is set larger than the body and heads its column: the lines of its size right
    under it (its title's other lines, each within ``LEADING`` of its height of the last),
    then a line at the body's size within ``HEAD_GAP`` body sizes (the title's text)."""
    if piece.size <= body or _same_size(piece.size, body):
        return False
    last = piece
    while True:
        gap = LEADING * (last.box[3] - last.box[1])
        more = [p for p in _under(last, pieces, body, gap) if _same_size(p.size, piece.size)]
        if not more:
            break
        last = min(more, key=lambda p: p.box[1])
    return any(_same_size(p.size, body) for p in _under(last, pieces, body, HEAD_GAP * body))


def columns_from_top(row: list[Line], pieces: list[Line], body: float) -> bool:
    """The page's top ``row`` is the first lines of ``COLUMNS`` or more columns (see the
    module)."""
    return sum(_runs_on(p, pieces, body) or _heads_column(p, pieces, body)
               for p in row) >= COLUMNS
