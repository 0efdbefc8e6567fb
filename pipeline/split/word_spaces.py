"""Word spaces are no gutters: of display type, or lined up down a few justified rows.

A gutter between columns is found as a white strip at least ``pieces.GUTTER`` x the page's
body size wide. The spaces between the words of a title set two or three times the body's
size are as wide as that, and where a title of two or more lines has spaces that happen to
line up (a scan's OCR boxes, each a word, leave nothing between them) the strip runs through
the whole title and cuts it into "columns" read one after the other. A space grows with the
type it parts: a strip whose text flush against it on both sides is display type (set
``DISPLAY_SIZE`` x the body's size or larger) is a gutter only when it is at least
``pieces.GUTTER`` x that type's own size wide.

Justified text on a scan is read a word a piece, and its spaces, stretched to fill the line,
may line up down two or three rows into a strip as wide as a narrow gutter (a river). Where
each row of a run the strip crosses holds other spaces about as wide (``ROW_SPACE`` x their
median), the strip is one of those rows' word spaces, not white between columns, whose gutter
stands wider than the spaces inside their lines. Only through a few rows (``rows``): down a
column's length a strip is a gutter whatever the spacing.

A one-line head over columns has no strip of its own: its spaces, as wide on a scan as a
narrow gutter, may lie right over one of the gutters of the columns under it, and the strip
down that gutter then runs from the head's top to the page's foot, with no white across it
between head and columns (a landscape sheet's English title over four narrow columns:
``FRENCH AMBASSADOR`` read with the first column, ``TO VIET NAM VISITS ...`` after it, and
the article lost its title; interlace scans). The region's first row holding text on both
sides of the strip is such a head when the strip crosses it at one of its word spaces: both
pieces flush against the strip are display type (``HEAD_SIZE`` x body or larger), the white
between them is narrower than ``pieces.GUTTER`` x their own size (``display_space``'s
measure, row by row) and no wider than ``ROW_SPACE`` x the median of the row's other spaces
between pieces (the row must have some: twin titles set level in two columns, each a whole
piece a line, stand a gutter apart, which in type two or three times the body's is no wider
than a word space of theirs; edgetab). The head (with its lines below,
``head_feet.headline_foot``) is cut from the columns before the strip (``head_across``).
Lines of columns side by side are no such row: at the body's size the white of a gutter is
wider than a word space of theirs.

On OCR pages a head is cut from the columns under it only where they start right under it
(``columns_start_under``). Pure logic on line pieces.
"""

from __future__ import annotations

import logging
from statistics import median

from magpipe.split.head_feet import headline_foot
from magpipe.split.pieces import GUTTER, JUNK_CONF, Line, without_specks

log = logging.getLogger(__name__)

DISPLAY_SIZE = 1.8   # x body size: text this much larger is display type (a title's), whose
                     # word spaces are wider than the body's narrowest gutter
ROW_SPACE = 1.2      # x the median space of a row: a space narrower is an ordinary one of it
WORD_SPACE = 2.0     # x body size: a row's median space wider than this is holes between
                     # words OCR lost, or gutters, not its word space
ROW_SPACES = 3       # fewest other spaces of a row to measure its word space by
STAGGER_ROWS = 2     # fewest rows starting at a strip's right side alone beside a run of rows
                     # for the strip to be a gutter of columns on staggered baselines
RUN_STEP = 2.5       # x body size: rows this close in a run (a paragraph's lines)
ROW_MIDDLE = 0.5     # x body size: pieces whose middles lie this close are on one row
FLUSH = 1.5          # x body size: how far from a strip a piece's end may lie and touch it
HEAD_SIZE = 1.3      # x body size: a row's pieces this large are a head's (display type: on a
                     # scan a title in capitals a third larger than the body stands ~1.6 times
                     # the body's box height; the body's own rows stand at 1)


