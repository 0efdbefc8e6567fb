"""Page geometry: words -> line pieces -> regions -> paragraph blocks, with the columns.

``analyse`` straightens a skewed page, builds pieces (``magpipe.split.pieces``), cuts the page into
regions in reading order (``magpipe.split.xycut``; the top and bottom bands, where running headers
and page numbers sit, are cut apart first) and cuts each region into paragraphs. OCR junk
(pieces with no word of fair confidence: a box border or a photo read as ``PE ee ke``) and
specks that sit on no line are kept apart, each its own block. Inside a region the lines
(pieces of a row) are cut into paragraphs where the line pitch grows, the size or weight
changes, a line is indented, the previous line ends short with closing punctuation, or a short
line sits at the right edge (a byline); a title run into its paragraph's first line is cut
from it (``run_in_heads``). Pure logic, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.pages import Word
from magpipe.split.bands import BAND_COLUMN_LINES, band_columns, best_fit, crossed
from magpipe.split.caps_steps import CAPS_STEP, capitals_over_mixed, caps_step
from magpipe.split.doc_pitch import unmeasured_pitch
from magpipe.split.feet import column_feet
from magpipe.split.gutters import TRIM
from magpipe.split.heading_lines import heading_line
from magpipe.split.line_dust import dust_on, is_dust
from magpipe.split.line_edges import all_line_edges
from magpipe.split.line_steps import one_type, usual_step
from magpipe.split.mark_steps import low_mark
from magpipe.split.ocr_blocks import block_break
from magpipe.split.ocr_breaks import spaced_break
from magpipe.split.ocr_short import short_close
from magpipe.split.ocr_spacing import spaced_paragraph
from magpipe.split.ocr_type import type_jump
from magpipe.split.own_leading import step_pitches
from magpipe.split.photo_bands import flow_round
from magpipe.split.photo_gaps import column_regions
from magpipe.split.photo_pieces import cut_with_photos
from magpipe.split.pieces import (
    JUNK_CONF,
    Line,
    body_char_width,
    body_font_size,
    body_size_of,
    build_pieces,
    declared_size,
    is_speck,
    make_line,
)
from magpipe.split.ragged_leads import setting_parts
from magpipe.split.roles import CAPS_SHARE, FURNITURE_MARGIN, REPEAT_MARGIN, upper_share
from magpipe.split.run_around import across_empty_rows, run_around
from magpipe.split.run_in_heads import cut_groups, run_in_heads
from magpipe.split.short_lines import room_for_next, short_in_justified, spaced_end
from magpipe.split.skew import deskewed, skew_slope
from magpipe.split.slanted_feet import shaped_lines
from magpipe.split.top_band import band_foot, is_text, sheet_head, sheet_marks
from magpipe.split.top_rows import columns_from_top
from magpipe.split.twin_foot import twin_foot
from magpipe.split.weight_runs import weight_steps
from magpipe.split.xycut import Span, column_ranges, line_pitch, xy_cut
from magpipe.text.credits import CREDIT_LABEL_END, CREDIT_LINE
from magpipe.text.english import closes_sentence
from magpipe.text.headings import jump_line
from magpipe.text.punctuation import SENTENCE_ENDS

ROW_GAP = 6.0        # x body size: pieces of one row this far apart are separate items
PITCH_JUMP = 1.35    # a line pitch this much above the usual one starts a paragraph
SPACED_PITCH = 1.15  # text layers: a line pitch this much above the usual one after a sentence's
                     # end starts a paragraph (paragraphs spaced a few points apart, in narrow
                     # ragged columns whose short last lines do not show)
CW_JUMP = 1.35       # the same for widths per character (OCR)
SIZE_JUMP = 1.3      # a size ratio this large between two lines starts a paragraph
MAIN_LINES = 8       # lines a region needs to stand for a page's one column
HEAD_APART = 1.2     # x body size: a top row this far above the rest is a band of its own


@dataclass(frozen=True)
class Para:
    """A block found by geometry alone: its lines top to bottom."""

    lines: tuple[Line, ...]
    box: Box
    region: int                # index of the leaf region it came from, in reading order
    run_in: bool = False       # a run-in head cut from the paragraph it opens (run_in_heads)


@dataclass(frozen=True)
class PageGeometry:
    paras: tuple[Para, ...]                       # in reading order
    columns: tuple[tuple[float, float], ...]      # x ranges, left to right (straightened)
    body_size: float
    slope: float = 0.0                            # skew found (dy/dx), undone before cutting
    body_cw: float = 5.0                          # body width per character
    exact: bool = True                            # heights are font sizes (text layer)
    top_edge: float = 0.0                         # foot of the top band (running heads)
    banded: bool = False                          # columns of grids stacked in bands
    sheet_head: float = 0.0                       # foot of a proof sheet's marks (top_band)


def _rows_to_lines(words: tuple[Word, ...], pieces: list[Line],
                   body: float, exact: bool = True) -> tuple[list[Line], list[Line]]:
    """Pieces side by side on one row inside a region become one line (wide justified spaces
    and OCR boxes of odd height cut them apart), top to bottom; and the leftovers.

    A piece joins the row above when it overlaps the row's height by half its own (or the
    row's) height and overlaps no piece of the row horizontally (on OCR pages, by no more
    than ``TRIM``: OCR read a letter twice where two words meet, ``Embassy i`` then ``in Viet
    Nam``, the boxes running a point into each other, feature-3-scanned; read as two lines,
    the taller one's baseline put it under the other). Specks and OCR junk (no word of fair
    confidence) join a row they overlap; those that overlap none, and dust read as letters
    (``is_dust``), are left over.
    """
    rows: list[list[Line]] = []
    odd = [p for p in pieces if is_speck(p, body) or p.conf < JUNK_CONF]
    odd_ids = {id(p) for p in odd}
    touch = 0.0 if exact else TRIM * body
    for p in sorted((p for p in pieces if id(p) not in odd_ids),
                    key=lambda p: (p.box[1] + p.box[3]) / 2):
        row = rows[-1] if rows else None
        if row and _fits(p, row) and all(q.box[2] <= p.box[0] + touch or
                                         p.box[2] <= q.box[0] + touch for q in row):
            row.append(p)
        else:
            rows.append([p])
    left_over = []
    for p in odd:
        strict = p.conf < JUNK_CONF        # junk must sit well inside a line to belong to it
        row = None if is_dust(p, body) else next(
            (r for r in rows if _fits(p, r, strict) and
             all(q.box[2] <= p.box[0] or p.box[2] <= q.box[0] for q in r)), None)
        if row is None:
            left_over.append(p)
        elif not dust_on(p, row):       # (dust on a line is no text at all: line_dust)
            row.append(p)
    # (a row keeps its pieces' boxes: a line wrapped around a photo is measured across it,
    # ``photo_text``)
    lines = [_measured(make_line(words, [i for p in row for i in p.words]), row)
             if len(row) > 1 else row[0] for row in rows]
    return sorted(lines, key=lambda ln: ln.base), left_over


def _measured(line: Line, row: list[Line]) -> Line:
    """The line of a row's pieces with their boxes' extent (wider than its words' where a
    piece was measured across a photo)."""
    x0, x1 = min(p.box[0] for p in row), max(p.box[2] for p in row)
    if x0 >= line.box[0] and x1 <= line.box[2]:
        return line
    return replace(line, box=(min(x0, line.box[0]), line.box[1], max(x1, line.box[2]),
                              line.box[3]),
                   core=(min(line.core[0], *(p.core[0] for p in row)),
                         max(line.core[1], *(p.core[1] for p in row))))


def _fits(p: Line, row: list[Line], strict: bool = False) -> bool:
    """The piece overlaps the row's height by half its own height (or the row's); ``strict``:
    by half the row's height and half its own."""
    top, bottom = min(q.box[1] for q in row), max(q.box[3] for q in row)
    common = min(bottom, p.box[3]) - max(top, p.box[1])
    heights = (p.box[3] - p.box[1], bottom - top)
    return common >= 0.5 * (max(heights) if strict else min(heights))


