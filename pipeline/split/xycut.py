"""Regions of a page in reading order: a recursive XY cut over line pieces.

A vertical white gutter of at least ``GUTTER`` x body size that runs the full height of a
region, with text flush against it, splits the region into columns (left to right); otherwise
horizontal white gaps of at least ``HGAP`` x line pitch split it into slices (top to bottom),
and neighbouring slices with the same gutters are put back together so that two columns whose
paragraph gaps happen to line up are not read row by row. Spanning titles and boxed intros
therefore come first where they sit above the columns. Which gutters part columns is
``gutters``' to say. Pure logic, no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from statistics import median

from magpipe.split.bands import bands
from magpipe.split.gutters import (
    TRIM,
    Span,
    column_gutters,
    region_gutters,
    same_gutters,
    splits_columns,
    text_gutters,
)
from magpipe.split.head_feet import headline_foot
from magpipe.split.modules import head_over_columns, modules
from magpipe.split.para_runs import runs_on
from magpipe.split.pieces import JUNK_CONF, Line, without_specks
from magpipe.split.pieces import rows as _rows
from magpipe.split.run_in_bands import run_in_bands
from magpipe.split.side_stories import side_by_side
from magpipe.split.straddles import over_gutters
from magpipe.split.touching import head_touching
from magpipe.split.word_spaces import columns_start_under, head_across

HGAP = 0.75          # x line pitch: narrowest horizontal gap that cuts a region in slices
TIGHT_HGAP = 0.33    # x line pitch: narrowest gap above columns (see ``xy_cut``)
SOLID = 1.0          # x body font size: lines are not set closer than solid (see ``line_pitch``)
TITLE_SIZE = 1.3     # x body size: lines set this much larger slice at gaps scaled by their size
TOP_ROWS = 3         # fewest rows of the top of a column cut from the head above it
TIGHT_ROWS = 3       # fewest rows of columns that tight gaps cut a region for: the spaces of
                     # a justified text line up into a river through a row or two (capitals in
                     # a narrow column, OCR cutting each word a piece), not through a column


def _slices(pieces: list[Line], min_gap: float, body: float | None = None) -> list[list[Line]]:
    """Pieces cut into horizontal slices at white gaps at least ``min_gap`` high. Given the
    body size (text layers, whose heights are font sizes: OCR heights swing with marks),
    between lines set ``TITLE_SIZE`` larger than the body (a title's) at least ``min_gap`` x
    their size / ``body``: the white between lines grows with their size and leading, and a
    title set loosely would else be cut between its own lines (issue 16: english-first-5,
    once the pitch is read right)."""
    # OCR junk (garbage read off a photo's edge or a rule) bridges no gap: it is placed, not
    # measured, so a title stays apart from the columns under it
    spans = sorted((p.box[1], p.box[3], p.size) for p in pieces if p.conf >= JUNK_CONF) or \
        sorted((p.box[1], p.box[3], p.size) for p in pieces)
    bounds, (_, end, above) = [], spans[0]
    for top, bottom, size in spans[1:]:
        larger = min(above, size) / body if body else 1.0
        if top - end >= min_gap * (larger if larger > TITLE_SIZE else 1.0):
            bounds.append((end + top) / 2)
        if bottom > end:
            end, above = bottom, size
    slices: list[list[Line]] = [[] for _ in range(len(bounds) + 1)]
    for p in pieces:
        # the bounds rise (gaps top to bottom): how many lie above the piece's top
        slices[bisect_left(bounds, p.box[1])].append(p)
    return slices


def line_pitch(pieces: list[Line], body: float, font: float | None = None,
               fallback: float | None = None) -> float:
    """The usual distance between the baselines of a column's lines (the leading): pieces
    bucketed by left edge, the median step between neighbours in a bucket.

    Only steps of at least the body's size count (``SOLID``): a shorter one is two pieces of
    one line. The size is the body font size where the text layer gives it (``font``) and is
    smaller than the box height ``body``: in faces that declare tall ascents and deep descents
    (room for stacked Vietnamese marks) boxes run ~1.6x the font size, above the leading
    itself; bounded by box height, every step between neighbouring lines would be dropped and
    the pitch read as two lines (issue 16). Too few steps to measure: ``fallback`` when given
    (the document's pitch, ``doc_pitch``), else ``1.25`` x the size."""
    size = min(body, font) if font else body
    buckets: dict[int, list[float]] = {}
    for p in pieces:
        buckets.setdefault(int(p.box[0] // (2 * body)), []).append(p.base)
    steps = []
    for bases in buckets.values():
        bases.sort()
        steps += [b - a for a, b in zip(bases, bases[1:], strict=False)
                  if SOLID * size < b - a < 3 * body]
    if len(steps) >= 5:
        return median(steps)
    return fallback if fallback is not None else 1.25 * size


def _junk_under(part: list[Line]) -> tuple[list[Line], list[Line]]:
    """The slice's pieces and, apart, the OCR junk lying wholly under its text: read off a rule
    or a box's edge under the columns, which ``_slices`` places (not measures) with the slice
    above it (ratebox-1-scanned: a row of it across three columns under the third one's last
    lines)."""
    text = [p.box[3] for p in part if p.conf >= JUNK_CONF]
    if not text:
        return part, []
    foot = max(text)
    return ([p for p in part if p.conf >= JUNK_CONF or p.box[1] < foot],
            [p for p in part if p.conf < JUNK_CONF and p.box[1] >= foot])


def _continues_column(above: list[Line], below: list[Line], body: float) -> bool:
    """A slice under a slice with columns, lying on one side of every gutter of it, is the rest
    of a column that runs on where the others have ended (cut off by a paragraph gap): it is
    read with that column, not after all of them. It lies inside the columns' outer edges: a
    line standing out past them (a box's head under the columns, ratebox-2-scanned's
    ``WEATHER``) is no column's rest. (``below``: without the junk under it, ``_junk_under``.)"""
    gutters = region_gutters(above, body)
    if not gutters or region_gutters(below, body):
        return False
    lo, hi = min(p.core[0] for p in below), max(p.core[1] for p in below)
    if lo < min(p.core[0] for p in above) - TRIM * body or \
            hi > max(p.core[1] for p in above) + TRIM * body:
        return False
    # (a gutter's edges lie ``TRIM`` inside the text beside it, the OCR boxes of that text
    # running into it by up to as much; the slice's own boxes may run in as far past them:
    # ratebox-1-scanned, a line 0.2 pt left of the lines above it)
    return _in_one_column(below, gutters, body, 2 * TRIM)


def _spanning_head(pieces: list[Line], body: float, pitch: float, exact: bool = False
                   ) -> tuple[list[Line], list[Line]] | None:
    """Text spanning the top of a region (a title and its rubric) above columns that run on to
    the region's foot: the head and the rest, cut at the first tight gap below which all the
    rest has a gutter that parts columns. Cutting at the widest gaps first would read a
    paragraph gap that happens to run across the page (a column holding only a byline beside
    it) as the end of the columns."""
    tight = _slices(pieces, TIGHT_HGAP * pitch)
    for k in range(1, len(tight)):
        if any(splits_columns(tight[k - 1], g, body) for g in region_gutters(tight[k - 1], body)):
            return None                     # columns above: not a head
        rest = [p for s in tight[k:] for p in s]
        if runs_on([p for s in tight[:k] for p in s], tight[k], body):
            continue                        # (para_runs: a gap between a lead's own lines)
        if any(splits_columns(rest, g, body) and
               (exact or columns_start_under(rest, g, HGAP * pitch))    # (OCR: word_spaces)
               for g in region_gutters(rest, body)):
            return [p for s in tight[:k] for p in s], rest
    return None


def _heads_apart(slices: list[list[Line]], body: float, pitch: float,
                 exact: bool = False) -> list[list[Line]]:
    """Each slice with a spanning head set close above its columns (a caption under a photo,
    a title) cut into the head and the columns, so that the columns can be put back together
    with the columns of the next slice: else a paragraph gap running across all the columns
    would have them read row by row."""
    out: list[list[Line]] = []
    for s in slices:
        head = None if region_gutters(s, body) else _spanning_head(s, body, pitch, exact)
        out.extend(head if head else (s,))
    return out


def _in_one_column(part: list[Line], gutters: list[tuple[float, float]], body: float,
                   reach: float = TRIM) -> bool:
    """The pieces lie on one side of every gutter (inside one column of those gutters), running
    into it by ``reach`` x body at most."""
    lo, hi = min(p.core[0] for p in part), max(p.core[1] for p in part)
    return all(hi <= g[0] + reach * body or lo >= g[1] - reach * body for g in gutters)


def _column_tops(slices: list[list[Line]], body: float) -> list[list[Line]]:
    """A slice with no gutter of its own over a slice with columns is a head (a title spanning
    the page) and, below the foot of its lowest piece that crosses those columns' gutters,
    maybe the top of a column that starts right under the head while the other columns start
    lower (under a photo): that top is cut from the head and read with its column below, not
    before the columns' other text. (A line or two under a spanning caption, a credit set on
    its own line at the right, is the caption's: ``TOP_ROWS``.)"""
    out = [list(s) for s in slices]
    for k in range(len(out) - 1):
        below = column_gutters(out[k + 1], body)
        if not below or region_gutters(out[k], body):
            continue
        across = [p for p in out[k] if not _in_one_column([p], below, body)]
        if not across:
            continue
        foot = headline_foot(across, out[k])        # (its last line may end in a column)
        tail = [p for p in out[k] if (p.box[1] + p.box[3]) / 2 > foot]
        if _rows(tail, body) >= TOP_ROWS and _in_one_column(tail, below, body):
            out[k] = [p for p in out[k] if (p.box[1] + p.box[3]) / 2 <= foot]
            out[k + 1] = tail + out[k + 1]
    return out


def xy_cut(pieces: list[Line], body: float, column: Span | None = None,
           depth: int = 0, pitch: float | None = None, exact: bool = False
           ) -> list[tuple[list[Line], Span | None]]:
    """Leaf regions in reading order, each with the x range of the column it lies in.

    A column is a side of a vertical cut that holds two or more pieces and no gutter of its
    own; ``None`` for regions outside any column (spanning titles, single-column pages).
    ``exact``: the heights are font sizes (a text layer), so gaps between title lines can be
    measured against their size (``_slices``).
    """
    if len(pieces) <= 1 or depth > 40:
        return [(pieces, column)]
    pitch = pitch or 1.25 * body
    gutters = column_gutters(pieces, body)
    stacked = bands(pieces, pitch, gutters, lambda s: column_gutters(s, body),
                    lambda s: region_gutters(s, body)) or \
        modules(pieces, body, pitch, lambda s: text_gutters(s, body)) or \
        run_in_bands(pieces, body, pitch, lambda s: column_gutters(s, body))
    if stacked:
        return [r for band in stacked
                for r in xy_cut(band, body, column, depth + 1, pitch, exact)]
    head = head_across(pieces, gutters, body) if gutters else None
    if head:        # (a head whose word space lies over a gutter: word_spaces)
        return [r for part, col in zip(head, (None, column), strict=True)
                for r in xy_cut(part, body, col, depth + 1, pitch, exact)]
    if gutters:
        widest = max(gutters, key=lambda g: g[1] - g[0])
        cut = (widest[0] + widest[1]) / 2
        out = []
        # a line that starts left of the gutter and ends inside it is the left column's: OCR
        # boxes run into a gutter by up to ``TRIM`` from either side, so a narrow gutter's
        # middle may fall inside such a line (ratebox-2-scanned: a line of the second column
        # ending 0.1 pt past the middle of a 6 pt gutter was read with the third column,
        # after the page); what stands in the gutter (specks, a rule) stays cut at its middle
        on_left = [p.core[1] <= cut or p.core[0] < widest[0] and p.core[1] < widest[1]
                   for p in pieces]
        sides = ([p for p, lf in zip(pieces, on_left, strict=True) if lf],
                 [p for p, lf in zip(pieces, on_left, strict=True) if not lf])
        for side in sides:
            col = column
            if len(without_specks(side, body)) >= 2 and not region_gutters(side, body):
                # (junk placed on a side, a rule read across the gutter, is none of its text)
                text = [p for p in side if p.conf >= JUNK_CONF] or side
                col = (min(p.box[0] for p in text), max(p.box[2] for p in text))
            out.extend(xy_cut(side, body, col, depth + 1, pitch, exact))
        return out
    head = _spanning_head(pieces, body, pitch, exact)
    if head:        # (a column's top beside the head, under a photo's other columns: its own)
        return [r for part in _column_tops(list(head), body)
                for r in xy_cut(part, body, column, depth + 1, pitch, exact)]
    head = head_over_columns(pieces, body, pitch, lambda s: text_gutters(s, body))
    if head:        # (a headline across the columns lies in none of them)
        return [r for part, col in zip(head, (None, column), strict=True)
                for r in xy_cut(part, body, col, depth + 1, pitch, exact)]
    slices = _slices(pieces, HGAP * pitch, body if exact else None)
    if len(slices) == 1:
        # Tight gaps (a title set close above its columns, as OCR ink boxes leave them) cut
        # only when a slice they make has columns.
        slices = _slices(pieces, TIGHT_HGAP * pitch)
        if not any(splits_columns(s, g, body, TIGHT_ROWS) for s in slices
                   for g in region_gutters(s, body)):
            head = head_touching(pieces, body, lambda s: text_gutters(s, body))
            return [r for part in head for r in xy_cut(part, body, column, depth + 1, pitch,
                                                       exact)] if head else [(pieces, column)]
    merged: list[list[Line]] = []
    for s in _column_tops(_heads_apart(slices, body, pitch, exact), body):
        if merged and (same_gutters(region_gutters(merged[-1], body), region_gutters(s, body))
                       and region_gutters(merged[-1] + s, body)
                       or side_by_side(merged[-1], s, body)):   # (side_stories)
            merged[-1] = merged[-1] + s
        elif merged and _continues_column(merged[-1], (rest := _junk_under(s))[0], body):
            merged[-1] = merged[-1] + rest[0]       # (the junk under it: a region of its own)
            merged.extend([rest[1]] if rest[1] else [])
        else:
            merged.append(s)
    if len(merged) == 1 and not region_gutters(merged[0], body):
        return [(merged[0], column)]
    out = []
    for s in merged:
        out.extend(xy_cut(s, body, column, depth + 1, pitch, exact))
    return out


def column_ranges(ranges: list[tuple[float, float]],
                  tall: Collection[tuple[float, float]] = ()) -> tuple[tuple[float, float], ...]:
    """Columns from the x ranges of the regions that lie inside a column cut.

    Ranges that mostly cover each other are one column; a range that covers two or more
    columns (a title spanning a half page) is not a column. But a column of text (one of the
    ``tall`` ranges, a region of many lines) over the narrow columns of a table's cells (none
    of them tall) is the column, and the cells' ranges are none: a scan's table set across
    the page under the articles' columns is read cell by cell.
    """
    clusters: list[tuple[float, float]] = []
    for lo, hi in sorted(ranges, key=lambda r: r[0] - r[1]):      # widest last
        for k, (clo, chi) in enumerate(clusters):
            if min(hi, chi) - max(lo, clo) > 0.6 * max(hi - lo, chi - clo):
                clusters[k] = (min(lo, clo), max(hi, chi))
                break
        else:
            clusters.append((lo, hi))
    def inside(d: tuple[float, float], c: tuple[float, float]) -> bool:
        return d != c and c[0] <= d[0] + 2 and d[1] <= c[1] + 2

    def holds_tall(c: tuple[float, float]) -> bool:
        return any(c[0] <= t[0] + 2 and t[1] <= c[1] + 2 and t[1] - t[0] > 0.6 * (c[1] - c[0])
                   for t in tall)

    over_cells = [c for c in clusters if holds_tall(c) and sum(inside(d, c) for d in clusters)
                  >= 2 and not any(holds_tall(d) for d in clusters if inside(d, c))]
    clusters = [c for c in clusters if not any(inside(c, o) for o in over_cells)]
    kept = over_gutters([c for c in clusters if sum(inside(d, c) for d in clusters) < 2],
                        tall)                                   # (a row across a gutter)
    # a range inside one column (a caption under a photo narrower than its column) is no column
    # of its own: it would make the column's text look as if it spanned two
    kept = [c for c in kept
            if not any(d != c and d[0] <= c[0] + 2 and c[1] <= d[1] + 2 for d in kept)]
    return tuple(sorted(kept))
