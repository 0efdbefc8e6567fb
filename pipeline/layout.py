"""Page geometry: words -> line pieces -> regions (recursive XY cut) -> paragraph blocks.

Pure logic on word boxes; the same code runs on text-layer words and on OCR words. Only the
boxes and sizes are used (the source's own line and block numbers are ignored), so a text layer
whose lines run across two columns and an OCR that merges blocks are treated alike.

Steps:

1. *Pieces.* Words chained left to right: a word continues the piece that ends just left of
   it (a gap narrower than the narrowest gutter) on the same line (half a height of vertical
   overlap, which follows the lines of a skewed scan). A piece is a run of words on one line of
   one column; OCR specks (``|``, stray marks) do not block a gutter.
2. *Regions.* A recursive XY cut over the pieces: a vertical white gutter of at least
   ``GUTTER`` x body size that runs the full height of a region splits it into columns (left to
   right); otherwise horizontal white gaps of at least ``HGAP`` x line pitch split it into slices
   (top to bottom), and neighbouring slices with the same gutters are put back together so that
   two columns whose paragraph gaps happen to line up are not read row by row. Spanning titles
   and boxed intros therefore come first where they sit above the columns.
3. *Paragraphs.* Inside a leaf region the lines (pieces of a row) are cut into paragraphs where
   the line pitch grows, the size or weight changes, a line is indented, the previous line ends
   short with closing punctuation, or a short line sits at the right edge (a byline).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from statistics import median

from .artifacts.base import Box
from .artifacts.pages import Word

log = logging.getLogger(__name__)

GUTTER = 0.75        # x body size: narrowest vertical gutter between columns
ADJACENT = 0.6       # share of one side's text height that must be flush against a gutter
TRIM = 0.4           # x body size: how far OCR boxes may run into a gutter
MIN_COLUMN = 10.0    # x body size: narrowest column
ROW_GAP = 6.0        # x body size: pieces of one row this far apart are separate items
WIDE_GAP = 3.0       # x body size: a gap this wide parts even two single pieces
EDGE = 0.06          # share of the page height at top and bottom cut apart as furniture
HGAP = 0.75          # x line pitch: narrowest horizontal gap that cuts a region in slices
TIGHT_HGAP = 0.33    # x line pitch: narrowest gap above columns (see ``xy_cut``)
PITCH_JUMP = 1.35    # a line pitch this much above the usual one starts a paragraph
CW_JUMP = 1.35       # the same for widths per character (OCR)
SIZE_JUMP = 1.3      # a size ratio this large between two lines starts a paragraph
_CLOSERS = ".!?:\"”’)»"


@dataclass(frozen=True)
class Line:
    """Words of one line of one column (a piece, or the pieces of a row inside a region)."""

    words: tuple[int, ...]     # indices into the page's words, left to right
    box: Box
    size: float
    bold: bool
    text: str
    base: float                # median bottom of the words: a baseline that ignores marks
    cw: float = 0.0            # median width per character of its words (see ``char_width``)
    core: tuple[float, float] = (0.0, 0.0)   # x range of its words that hold a letter or digit


@dataclass(frozen=True)
class Para:
    """A block found by geometry alone: its lines top to bottom."""

    lines: tuple[Line, ...]
    box: Box
    region: int                # index of the leaf region it came from, in reading order


@dataclass(frozen=True)
class PageGeometry:
    paras: tuple[Para, ...]                       # in reading order
    columns: tuple[tuple[float, float], ...]      # x ranges, left to right (straightened)
    body_size: float
    slope: float = 0.0                            # skew found (dy/dx), undone before cutting
    body_cw: float = 5.0                          # body width per character
    exact: bool = True                            # heights are font sizes (text layer)


def union(boxes: list[Box] | tuple[Box, ...]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _height(w: Word) -> float:
    """A word's size as drawn: its box height. Text layers give the font size here; OCR line
    heights (``Word.size``) swing with marks and skew, the median box height of a line does not."""
    return max(w.box[3] - w.box[1], 0.5)


def char_width(w: Word) -> float:
    """Width per character: a size measure that marks, skew and OCR box jitter leave alone
    (capitals count about 1.4 times lower case)."""
    return (w.box[2] - w.box[0]) / max(len(w.text), 1)


def body_char_width(words: tuple[Word, ...]) -> float:
    """The character-weighted median width per character of the page's words."""
    sized = sorted((char_width(w), len(w.text)) for w in words if len(w.text) >= 3)
    if not sized:
        return 5.0
    half, seen = sum(n for _, n in sized) / 2, 0
    for cw, n in sized:
        seen += n
        if seen >= half:
            return cw
    return sized[-1][0]


