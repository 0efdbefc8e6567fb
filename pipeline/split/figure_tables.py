"""Tables of figures: a ruled table of statistics set among the articles, of no article.

A table of figures is set in rows, each row's head (an indicator's name, maybe in both
languages one line under the other) at the left and its figures (``2.145,6``, ``115,4``) set
right in columns beside it. Read as text, a row is one line ending in two or more figures
(the row's head, a wide white, its figures), or its figures alone when the page's gutter
parted them from their head. No line of an article's text ends so: a sentence ends in a
word or a full stop, and a paragraph's lines run on. Such rows, stacked one over the other,
are a table; every block level with its rows and inside its width is a cell of it. Over the
rows stands the table's head: its head row (the columns' names), its unit, its numbered
title (``Bảng 2.`` / ``Table 2 (continued)``: a word, a number, then a stop, a colon or a
bracket), each a line or two, close over each other; under them, its notes and source, set
smaller than the body or each opening with its label and a colon (``Ghi chú:``,
``Source:``). All of it is no article's text (``Role.ASIDE``, as a boxed note is), and the
article's text running on above or under the table stays the article's.

``figure_tables`` (a role pass, run by ``split.passes.RULE_PASSES``). Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from magpipe.artifacts.base import union
from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role
from magpipe.split.caption_names import twin_cut
from magpipe.split.langid import line_lang
from magpipe.split.layout import Para
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.dates import has_date, has_issue_number, has_month_year
from magpipe.text.figures import notation_language, trailing_figures

log = logging.getLogger(__name__)

# a table's numbered title: a word, its number, then a stop, a colon, a bracket or a dash
# (``Bảng 2. Khách ...``, ``Table 2 (continued)``, ``Biểu 3: ...``; OCR may read the stop
# as a comma)
_NUMBERED = re.compile(r"^[^\W\d_]+\.?\s+\d{1,3}[a-z]?\s*(?:[.:,(]|[–—-]\s|$)",
                       re.IGNORECASE)
# a note's or a source's label: a word or three and a colon (``Ghi chú:``, ``Nguồn:``,
# ``Note:``, ``Source:``)
_LABEL = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s")

PITCH_SIZE = 1.2    # a body's line pitch over its type size (a scan's body size is its pitch's)
ROW_FIGURES = 2     # figures a row's line ends in, at least (a sentence ends in one at most)
TABLE_FIGURES = 3   # figures of a table's rows on the page, at least (a table cut by the
                    # page may leave one row of three figures at the next page's head)
CELL_LINES = 2      # lines of a cell, at most (an indicator's name over its twin)
LEVEL = 0.6         # x body size: a cell's top lies this near its row's top (a figure in a
                    # smaller or monospaced face stands a little lower)
ROW_STEP = 6.0      # x body size: white between a row and the one above, at most (a row of
                    # two-line cells and its padding; a row whose figures OCR lost between)
KEPT_ITEMS = 6      # blocks kept out already of a stack that may be a table's rows' heads (three
                    # rows, each in two languages), at least, under a numbered title
HEAD_GAP = 1.6      # x body size: white between the lines of the table's head, at most
HEAD_BLOCKS = 10    # blocks of the table's head, at most (titles, units, the head row's cells)
HEAD_ROWS = 2.5     # x body size: without a numbered title, the head is what lies this near
                    # over the first row (its head row)
NOTE_GAP = 1.6      # x body size: white over each note under the table, at most
NOTE_SIZE = 0.95    # x body size: a note or source under a table is set smaller than the body
NOTE_LINES = 3      # lines of a note set small, at most ...
LABELLED_LINES = 6  # ... and of one opening with its label (``Ghi chú:``, ``Source:``; its
                    # twin and the source read into it as one block)
TAIL = 1.5          # x a row's height: a row's cells reach this far under its top, at least
                    # (its second language under its head), ...
TAIL_STEP = 0.5     # ... or this share of the rows' step

# roles a table's line may have been given from its look or by a pass before this one
_TABLE_ROLES = frozenset({Role.BODY, Role.INTRO, Role.TITLE, Role.BYLINE, Role.CAPTION,
                          Role.CREDIT, Role.SECTION, Role.LABEL, Role.KEYWORDS})
# roles of blocks kept out already that may be a table's rows' heads
_KEPT_ROLES = frozenset({Role.ASIDE, Role.HEADER})
# ... and the roles of a cell kept out of the articles already (a grid's cell, a bilingual
# list's item): it tells the table's bounds, its role stays
_CELL_ROLES = _TABLE_ROLES | {Role.ASIDE, Role.HEADER, Role.OTHER}


def numbered_title(text: str) -> bool:
    """The text opens as a table's numbered title does (a word, a number, a stop), and is no
    dated issue line: ``Số 48 - Tháng 12/2025`` opens so too, but its word and number name
    the issue, and the date beside them tells it (a masthead's line over a column of kept-out
    items is no table's title)."""
    return bool(_NUMBERED.match(text.strip())) and not (
        has_issue_number(text) and (has_date(text) or has_month_year(text)))


def _figures_only(text: str) -> bool:
    return trailing_figures(text) == len(text.split()) > 0


def _row_lines(f: Facts) -> bool:
    """Each of the block's lines ends in ``ROW_FIGURES`` figures (a row, or the figures of
    rows under each other read as one block), or the block is figures alone, that many or
    more (a column of figures read down)."""
    texts = f.line_texts or (f.text,)
    if _figures_only(f.text) and trailing_figures(f.text) >= ROW_FIGURES:
        return True
    return len(texts) == f.lines and all(trailing_figures(t) >= ROW_FIGURES for t in texts)


def labelled(text: str) -> bool:
    """The text opens with a note's label (a word or three and a colon)."""
    return bool(_LABEL.match(text.strip()))


@dataclass(frozen=True)
class _Row:
    """A row of a table: its blocks, their box, how many lines it holds (a block of rows read
    as one holds several) and their pitch."""
    blocks: tuple[int, ...]
    box: tuple[float, float, float, float]
    lines: int
    pitch: float

    @property
    def last_top(self) -> float:
        """The top of the row's last line (its lines taken as evenly set)."""
        return self.box[3] - (self.box[3] - self.box[1]) / max(self.lines, 1)


def _cell_rows(facts: list[Facts], body: float) -> list[_Row]:
    """Rows made of blocks side by side, level at their tops: one-line blocks of figures
    alone and at most one ending in a figure (the row's head), ``ROW_FIGURES`` figures in
    all (each figure read as a block of its own, in a column of its own)."""
    cells = sorted((k for k, f in enumerate(facts) if f.lines == 1 and trailing_figures(f.text)
                    and not _row_lines(f)), key=lambda k: facts[k].box[1])
    rows = []
    start = 0
    while start < len(cells):       # each run of cells whose tops lie level with the first's
        end = start + 1
        while end < len(cells) and \
                facts[cells[end]].box[1] - facts[cells[start]].box[1] <= LEVEL * body:
            end += 1
        row = sorted(cells[start:end], key=lambda k: facts[k].box[0])
        start = end
        side_by_side = all(facts[a].box[2] <= facts[b].box[0]
                           for a, b in zip(row, row[1:], strict=False))
        if len(row) >= 2 and side_by_side and \
                sum(not _figures_only(facts[k].text) for k in row) <= 1 and \
                sum(trailing_figures(facts[k].text) for k in row) >= ROW_FIGURES:
            rows.append(_Row(tuple(row), union([facts[k].box for k in row]), 1, 0.0))
    return rows


def _rows(facts: list[Facts], body: float) -> list[list[_Row]]:
    """The table's rows (blocks of rows, ``_row_lines``, and rows of cells, ``_cell_rows``),
    grouped into tables: runs of rows each at most ``ROW_STEP`` under the one above and
    overlapping its width, holding ``TABLE_FIGURES`` figures or more."""
    rows = sorted([_Row((k,), f.box, f.lines, f.pitch) for k, f in enumerate(facts)
                   if _row_lines(f)] + _cell_rows(facts, body), key=lambda r: r.box[1])
    runs: list[list[_Row]] = []
    for row in rows:
        last = runs[-1][-1].box if runs else None
        if last and row.box[1] - last[3] <= ROW_STEP * body and row.box[0] < last[2] \
                and row.box[2] > last[0]:
            runs[-1].append(row)
        else:
            runs.append([row])
    return [run for run in runs if sum(trailing_figures(t) for row in run for k in row.blocks
                                       for t in facts[k].line_texts or (facts[k].text,))
            >= TABLE_FIGURES]


def _level(f: Facts, row: _Row, body: float) -> bool:
    """A cell level with a row: its top near the row's top (or one of its rows' tops)."""
    return f.lines <= CELL_LINES and row.box[1] - LEVEL * body <= f.box[1] <= \
        row.last_top + LEVEL * body


def _band(run: list[_Row], roles: list[str], facts: list[Facts],
          body: float) -> tuple[list[int], tuple[float, float, float, float]]:
    """The table's cells (its rows, the blocks level with a row, and the blocks inside its
    width between its first row's top and its last row's tail) and their box (cells kept
    out already, a row's head read as a bilingual list's item, count in the box)."""
    level = [k for k, f in enumerate(facts) if roles[k] in _CELL_ROLES
             and any(_level(f, row, body) for row in run)]
    members = sorted({k for row in run for k in row.blocks} | set(level))
    x0 = min(facts[k].box[0] for k in members)
    x1 = max(facts[k].box[2] for k in members)
    y0 = min(facts[k].box[1] for k in members)
    tops = [row.box[1] for row in run if row.lines == 1]
    steps = sorted([b - a for a, b in zip(tops, tops[1:], strict=False)]
                   + [row.pitch for row in run if row.lines > 1])
    last = run[-1]
    height = (last.box[3] - last.box[1]) / max(last.lines, 1)
    tail = max(TAIL * height, TAIL_STEP * steps[len(steps) // 2] if steps else 0.0)
    cells = [k for k, f in enumerate(facts) if roles[k] in _CELL_ROLES
             and f.lines <= CELL_LINES and f.box[0] < x1 and f.box[2] > x0
             and y0 - LEVEL * body <= f.box[1] <= last.last_top + tail]
    members = sorted(set(members) | set(cells))
    y1 = max(facts[k].box[3] for k in members)
    return members, (x0, y0, x1, y1)


def _head(roles: list[str], facts: list[Facts], box: tuple[float, float, float, float],
          body: float) -> tuple[list[int], bool]:
    """The blocks stacked close over the table's first row, inside its width (or its head
    row's), a line or two each, up to its numbered title (or, with none, its head row
    alone), and whether the title was found (a line kept out already, a title read as a
    running head, counts)."""
    x0, y0, x1, _ = box
    over = sorted((k for k, f in enumerate(facts) if f.box[3] <= y0 + LEVEL * body),
                  key=lambda k: -facts[k].box[3])
    seen: list[int] = []
    top = y0
    for k in over:
        f = facts[k]
        if f.box[0] >= x1 or f.box[2] <= x0:
            continue
        if top - f.box[3] > HEAD_GAP * body:
            break
        if roles[k] not in FURNITURE_ROLES and (
                roles[k] not in _TABLE_ROLES or f.lines > CELL_LINES or len(seen) >= HEAD_BLOCKS):
            break
        seen.append(k)
        top = min(top, f.box[1])
        x0, x1 = min(x0, f.box[0]), max(x1, f.box[2])     # (a head row wider than the rows)
    chain = [k for k in seen if roles[k] not in FURNITURE_ROLES]
    titled = [j for j, k in enumerate(seen) if numbered_title(facts[k].text)]
    if titled:
        return [k for k in seen[:titled[-1] + 1] if k in chain], True
    return [k for k in chain if y0 - facts[k].box[1] <= HEAD_ROWS * body], False


def _notes(roles: list[str], facts: list[Facts], box: tuple[float, float, float, float],
           body: float) -> list[int]:
    """The blocks stacked close under the table, inside its width, set smaller than the
    body or opening with a label (its notes and source)."""
    x0, _, x1, y1 = box
    under = sorted((k for k, f in enumerate(facts) if f.box[1] >= y1 - LEVEL * body
                    and f.box[0] < x1 and f.box[2] > x0), key=lambda k: facts[k].box[1])
    out: list[int] = []
    foot = y1
    for k in under:
        f = facts[k]
        if f.box[1] - foot > NOTE_GAP * body:
            break
        if roles[k] in FURNITURE_ROLES:     # (a line read as a running head already)
            foot = max(foot, f.box[3])
            continue
        small = f.size <= NOTE_SIZE * body and f.lines <= NOTE_LINES
        if roles[k] not in _TABLE_ROLES or not (small or labelled(f.text)
                                                and f.lines <= LABELLED_LINES):
            break
        out.append(k)
        foot = max(foot, f.box[3])
    return out


def _kept_stacks(roles: list[str], facts: list[Facts], page: PageFacts,
                 body: float) -> list[list[_Row]]:
    """Stacks of ``KEPT_ITEMS`` blocks or more kept out of the articles already (a grid's
    cells, a bilingual list's items: a table's rows' heads whose figures OCR did not read),
    a line or two each, sharing a left edge, each close under the one above; each block a
    row."""
    kept = sorted((k for k, f in enumerate(facts) if roles[k] in _KEPT_ROLES
                   and f.lines <= CELL_LINES and f.box[1] > page.top_edge),
                  key=lambda k: facts[k].box[0])
    edges: list[list[int]] = []         # the blocks by the left edge they share
    for k in kept:
        if edges and facts[k].box[0] - facts[edges[-1][0]].box[0] <= body:
            edges[-1].append(k)
        else:
            edges.append([k])
    stacks: list[list[int]] = []
    for edge in edges:
        edge.sort(key=lambda k: facts[k].box[1])
        stacks.append(edge[:1])
        for above, k in zip(edge, edge[1:], strict=False):
            if 0 <= facts[k].box[1] - facts[above].box[3] <= HEAD_GAP * body:
                stacks[-1].append(k)
            else:
                stacks.append([k])
    return [[_Row((k,), facts[k].box, 1, 0.0) for k in stack] for stack in stacks
            if len(stack) >= KEPT_ITEMS]


def figure_tables(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Every line of a table of figures is no article's (see the module)."""
    # (an OCR box holds only the ink: on a scan the body's type is measured by its pitch)
    body = page.body_size if page.exact or not page.body_pitch else \
        max(page.body_size, page.body_pitch / PITCH_SIZE)
    out = list(roles)
    runs = [(run, False) for run in _rows(facts, body)]
    runs += [(run, True) for run in _kept_stacks(roles, facts, page, body)]
    for run, kept in runs:
        cells, box = _band(run, out, facts, body)
        head, titled = _head(out, facts, box, body)
        # (a title kept out with the stack heads it: a continued table at a page's head)
        titled = titled or any(numbered_title(facts[row.blocks[0]].text) for row in run[:2])
        if kept and not titled:
            continue        # (a stack kept out under no numbered title: no table's rows)
        found = cells + head + _notes(out, facts, box, body)
        log.debug("a table of %d rows (%s) at %.0f-%.0f: %d blocks of no article", len(run),
                  "its rows' heads kept out" if kept else "figures", box[1], box[3], len(found))
        for k in found:
            # (a cell read as a bilingual list's item, under the page's top band, is the
            # table's, no running head)
            if out[k] not in FURNITURE_ROLES or out[k] == Role.HEADER and k in cells \
                    and facts[k].box[1] > page.top_edge:
                out[k] = Role.ASIDE
    return out


def twin_line_parts(para: Para) -> list[list[int]]:
    """The word indices of a block kept out of the articles cut where its lines switch
    language, when every line is plainly in one language (``langid.line_lang``): a table's
    note over its twin, then its source over its twin, read as one block, are a note in each
    language. A block with a line of unclear language is cut only where its English twin of
    the plainly Vietnamese lines before it opens (``caption_names.twin_cut``: a sponsors'
    line repeating the Vietnamese one's names without marks, ``SPONSORS: Bien Mau Bank``
    under ``ĐƠN VỊ TÀI TRỢ: Ngân hàng Biên Mậu``), and else stays whole."""
    langs = [line_lang(line.text) for line in para.lines]
    if len(langs) < 2 or Lang.UNKNOWN in langs or len(set(langs)) < 2:
        cut = twin_cut([line.text for line in para.lines]) if len(langs) >= 2 else None
        spans = [(0, len(langs))] if cut is None else [(0, cut), (cut, len(langs))]
        return [[i for line in para.lines[a:b] for i in line.words] for a, b in spans]
    parts: list[list[int]] = []
    for k, line in enumerate(para.lines):
        if not k or langs[k] != langs[k - 1]:
            parts.append([])
        parts[-1].extend(line.words)
    log.debug("a note cut into %d runs of one language: %r", len(parts), para.lines[0].text)
    return parts


def figures_language(text: str) -> tuple[str, float] | None:
    """``(lang, confidence)`` of a block of figures alone (a table's figures parted from their
    row's head) by their notation (``text.figures.notation_language``); None for any other
    text."""
    lang = notation_language(text)
    return (Lang(lang), 0.9) if lang else None