def display_space(pieces: list[Line], gutter: tuple[float, float], body: float,
                  least: float) -> bool:
    """The white of the strip ``gutter`` is narrower than ``least`` x the size of the display
    type flush against it on both sides (``least``: the share of the body's size a gutter
    must be): a word space of that type, not a gutter."""
    cut = (gutter[0] + gutter[1]) / 2
    near = without_specks(pieces, body)
    left = [p for p in near if cut >= p.core[1] > gutter[0] - FLUSH * body]
    right = [p for p in near if cut <= p.core[0] < gutter[1] + FLUSH * body]
    if not left or not right:
        return False
    size = min(median(p.size for p in left), median(p.size for p in right))
    if size < DISPLAY_SIZE * body:
        return False
    white = min(p.core[0] for p in right) - max(p.core[1] for p in left)
    if white >= least * size:
        return False
    log.debug("strip %.0f-%.0f: a word space of type %.1f high, no gutter", gutter[0],
              gutter[1], size)
    return True


def river_space(pieces: list[Line], gutter: tuple[float, float], body: float,
                rows: int) -> bool:
    """Some run of neighbouring rows the strip ``gutter`` crosses (up to ``rows`` of them,
    each within ``RUN_STEP`` x body of the last) is a river. In each of its rows the space
    the strip makes is an ordinary word space of the row: under ``ROW_SPACE`` x the median
    of the row's other spaces between pieces (``ROW_SPACES`` or more, their median narrower
    than ``WORD_SPACE`` x body); and the row is read a word a piece (its median piece one
    word: all its spaces stretched wider than the pieces' chaining limit), whereas lines of
    narrow columns side by side are pieces of several words each, parted by gutters as even
    as a justified line's spaces. The strip may part columns further down (the captions
    under a photo below the paragraph): cut across first, the paragraph and the captions are
    measured apart."""
    cut = (gutter[0] + gutter[1]) / 2
    runs: list[list[bool]] = []
    spans: list[list[float]] = []          # each run's first and last row's middle
    starts: list[float] = []               # rows starting at the strip, none left of it
    last = float("-inf")
    for row in _rows(pieces, body):
        left = [p for p in row if p.core[1] <= cut]
        right = [p for p in row if p.core[0] >= cut]
        middle = (row[0].box[1] + row[0].box[3]) / 2
        if not left or not right:
            if right and not left and min(p.core[0] for p in right) < gutter[1] + FLUSH * body:
                starts.append(middle)
            continue
        if middle - last > RUN_STEP * body:
            runs.append([])
            spans.append([middle, middle])
        last = spans[-1][1] = middle
        row.sort(key=lambda p: p.box[0])
        at = min(p.core[0] for p in right) - max(p.core[1] for p in left)
        others = [b.box[0] - a.box[2] for a, b in zip(row, row[1:], strict=False)
                  if not (a.core[1] <= cut <= b.core[0])]
        space = median(others) if len(others) >= ROW_SPACES else 0.0
        # (each side read a word a piece: one side's whole lines beside the other's words, a
        # narrow column of justified English with wide spaces, are two columns)
        runs[-1].append(0 < space < WORD_SPACE * body and at < ROW_SPACE * space
                        and median(len(p.words) for p in left) == 1
                        and median(len(p.words) for p in right) == 1)
    river = any(len(run) <= rows and all(run) and not _staggered(span, starts, body)
                for run, span in zip(runs, spans, strict=True))
    if river:
        log.debug("strip %.0f-%.0f: word spaces of justified rows, no gutter", gutter[0],
                  gutter[1])
    return river


def _staggered(span: list[float], starts: list[float], body: float) -> bool:
    """``STAGGER_ROWS`` rows or more beside the run (within ``RUN_STEP`` x body of its first
    or last row) hold text that starts against the strip's right side with none left of it:
    the strip is the gutter of two columns set on baselines apart, which meet level now and
    then (a paragraph's white moves one column's lines half a line down). There a justified
    line of one column, its spaces stretched, may stand level with a line of one word of
    the other: each side read a word a piece on that row, the strip no wider than the row's
    spaces, yet no river (between-5 of seed 1600: the English columns read row by row
    across). A paragraph's rows start at its left edge: over and under a river they cross
    the strip or stop short of it, and a line set right or centred is one, not several."""
    near = [m for m in starts if span[0] - RUN_STEP * body <= m <= span[1] + RUN_STEP * body]
    if len(near) < STAGGER_ROWS:
        return False
    log.debug("rows starting at a strip's right side alone: two columns' gutter, no river")
    return True


