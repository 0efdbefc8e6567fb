"""Vertical gutters of a region, and whether one parts columns.

A gutter is a vertical white strip at least ``GUTTER`` x body size wide through a region's
pieces (``region_gutters``); it parts columns (``splits_columns``) when each side holds text
flush against it on rows of its own, set in columns wider than a few words, and the strip is
no river of word spaces lined up through a few rows (``word_spaces``). The XY cut
(``xycut.xy_cut``) cuts regions at the gutters that part columns (``column_gutters``); modules
ask for the grid of a story's columns of text (``text_gutters``). Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.split.narrow import narrow_rows
from magpipe.split.pieces import GUTTER, JUNK_CONF, Line, without_specks
from magpipe.split.pieces import rows as _rows
from magpipe.split.word_spaces import display_space, river_space

ADJACENT = 0.6       # share of one side's text height that must be flush against a gutter
TRIM = 0.4           # x body size: how far OCR boxes may run into a gutter
MIN_COLUMN = 10.0    # x body size: narrowest column ...
COLUMN_CHARS = 20    # ... unless its lines hold this many characters (the median line): a
                     # caption set small beside a portrait, in a face whose boxes stand tall
NARROW_CHARS = 10    # ... or, beside more than ``RIVER_ROWS`` rows on both sides, this many
                     # (running text in a narrow newspaper column: ``_narrow_columns``)
SAME_MEASURE = 0.8   # ratio of the narrower side's median line width to the wider's: one grid
WIDE_GAP = 3.0       # x body size: a gap this wide parts even two single pieces
RIVER_ROWS = 5       # most rows beside a strip on its shorter side for a river of word spaces
JUNK_REACH = 0.5     # x body size: junk whose foot stands this close over a region's text
JUNK_ROW = 1.0       # junk on a row this many times as wide as the sound pieces level with
                     # it makes them junk too (a rule read as odd words, one of them, ``0D``,
                     # read with some confidence)
LEVEL = 0.5          # share of the lower of two pieces' heights they overlap by: one row
TEXT_ROWS = 3        # fewest rows touching a gutter of a story's columns on its fuller side
                     # (above two, no wide gap is taken for a header row's: ``text_gutters``)


def white_gaps(spans: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """White intervals at least ``min_gap`` wide between the merged spans."""
    spans = sorted(spans)
    gaps, end = [], spans[0][1]
    for lo, hi in spans[1:]:
        if lo - end >= min_gap:
            gaps.append((end, lo))
        if hi > end:           # end = max(end, hi), without the call (asked for every piece)
            end = hi
    return gaps


# ``region_gutters`` of piece sets already asked about: the cut asks the same set again and again
# (a slice, then the same slice as a side, a merged pair, the rest under a head: two thirds of
# the questions on a born-digital page are repeats). Keyed by the pieces' identities; each
# entry keeps its pieces alive, so an identity cannot be reused while its entry stands. Lines
# are frozen: the answer cannot change. Emptied when full (``GUTTER_MEMO`` entries).
GUTTER_MEMO = 512
_gutter_memo: dict[tuple[float, tuple[int, ...]], tuple[list[Line], list[tuple[float, float]]]] = {}


def region_gutters(pieces: list[Line], body: float) -> list[tuple[float, float]]:
    """Vertical gutters of a region: white strips, save for specks of noise. Each piece's
    ends are trimmed by ``TRIM`` x body first, so that OCR boxes running a little into the
    strip (a stray quote mark, a skewed line) do not close it; a title that spans the columns
    still does. (The gutters depend on the set of pieces, not their order.)"""
    key = (body, tuple(sorted(map(id, pieces))))
    known = _gutter_memo.get(key)
    if known is None:
        if len(_gutter_memo) >= GUTTER_MEMO:
            _gutter_memo.clear()
        known = _gutter_memo[key] = (list(pieces), _found_gutters(pieces, body))
    return list(known[1])


def _over_text(pieces: list[Line], body: float) -> list[Line]:
    """The pieces that may close a gutter: no speck, and no OCR junk (``JUNK_CONF``) standing
    over all the region's text and touching it (its foot within ``JUNK_REACH`` body sizes of
    the text's top). A heavy rule set right over two titles set level is read as a row of
    odd words across the gutter between them, which then ran line by line into one block;
    ``xycut._slices`` places such junk without measuring it either. Junk among the lines (a
    degraded line, a table's ruled cells), under them (a rule closing a story, whose band
    the cut finds by it) or apart over them still closes one. A piece read with confidence
    on a row that is mostly junk (``_junk_row``) is part of that junk."""
    text = without_specks(pieces, body)
    sound = [p for p in text if p.conf >= JUNK_CONF]
    if len(sound) == len(text) or not sound:
        return text
    junk = [p for p in text if p.conf < JUNK_CONF]
    sound = [p for p in sound if not _junk_row(p, text, junk)] or sound
    kept = {id(p) for p in sound}
    top = min(p.box[1] for p in sound)
    return [p for p in text if id(p) in kept or (p.box[1] + p.box[3]) / 2 >= top
            or p.box[3] < top - JUNK_REACH * body]


def _junk_row(piece: Line, pieces: list[Line], junk: list[Line]) -> bool:
    """The junk (``junk``, of ``pieces``) level with ``piece`` (``LEVEL``) is more than
    ``JUNK_ROW`` times as wide as the sound pieces level with it, ``piece`` among them."""
    def level(p: Line) -> bool:
        overlap = min(p.box[3], piece.box[3]) - max(p.box[1], piece.box[1])
        return overlap >= LEVEL * min(p.box[3] - p.box[1], piece.box[3] - piece.box[1])
    if not any(level(p) for p in junk):
        return False
    row = [p for p in pieces if level(p)]
    junk_width = sum(p.box[2] - p.box[0] for p in row if p.conf < JUNK_CONF)
    return junk_width > JUNK_ROW * sum(p.box[2] - p.box[0] for p in row if p.conf >= JUNK_CONF)


def _found_gutters(pieces: list[Line], body: float) -> list[tuple[float, float]]:
    """``region_gutters``, worked out."""
    trim = TRIM * body
    spans = [(p.core[0] + trim, p.core[1] - trim) for p in _over_text(pieces, body)
             if p.core[1] - p.core[0] > 2 * trim]
    if not spans:
        return []
    return white_gaps(spans, GUTTER * body)


def same_gutters(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    if not a or not b:
        return False
    return all(any(g[0] < h[1] and h[0] < g[1] for h in b) for g in a) and \
        all(any(g[0] < h[1] and h[0] < g[1] for g in a) for h in b)


Span = tuple[float, float]


# ``splits_columns`` answers, asked again and again of one piece list and gutter (the cut
# asks a region's gutters, then the same region's again as a side, under a head, in a band:
# about half the questions on a born-digital page are repeats). Keyed by the pieces'
# identities in their order (the answer is the function's of that list), the gutter and the
# options; each entry keeps its pieces alive, so an identity cannot be reused while its entry
# stands. Lines are frozen: the answer cannot change. Emptied when full (``SPLITS_MEMO``).
SPLITS_MEMO = 1024
_splits_memo: dict[tuple, tuple[list[Line], bool]] = {}


def splits_columns(pieces: list[Line], gutter: Span, body: float, min_rows: int = 2,
                    spaced: bool = True) -> bool:
    """A gutter parts columns when each side holds two or more pieces (a gap between the words
    of a title line over a shorter line does not), or when it is very wide (a header row).
    ``min_rows``: fewest rows touching the gutter on its fuller side (one fewer on the other);
    above two, a very wide gap on one row (the last of a justified paragraph) is no header.
    ``spaced``: check that neither side is text with wide word spaces (``_word_spaced``)."""
    key = (body, gutter, min_rows, spaced, tuple(map(id, pieces)))
    known = _splits_memo.get(key)
    if known is None:
        if len(_splits_memo) >= SPLITS_MEMO:
            _splits_memo.clear()
        known = _splits_memo[key] = (list(pieces), _judged_split(pieces, gutter, body,
                                                                 min_rows, spaced))
    return known[1]


def _judged_split(pieces: list[Line], gutter: Span, body: float, min_rows: int,
                  spaced: bool) -> bool:
    """``splits_columns``, worked out."""
    if display_space(pieces, gutter, body, GUTTER) or \
            spaced and river_space(pieces, gutter, body, RIVER_ROWS):
        return False                       # word spaces lined up (``word_spaces``)
    if gutter[1] - gutter[0] - 2 * TRIM * body >= WIDE_GAP * body and min_rows <= 2:
        return True                        # (untrimmed width; a one-row header when allowed)
    cut = (gutter[0] + gutter[1]) / 2
    text = without_specks(pieces, body)
    left = [p for p in text if p.core[1] <= cut]
    right = [p for p in text if p.core[0] >= cut]
    if len(left) < 2 or len(right) < 2:
        return False
    if min(max(p.box[2] for p in left) - min(p.box[0] for p in left),
           max(p.box[2] for p in right) - min(p.box[0] for p in right)) < MIN_COLUMN * body \
            and min(_line_chars(left), _line_chars(right)) < COLUMN_CHARS \
            and not _narrow_columns(left, right, body) \
            and not narrow_rows(left, right, body, RIVER_ROWS, NARROW_CHARS, SAME_MEASURE):
        return False                       # a "column" narrower than a few words is not one
    for side in (left, right):
        centres = [(p.box[1] + p.box[3]) / 2 for p in side]
        # the side's own type measures a row: a caption set smaller than the body stacks its
        # lines closer than the body's height (issue 16: greeting-3 of seed 4100, a portrait's
        # caption of two lines beside the message)
        if max(centres) - min(centres) < min(body, *(p.box[3] - p.box[1] for p in side)):
            return False                   # one row: a gap between the words of a title line
    # Column text is flush against its gutter (justified lines end at it, lines begin at it);
    # a gap between words that happens to run through a few lines is not lined like that:
    # most of one side's text, and two rows or more, must touch the gutter.
    flush_left = [p for p in left if p.core[1] > gutter[0] - 1.5 * body]
    flush_right = [p for p in right if p.core[0] < gutter[1] + 1.5 * body]
    lined = max(covered(flush_left) / covered(left), covered(flush_right) / covered(right))
    rows = sorted((_rows(flush_left, body), _rows(flush_right, body)))
    if lined < ADJACENT or rows[0] < min_rows - 1 or rows[1] < min_rows:
        return False
    # A column's lines are whole pieces, mostly: where the rows on both sides are cut at
    # spaces as wide as the strip, the two are one text set with wide word spaces (capitals
    # justified in a narrow column, which OCR leaves a piece a word) and the strip a river
    # through it (a column of body text beside a lead in capitals keeps its gutter). Rivers
    # run through a few rows: a strip beside more (``RIVER_ROWS``) is a gutter between columns
    # whatever their spacing (an OCR text layer with wide spaces everywhere).
    # Justified columns are told from a river by their edges: the lines of both sides end
    # and begin at one x against the strip (``_flush_edges``), where words beside a river end
    # and begin where they fall (front-page-3 at seed 5000: the English of a story in two
    # narrow justified columns, six rows deep, read row by row across them).
    width = gutter[1] - gutter[0] - 2 * TRIM * body
    return not (spaced and rows[0] <= RIVER_ROWS and
                all(_word_spaced(side, width, body) for side in (left, right)) and
                not (_flush_edges(flush_left, body, right_edge=True) and
                     _flush_edges(flush_right, body, right_edge=False)))


EDGE_ROWS = 3        # fewest rows of a side lined up at the strip for a column's edge
EDGE_SPREAD = 0.15   # x body size: how far the lines of a justified edge may end apart


def _flush_edges(side: list[Line], body: float, right_edge: bool) -> bool:
    """``EDGE_ROWS`` rows or more of the side's pieces against a strip, each row's end there
    (its last piece's right end, or its first piece's left end) within ``EDGE_SPREAD`` of the
    others': a justified column's edge."""
    ends: list[tuple[float, float]] = []       # (a row's middle, its end at the strip)
    for p in sorted(side, key=lambda p: (p.box[1] + p.box[3]) / 2):
        middle, end = (p.box[1] + p.box[3]) / 2, p.core[1] if right_edge else p.core[0]
        if ends and middle - ends[-1][0] < 0.5 * body:
            ends[-1] = (ends[-1][0], max(end, ends[-1][1]) if right_edge else min(end, ends[-1][1]))
        else:
            ends.append((middle, end))
    xs = [x for _, x in ends]
    return len(xs) >= EDGE_ROWS and max(xs) - min(xs) <= EDGE_SPREAD * body


def _narrow_columns(left: list[Line], right: list[Line], body: float) -> bool:
    """Both sides are narrow columns of running text of one grid (a newspaper's, set in a
    face with tall boxes): more than ``RIVER_ROWS`` rows each, lines of words (a median line
    of ``NARROW_CHARS`` or more; a column of page numbers or of short labels has none) and
    lines of about one width (``SAME_MEASURE``: a table's date column beside its text is
    narrower)."""
    if min(_line_chars(left), _line_chars(right)) < NARROW_CHARS or \
            min(_rows(left, body), _rows(right, body)) <= RIVER_ROWS:
        return False
    widths = sorted(_line_width(side) for side in (left, right))
    return widths[0] >= SAME_MEASURE * widths[1]


def _line_width(pieces: list[Line]) -> float:
    """Width of the pieces' median line."""
    widths = sorted(p.box[2] - p.box[0] for p in pieces)
    return widths[len(widths) // 2]


def column_gutters(pieces: list[Line], body: float) -> list[Span]:
    """The gutters that part the pieces' columns (``region_gutters`` that ``splits_columns``)."""
    return [g for g in region_gutters(pieces, body) if splits_columns(pieces, g, body)]


def text_gutters(pieces: list[Line], body: float) -> list[Span]:
    """The gutters that part columns of text (``splits_columns`` with rows on both sides, no
    wide gap taken for a header row's): the grid of a story's columns, as modules ask it. A
    margin of dates beside a chronicle's entries (narrower than a column, and parted from
    them only by a wide gap) is none: its dates are no headlines over columns."""
    return [g for g in region_gutters(pieces, body)
            if splits_columns(pieces, g, body, min_rows=TEXT_ROWS)]


def _word_spaced(pieces: list[Line], width: float, body: float) -> bool:
    """Half the rows of the pieces or more hold a gap at least ``width`` wide between two
    pieces, away from the gutters that part the pieces' own columns (a side may hold two)."""
    own = [g for g in region_gutters(pieces, body) if splits_columns(pieces, g, body, spaced=False)]
    rows: list[list[Line]] = []
    for p in sorted(pieces, key=lambda p: (p.box[1] + p.box[3]) / 2):
        first = rows[-1][0] if rows else None
        if first and (p.box[1] + p.box[3] - first.box[1] - first.box[3]) / 2 < 0.5 * body:
            rows[-1].append(p)
        else:
            rows.append([p])
    spaced = 0
    for row in rows:
        row.sort(key=lambda p: p.box[0])
        spaced += any(b.box[0] - a.box[2] >= width and
                      not any(g[0] < b.box[0] and a.box[2] < g[1] for g in own)
                      for a, b in zip(row, row[1:], strict=False))
    return 2 * spaced >= len(rows)


def _line_chars(pieces: list[Line]) -> int:
    """Characters of the pieces' median row (a row's pieces on this side counted together:
    a justified line of a narrow column is cut into pieces at its wide word spaces, and its
    pieces alone are a word or two long, however full the line)."""
    rows: list[list[Line]] = []
    for p in sorted(pieces, key=lambda p: (p.box[1] + p.box[3]) / 2):
        first = rows[-1][0] if rows else None
        if first and p.box[1] + p.box[3] - first.box[1] - first.box[3] < \
                first.box[3] - first.box[1]:        # middles less than half a height apart
            rows[-1].append(p)
        else:
            rows.append([p])
    counts = sorted(sum(len(p.text) + 1 for p in row) - 1 for row in rows)
    return counts[len(counts) // 2] if counts else 0


def covered(pieces: list[Line]) -> float:
    """Height covered by the pieces' vertical extents (overlaps counted once)."""
    total, end = 0.0, float("-inf")
    for top, bottom in sorted((p.box[1], p.box[3]) for p in pieces):
        if bottom > end:
            total += bottom - max(top, end)
            end = bottom
    return total
