"""Grids of short cells: a timetable, a programme, a row of name cards set as a ruled grid.

A programme of the day (times, events, venues), a schedule or a table of names is set in rows
of short cells side by side, three or more to a row, the cells of a row level at their tops,
row after row down a compact band. None of it is a sentence: a cell is a line or two, ending
in no full stop. An article's text is never set so: its columns hold paragraphs of several
lines ending in sentences, its side-by-side heads (a title and its twin, a byline and its
twin) are one row of two, and a table that holds an article's text (a chronicle's dated
entries) holds paragraphs in its cells. So such a grid, and every block inside its bounds
(a cell's second language on a line under the first, a cell read as two lines), is no
article's text: ``Role.ASIDE``, as a boxed note is. So is a short stack of blocks set beside
the grid, level with part of it and clear of its width (a box of practical notes beside a row
of name cards): a column of an article's text runs on far longer than ``BESIDE_LINES``.
Titles of articles set side by side, each line a block of its own (a grid of cards, each
card's title over its text), stand in rows as a grid's cells do; but each goes on, right
under its last line and on its left edge, into running text of several lines: a grid
whose every cell of its last row heads such text (``_heads_text``) is those titles, no grid.

``grid_cells`` (a role pass, run by ``split.passes.RULE_PASSES``). ``twin_cell_cut``: a cell
read as one block of two short lines, Vietnamese on one and its English twin on the other (a
venue, ``Sân khấu chính`` over ``Main stage``), is cut in two, one block a language, as a
paragraph switching language is (``langid.language_cuts`` needs longer lines to tell
English). Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.langid import MARKED_PLAIN, evidence
from magpipe.split.pieces import Line
from magpipe.split.roles import CAPS_SHARE, Facts, PageFacts, declared_larger, upper_share
from magpipe.text.vietnamese import has_vietnamese_marks

log = logging.getLogger(__name__)

CELL_LINES = 2      # lines: a cell holds this many at most (an event's name over two lines)
CELL_SIZE = 1.25    # x body size: a cell is set no larger (a title is)
ROW_SLACK = 0.45    # x the page's line pitch: cells of one row stand this close at their tops
                    # (OCR boxes of one row's cells differ by a few points)
ROW_CELLS = 3       # cells side by side in a row of the grid, at least (an article's heads
                    # and captions set side by side are pairs: one per language) ...
PAIR_CELLS = 2      # ... or this many in one language (a row of name cards, each set in both
                    # languages one line under the other: no twin pair across the row)
GRID_ROWS = 3       # rows of ``ROW_CELLS`` cells a grid holds at least
HEAD_ROWS = 2       # rows of a grid's head over its first row (its name in each language,
                    # side by side or one over the other), at most
ROW_STEP = 4.0      # x the page's line pitch: a row's top lies this far under the one above
                    # at most (a row of two-line cells and its rules' padding)
BESIDE_LINES = 12   # lines: a stack beside a grid, level with it, holds this many at most to be
                    # the grid's band (a notes box); an article's column beside it runs longer
STACK_GAP = 2.0     # x body size: white between two blocks of one stack, at most
TEXT_GAP = 1.5      # x body size: the text a title heads starts this close under it, at most
TEXT_LINES = 2      # lines: the text a title heads holds this many at least
CELL_ENDS = ".!?…"   # a cell ends in none of these: it is no sentence (a colon or a bracket may
                    # close a name, a speck may read as one)
TWIN_WORDS = 5      # words: each line of a cell in two languages holds this many at most ...
TWIN_WIDTH = 16.0   # x body size: ... and stands this narrow at most (a cell, no column's line)
TWIN_EN_WORDS = 2   # words: the unmarked line holds this many at least (a lone code or name
                    # closing a Vietnamese line, ``APEC``, tells no language)
# roles a grid's cell may have been given from its look alone: column text, heads, captions
# and the band's lines (a cell repeated on another page reads as a running head)
_CELL_ROLES = frozenset({Role.BODY, Role.INTRO, Role.TITLE, Role.BYLINE, Role.CAPTION,
                         Role.SECTION, Role.HEADER, Role.LABEL, Role.ASIDE})
# roles of the article's text and heads that a block inside a grid's bounds loses
_INSIDE_ROLES = frozenset({Role.BODY, Role.INTRO, Role.TITLE, Role.BYLINE, Role.CAPTION,
                           Role.SECTION, Role.HEADER, Role.LABEL, Role.CREDIT})


def _is_cell(role: str, f: Facts, page: PageFacts) -> bool:
    return (role in _CELL_ROLES and f.lines <= CELL_LINES and f.box[1] > page.top_edge
            and f.size <= CELL_SIZE * page.body_size and not declared_larger(f, page)
            and f.text.rstrip()[-1:] not in CELL_ENDS
            and any(c.isalnum() for c in f.text))


def _rows(cells: list[int], facts: list[Facts], roles: list[str],
          pitch: float) -> list[list[int]]:
    """The cells grouped into rows of blocks level at their tops, top to bottom, each row's
    cells left to right; a row keeps only cells that stand apart side by side."""
    rows: list[list[int]] = []
    for k in sorted(cells, key=lambda k: facts[k].box[1]):
        if rows and facts[k].box[1] - facts[rows[-1][0]].box[1] <= ROW_SLACK * pitch:
            rows[-1].append(k)
        else:
            rows.append([k])
    out = []
    for row in rows:
        row.sort(key=lambda k: facts[k].box[0])
        apart = [k for a, k in enumerate(row)
                 if all(facts[k].box[0] >= facts[j].box[2] or facts[k].box[2] <= facts[j].box[0]
                        for j in row[:a] + row[a + 1:])]
        out += _neighbours(apart, facts, roles)
    return out


def _neighbours(row: list[int], facts: list[Facts], roles: list[str]) -> list[list[int]]:
    """The row cut wherever another block of text stands between two of its cells, level with
    them (boxes set in two columns with an article's text in the column between them are no
    row of one grid; a speck between cells read as a mark cuts nothing)."""
    parts: list[list[int]] = []
    for k in row:
        if parts:
            a, b = facts[parts[-1][-1]].box, facts[k].box
            top, foot = min(a[1], b[1]), max(a[3], b[3])
            if not any(a[2] <= f.box[0] and f.box[2] <= b[0] and f.box[1] < foot
                       and f.box[3] > top and r in _CELL_ROLES
                       for f, r in zip(facts, roles, strict=True)):
                parts[-1].append(k)
                continue
        parts.append([k])
    return parts


def _grid_row(row: list[int], facts: list[Facts]) -> bool:
    """A row of ``ROW_CELLS`` cells, or of ``PAIR_CELLS`` in one language (all bearing
    Vietnamese marks or none: a Vietnamese cell beside its English twin is a pair)."""
    if len(row) >= ROW_CELLS:
        return True
    marked = {has_vietnamese_marks(facts[k].text) for k in row}
    return len(row) >= PAIR_CELLS and len(marked) == 1


def _grids(rows: list[list[int]], facts: list[Facts], step: float) -> list[list[list[int]]]:
    """Runs of grid rows (``_grid_row``), each row's top at most ``step`` under the previous
    one's, holding ``GRID_ROWS`` rows or more."""
    runs: list[list[list[int]]] = []
    for row in rows:
        if not _grid_row(row, facts):
            continue
        top = min(facts[k].box[1] for k in row)
        if runs and top - min(facts[k].box[1] for k in runs[-1][-1]) <= step:
            runs[-1].append(row)
        else:
            runs.append([row])
    return [run for run in runs if len(run) >= GRID_ROWS]