def _case_step(prev: Line, line: Line, pitch: float) -> bool:
    """OCR: a line in capitals (a title, a byline) over a mixed-case line set a little smaller
    or a little further down (``caps_steps.CAPS_STEP``): the body text under a title set in
    capitals at about the body's size, where neither step alone reaches ``CW_JUMP`` or
    ``PITCH_JUMP``."""
    return capitals_over_mixed(prev, line) and (
        prev.cw >= CAPS_STEP * line.cw or line.base - prev.base >= CAPS_STEP * pitch)


def _breaks_before(prev: Line, line: Line, pitch: float, left: float, right: float,
                   exact: bool = True, ragged: bool = False,
                   words: tuple[Word, ...] = ()) -> bool:
    if CREDIT_LINE.match(line.text) and len(line.words) <= 5:
        return False                                 # "Photo: NAME" ending a caption
    # a line ending in a credit label, or in a label and the start of the name, whose name
    # the next line holds or ends: no paragraph ends there
    label = CREDIT_LABEL_END.search(prev.text.rstrip())
    if label and line.base - prev.base <= PITCH_JUMP * pitch and \
            (not label.group("name") or len(line.words) <= 3):
        return False                                 # the credit's name on the next line
    if jump_line(prev.text) or jump_line(line.text) or heading_line(prev.text) or \
            heading_line(line.text):
        return True                # a jump line is a line of its own, a heading (heading_lines)
    size = max(min(prev.size, line.size), 1.0)
    if exact and max(prev.size, line.size) / size > SIZE_JUMP or \
            weight_steps(words, prev, line, exact) or \
            exact and caps_step(words, prev, line):  # (weight_runs: a bold name run in;
        return True                                    # caps_steps: a title over its lead)
    if not exact and type_jump(prev, line, CW_JUMP, (line.base - prev.base) / pitch,
                               (left, right)):      # (ocr_type)
        return True
    if not exact and _case_step(prev, line, pitch):
        return True
    if line.base - prev.base > PITCH_JUMP * pitch and (exact or not low_mark(prev, line, pitch)):
        return True                                  # (mark_steps)
    if not exact and ragged and spaced_paragraph(prev, line, pitch):    # (ocr_spacing)
        return True
    if not exact and spaced_break(prev, line, pitch, left, right, ragged):    # (ocr_breaks)
        return True
    if not exact and short_close(prev, line, left, right, ragged):            # (ocr_short)
        return True
    if exact and line.base - prev.base > SPACED_PITCH * pitch and \
            (closes_sentence(prev.text) or
             (not ragged and size < pitch and right - prev.box[2] > 2 * size
              and upper_share(prev.text) < CAPS_SHARE and room_for_next(prev, line, right))):
        return True      # a paragraph set a few points apart (its short last line in justified
                         # text at the text's leading ends it where its sentence lacks a stop,
                         # when the next line's first word would have fitted after it: a
                         # ragged intro's lines at its own looser leading, run on at the head
                         # of a justified column, were wrapped (short_lines; quartet-5 of seed
                         # 4500); display lines, set larger than the pitch or in capitals, fall
                         # short anywhere)
    width = right - left
    # first-line indent; a line held in as far on the right under an unfinished sentence is
    # centred (a caption's last line), not indented
    centred = abs((line.box[0] - left) - (right - line.box[2])) < size and \
        prev.text.rstrip()[-1:] not in SENTENCE_ENDS
    if line.box[0] - left > 0.8 * size and prev.box[0] - left < 0.5 * size \
            and line.box[2] - line.box[0] > 0.5 * width and not centred:
        return True
    # short last line of a paragraph; in ragged (flush left) text, where every line may fall
    # short, only when the next line's first word would have fitted at its end
    first = line.text.split()[:1]
    room = right - prev.box[2]
    if room > 2 * size and closes_sentence(prev.text) and line.box[0] - left < 0.5 * size \
            and (not ragged or room > len(first[0] if first else "") * line.cw + 0.5 * size):
        return True
    for ln in (prev, line):                          # a short line flush right: a byline
        if width > 8 * size and ln.box[0] - left > 0.3 * width and right - ln.box[2] < size \
                and ln.box[2] - ln.box[0] < 0.5 * width:
            return True
    return False


