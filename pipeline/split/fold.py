"""A sheet that holds two facing pages: each half read as a page of its own.

A magazine's spread is often saved, or scanned opened flat, as one landscape sheet: two
pages side by side, each with its own margins, columns, running head and page number, and
nothing set in the fold between them but what a designer sends across it on purpose (a title
centred over both pages, a photo). Read as one page, the sheet's columns are cut as if they
were one grid: a half's running head and its page number fall into one band with the other
half's, rows of the two inner columns are chained across the fold where a photo or a title
bridges it, and the reading order runs from one page into the other and back.

``sheet_geometry`` finds the fold (``fold_of``) and then runs the page geometry
(``layout.analyse``) on three parts of the sheet, in reading order: the lines that run across
the fold (display lines over both pages, and the rest of their rows: a title line a scan's
dark fold parts into pieces on each side, ``_broken_rows``), the left page, the right page.
Each page is analysed with the photos that lie on it: a photo across the fold is neither
page's (its part on one page fills the inner column, and the next column's text is not
wrapped around it). The two pages share one grid (``_shared_grid``: where a photo fills a
column, fewer columns are found on that page), and each page's regions are read column by
column under the heads that span them (``column_order.column_major``). The parts' blocks,
regions and columns are put together as one page's geometry. A sheet with no fold is
analysed whole, as before.

The fold is found from the text alone (no photo or shadow is needed, so a scan whose fold is
dark reads the same):

* the sheet is wider than tall (two portrait pages side by side);
* a white strip runs down the middle of the sheet between the text of its two halves (each
  half's text edge by the fold: the furthest that ``EDGE_LINES`` lines reach), at least
  ``FOLD_WHITE`` body sizes wide (two inner margins: wider than the gutter between two
  columns of one page) and at most ``MARGINS`` of a page's text width (a trifold's empty
  middle panel is no fold);
* the two halves' text is about as wide (``SAME_PAGES``): two pages of one size;
* each half holds at least ``HALF_LINES`` lines of its own;
* the lines that cross the middle are few (``CROSSING_SHARE`` of the lines at most): a title
  over both pages, not the rows of a page whose columns meet at its middle;
* the text standing in the white strip covers at most ``WHITE_TEXT`` of the text's height: a
  title or two set across both pages, not a column of justified text that straddles the
  sheet's middle, whose wide word spaces cut its lines into pieces on each side of it, so
  that few pieces cross the middle itself (snake-2 of seed 4100: five narrow columns on a
  landscape page, the third read as the white between two pages).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Word
from magpipe.split.column_order import column_major
from magpipe.split.fold_bands import band_cuts, banded
from magpipe.split.gutters import covered
from magpipe.split.layout import PageGeometry, Para, analyse
from magpipe.split.para_runs import title_line_under
from magpipe.split.pieces import (
    JUNK_CONF,
    Line,
    body_char_width,
    body_size_of,
    build_pieces,
    is_speck,
)
from magpipe.split.roles import FURNITURE_MARGIN

log = logging.getLogger(__name__)

FOLD_WHITE = 3.0        # x body size: narrowest white strip down the middle that is a fold
                        # (two pages' inner margins side by side; a gutter between two columns
                        # of one page is one or two body sizes)
HALF_LINES = 3          # fewest lines on each side of the middle for two pages
MARGINS = 0.5           # most width of the fold's white, as a share of a page's text width:
                        # two margins, not a panel left empty (a trifold's middle panel)
SAME_PAGES = 0.85       # least ratio of the two halves' text widths: two pages of one size
CROSSING_SHARE = 0.15   # most share of the lines that may run across the middle (titles set
                        # over both pages)
LANDSCAPE = 1.0         # width / height above which a sheet may hold two portrait pages
ROW_SIZE = 1.4          # size ratio under which pieces on a row across the fold are one line
EDGE_LINES = 3          # fewest lines that end at a page's inner text edge ...
EDGE_SLACK = 0.5        # ... x body size: within this of it
INTRUDE = 0.5           # x body size: how far a piece must reach past that edge, into the
                        # fold's white, to be part of a line across the fold
WHITE_TEXT = 0.5        # most share of the text's height that pieces standing in the fold's
                        # white may cover (the bench's folds: none; a column across the
                        # sheet's middle: 0.84)


@dataclass(frozen=True)
class Fold:
    """The white strip between a sheet's two pages."""

    left: float           # right edge of the left page's text next to the fold
    right: float          # left edge of the right page's text
    middle: float         # the sheet's middle, where the halves part


def _counted(pieces: list[Line], body: float) -> list[Line]:
    """Pieces that are text: OCR junk read from a dark fold and specks do not count."""
    return [p for p in pieces if not is_speck(p, body) and p.conf >= JUNK_CONF]


def _inner_edge(edges: list[float], unit: float) -> float:
    """The edge a page's text keeps to by the fold: the furthest edge ``EDGE_LINES`` lines or
    more reach (justified lines end at it; a line or two reaching further, into the fold,
    are a line broken by it)."""
    ranked = sorted(edges, reverse=True)
    for k, edge in enumerate(ranked):
        if sum(1 for e in ranked[k:k + EDGE_LINES] if edge - e <= EDGE_SLACK * unit) \
                >= EDGE_LINES:
            return edge
    return ranked[0]