def _heads_text(row: list[int], roles: list[str], facts: list[Facts], body: float) -> bool:
    """Every cell of ``row`` has running text (``TEXT_LINES`` lines or more of body or intro)
    starting right under it (``TEXT_GAP``) on its left edge: the row is the last lines of
    titles side by side over their texts."""
    def text_under(c: Facts) -> bool:
        return any(roles[j] in (Role.BODY, Role.INTRO) and f.lines >= TEXT_LINES
                   and 0 <= f.box[1] - c.box[3] <= TEXT_GAP * body
                   and abs(f.box[0] - c.box[0]) <= body for j, f in enumerate(facts))
    return all(text_under(facts[k]) for k in row)


def _head(rows: list[list[int]], first: list[int], facts: list[Facts], step: float,
          span: tuple[float, float]) -> list[int]:
    """The grid's head: up to ``HEAD_ROWS`` rows right over its first row (each at most
    ``step`` over the next), each cell across part of its width and bold or in capitals, as a
    table's head band is set."""
    head: list[int] = []
    at = rows.index(first)
    below = first
    for row in reversed(rows[max(0, at - HEAD_ROWS):at]):
        gap = min(facts[k].box[1] for k in below) - min(facts[k].box[1] for k in row)
        if gap > step or not all(
                facts[k].box[0] < span[1] and facts[k].box[2] > span[0]
                and (facts[k].bold or upper_share(facts[k].text) >= CAPS_SHARE) for k in row):
            break
        head += row
        below = row
    return head


