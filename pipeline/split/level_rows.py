"""Cells of one language set side by side in rows, read row by row where no drawn rule tells
the grid (a scan's hairlines do not reach the split stage; a table ruled only across).

A table of questions and answers, or of terms and their explanations, sets a short cell
beside a long one, row under row, the first lines of a row's cells level. The XY cut parts
the cells at the gutter that runs down the table and reads the left cells down the page,
then the right ones: every question, then every answer. What tells the rows: a run of
paragraphs read down one lane, then a run read down the lane beside it, where each paragraph
of the left lane starts level with a paragraph of the right lane, the first of each level
with the other, and the two of each such pair in one language; the left lane narrower than
the right, each of its cells a few lines, shorter than the text beside it (a key column:
questions, terms, times). Columns of one story, as wide as one another, whose paragraphs
stand level on the page's common baselines by chance, are none; a Vietnamese cell beside
its English twin is the other kind of table (``cells``), and a translation set beside its
original in parallel columns is read column by column, each language whole. Such a run is
read row by row: each left paragraph, then the right lane's paragraphs from its level down
to the next row's. ``ruled_rows`` reads the grids whose rules are drawn; this reads the
rest. Sizes are the page's own body size's multiples; pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.split.langid import classify
from magpipe.split.layout import PageGeometry, Para

log = logging.getLogger(__name__)

LEVEL = 0.5         # x body size: the first lines of a row's cells stand this close at their
                    # baselines (their tops swing with a line's marks and capitals)
ROWS = 2            # rows of a run read row by row, at least (two paragraphs level by chance
                    # in two columns of one story are one row)
KEY_LINES = 3       # lines of a key cell (a question, a term), at most: a story's paragraphs,
                    # level by chance in a column beside another, run longer
NARROW = 0.75       # the left lane is at most this share of the right one's width: a table's
                    # key cells (questions, terms) are set narrow beside their text; columns of
                    # one story are as wide as one another, their paragraphs level on the
                    # page's common baselines by chance


def _text(para: Para) -> str:
    return " ".join(ln.text for ln in para.lines)


def _speck(para: Para) -> bool:
    """No letter or digit in it: a rule or a mark OCR read as a glyph (``|``, ``= =``), which
    goes with the row it stands in and ends no lane."""
    return not any(ln.alnum for ln in para.lines)


def _first(para: Para) -> float:
    """Where the paragraph's first line stands: its baseline (tops swing with marks)."""
    return para.lines[0].base


def _lanes(paras: tuple[Para, ...], i: int) -> tuple[int, int]:
    """The ends of the left lane's run that starts at ``i`` and of the right lane's run after
    it: paragraphs under one another over the first one's width, then paragraphs wholly right
    of them (specks anywhere in either)."""
    lane, last = paras[i].box, paras[i].box
    j = i + 1
    while j < len(paras) and (_speck(paras[j]) or paras[j].box[1] > last[1] and
                              paras[j].box[0] < lane[2] and paras[j].box[2] > lane[0]):
        last = last if _speck(paras[j]) else paras[j].box
        j += 1
    edge = max(p.box[2] for p in paras[i:j] if not _speck(p))
    k = j
    while k < len(paras) and (_speck(paras[k]) or paras[k].box[0] > edge):
        k += 1
    return j, k


def _rows(left: tuple[Para, ...], right: tuple[Para, ...], body: float
          ) -> list[list[Para]] | None:
    """The run's rows, each a left paragraph and the right ones from its level down to the
    next row's, when it is a table of one language's cells (see the module's text)."""
    heads = [p for p in left if not _speck(p)]
    cells = [p for p in right if not _speck(p)]
    levels = [_first(p) for p in heads]
    if len(heads) < ROWS or not cells or min(map(_first, cells)) < levels[0] - LEVEL * body:
        return None
    if max(p.box[2] for p in heads) - min(p.box[0] for p in heads) > NARROW * (
            max(p.box[2] for p in cells) - min(p.box[0] for p in cells)):
        return None
    rows: list[list[Para]] = [[p] for p in heads]
    for p in sorted([*right, *(p for p in left if _speck(p))], key=_first):
        k = max(sum(level - LEVEL * body <= _first(p) for level in levels) - 1, 0)
        rows[k].append(p)
    for row in rows:
        beside = next((p for p in row[1:] if not _speck(p)), None)
        if beside is None or abs(_first(beside) - _first(row[0])) > LEVEL * body:
            return None            # a left paragraph with no right one level with it
        if not len(row[0].lines) < sum(len(p.lines) for p in row[1:] if not _speck(p)) or \
                len(row[0].lines) > KEY_LINES:
            return None            # a key cell is a few lines, shorter than the text beside it
        if classify(_text(row[0]))[0] != classify(_text(beside))[0]:
            return None            # a cell beside its twin: no table of one language
    return rows


def level_rows(geo: PageGeometry) -> PageGeometry:
    """The page's geometry with each table of one language's cells found by their levels
    (see the module's text) read row by row."""
    paras = geo.paras
    out: list[Para] = []
    i, changed = 0, False
    while i < len(paras):
        j, k = _lanes(paras, i) if not _speck(paras[i]) else (i + 1, i + 1)
        rows = _rows(paras[i:j], paras[j:k], geo.body_size) if k > j else None
        if rows is None:
            out.append(paras[i])
            i += 1
            continue
        log.debug("a table of %d rows of one language's cells read row by row: %r",
                  len(rows), _text(rows[0][0])[:40])
        out.extend(p for row in rows for p in row)
        changed, i = True, k
    return replace(geo, paras=tuple(out)) if changed else geo