def _row_mates(a: Line, b: Line) -> bool:
    """Two pieces on one row: they overlap by half the lower one's height."""
    overlap = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
    return overlap >= 0.5 * min(a.box[3] - a.box[1], b.box[3] - b.box[1])


def _same_size(a: Line, b: Line) -> bool:
    return max(a.size, b.size) <= ROW_SIZE * min(a.size, b.size)


def _grown(seeds: list[Line], pieces: list[Line]) -> set[int]:
    """``id`` of the seeds and of the pieces on their rows, piece by piece along the row, set
    at about the size of the piece beside them (``ROW_SIZE``)."""
    found = {id(p) for p in seeds}
    grown = list(seeds)
    while grown:
        new = [p for p in pieces if id(p) not in found
               and any(_row_mates(p, s) and _same_size(p, s) for s in grown)]
        found.update(id(p) for p in new)
        grown = new
    return found


def _title_lines(across: set[int], pieces: list[Line], body: float) -> set[int]:
    """``across`` (``id`` of pieces) with the lines of the titles it holds that lie on one
    side of the fold, and their rows (``_grown``): a title's line set under a line of it
    (``para_runs.title_line_under``). A title across the fold whose last line is short
    ends on the left page; read with that page, the line was parted from its title by the
    other language's title read between (issue 16: quartet-3 at seed 4500)."""
    found = set(across)
    while True:
        lines = [p for p in pieces if id(p) in found]
        new = [p for p in pieces if id(p) not in found
               and any(title_line_under(a, p, body) for a in lines)]
        if not new:
            return found
        found |= _grown(new, pieces)


def _broken_rows(left: list[Line], right: list[Line], edges: tuple[float, float],
                 unit: float) -> set[int]:
    """Pieces of lines set across the fold and broken by it (OCR parts the words on each
    side of a scan's dark fold): a piece reaching into the fold's white from each side, on one
    row; ``id`` of each."""
    slack = INTRUDE * unit
    into_left = [p for p in left if p.box[2] > edges[0] + slack]
    into_right = [p for p in right if p.box[0] < edges[1] - slack]
    return {id(p) for a in into_left for b in into_right if _row_mates(a, b) for p in (a, b)}


def _sheet_pieces(words: tuple[Word, ...], width: float, height: float,
                  unit: float) -> list[Line]:
    """The sheet's pieces when it is wide enough to hold two pages (none else: a portrait
    page pays nothing for the fold's search)."""
    return build_pieces(words, unit) if words and width > LANDSCAPE * height else []


def fold_of(words: tuple[Word, ...], width: float, height: float,
            body: float | None = None) -> Fold | None:
    """The fold of a sheet holding two facing pages, or ``None`` (see the module's text)."""
    unit = body if body is not None else body_size_of(words)
    return _fold_in(_counted(_sheet_pieces(words, width, height, unit), unit), width, unit)


def _fold_in(pieces: list[Line], width: float, unit: float) -> Fold | None:
    """The fold between the text pieces (``_counted``) of a sheet ``width`` wide, or None."""
    middle = width / 2
    left = [p for p in pieces if p.box[2] <= middle]
    right = [p for p in pieces if p.box[0] >= middle]
    crossing = len(pieces) - len(left) - len(right)
    if len(left) < HALF_LINES or len(right) < HALF_LINES:
        return None
    if crossing > CROSSING_SHARE * len(pieces):
        return None
    fold = Fold(left=_inner_edge([p.box[2] for p in left], unit),
                right=-_inner_edge([-p.box[0] for p in right], unit), middle=middle)
    white = fold.right - fold.left
    widths = sorted((fold.left - min(p.box[0] for p in left),
                     max(p.box[2] for p in right) - fold.right))
    if white < FOLD_WHITE * unit or white > MARGINS * widths[0] or \
            widths[0] < SAME_PAGES * widths[1]:
        return None
    slack = INTRUDE * unit
    inside = [p for p in pieces if p.box[2] > fold.left + slack and p.box[0] < fold.right - slack]
    if inside and covered(inside) > WHITE_TEXT * covered(pieces):
        return None                 # a column of text down the middle, no fold
    return fold



def _within(photo: Box, lo: float, hi: float) -> bool:
    """The photo lies in the x range ``lo``-``hi`` (a photo across the fold is no photo of
    either page's columns: its part on a page fills the inner column's width, and the text
    of the next column beside it is not wrapped around it)."""
    return lo <= photo[0] and photo[2] <= hi


def _renumbered(para: Para, index: tuple[int, ...], region: int) -> Para:
    """A part's paragraph with its word indices put back to the sheet's, its region moved."""
    lines = tuple(replace(line, words=tuple(index[i] for i in line.words))
                  for line in para.lines)
    return replace(para, lines=lines, region=region)


