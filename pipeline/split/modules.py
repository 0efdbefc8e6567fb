"""Modules of a page: stories stacked one under another, each under its own headline.

A newspaper sets each story in a module of its own, a rectangle of columns under its
headline; the modules stack down the page in one column grid. The gutters of that grid then
run the page's full height through every module, and a cut down them would read the first
column of every story before the second column of any. A white band across the whole region
with a headline at the top of the part below it (the top row set larger than the page's body
text) is where one module ends and the next begins: the region is cut there before its
columns (``modules``, asked by ``xycut.xy_cut``), so that each module's columns are read
together. (Stacked texts in different grids are ``bands``' matter; this one cuts where the
grid is the same on both sides.) Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from magpipe.artifacts.base import across
from magpipe.split.jump_rows import jump_row
from magpipe.split.kicker_rows import kicker_row
from magpipe.split.pieces import Line, rows, without_specks
from magpipe.split.straddles import runs_over
from magpipe.text.headings import in_capitals

log = logging.getLogger(__name__)

MODULE_GAP = 0.5      # x line pitch: the white band above a module's headline (narrower than
                      # the gap that slices a region: the headline under it is what tells)
HEAD_SIZE = 1.2       # x body size: a row set at least this large and bold or in capitals, or
                      # bold and in capitals at the body's size or over, looks like a headline
                      # (a jump head repeating one: box heights follow each face's ascent, so
                      # a headline face may stand no taller than the body face). A pull quote
                      # (large, regular, mixed case) and a bold question do not
HEAD_ALIGN = 1.0      # x body size: a module's headline starts at its left edge (a byline set
                      # flush right, a centred quote, does not)
MODULE_ROWS = 3       # fewest rows of text of each part: a headline alone, a caption over
                      # the columns, is no module

Span = tuple[float, float]


def edge_row(part: list[Line], body: float, top: bool = True) -> list[Line]:
    """The pieces of the part's top row, or its lowest (specks aside)."""
    text = without_specks(part, body)
    if not text:
        return []
    # (the first piece of the highest top, or of the lowest foot, as ``min`` and ``max`` by
    # a key pick it, found without a call per piece: asked of every part the cut weighs)
    ends = [p.box[1] for p in text] if top else [p.box[3] for p in text]
    edge = text[ends.index(min(ends) if top else max(ends))]
    middle = (edge.box[1] + edge.box[3]) / 2
    return [p for p in text if p.box[1] < middle < p.box[3]]


def head_like(row: list[Line], body: float) -> bool:
    """The row looks like a headline (``HEAD_SIZE``)."""
    def head(p: Line) -> bool:
        caps = in_capitals(p.text)
        return (p.size >= HEAD_SIZE * body and (p.bold or caps)) or \
            (p.bold and caps and p.size >= body)
    return bool(row) and all(head(p) for p in row)


def _headed(part: list[Line], body: float) -> bool:
    """The part's top row is a headline's (``head_like``), set at the part's left edge."""
    row = edge_row(part, body)
    return head_like(row, body) and \
        min(p.box[0] for p in row) <= min(p.box[0] for p in part) + HEAD_ALIGN * body


def _inside_title(above: list[Line], row: list[Line], body: float) -> bool:
    """A piece of the headline ``row`` lies under a line of a headline, the lowest piece of
    ``above`` across its x range: the white band runs between two lines of one title (a
    column's title set loosely, beside another column's text), not above a module. A jump line
    (``Xem tiếp trang 2``, set large and bold like a head) is no line of a title: it ends the
    story above the band (front-page, seed 4100: the story under it was read down the columns
    of the one above)."""
    for p in row:
        over = [q for q in above if across(p.box, q.box) > 0]
        if over and head_like([low := max(over, key=lambda q: q.box[3])], body) \
                and not jump_row([low]):
            return True
    return False


HEAD_ROWS = 8         # most rows of a headline over a module's columns (both languages')
JUMPED_HEAD_GAP = 1.5  # x line pitch: most white between a module's headline and its columns
                       # when the stories above the band end in jump lines (``Xem tiếp trang
                       # 2``: they stop there, the headline under the band starts another; set
                       # a line's white above its columns, front-page, seed 4100). Elsewhere the
                       # headline must touch its columns (a display head over an advertisement
                       # set a line above its text is no module: advertorial)