def body_size_of(words: tuple[Word, ...] | list[Word]) -> float:
    """The size most characters are set in (a character-weighted median)."""
    sized = sorted((_height(w), len(w.text)) for w in words if w.text.strip())
    if not sized:
        return 10.0
    half, seen = sum(n for _, n in sized) / 2, 0
    for size, n in sized:
        seen += n
        if seen >= half:
            return size
    return sized[-1][0]


def _core(ws: list[Word]) -> tuple[float, float]:
    """x range of the words with a letter or digit: OCR junk at a line's ends (``*.``, ``_``)
    may stand in a gutter."""
    real = [w.box for w in ws if any(c.isalnum() for c in w.text)] or [w.box for w in ws]
    return (min(b[0] for b in real), max(b[2] for b in real))


def make_line(words: tuple[Word, ...], idx: list[int]) -> Line:
    idx = sorted(idx, key=lambda i: words[i].box[0])
    ws = [words[i] for i in idx]
    return Line(words=tuple(idx), box=union([w.box for w in ws]),
                size=median(_height(w) for w in ws),
                bold=sum(len(w.text) for w in ws if w.bold) * 2 > sum(len(w.text) for w in ws),
                text=" ".join(w.text for w in ws), base=median(w.box[3] for w in ws),
                cw=median(char_width(w) for w in ws), core=_core(ws))


def _overlap(a: Box, b: Box) -> float:
    """Vertical overlap of two boxes as a share of the lower one's height."""
    common = min(a[3], b[3]) - max(a[1], b[1])
    return common / max(min(a[3] - a[1], b[3] - b[1]), 0.1)