def _rows(pieces: list[Line], body: float) -> list[list[Line]]:
    """The pieces in rows, top to bottom: a piece whose middle lies within ``ROW_MIDDLE`` x
    body of the row's first piece's middle joins it. Specks and OCR junk
    (``pieces.JUNK_CONF``: the garbage OCR reads off a photo's edge) are left out."""
    out: list[list[Line]] = []
    for p in sorted((p for p in without_specks(pieces, body) if p.conf >= JUNK_CONF),
                    key=lambda p: p.box[1] + p.box[3]):
        if out and (p.box[1] + p.box[3] - out[-1][0].box[1] - out[-1][0].box[3]) / 2 \
                < ROW_MIDDLE * body:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def columns_start_under(rest: list[Line], gutter: tuple[float, float], gap: float) -> bool:
    """The columns ``gutter`` parts start at the top of ``rest``: its top block (its pieces
    down to the first white ``gap`` high or more) holds text on both sides of the gutter. A
    paragraph's last line left of a gutter between the captions far below it (a photo between)
    is no top of columns: the line is the paragraph's, and the head above it no head."""
    cut = (gutter[0] + gutter[1]) / 2
    top = sorted(rest, key=lambda p: p.box[1])
    block: list[Line] = []
    foot = float("-inf")
    for p in top:
        if block and p.box[1] - foot >= gap:
            break
        block.append(p)
        foot = max(foot, p.box[3])
    return any(p.core[1] <= cut for p in block) and any(p.core[0] >= cut for p in block)


def _crossing(row: list[Line], gutter: tuple[float, float], body: float) -> bool:
    """The strip ``gutter`` crosses the row (holding text on both sides of it) at one of its
    word spaces (see the module)."""
    cut = (gutter[0] + gutter[1]) / 2
    left = [p for p in row if p.core[1] <= cut]
    right = [p for p in row if p.core[0] >= cut]
    a, b = max(left, key=lambda p: p.core[1]), min(right, key=lambda p: p.core[0])
    if a.core[1] <= gutter[0] - FLUSH * body or b.core[0] >= gutter[1] + FLUSH * body:
        return False                    # (text away from the strip: no line across it)
    size = min(a.size, b.size)
    white = b.core[0] - a.core[1]
    if size < HEAD_SIZE * body or not 0 <= white < GUTTER * size:
        return False
    row = sorted(row, key=lambda p: p.box[0])
    others = [q.box[0] - p.box[2] for p, q in zip(row, row[1:], strict=False)
              if not (p.core[1] <= cut <= q.core[0])]
    return bool(others) and white <= ROW_SPACE * median(others)


def head_across(pieces: list[Line], gutters: list[tuple[float, float]],
                body: float) -> tuple[list[Line], list[Line]] | None:
    """The head a gutter of the region runs down through at one of its word spaces, and the
    rest of the region under it (see the module); None when there is none. The head is the
    region's top down to the foot of that row's headline; the rest must lie wholly below it
    and still hold the strip."""
    rows = _rows(pieces, body)
    for gutter in gutters:
        cut = (gutter[0] + gutter[1]) / 2
        row = next((r for r in rows if any(p.core[1] <= cut for p in r)
                    and any(p.core[0] >= cut for p in r)), None)
        if row is None or not _crossing(row, gutter, body):
            continue
        foot = headline_foot(row, pieces)
        head = [p for p in pieces if (p.box[1] + p.box[3]) / 2 <= foot]
        rest = [p for p in pieces if (p.box[1] + p.box[3]) / 2 > foot]
        if not rest or min(p.box[1] for p in rest) < foot or \
                not any(p.core[1] <= cut for p in rest) or \
                not any(p.core[0] >= cut for p in rest):
            continue
        log.debug("strip %.0f-%.0f: a word space of the head %r over the columns", gutter[0],
                  gutter[1], row[0].text[:40])
        return head, rest
    return None