def paragraphs(words: tuple[Word, ...], region: list[Line], index: int,
               exact: bool = True, body: float = 10.0, page_pitch: float = 0.0,
               borrowed: bool = False) -> list[Para]:
    lines, junk = _rows_to_lines(words, region, body, exact)
    if not lines:
        return [Para(lines=(p,), box=p.box, region=index) for p in junk]
    edges = all_line_edges(lines)     # (line_edges)
    joined = [(a, b) for a, b in zip(lines, lines[1:], strict=False)
              if one_type(a, b, exact, CW_JUMP) and b.base > a.base]
    steps = [b.base - a.base for a, b in joined]
    sizes = tuple(ln.size for pair in joined for ln in pair)
    pitch = usual_step(steps, exact, page_pitch, sizes) if len(steps) >= 2 else \
        unmeasured_pitch(lines, exact, page_pitch, body, borrowed)  # (doc_pitch)
    groups: list[list[Line]] = [[lines[0]]]
    pitches = step_pitches(lines, pitch, exact)     # (a looser type's own leading)
    heads = run_in_heads(words, lines, exact, lambda j: lines[j - 1].text.rstrip()[-1:] in
                         SENTENCE_ENDS or _breaks_before(lines[j - 1], lines[j], pitches[j - 1],
                                                         *edges[j - 1][:2], exact, edges[j - 1][2],
                                                         words))
    firsts = {h.first for h in heads} | {h.line + 1 for h in heads if h.rest is None}
    inside = {j for h in heads for j in range(h.first + 1, h.line + 1)}
    # (the text after a head is the line above the next, measured across the whole line)
    rests = {h.line: replace(h.rest, box=lines[h.line].box) for h in heads if h.rest}
    # text layers: a step in the size the text declares starts a paragraph, as one in box
    # heights does (a title face whose boxes stand no taller than the body face's, over a bold
    # lead at the title's own loose pitch: snake-3 of seed 4600)
    fonts = [declared_size(words, ln.words) for ln in lines] if exact else []
    font_steps = {k for k, (a, b) in enumerate(zip(fonts, fonts[1:], strict=False))
                  if max(a, b) > SIZE_JUMP * max(min(a, b), 1.0)}
    for k, (prev, line) in enumerate(zip(lines, lines[1:], strict=False)):
        left, right, ragged = edges[k]
        prev, after = rests.get(k, prev), lines[k + 2] if k + 2 < len(lines) else None
        if k + 1 in inside:
            pass
        elif k + 1 in firsts or \
                _breaks_before(prev, line, pitches[k], left, right, exact, ragged, words) or \
                k in font_steps or not exact \
                and block_break(words, lines, k, pitches[k], (left, right)) or exact \
                and len(groups[-1]) == 1 and line.base - prev.base > SPACED_PITCH * pitches[k] \
                and (room_for_next(prev, line, right) or short_in_justified(
                    prev, line, after, right, ragged, SPACED_PITCH)) or exact and ragged \
                and spaced_end(groups[-1], line, pitches[k], right, SPACED_PITCH):
            # (ocr_blocks, short_lines)
            groups.append([])
        groups[-1].append(line)
    # (run-in heads cut from their text: run_in_heads; ragged leads: ragged_leads)
    parts = [(part, head) for g, head in cut_groups(groups, lines, heads)
             for part in ([g] if head else setting_parts(g, exact))]
    return [Para(lines=tuple(g), box=union([ln.box for ln in g]), region=index, run_in=head)
            for g, head in parts] + [Para(lines=(p,), box=p.box, region=index) for p in junk]


