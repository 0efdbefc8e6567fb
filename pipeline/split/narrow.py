"""Narrow newspaper columns read a row at a time.

A justified line in a narrow column is stretched with wide word spaces, often wider than the
narrowest gutter: the line falls into several pieces (a word or two each), in a text layer as
in OCR. Measured a piece at a time, such a column's lines look like a column of labels;
``row_chars`` and ``row_width`` measure its rows instead: the characters and the width of the
median row, the pieces on one baseline (within half the body size) taken together.
``narrow_rows`` asks them of both sides of a gutter where ``gutters._narrow_columns``, asking
them of pieces, finds no columns. Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.split.pieces import Line, upper_median

ROW_BAND = 0.5       # x body size: pieces whose baselines lie this close share a row
SHORT_ROWS = 4       # fewest rows of short columns justified to one measure
MEASURE_SHARE = 0.6  # share of a short column's rows that span its measure (the last line of
                     # a paragraph and a jump line set right do not)
MEASURE_SLACK = 0.5  # x body size: how far a justified row's ends may lie from the measure's


def _rows(pieces: list[Line], body: float) -> list[list[Line]]:
    """The pieces by rows: baselines within ``ROW_BAND`` body sizes of the row's first."""
    rows: list[list[Line]] = []
    for p in sorted(pieces, key=lambda p: p.base):
        if not rows or p.base - rows[-1][0].base >= ROW_BAND * body:
            rows.append([])
        rows[-1].append(p)
    return rows


def row_chars(pieces: list[Line], body: float) -> int:
    """Characters of the pieces' median row (the pieces of a row counted together)."""
    return int(upper_median([sum(len(p.text) for p in row) for row in _rows(pieces, body)]))


def row_width(pieces: list[Line], body: float) -> float:
    """Width of the pieces' median row (its first piece's left edge to its last's right)."""
    return upper_median([max(p.box[2] for p in row) - min(p.box[0] for p in row)
                    for row in _rows(pieces, body)])


def _one_measure(pieces: list[Line], body: float) -> bool:
    """Most rows (``MEASURE_SHARE``) span the side's widest row, within ``MEASURE_SLACK`` body
    sizes at either edge: lines justified to one column's measure."""
    rows = _rows(pieces, body)
    lo, hi = min(p.box[0] for p in pieces), max(p.box[2] for p in pieces)
    full = sum(min(p.box[0] for p in row) <= lo + MEASURE_SLACK * body and
               max(p.box[2] for p in row) >= hi - MEASURE_SLACK * body for row in rows)
    return full >= MEASURE_SHARE * len(rows)


def narrow_rows(left: list[Line], right: list[Line], body: float, fewest: int, chars: int,
                same: float) -> bool:
    """Both sides of a gutter are narrow columns of running text of one grid, measured by
    rows (``gutters._narrow_columns`` asks it of pieces, which a stretched line breaks up):
    more than ``fewest`` rows each (or ``SHORT_ROWS`` when both are justified to one measure,
    ``_one_measure``: a story's start of a few lines above its jump line), a median row of
    ``chars`` characters or more, and median rows of about one width (``same``)."""
    rows = min(len(_rows(left, body)), len(_rows(right, body)))
    if rows <= fewest and not (rows >= SHORT_ROWS and _one_measure(left, body)
                               and _one_measure(right, body)):
        return False
    if min(row_chars(left, body), row_chars(right, body)) < chars:
        return False
    widths = sorted(row_width(side, body) for side in (left, right))
    return widths[0] >= same * widths[1]