def build_pieces(words: tuple[Word, ...], body: float | None = None) -> list[Line]:
    """Runs of words chained left to right: each piece is (part of) one line of one column.

    A word joins the piece whose last word ends less than the narrowest gutter to its left and
    overlaps it vertically by half a height or more (so a skewed scan's lines stay whole);
    otherwise it starts a new piece. Wide justified spaces cut a line into several pieces,
    which is harmless: pieces of one row are joined again inside a region.
    """
    order = sorted((i for i, w in enumerate(words) if w.text.strip()),
                   key=lambda i: words[i].box[0])
    unit = body if body is not None else body_size_of(words)
    limit = GUTTER * unit
    chains: list[list[int]] = []
    # Chains by the band of their last word's vertical centre, so that a word looks only at
    # the chains ending near its own height.
    bands: dict[int, set[int]] = {}

    def band(b: Box) -> int:
        return int((b[1] + b[3]) / 2 // unit)

    for i in order:
        box = words[i].box
        here = band(box)
        best, best_overlap = None, 0.5
        for k in (here - 1, here, here + 1):
            for c in list(bands.get(k, ())):
                last = words[chains[c][-1]].box
                if box[0] - last[2] > limit:
                    bands[k].discard(c)               # too far left to grow any more
                    continue
                if last[2] - 0.5 * (last[2] - last[0]) > box[0]:
                    continue                          # overlaps horizontally: another line
                ov = _overlap(last, box)
                if ov >= best_overlap:
                    best, best_overlap = c, ov
        if best is None:
            chains.append([i])
            best = len(chains) - 1
        else:
            bands[band(words[chains[best][-1]].box)].discard(best)
            chains[best].append(i)
        bands.setdefault(here, set()).add(best)
    return [make_line(words, c) for c in chains]


def _gaps(spans: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """White intervals at least ``min_gap`` wide between the merged spans."""
    spans = sorted(spans)
    gaps, end = [], spans[0][1]
    for lo, hi in spans[1:]:
        if lo - end >= min_gap:
            gaps.append((end, lo))
        end = max(end, hi)
    return gaps


def _is_speck(p: Line, body: float) -> bool:
    """OCR noise (``|``, ``-``, a stray mark): no letter or digit, or one tiny token."""
    if not any(c.isalnum() for c in p.text):
        return True
    return len(p.words) == 1 and len(p.text) <= 2 and p.box[2] - p.box[0] < body


def _gutters(pieces: list[Line], body: float) -> list[tuple[float, float]]:
    """Vertical gutters of a region: white strips, save for specks of noise. Each piece's
    ends are trimmed by ``TRIM`` x body first, so that OCR boxes running a little into the
    strip (a stray quote mark, a skewed line) do not close it; a title that spans the columns
    still does."""
    trim = TRIM * body
    spans = [(p.core[0] + trim, p.core[1] - trim) for p in pieces
             if not _is_speck(p, body) and p.core[1] - p.core[0] > 2 * trim]
    if not spans:
        return []
    return _gaps(spans, GUTTER * body)


def _same_gutters(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    if not a or not b:
        return False
    return all(any(g[0] < h[1] and h[0] < g[1] for h in b) for g in a) and \
        all(any(g[0] < h[1] and h[0] < g[1] for g in a) for h in b)


Span = tuple[float, float]


def _splits_columns(pieces: list[Line], gutter: Span, body: float) -> bool:
    """A gutter parts columns when each side holds two or more pieces (a gap between the words
    of a title line over a shorter line does not), or when it is very wide (a header row)."""
    if gutter[1] - gutter[0] - 2 * TRIM * body >= WIDE_GAP * body:     # untrimmed width
        return True
    cut = (gutter[0] + gutter[1]) / 2
    left = [p for p in pieces if p.core[1] <= cut and not _is_speck(p, body)]
    right = [p for p in pieces if p.core[0] >= cut and not _is_speck(p, body)]
    if len(left) < 2 or len(right) < 2:
        return False
    if min(max(p.box[2] for p in left) - min(p.box[0] for p in left),
           max(p.box[2] for p in right) - min(p.box[0] for p in right)) < MIN_COLUMN * body:
        return False                       # a "column" narrower than a few words is not one
    # Column text is flush against its gutter (justified lines end at it, lines begin at it);
    # a gap between words that happens to run through a few lines is not lined like that.
    flush_left = [p for p in left if p.core[1] > gutter[0] - 1.5 * body]
    flush_right = [p for p in right if p.core[0] < gutter[1] + 1.5 * body]
    lined = max(_covered(flush_left) / _covered(left), _covered(flush_right) / _covered(right))
    return lined >= ADJACENT


def _covered(pieces: list[Line]) -> float:
    """Height covered by the pieces' vertical extents (overlaps counted once)."""
    total, end = 0.0, float("-inf")
    for top, bottom in sorted((p.box[1], p.box[3]) for p in pieces):
        if bottom > end:
            total += bottom - max(top, end)
            end = bottom
    return total


def _slices(pieces: list[Line], min_gap: float) -> list[list[Line]]:
    """Pieces cut into horizontal slices at white gaps at least ``min_gap`` high."""
    bounds = [(g[0] + g[1]) / 2 for g in _gaps([(p.box[1], p.box[3]) for p in pieces], min_gap)]
    slices: list[list[Line]] = [[] for _ in range(len(bounds) + 1)]
    for p in pieces:
        slices[sum(p.box[1] > b for b in bounds)].append(p)
    return slices


def line_pitch(pieces: list[Line], body: float) -> float:
    """The usual distance between the baselines of a column's lines (the leading): pieces
    bucketed by left edge, the median step between neighbours in a bucket."""
    buckets: dict[int, list[float]] = {}
    for p in pieces:
        buckets.setdefault(int(p.box[0] // (2 * body)), []).append(p.base)
    steps = []
    for bases in buckets.values():
        bases.sort()
        steps += [b - a for a, b in zip(bases, bases[1:], strict=False) if body < b - a < 3 * body]
    return median(steps) if len(steps) >= 5 else 1.25 * body


def xy_cut(pieces: list[Line], body: float, column: Span | None = None,
           depth: int = 0, pitch: float | None = None) -> list[tuple[list[Line], Span | None]]:
    """Leaf regions in reading order, each with the x range of the column it lies in.

    A column is a side of a vertical cut that holds two or more pieces and no gutter of its
    own; ``None`` for regions outside any column (spanning titles, single-column pages).
    """
    if len(pieces) <= 1 or depth > 40:
        return [(pieces, column)]
    pitch = pitch or 1.25 * body
    gutters = [g for g in _gutters(pieces, body) if _splits_columns(pieces, g, body)]
    if gutters:
        widest = max(gutters, key=lambda g: g[1] - g[0])
        cut = (widest[0] + widest[1]) / 2
        out = []
        sides = ([p for p in pieces if p.core[1] <= cut], [p for p in pieces if p.core[1] > cut])
        for side in sides:
            col = column
            if sum(not _is_speck(p, body) for p in side) >= 2 and not _gutters(side, body):
                col = (min(p.box[0] for p in side), max(p.box[2] for p in side))
            out.extend(xy_cut(side, body, col, depth + 1, pitch))
        return out
    slices = _slices(pieces, HGAP * pitch)
    if len(slices) == 1:
        # Tight gaps (a title set close above its columns, as OCR ink boxes leave them) cut
        # only when a slice they make has columns.
        slices = _slices(pieces, TIGHT_HGAP * pitch)
        if not any(_splits_columns(s, g, body) for s in slices for g in _gutters(s, body)):
            return [(pieces, column)]
    merged: list[list[Line]] = []
    for s in slices:
        if merged and _same_gutters(_gutters(merged[-1], body), _gutters(s, body)) \
                and _gutters(merged[-1] + s, body):
            merged[-1] = merged[-1] + s
        else:
            merged.append(s)
    if len(merged) == 1 and not _gutters(merged[0], body):
        return [(merged[0], column)]
    out = []
    for s in merged:
        out.extend(xy_cut(s, body, column, depth + 1, pitch))
    return out


def _rows_to_lines(words: tuple[Word, ...], pieces: list[Line], body: float) -> list[Line]:
    """Pieces side by side on one row inside a region become one line (wide justified spaces
    and OCR boxes of odd height cut them apart), top to bottom. A piece joins the row above
    when it overlaps the row's height by half its own (or the row's) height and overlaps no
    piece of the row horizontally. Specks join the row nearest them."""
    rows: list[list[Line]] = []
    specks = [p for p in pieces if _is_speck(p, body)]
    for p in sorted((p for p in pieces if not _is_speck(p, body)),
                    key=lambda p: (p.box[1] + p.box[3]) / 2):
        row = rows[-1] if rows else None
        if row:
            top, bottom = min(q.box[1] for q in row), max(q.box[3] for q in row)
            common = min(bottom, p.box[3]) - max(top, p.box[1])
            if common >= 0.5 * min(p.box[3] - p.box[1], bottom - top) and \
                    all(q.box[2] <= p.box[0] or p.box[2] <= q.box[0] for q in row):
                row.append(p)
                continue
        rows.append([p])
    if not rows:
        rows = [[p] for p in specks]
    else:
        for sp in specks:
            centre = (sp.box[1] + sp.box[3]) / 2
            min(rows, key=lambda r: abs((r[0].box[1] + r[0].box[3]) / 2 - centre)).append(sp)
    lines = [make_line(words, [i for p in row for i in p.words]) if len(row) > 1 else row[0]
             for row in rows]
    return sorted(lines, key=lambda ln: ln.base)


_CREDIT_LINE = re.compile(r"^(?:Photo|Collected photo|Ảnh)\b", re.IGNORECASE)


def _breaks_before(prev: Line, line: Line, pitch: float, left: float, right: float,
                   exact: bool = True) -> bool:
    if _CREDIT_LINE.match(line.text) and len(line.words) <= 5:
        return False                                 # "Photo: NAME" ending a caption
    size = max(min(prev.size, line.size), 1.0)
    if exact and max(prev.size, line.size) / size > SIZE_JUMP or prev.bold != line.bold:
        return True
    if not exact and max(prev.cw, line.cw) / max(min(prev.cw, line.cw), 0.1) > CW_JUMP:
        return True
    if line.base - prev.base > PITCH_JUMP * pitch:
        return True
    width = right - left
    if line.box[0] - left > 0.8 * size and prev.box[0] - left < 0.5 * size \
            and line.box[2] - line.box[0] > 0.5 * width:
        return True                                  # first-line indent
    if right - prev.box[2] > 2 * size and prev.text.rstrip()[-1:] in _CLOSERS \
            and line.box[0] - left < 0.5 * size:
        return True                                  # short last line of a paragraph
    for ln in (prev, line):                          # a short line flush right: a byline
        if width > 8 * size and ln.box[0] - left > 0.3 * width and right - ln.box[2] < size:
            return True
    return False


def paragraphs(words: tuple[Word, ...], region: list[Line], index: int,
               exact: bool = True, body: float = 10.0) -> list[Para]:
    lines = _rows_to_lines(words, region, body)
    if not lines:
        return []
    # The column's edges where most lines start and end (a stray mark does not move them).
    starts, ends = sorted(ln.box[0] for ln in lines), sorted(ln.box[2] for ln in lines)
    left, right = starts[len(starts) // 4], ends[-1 - len(ends) // 4]
    steps = [b.base - a.base for a, b in zip(lines, lines[1:], strict=False)
             if abs(a.size - b.size) < 0.1 * a.size and b.base > a.base]
    pitch = median(steps) if len(steps) >= 2 else 1.25 * median(ln.size for ln in lines)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:], strict=False):
        if _breaks_before(prev, line, pitch, left, right, exact):
            groups.append([])
        groups[-1].append(line)
    return [Para(lines=tuple(g), box=union([ln.box for ln in g]), region=index) for g in groups]


def column_ranges(ranges: list[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
    """Columns from the x ranges of the regions that lie inside a column cut.

    Ranges that mostly cover each other are one column; a range that covers two or more
    columns (a title spanning a half page) is not a column.
    """
    clusters: list[tuple[float, float]] = []
    for lo, hi in sorted(ranges, key=lambda r: r[0] - r[1]):      # widest last
        for k, (clo, chi) in enumerate(clusters):
            if min(hi, chi) - max(lo, clo) > 0.6 * max(hi - lo, chi - clo):
                clusters[k] = (min(lo, clo), max(hi, chi))
                break
        else:
            clusters.append((lo, hi))
    kept = [c for c in clusters
            if sum(1 for d in clusters if d != c and c[0] <= d[0] + 2 and d[1] <= c[1] + 2) < 2]
    return tuple(sorted(kept))


def column_of(box: Box, columns: tuple[tuple[float, float], ...]) -> int:
    """Index of the one column the box sits in, or -1 when it spans several."""
    hits = [i for i, (lo, hi) in enumerate(columns)
            if min(box[2], hi) - max(box[0], lo) > min(0.15 * (hi - lo), 0.5 * (box[2] - box[0]))]
    if len(hits) == 1:
        return hits[0]
    if not hits and columns:
        centre = (box[0] + box[2]) / 2
        return min(range(len(columns)), key=lambda i: abs(sum(columns[i]) / 2 - centre))
    return -1


def skew_slope(pieces: list[Line], words: tuple[Word, ...]) -> float:
    """The page's text slope (dy/dx) from the baselines of long pieces; 0 when unsure.

    For each piece of four or more words, the median bottom of its right half minus that of its
    left half, over the distance between the halves' centres; the median over the pieces.
    """
    slopes = []
    for p in pieces:
        if len(p.words) < 4 or p.box[2] - p.box[0] < 60:
            continue
        ws = [words[i].box for i in p.words]
        half = len(ws) // 2
        left, right = ws[:half], ws[-half:]
        dx = median((b[0] + b[2]) / 2 for b in right) - median((b[0] + b[2]) / 2 for b in left)
        if dx > 0:
            slopes.append((median(b[3] for b in right) - median(b[3] for b in left)) / dx)
    return median(slopes) if len(slopes) >= 5 else 0.0


def deskewed(words: tuple[Word, ...], slope: float) -> tuple[Word, ...]:
    """Word boxes turned by ``-slope`` about the page origin (small-angle rotation)."""
    if abs(slope) < 1e-4:
        return words
    out = []
    for w in words:
        x0, top, x1, bottom = w.box
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        dx, dy = slope * cy, -slope * cx
        out.append(replace(w, box=(x0 + dx, top + dy, x1 + dx, bottom + dy)))
    return tuple(out)


def analyse(words: tuple[Word, ...], height: float, exact: bool = True) -> PageGeometry:
    """Paragraph blocks of a page in reading order, with the page's columns.

    A skewed scan's word boxes are first turned straight (``skew_slope``); all geometry is
    done on the straightened boxes (the blocks list word indices, so callers take the real
    boxes from the words). Pieces lying wholly in the top or bottom ``EDGE`` of the page
    (running header, page number, footer) are cut separately, so that they never hide a
    gutter: the top band comes first in reading order and the bottom band last. ``exact`` says
    the word heights are font sizes (a text layer); OCR heights are compared by width per
    character instead.
    """
    body = body_size_of(words)
    pieces = build_pieces(words, body)
    if not pieces:
        return PageGeometry(paras=(), columns=(), body_size=body, slope=0.0)
    slope = skew_slope(pieces, words)
    if slope:
        words = deskewed(words, slope)
        pieces = build_pieces(words, body)
    top = [p for p in pieces if p.box[3] < EDGE * height]
    bottom = [p for p in pieces if p.box[1] > (1 - EDGE) * height and p.box[3] >= EDGE * height]
    edges = {id(p) for p in top + bottom}
    middle = [p for p in pieces if id(p) not in edges]
    regions: list[tuple[list[Line], Span | None]] = []
    pitch = line_pitch(middle or pieces, body)
    for band in (top, middle, bottom):
        if band:
            regions.extend(xy_cut(band, body, pitch=pitch))
    paras: list[Para] = []
    for index, (region, _) in enumerate(regions):
        paras.extend(paragraphs(words, region, index, exact, body))
    columns = column_ranges(sorted({col for r, col in regions if col and id(r[0]) not in edges}))
    if not columns:
        box = union([p.box for p in middle or pieces])
        columns = ((box[0], box[2]),)
    return PageGeometry(paras=tuple(paras), columns=columns, body_size=body, slope=slope,
                        body_cw=body_char_width(words), exact=exact)