def column_of(box: Box, columns: tuple[tuple[float, float], ...], banded: bool = False) -> int:
    """Index of the one column the box sits in, or -1 when it spans several (``banded``:
    columns of grids stacked in bands, where a block touches columns of both grids and sits
    in the one ``bands.best_fit`` finds)."""
    hits = [i for i, (lo, hi) in enumerate(columns)
            if min(box[2], hi) - max(box[0], lo) > min(0.15 * (hi - lo), 0.5 * (box[2] - box[0]))]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1 and banded:
        return best_fit(box, columns, hits)
    if not hits and columns:
        centre = (box[0] + box[2]) / 2
        return min(range(len(columns)), key=lambda i: abs(sum(columns[i]) / 2 - centre))
    return -1


def _top_edge(pieces: list[Line], height: float, body: float, marks: set[int]) -> float:
    """Foot of the top band, cut apart before the columns: ``FURNITURE_MARGIN`` of the page, or
    further down to the page's top row when that row lies within ``REPEAT_MARGIN`` and stands
    ``HEAD_APART`` body sizes above everything else (a running head over a rule set a little
    lower than the margin: read with the columns, it would join one of them). A rule under the
    head that OCR read as a row of junk (no letter or digit, or words read with no confidence)
    stands for no text: the white is measured down to the first piece of text, and the junk
    above that piece (its middle higher than the piece's top) goes with the band (read with
    the columns, the row of junk across the gutter would join the columns' first lines, two
    titles side by side, into one). Junk over every row of text (a proof sheet's marks,
    ``top_band.sheet_marks``, given as ``marks``) is no top row: it goes with the band."""
    edge = FURNITURE_MARGIN * height
    # (``marks``: in the band whatever its foot, above the rows)
    pieces = [p for p in pieces if id(p) not in marks]
    first = min(pieces, key=lambda p: p.box[1])
    row = [p for p in pieces if p.box[1] < first.box[3]]
    foot = max(p.box[3] for p in row)
    under = [p for p in pieces if p.box[1] >= foot]
    rest = [p.box[1] for p in under if is_text(p)]
    if foot < REPEAT_MARGIN * height and (not rest or min(rest) - foot >= HEAD_APART * body):
        below = min(rest, default=height)
        foot = max([foot, *(p.box[3] for p in under if (p.box[1] + p.box[3]) / 2 < below)])
        return max(band_foot(pieces, edge, foot + 0.5), foot + 0.5)
    return first.box[1] if columns_from_top(row, pieces, body) else edge   # (top_rows)


