"""Tables of text ruled in rows and cells, read row by row.

Some pages set an article's text in a grid of cells ruled by hairlines: a rule across the
table over every row and a vertical rule between the cells of a row (a question in a narrow
cell beside its answer, a paragraph, in the wide one; a term beside its explanation). Each
cell holds whole paragraphs, and the grid is read row by row: a row's cells left to right,
then the row under it. Geometry alone reads such a grid wrongly: where the vertical rules
line up, their white makes a gutter that runs the table's height, and the XY cut reads every
left cell down the page, then every right cell (all the questions, then all the answers);
where a row stands alone, its cells' first lines are one line across the rule (the pad on
each side of a hairline is narrower than a gutter).

The drawn rules tell the grid. A row is the band between two rules across of one span (or
the top and foot of a light tint laid under the row), parted by a vertical rule that runs
from one to the other, a cell's width (``CELL``) at least in from the band's ends (a box's
own sides part nothing). Rows stacked one on the next (a row's foot the next one's top) make
one table. Each cell's words are made into paragraphs of their own (``layout.paragraphs``),
and the table's paragraphs, row by row and left to right, take the place of the first of
the page's paragraphs that held any of its words. Text-layer pages only: a scan's drawings
do not reach the split stage. Sizes are the page's own body size's multiples. Pure logic,
no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.pages import Drawing, DrawingKind, Word
from magpipe.split.drawn_boxes import DARK
from magpipe.split.layout import PageGeometry, Para, paragraphs
from magpipe.split.pieces import Line, make_line
from magpipe.split.skew import deskewed

log = logging.getLogger(__name__)

TOUCH = 0.6         # x body size: a vertical rule's end lies this close to the rule across it
                    # meets (hairlines are drawn overlapping by their weight, or just short)
SAME_SPAN = 1.0     # x body size: the rules over and under a row end this close to each other
CELL = 3.0          # x body size: a cell is this wide at least (a few words): a vertical rule
                    # nearer a row's end is the side of a box, not a rule between cells
ROW_HIGH = 1.0      # x body size: a row is this high at least (a line of text)
FILLED = 0.85       # share of its cell's width a line of a paragraph set in a cell spans at least
PARA_LINES = 2      # lines so filled that a cell holding text set to its measure holds at least:
                    # a grid of text has one in a row at least, a table of figures (short
                    # figures and labels, many rows of them between two rules) none


@dataclass(frozen=True)
class Row:
    """One ruled row: its bounds (the rules over and under it, its ends) and where the
    vertical rules part its cells, left to right."""

    box: Box
    cuts: tuple[float, ...]

    def cell(self, box: Box) -> int | None:
        """The index of the cell holding the middle of ``box``, ``None`` outside the row."""
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        if not (self.box[0] <= x <= self.box[2] and self.box[1] <= y <= self.box[3]):
            return None
        return sum(x > cut for cut in self.cuts)


def _across(drawings: tuple[Drawing, ...]) -> list[tuple[float, float, float]]:
    """The lines across the page that may bound a row, as ``(x0, x1, y)``: rules wider than
    high, and the top and foot of each light tint (rows set on a tint)."""
    out = []
    for d in drawings:
        x0, y0, x1, y1 = d.box
        if d.kind == DrawingKind.RULE and x1 - x0 > y1 - y0:
            out.append((x0, x1, (y0 + y1) / 2))
        elif d.kind == DrawingKind.FILL and d.shade >= DARK:
            out.extend(((x0, x1, y0), (x0, x1, y1)))
    return out


def _bound(across: list[tuple[float, float, float]], x: float, y: float,
           body: float) -> list[tuple[float, float, float]]:
    """The lines across that a vertical rule's end at ``(x, y)`` meets, a cell's width in
    from their ends."""
    return [a for a in across if abs(a[2] - y) <= TOUCH * body
            and a[0] + CELL * body <= x <= a[1] - CELL * body]


def _row(across: list[tuple[float, float, float]], rule: Box, body: float,
         open_foot: bool) -> Row | None:
    """The row a vertical rule parts: a rule across meets its top and one of the same span
    its foot (``open_foot``: or nothing meets its foot, and the row ends where it ends)."""
    x0, y0, x1, y1 = rule
    x = (x0 + x1) / 2
    tops, feet = _bound(across, x, y0, body), _bound(across, x, y1, body)
    if open_foot:
        if feet or any(abs(a[2] - y1) <= TOUCH * body for a in across):
            return None
        feet = [(t[0], t[1], y1) for t in tops]
    pair = next(((t, f) for t in tops for f in feet if abs(t[0] - f[0]) <= SAME_SPAN * body
                 and abs(t[1] - f[1]) <= SAME_SPAN * body), None)
    if pair is None:
        return None
    (tx0, tx1, top), (fx0, fx1, foot) = pair
    return Row(box=(min(tx0, fx0), top, max(tx1, fx1), foot), cuts=(x,))


def _same(a: Box, b: Box, body: float) -> bool:
    return all(abs(p - q) <= SAME_SPAN * body for p, q in zip(a, b, strict=True))


def ruled_rows(drawings: tuple[Drawing, ...], body: float) -> list[Row]:
    """The page's ruled rows (see the module's text), top to bottom. A row open at its foot
    (a page's last row, its table going on overleaf, the rule under it drawn there) counts
    where the page holds a closed row of its span parted at the same place: a column rule
    hanging from a rule across (two columns of text under a story's head) has none."""
    if body <= 0:
        return []
    across = _across(drawings)
    down = [d.box for d in drawings if d.kind == DrawingKind.RULE and
            d.box[3] - d.box[1] > d.box[2] - d.box[0] and d.box[3] - d.box[1] >= ROW_HIGH * body]
    closed = [r for r in (_row(across, rule, body, False) for rule in down) if r is not None]
    opened = [r for r in (_row(across, rule, body, True) for rule in down) if r is not None and
              any(abs(c.box[0] - r.box[0]) <= SAME_SPAN * body and
                  abs(c.box[2] - r.box[2]) <= SAME_SPAN * body and
                  abs(c.cuts[0] - r.cuts[0]) <= SAME_SPAN * body for c in closed)]
    rows: list[Row] = []
    for row in closed + opened:     # (rows parted by several rules: one row, several cuts)
        k = next((k for k, r in enumerate(rows) if _same(r.box, row.box, body)), None)
        if k is None:
            rows.append(row)
        elif all(abs(row.cuts[0] - c) > CELL * body for c in rows[k].cuts):
            rows[k] = replace(rows[k], cuts=tuple(sorted((*rows[k].cuts, *row.cuts))))
    return sorted(rows, key=lambda r: r.box[1])


def _holds_text(row: Row, words: tuple[Word, ...]) -> bool:
    """Some cell of the row holds a paragraph set to its measure: ``PARA_LINES`` lines that
    fill ``FILLED`` of its width (lines told by their words' common foot)."""
    bounds = [row.box[0], *row.cuts, row.box[2]]
    spans: dict[tuple[int, int], list[float]] = {}
    for w in words:
        k = row.cell(w.box) if w.text.strip() else None
        if k is not None:
            span = spans.setdefault((k, round(w.box[3])), [w.box[0], w.box[2]])
            span[0], span[1] = min(span[0], w.box[0]), max(span[1], w.box[2])
    return any(sum(1 for (c, _), (lo, hi) in spans.items()
                   if c == k and hi - lo >= FILLED * (bounds[k + 1] - bounds[k])) >= PARA_LINES
               for k in range(len(bounds) - 1))


def text_rows(drawings: tuple[Drawing, ...], words: tuple[Word, ...], body: float
              ) -> list[Row]:
    """The page's ruled rows whose cells hold text (``_holds_text``), top to bottom."""
    return [row for row in ruled_rows(drawings, body) if _holds_text(row, words)]


def _tables(rows: list[Row], body: float) -> list[list[Row]]:
    """The rows grouped into tables: a row whose top is the foot of the row over it, of the
    same span, goes on that row's table."""
    out: list[list[Row]] = []
    for row in rows:
        last = out[-1][-1].box if out else None
        if last is not None and abs(row.box[1] - last[3]) <= TOUCH * body and \
                abs(row.box[0] - last[0]) <= SAME_SPAN * body and \
                abs(row.box[2] - last[2]) <= SAME_SPAN * body:
            out[-1].append(row)
        else:
            out.append([row])
    return out


def _table_paras(table: list[Row], lines: list[Line], words: tuple[Word, ...], region: int,
                 body: float) -> list[Para]:
    """The paragraphs of the table's cells, row by row and left to right: each cell's part of
    each line made a line of its own."""
    out = []
    for row in table:
        cells: list[list[Line]] = [[] for _ in range(len(row.cuts) + 1)]
        for ln in lines:
            parts: dict[int, list[int]] = {}
            for i in ln.words:
                k = row.cell(words[i].box)
                if k is not None:
                    parts.setdefault(k, []).append(i)
            for k, idx in sorted(parts.items()):
                cells[k].append(make_line(words, idx))
        for pieces in cells:
            if pieces:
                out.extend(paragraphs(words, pieces, region, True, body))
    return out


def ruled_tables(words: tuple[Word, ...], geo: PageGeometry,
                 drawings: tuple[Drawing, ...]) -> PageGeometry:
    """The page's geometry with the text of each ruled table (see the module's text) read
    row by row, each cell's paragraphs its own."""
    if not geo.exact or not drawings or not geo.paras:
        return geo
    words = deskewed(words, geo.slope)
    tables = _tables(text_rows(drawings, words, geo.body_size), geo.body_size)
    if not tables:
        return geo

    def table_of(i: int) -> int | None:
        return next((t for t, table in enumerate(tables)
                     if any(row.cell(words[i].box) is not None for row in table)), None)

    held: dict[int, list[Line]] = {}       # each table's lines (those with a word in it)
    first: dict[int, int] = {}             # the first paragraph that holds a word of it
    for k, para in enumerate(geo.paras):
        for ln in para.lines:
            for t in sorted({t for i in ln.words if (t := table_of(i)) is not None}):
                held.setdefault(t, []).append(ln)
                first.setdefault(t, k)
    if not held:
        return geo
    out: list[Para] = []

    def add(para: Para, lines: list[Line]) -> None:
        if lines:
            out.append(replace(para, lines=tuple(lines), box=union([ln.box for ln in lines])))

    for k, para in enumerate(geo.paras):
        kept: list[Line] = []
        for ln in para.lines:
            rest = [i for i in ln.words if table_of(i) is None]
            if len(rest) == len(ln.words):
                kept.append(ln)
            elif rest:
                kept.append(make_line(words, rest))
        starting = sorted(t for t, at in first.items() if at == k)
        # (the lines of the paragraph over the tables it opens are read before them)
        top = min((tables[t][0].box[1] for t in starting), default=float("inf"))
        add(para, [ln for ln in kept if (ln.box[1] + ln.box[3]) / 2 < top])
        for t in starting:
            out.extend(_table_paras(tables[t], held[t], words, para.region, geo.body_size))
            log.debug("a ruled table of %d rows read row by row: %r", len(tables[t]),
                      held[t][0].text[:40])
        add(para, [ln for ln in kept if (ln.box[1] + ln.box[3]) / 2 >= top])
    return replace(geo, paras=tuple(out))


def row_tints(drawn: tuple[Box, ...], drawings: tuple[Drawing, ...], words: tuple[Word, ...],
              body: float) -> tuple[Box, ...]:
    """The drawn panels (``drawn_boxes.panels``) less the tints that are the own of a ruled
    row of text (a table setting every other row, or one language's rows, on a tint): such a
    tint marks a row of the table, not a box of text apart from the article."""
    rows = text_rows(drawings, words, body) if drawn else []
    return tuple(p for p in drawn if not any(_same(p, r.box, body) for r in rows))