def beside_stacks(out: list[str], facts: list[Facts], box: tuple[float, float, float, float],
            body: float) -> list[int]:
    """Stacks of blocks of the article's roles (or boxed already) clear of the grid's width,
    one of them level with part of it, ``BESIDE_LINES`` lines in all at most: each stack the
    blocks sharing a left edge, each at most ``STACK_GAP`` body sizes under the one above."""
    x0, y0, x1, y1 = box
    clear = sorted((k for k, f in enumerate(facts) if out[k] in _INSIDE_ROLES | {Role.ASIDE}
                    and (f.box[0] >= x1 or f.box[2] <= x0)), key=lambda k: facts[k].box[1])
    stacks: list[list[int]] = []
    for k in clear:
        f = facts[k]
        for stack in stacks:
            last = facts[stack[-1]].box
            if abs(last[0] - f.box[0]) <= body and 0 <= f.box[1] - last[3] <= STACK_GAP * body:
                stack.append(k)
                break
        else:
            stacks.append([k])
    return [k for stack in stacks
            if any(facts[k].box[1] < y1 and facts[k].box[3] > y0 for k in stack)
            and sum(facts[k].lines for k in stack) <= BESIDE_LINES for k in stack]


def grid_cells(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Every block inside a grid of short cells is no article's (see the module)."""
    body = page.body_size
    cells = [k for k, (r, f) in enumerate(zip(roles, facts, strict=True))
             if _is_cell(r, f, page)]
    if len(cells) < ROW_CELLS * GRID_ROWS:
        return roles
    pitch = page.body_pitch or 1.2 * body
    step = ROW_STEP * pitch
    out = list(roles)
    rows = _rows(cells, facts, roles, pitch)
    for run in _grids(rows, facts, step):
        if _heads_text(run[-1], roles, facts, body):
            continue
        members = [k for row in run for k in row]
        x0 = min(facts[k].box[0] for k in members)
        x1 = max(facts[k].box[2] for k in members)
        members += _head(rows, run[0], facts, step, (x0, x1))
        x0 = min(facts[k].box[0] for k in members)
        x1 = max(facts[k].box[2] for k in members)
        y0 = min(facts[k].box[1] for k in members)
        y1 = max(facts[k].box[3] for k in members)
        log.debug("a grid of %d rows at %.0f-%.0f: no article's text", len(run), y0, y1)
        for k, f in enumerate(facts):
            cx, cy = (f.box[0] + f.box[2]) / 2, (f.box[1] + f.box[3]) / 2
            if out[k] in _INSIDE_ROLES and x0 <= cx <= x1 and y0 <= cy <= y1 + body:
                out[k] = Role.ASIDE
        for k in beside_stacks(out, facts, (x0, y0, x1, y1), body):
            out[k] = Role.ASIDE
    return out


def twin_cell_cut(lines: list[Line], body: float) -> list[int]:
    """``[1]`` when a block is a cell of two short lines (``TWIN_WORDS`` words and
    ``TWIN_WIDTH`` body sizes at most each, set no larger than ``CELL_SIZE`` body sizes), one
    plainly Vietnamese (``MARKED_PLAIN`` of its words marked) and the other of
    ``TWIN_EN_WORDS`` words or more with no mark at all: its two languages; else ``[]``."""
    if len(lines) != 2 or any(ln.size > CELL_SIZE * body
                              or ln.box[2] - ln.box[0] > TWIN_WIDTH * body for ln in lines):
        return []
    ev = [evidence(ln.text) for ln in lines]
    if any(e.tokens > TWIN_WORDS for e in ev):
        return []
    for vi, en in ((ev[0], ev[1]), (ev[1], ev[0])):
        if vi.marked >= MARKED_PLAIN and en.marked == 0 and en.tokens >= TWIN_EN_WORDS:
            log.debug("a cell in two languages, one a line: %r / %r", lines[0].text,
                      lines[1].text)
            return [1]
    return []