def analyse(words: tuple[Word, ...], height: float, exact: bool = True,
            body: float | None = None, photos: tuple[Box, ...] = (),
            short_pitch: float | None = None) -> PageGeometry:
    """Paragraph blocks of a page in reading order, with the page's columns.

    A skewed scan's word boxes are first turned straight (``skew_slope``); all geometry is
    done on the straightened boxes (the blocks list word indices, so callers take the real
    boxes from the words). Pieces lying wholly in the top or bottom ``FURNITURE_MARGIN`` of the page
    (running header, page number, footer) are cut separately, so that they never hide a
    gutter: the top band comes first in reading order and the bottom band last. ``exact`` says
    the word heights are font sizes (a text layer); OCR heights are compared by width per
    character instead. ``body`` is the body size when known from elsewhere (the document's,
    ``pieces.page_body_size``); by default the page's own. Text on or right under a photo of
    ``photos`` is cut apart from the rest (``photo_text``), its regions read after the body's.
    """
    body = body if body is not None else body_size_of(words)
    pieces = build_pieces(words, body)
    if not pieces:
        return PageGeometry(paras=(), columns=(), body_size=body, slope=0.0)
    slope = skew_slope(pieces, words)
    if slope:
        words = deskewed(words, slope)
        pieces = build_pieces(words, body)
    marks = sheet_marks(pieces, FURNITURE_MARGIN * height)
    edge = _top_edge(pieces, height, body, marks)
    head = sheet_head(pieces, marks)
    top = [p for p in pieces if p.box[3] < edge]
    bottom = [p for p in pieces if p.box[1] > (1 - FURNITURE_MARGIN) * height
              and p.box[3] >= edge]
    in_bands = {id(p) for p in top + bottom}
    bottom, _ = column_feet(bottom, [p for p in pieces if id(p) not in in_bands], body)
    edges = {id(p) for p in top + bottom}
    # (photos the text runs around line by line, then the others: run_around, photo_text)
    # (lines starting along a photo's slanted foot: slanted_feet)
    lifted, middle, wrapped = run_around(words, shaped_lines([p for p in pieces if id(p) not in
                                                              edges], photos, body),
                                         photos, body, exact)
    regions: list[tuple[list[Line], Span | None]] = []
    pitch = line_pitch(middle or pieces, body, body_font_size(words) if exact else None,
                       None if short_pitch is None else 0.0)
    borrowed = not pitch and short_pitch is not None   # (too short to measure it: doc_pitch)
    pitch = short_pitch if borrowed and short_pitch is not None else pitch
    for band in (top, middle, bottom):
        if band:
            # (the middle band's photos hold their places in the cut: photo_pieces; the
            # columns run round a band of photos across them: photo_bands)
            regions.extend(xy_cut(band, body, pitch=pitch, exact=exact) if band is not middle
                           else flow_round(cut_with_photos(band, photos, body, lambda part, col:
                                                           xy_cut(part, body, col, pitch=pitch,
                                                                  exact=exact)),
                                           photos, body, pitch))
        if band is middle:
            regions.extend((group, None) for group in lifted)
    regions = [part for r in regions for part in twin_foot(r, body, pitch, exact)]
    paras: list[Para] = []
    for index, (region, _) in enumerate(regions):
        paras.extend(paragraphs(words, region, index, exact, body, pitch, borrowed))
    paras = across_empty_rows(paras, wrapped, pitch, exact, CW_JUMP)     # (run_around)
    # (captions set at photos' edges, between two of them, are no columns: photo_gaps)
    ranged = column_regions([(r, col) for r, col in regions
                             if col is not None and id(r[0]) not in edges], photos, body)
    spans = sorted({col for _, col in ranged})
    tall = sorted({col for r, col in ranged if len(r) >= BAND_COLUMN_LINES})
    banded = crossed(tall, body)
    columns = band_columns(tall, body) if banded else column_ranges(spans, tall)
    if not columns:
        # one column: the x range of the region holding most lines (a column of text that
        # fills only part of the page width, beside an empty one), else the whole text width
        main = max((r for r, _ in regions if not any(id(p) in edges for p in r)), key=len,
                   default=None)
        box = union([p.box for p in (main if main and len(main) >= MAIN_LINES else
                                     middle or pieces)])
        columns = ((box[0], box[2]),)
    return PageGeometry(paras=tuple(paras), columns=columns, body_size=body, slope=slope,
                        body_cw=body_char_width(words), exact=exact, top_edge=edge,
                        banded=banded, sheet_head=head)