def head_over_columns(pieces: list[Line], body: float, pitch: float,
                      grid: Callable[[list[Line]], list[Span]], gap: float = MODULE_GAP
                      ) -> tuple[list[Line], list[Line]] | None:
    """A headline across the top of a region whose rest is columns (``grid``: the gutters
    that part a part's columns), set close above them (a jump head and the line under it
    touch the columns' first line, as faces with tall boxes set them): the headline's rows
    (the region's first rows that are ``head_like``, at most ``HEAD_ROWS``, together
    crossing a gutter of the rest, less than ``gap`` pitches above it, ``MODULE_GAP`` unless
    told: a head set further apart is left to the slices) and the rest, whose first two rows
    hold text on both sides of that gutter (the columns start under the head: a byline under
    a title, at one side, is no column's start); else ``None``."""
    head: list[Line] = []
    rest = pieces
    for _ in range(HEAD_ROWS):
        row = edge_row(rest, body)
        if not head_like(row, body) and not (head and jump_row(row)) and \
                not (not head and kicker_row(row, rest, body, HEAD_ALIGN)
                     and head_like(edge_row([p for p in rest if p not in row], body), body)):
            break                        # (jump_rows; kicker_rows: a rubric over the title)
        head += row
        foot = max(q.box[3] for q in row)
        ids = {id(p) for p in head}
        rest = [p for p in rest if id(p) not in ids]
        if any((p.box[1] + p.box[3]) / 2 <= foot for p in rest):
            return None                  # a piece beside the headline: no head across
    if not head or not rest or \
            min(p.box[1] for p in rest) - max(p.box[3] for p in head) >= gap * pitch:
        return None
    first = edge_row(rest, body)
    second = edge_row([p for p in rest if p not in first], body)
    under = first + second               # the columns start right under the head
    if any((min(p.core[0] for p in head) < g[0] and max(p.core[1] for p in head) > g[1]
            or runs_over(head, g))                          # (straddles: a head's ellipsis)
           and any(p.core[1] <= (g[0] + g[1]) / 2 for p in under)
           and any(p.core[0] >= (g[0] + g[1]) / 2 for p in under)
           for g in grid(rest)):
        log.debug("a headline set close above its columns cut from them: %r", head[0].text[:40])
        return head, rest
    return None


def white_bands(pieces: list[Line], gap: float) -> tuple[list[Line], list[int]]:
    """The pieces top to bottom and the places in that order where a white band at least
    ``gap`` high runs across them all (the index of the first piece under each)."""
    order = sorted(pieces, key=lambda p: p.box[1])
    cuts, foot = [], order[0].box[3]
    for k, p in enumerate(order[1:], start=1):
        if p.box[1] - foot >= gap:
            cuts.append(k)
        foot = max(foot, p.box[3])
    return order, cuts


def stacked(pieces: list[Line], gap: float,
            cut: Callable[[list[Line], int, int, list[int]], bool]) -> list[list[Line]] | None:
    """The pieces cut into parts, top to bottom, at the white bands ``gap`` high or more
    (``white_bands``) where ``cut(order, start, k, cuts)`` says so (the part above runs
    from ``order[start]`` to the band, the part below from ``order[k]`` down); else
    ``None``."""
    if len(pieces) < 2:
        return None
    order, cuts = white_bands(pieces, gap)
    parts, start = [], 0
    for k in cuts:
        if cut(order, start, k, cuts):
            parts.append(order[start:k])
            start = k
    if not parts:
        return None
    parts.append(order[start:])
    return parts


def modules(pieces: list[Line], body: float, pitch: float,
            grid: Callable[[list[Line]], list[Span]]) -> list[list[Line]] | None:
    """The region's modules, top to bottom, cut at white bands across it (``MODULE_GAP``
    pitches high at least) over a headline (``_headed``) across the columns under it
    (``head_over_columns``; ``grid``: the gutters that part a part's columns), the part
    above ending in a
    row of text (no headline's: a title's lines are no modules; a row of jump lines, set
    large and bold like a head, ends the stories above: front-page-1 at seed 4800, the story
    under them read down the gutter of the two stories over it) and each part holding
    ``MODULE_ROWS`` rows; else ``None``. (Asked before the region's gutters: full-height
    gutters of one grid run through all the modules.)"""
    def module(order: list[Line], start: int, k: int, cuts: list[int]) -> bool:
        above, below = order[start:k], order[k:]
        # (``_headed`` first: one pass over the part, where ``rows`` sorts it, and the test
        # most white bands fail, a paragraph's first line being no headline)
        foot = edge_row(above, body, top=False)
        if not _headed(below, body) or rows(above, body) < MODULE_ROWS or \
                rows(below, body) < MODULE_ROWS or \
                head_like(foot, body) and not all(jump_row([p]) for p in foot) or \
                _inside_title(above, edge_row(below, body), body):
            return False
        # the headline crosses the gutters of the columns under it, down to a later band
        gap = JUMPED_HEAD_GAP if any(jump_row([p]) for p in edge_row(above, body, top=False)) \
            else MODULE_GAP
        return any(head_over_columns(order[k:end], body, pitch, grid, gap) for end in
                   [j for j in cuts if j > k] + [len(order)])

    parts = stacked(pieces, MODULE_GAP * pitch, module)
    if parts is None:
        return None
    log.debug("%d modules under their own headlines cut apart before the columns", len(parts))
    return parts