def _parts(words: tuple[Word, ...], fold: Fold, body: float, pieces: list[Line],
           text: list[Line]) -> list[tuple[int, ...]]:
    """The sheet's words in three parts, in reading order: those of the lines that run across
    the middle (or are broken by it), those of the left half, those of the right half
    (``pieces``: the sheet's, ``text``: those of them ``_counted``)."""
    broken = _broken_rows([p for p in text if p.box[2] <= fold.middle],
                          [p for p in text if p.box[0] >= fold.middle],
                          (fold.left, fold.right), body)
    seeds = [p for p in text if id(p) in broken or p.box[0] < fold.middle < p.box[2]]
    # the rest of the rows of those lines (a title's words OCR read as pieces of their own,
    # some at a low confidence), set at their size: the halves' columns beside a title across
    # the fold are smaller
    text_pieces = [p for p in pieces if not is_speck(p, body)]
    across = _title_lines(_grown(seeds, text_pieces), text_pieces, body)
    parts: tuple[list[int], list[int], list[int]] = ([], [], [])
    for p in pieces:
        if id(p) in across:
            parts[0].extend(p.words)
            continue
        for i in p.words:
            w = words[i].box
            parts[1 if (w[0] + w[2]) / 2 < fold.middle else 2].append(i)
    return [tuple(sorted(part)) for part in parts]


def sheet_geometry(words: tuple[Word, ...], width: float, height: float, exact: bool = True,
                   body: float | None = None, photos: tuple[Box, ...] = (),
                   short_pitch: float | None = None) -> PageGeometry:
    """The page geometry (``layout.analyse``) of a sheet, each of its two pages read on its
    own when it holds two (see the module's text); ``short_pitch``: the pitch of a page too
    short to measure its own (``doc_pitch``)."""
    unit = body if body is not None else body_size_of(words)
    pieces = _sheet_pieces(words, width, height, unit)
    text = _counted(pieces, unit)
    fold = _fold_in(text, width, unit)
    if fold is None:
        return analyse(words, height, exact=exact, body=body, photos=photos,
                       short_pitch=short_pitch)
    log.info("a sheet of two pages: fold at %.0f, white from %.0f to %.0f", fold.middle,
             fold.left, fold.right)
    ranges = ((0.0, width), (0.0, fold.middle), (fold.middle, width))
    parts = []
    for index, (lo, hi) in zip(_parts(words, fold, unit, pieces, text), ranges, strict=True):
        if index:
            part = tuple(words[i] for i in index)
            own = tuple(p for p in photos if _within(p, lo, hi))
            parts.append((index, analyse(part, height, exact=exact, body=unit, photos=own),
                          bool(lo or hi < width)))
    geos = [geo for _, geo, _ in parts]
    columns = _shared_grid([geo for _, geo, half in parts if half])
    grids = list(columns)
    paras: list[Para] = []
    ends: list[int] = []
    for index, geo, half in parts:
        grid = grids.pop(0) if half else geo.columns
        order = column_major(geo.paras, grid, geo.top_edge, (1 - FURNITURE_MARGIN) * height)
        rank = {r: k for k, r in enumerate(order)}
        first = max((p.region for p in paras), default=-1) + 1
        paras.extend(_renumbered(p, index, first + rank[p.region])
                     for p in sorted(geo.paras, key=lambda p: rank[p.region]))
        ends.append(len(paras))
    # (lines across the middle under both halves' text part the sheet in bands: fold_bands)
    cut_parts = [paras[a:b] for a, b in zip([0, *ends], ends, strict=False)]
    paras = banded(cut_parts, band_cuts(cut_parts[0], [(cut_parts[k], g.top_edge) for k, (
        _, g, half) in enumerate(parts) if half]) if not parts[0][2] else [])
    main = max(geos, key=lambda g: sum(len(p.lines) for p in g.paras))
    halves = [geo for _, geo, half in parts if half]
    return PageGeometry(paras=tuple(paras),
                        columns=tuple(sorted({c for grid in columns for c in grid})),
                        body_size=unit, slope=main.slope, body_cw=body_char_width(words),
                        exact=exact, top_edge=min(g.top_edge for g in halves),
                        banded=any(g.banded for g in geos))


def _text_start(geo: PageGeometry) -> float:
    return min((p.box[0] for p in geo.paras), default=0.0)


def _shared_grid(halves: list[PageGeometry]) -> list[tuple[tuple[float, float], ...]]:
    """Each page's columns, the facing pages sharing one grid: a page where fewer columns were
    found (a photo across the fold fills one of them, a short text leaves one empty) takes the
    other page's columns, moved by the distance between the two pages' text."""
    grids = [geo.columns for geo in halves]
    if len(halves) != 2 or len(grids[0]) == len(grids[1]):
        return grids
    full = 0 if len(grids[0]) > len(grids[1]) else 1
    shift = _text_start(halves[1 - full]) - _text_start(halves[full])
    moved = tuple((lo + shift, hi + shift) for lo, hi in grids[full])
    log.debug("facing pages share one grid: %d columns on the other page moved by %.0f",
              len(moved), shift)
    return [grids[0], moved] if full == 0 else [moved, grids[1]]
