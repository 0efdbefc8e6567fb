"""Text across the top of a region touching the columns under it.

A lead or a caption set across a module right above its columns is cut from them at the white
between them (``xycut._spanning_head``). In a face that declares tall ascents and deep
descents (room for stacked Vietnamese marks) the word boxes stand taller than the line pitch:
the boxes of one line overlap those of the next, and no white is left between the spanning
text and the columns' first row. Such a region is neither sliced nor cut into columns, and
the columns' rows are read across the gutters, as one text with the lead.

``head_touching``: the region cut between two rows of pieces (rows by their centres, not by
white), at the highest cut below which the rest holds ``TEXT_ROWS`` rows or more parted by a
gutter of columns of text (``grid``) that some piece above crosses and none below, a line
above running the columns' whole width in one piece (a lead, a caption: a heading centred
over a list of entries does not) (of
those cuts, the one at the widest step between baselines: a row under the head lying in one
column, a credit's last line, stays the head's): the head and the columns.
Asked only where nothing else cuts the region (no gutter, no white); a region whose lowest
third of rows has no gutter of columns (a column's own text) is left at once. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from magpipe.split.gutters import column_gutters
from magpipe.split.pieces import Line, is_speck

log = logging.getLogger(__name__)

Span = tuple[float, float]
ROW_BAND = 0.5       # x body size: pieces whose centres lie this close share a row
TEXT_ROWS = 3        # fewest rows of the columns under the head
SPAN_SLACK = 1.5     # x body size: how far short of the columns' edges a row across them ends
CAPTION_FACE = 0.92  # x the columns' size: a top line set this much smaller is a caption's,
                     # under a photo across the module (its credit at its end): crossing the
                     # gutters from the columns' left edge, it may end short of the far
                     # column's middle (newsletter-2 of seed 4200, page 5: read across the
                     # gutter with the columns, its capitals intro joined to the text beside it)


def _rows(pieces: list[Line], body: float) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for p in sorted(pieces, key=lambda p: (p.box[1] + p.box[3]) / 2):
        centre = (p.box[1] + p.box[3]) / 2
        if not rows or centre - (rows[-1][0].box[1] + rows[-1][0].box[3]) / 2 >= ROW_BAND * body:
            rows.append([])
        rows[-1].append(p)
    return rows


def _crosses(p: Line, gutter: Span) -> bool:
    return p.core[0] < gutter[0] and p.core[1] > gutter[1]


def _spans(head: list[list[Line]], columns: list[Line], gutters: list[Span],
           body: float) -> bool:
    """A line of the head is one piece set from one of the columns' edges (``SPAN_SLACK``)
    across every gutter, well into the far column (past its middle): a lead or a caption set
    across the module (a caption set ragged ends short of the far edge by what its last word
    did not fit), not a centred heading, nor a list's entries beside their page numbers, nor
    a paragraph's last line ending early in the far column. The head's first line set in a
    caption's smaller face (``CAPTION_FACE``) from the columns' left edge need only cross
    the gutters: a short caption under a photo, no paragraph's last line."""
    lo, hi = min(p.box[0] for p in columns), max(p.box[2] for p in columns)
    first, last = min(g[0] for g in gutters), max(g[1] for g in gutters)
    size = sorted(p.size for p in columns)[len(columns) // 2]
    return any(all(_crosses(p, g) for g in gutters)
               and (p.box[0] <= lo + SPAN_SLACK * body and p.box[2] >= (last + hi) / 2
                    or p.box[2] >= hi - SPAN_SLACK * body and p.box[0] <= (lo + first) / 2
                    or k == 0 and p.box[0] <= lo + SPAN_SLACK * body
                    and p.size <= CAPTION_FACE * size)
               for k, row in enumerate(head) for p in row)


def head_touching(pieces: list[Line], body: float, grid: Callable[[list[Line]], list[Span]]
                  ) -> tuple[list[Line], list[Line]] | None:
    """The head across the region's top and the columns it touches (see the module); else
    ``None``."""
    rows = _rows([p for p in pieces if not is_speck(p, body)], body)
    foot = max(TEXT_ROWS + 1, len(rows) // 3)      # (a jump line may close the last row)
    # (any gutter of columns there: the grid's count of rows may merge the few rows of a
    # face whose boxes stand taller than its pitch, newsletter-2 of seed 4200)
    if len(rows) <= foot or not column_gutters([p for r in rows[-foot:] for p in r], body):
        return None
    def base(k: int) -> float:
        return max(p.base for p in rows[k])

    cuts = []
    for k in range(1, len(rows) - TEXT_ROWS + 1):
        above = [p for r in rows[:k] for p in r]
        below = [p for r in rows[k:] for p in r]
        gutters = grid(below)
        if gutters and any(_crosses(p, g) for p in above for g in gutters) and \
                not any(_crosses(p, g) for p in below for g in gutters) and \
                _spans(rows[:k], below, gutters, body):
            cuts.append(k)
    if not cuts:
        return None
    # where a row of one column lies between (a credit's last line under a caption), the
    # widest step between rows
    k = max(cuts, key=lambda k: (base(k) - base(k - 1), -k))
    ids = {id(p) for r in rows[:k] for p in r}
    log.debug("a head touching its columns cut from them: %r", rows[0][0].text[:40])
    return [p for p in pieces if id(p) in ids], [p for p in pieces if id(p) not in ids]
