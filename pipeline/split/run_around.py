"""Text run around a photo that straddles a gutter, line by line: its columns and its caption.

A photo set across the gutter between two columns, its text run around it line by line (a
round cut-out, an oval, a figure's silhouette, a box), shortens each line of both columns
at its own place: the lines of the left column end where the shape begins on their row, the
lines of the right column start where it ends, and its caption, set under it in its width,
stands between the shortened lines. Read as they stand, the caption's lines bridge the
gutter, so the two columns are never found and their rows are read as one line across the
page; the shortened lines look like paragraph ends, and the right column's like indented
first lines.

``run_around`` works on the pieces of a page before the region cut, one photo at a time.
A photo at least ``MIN_PHOTO`` body sizes wide and tall is run around when ``WRAP_LINES``
rows or more of the columns next to it (on one side or both: the text may run on from one
column into the other, or end beside it) reach into its box by more than ``SLACK``: a shape
that leaves its box's corners free, which a column set beside a photo at its own measure,
or text wrapped around a rectangle (``photo_text``'s), never does. A line across the
photo's middle beside it (a row of one column over both) says it is no run-around.

* Its caption: the pieces in the photo's width stacked from under its box (as
  ``photo_text`` stacks a wrapped photo's: ``FIRST_GAP``, then ``STACK_GAP`` apart, within
  ``SIDE_SLACK`` of its width), none of them touching the text's outer edges, lifted out as
  a region of its own read after the body's. A
  caption's line chained to the line beside it (the white between them under a gutter's
  width) is cut from it first, at a word space at the photo's edge.
* Its gutter: the white strip (``GUTTER`` body sizes or wider) inside the photo's width
  that the rows of columns right above the photo, or right under its caption, leave
  (``NEAR_ROWS``); with no row of columns near it, each side's own column edge, read from
  its rows right above or under the band (a photo set at a column's edge), else a gutter
  of the narrowest width through the photo's middle.
* Each row of the columns next to it, from its top to its caption's foot (a row whose top
  stands beside the caption's last line included), is measured as if the shape were not
  there: its pieces made one (its wide word spaces are no strip between columns) and its
  near end moved out to the gutter by as much as the shape takes from its row. Words in the
  photo's box beside the row belong to it when they are set in its type (the size the source
  gives them: on a scan, OCR's line height; box heights swing with the marks). Where the
  shape lets a row reach is read from the rows themselves (only its box is known): the row's
  own end, when it reaches as far as one of the rows next to it or lies between them; else
  (a paragraph's last line, short of both) where the line between their ends crosses its
  row. So a row run up to the shape reads as a full line of its column, a paragraph's last
  line still ends short by as much as it did, and the right column's lines, starting at the
  shape, do not read as indented. The words never change, only the box the geometry
  measures.

The shape may leave a row or two beside it empty (too little of the line left): the step
from the line above to the line under reads as a paragraph's end. ``across_empty_rows`` puts
the two parts together again after the paragraph cut, where the step lies in a run-around's
band and the line above ends no sentence. A photo the text wraps around as a rectangle
(``photo_text``'s) leaves the same step at its top and at its caption's foot, where the
measure changes and the layout program keeps its offset from the photo as white between two
lines of a paragraph: its band is joined across the same way. Photos no text runs around are
left to ``photo_text`` (called after, on the pieces left).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from magpipe.artifacts.base import Box, across, union
from magpipe.artifacts.pages import Word
from magpipe.split.gutters import white_gaps
from magpipe.split.line_steps import one_type
from magpipe.split.photo_size import large_photo
from magpipe.split.photo_stacks import (
    FIRST_GAP,
    SIDE_SLACK,
    STACK_GAP,
    on_photo,
    stacked_under,
)
from magpipe.split.photo_text import EDGE_SPACE, photo_text
from magpipe.split.pieces import GUTTER, Line, is_speck, make_line
from magpipe.text.punctuation import SENTENCE_ENDS

if TYPE_CHECKING:
    from magpipe.split.layout import Para

log = logging.getLogger(__name__)

WRAP_LINES = 3       # fewest rows beside the photo that reach into its box
NEAR_ROWS = 8.0      # x body size: how far above the photo and under its caption the rows
                     # of columns that show its gutter may lie
CAPTION_LINES = 12   # lines of a caption under the photo whose pieces are cut at its edges
SIZE_STEP = 0.05     # relative: words whose sizes differ this much are set in two types
BAND_REACH = 2.0     # x body size: rows this far above and under the band are read for
                     # where the shape ends
SLACK = 0.25         # x body size: how far a row may fall short of both rows next to it and
                     # still run up to the shape (where the shape is widest; OCR's boxes)
EMPTY_ROWS = 2       # most rows left empty beside a run-around inside one paragraph
LINE_GAP = 2.0       # x body size: the widest word space of a justified line
ROW_OVERLAP = 0.5    # share of the lower piece's height two pieces of one row overlap by


def _rows(pieces: list[Line]) -> list[list[Line]]:
    """Pieces in rows, top to bottom (a justified line's words may be pieces of their own)."""
    rows: list[list[Line]] = []
    for p in sorted(pieces, key=lambda p: (p.box[1] + p.box[3]) / 2):
        if rows:
            top, bottom = min(q.box[1] for q in rows[-1]), max(q.box[3] for q in rows[-1])
            common = min(bottom, p.box[3]) - max(top, p.box[1])
            if common >= ROW_OVERLAP * min(bottom - top, p.box[3] - p.box[1]):
                rows[-1].append(p)
                continue
        rows.append([p])
    return rows


def _gutter(pieces: list[Line], photo: Box, foot: float, body: float
            ) -> tuple[float, float] | None:
    """The gutter through the photo that the rows of columns right above it, or right under
    its caption (``foot``), leave inside its width: the widest such white strip."""
    reach = NEAR_ROWS * body
    for near in ([p for p in pieces if photo[1] - reach < p.box[3] <= photo[1]],
                 [p for p in pieces if foot <= p.box[1] < foot + reach]):
        spans = [p.core for p in near if p.core[1] > photo[0] and p.core[0] < photo[2]]
        inside = [(lo, hi) for lo, hi in white_gaps(spans, GUTTER * body)
                  if photo[0] < lo and hi < photo[2]] if spans else []
        if inside:
            return max(inside, key=lambda g: g[1] - g[0])
    return None


def _next_column(pieces: list[Line], photo: Box, side: int, body: float) -> list[Line]:
    """The pieces of a side (0: left, 1: right) that lie in the column next to the photo:
    past the last gutter their rows leave between the photo and the page's edge."""
    if not pieces:
        return []
    gaps = white_gaps([p.core for p in pieces], GUTTER * body)
    if side:
        ends = [lo for lo, hi in gaps if lo >= photo[2]]
        return [p for p in pieces if p.core[1] <= min(ends)] if ends else pieces
    starts = [hi for lo, hi in gaps if hi <= photo[0]]
    return [p for p in pieces if p.core[0] >= max(starts)] if starts else pieces


def _cut_at_edges(words: tuple[Word, ...], pieces: list[Line], photo: Box, body: float
                  ) -> list[Line]:
    """Pieces under the photo's box, where its caption may stand, cut at a word space of
    ``EDGE_SPACE`` or more at one of its edges: a caption's line chained to the line beside
    it, the white between them a gutter's width or less. The space holds the edge, or, the
    caption standing a little out of the photo's width, lies within ``SIDE_SLACK`` of it
    between words set in different sizes (``SIZE_STEP``: a caption's type, not a justified
    line's word space)."""
    slack = SIDE_SLACK * body
    top, foot = photo[3] - slack, photo[3] + (FIRST_GAP + CAPTION_LINES * STACK_GAP) * body
    out: list[Line] = []
    for p in pieces:
        if not top <= (p.box[1] + p.box[3]) / 2 <= foot or len(p.words) < 2:
            out.append(p)
            continue
        parts: list[list[int]] = [[p.words[0]]]
        for a, b in zip(p.words, p.words[1:], strict=False):
            end, start = words[a].box[2], words[b].box[0]
            sizes = sorted((words[a].size, words[b].size))
            near = slack if sizes[1] - sizes[0] > SIZE_STEP * sizes[1] else 0.0
            if start - end >= EDGE_SPACE * body and \
                    any(end - near - 1 <= edge <= start + near + 1
                        for edge in (photo[0], photo[2])):
                parts.append([])
            parts[-1].append(b)
        out.extend([p] if len(parts) == 1 else [make_line(words, part) for part in parts])
    return out


def _caption(pieces: list[Line], photo: Box, body: float, outer: tuple[float, float]
             ) -> list[Line]:
    """The pieces stacked under the photo's box in its width (``photo_text``'s stack, see
    the module docstring), none of them touching the text's ``outer`` edges."""
    slack = SIDE_SLACK * body
    return stacked_under([p for p in pieces if outer[0] + slack <= p.box[0]
                          and p.box[2] <= outer[1] - slack], photo, body, set())


def _type_size(words: tuple[Word, ...], p: Line) -> float:
    """The size the source gives the piece's words (font size, or OCR's line height): the
    pieces' box heights swing with marks and descenders on a scan (``Lãnh`` 6.3 points tall,
    ``đạo`` beside it 7.2, one line of one type, cutout-3-scanned), the size given does not."""
    sizes = sorted(words[i].size for i in p.words)
    return sizes[len(sizes) // 2] if sizes else p.size


def _ends_line(words: tuple[Word, ...], p: Line, others: list[Line], body: float) -> bool:
    """The piece ends or starts a line of ``others``: a piece of its row set in its size
    (``_type_size``) lies within ``LINE_GAP`` of it (a justified line's wide word space), not a
    caption's white away."""
    size = _type_size(words, p)
    return any(abs(_type_size(words, q) - size) <= SIZE_STEP * max(_type_size(words, q), size)
               and min(q.box[3], p.box[3]) - max(q.box[1], p.box[1])
               >= ROW_OVERLAP * min(q.box[3] - q.box[1], p.box[3] - p.box[1])
               and max(q.box[0] - p.box[2], p.box[0] - q.box[2]) <= LINE_GAP * body
               for q in others)


def _into(rows: list[list[Line]], photo: Box, side: int, slack: float) -> int:
    """How many of a side's ``rows`` (0: left, 1: right) beside the photo's box reach into
    it (by more than ``slack``): a shape that leaves its box's corners, not a straight edge."""
    inside = [row for row in rows
              if photo[1] < (min(p.box[1] for p in row) + max(p.box[3] for p in row)) / 2
              < photo[3]]
    if side:
        return sum(min(p.box[0] for p in row) < photo[2] - slack for row in inside)
    return sum(max(p.box[2] for p in row) > photo[0] + slack for row in inside)


def _edge(ends: list[float], tops: list[float], k: int, side: int, slack: float) -> float:
    """Where the shape lets row ``k`` of a side reach (see the module docstring): its own
    near end, unless it falls short of both rows next to it (by more than ``slack``: a
    paragraph's last line), then where the line between their ends crosses its row."""
    near = [j for j in (k - 1, k + 1) if 0 <= j < len(ends)]
    if not near:
        return ends[k]
    sign = -1.0 if side else 1.0          # (the right side's lines start further in)
    if sign * ends[k] >= min(sign * ends[j] for j in near) - slack:
        return ends[k]                    # it reaches its neighbours or lies between them
    if len(near) == 1:
        return ends[near[0]]
    a, b = near
    at = (tops[k] - tops[a]) / (tops[b] - tops[a]) if tops[b] > tops[a] else 0.5
    return ends[a] + at * (ends[b] - ends[a])


def _measured(words: tuple[Word, ...], rows: list[list[Line]], band: tuple[float, float],
              to: float, side: int, body: float) -> dict[int, Line | None]:
    """Each row of a side (0: left, 1: right) lying in ``band`` (tops and feet) as one piece,
    its near end moved out to ``to`` by as much as the shape takes from its row (see the
    module docstring), by the id of its first piece; its other pieces' ids give None."""
    ends = [min(p.box[0] for p in row) if side else max(p.box[2] for p in row) for row in rows]
    tops = [min(p.box[1] for p in row) for row in rows]
    out: dict[int, Line | None] = {}
    for k, row in enumerate(rows):
        # (a row whose top stands beside the caption's last line is run around, its middle
        # under the caption's foot: the columns' lines need not line up with the caption's,
        # ``Provincial Party`` half a line under ``of Chile - August 2025 …``, cutout-3-scanned)
        centre = (tops[k] + max(p.box[3] for p in row)) / 2
        if not (band[0] <= centre and tops[k] < band[1]):
            continue
        shift = to - _edge(ends, tops, k, side, SLACK * body)
        if not (side and shift < 0 or not side and shift > 0):
            continue
        # the row's pieces as one (a line run around the shape is set justified to its own
        # short measure: the word spaces it leaves would read as a strip between columns
        # once its near end reaches the gutter, cutout-2-scanned)
        p = make_line(words, [i for q in row for i in q.words]) if len(row) > 1 else row[0]
        if side:
            p = replace(p, box=(p.box[0] + shift, *p.box[1:]), core=(p.core[0] + shift, p.core[1]))
        else:
            p = replace(p, box=(*p.box[:2], p.box[2] + shift, p.box[3]),
                        core=(p.core[0], p.core[1] + shift))
        for q in row:
            out[id(q)] = None
        out[id(row[0])] = p
    return out


def _around(words: tuple[Word, ...], pieces: list[Line], photo: Box, body: float
            ) -> tuple[list[Line], list[Line]] | None:
    """The caption of a photo the text runs around and the pieces left, those beside it
    measured across it; None when no text runs around it."""
    if not large_photo(photo, body):
        return None
    pieces = _cut_at_edges(words, pieces, photo, body)
    text = [p for p in pieces if not is_speck(p, body)]
    if not text:
        return None
    outer = (min(p.box[0] for p in text), max(p.box[2] for p in text))
    caption = _caption(pieces, photo, body, outer)
    taken = {id(p) for p in caption}
    foot = max([photo[3], *(p.box[3] for p in caption)])
    text = [p for p in text if id(p) not in taken]
    gutter = _gutter(text, photo, foot, body)
    middle = (gutter[0] + gutter[1]) / 2 if gutter else (photo[0] + photo[2]) / 2
    if any(p.core[0] < middle < p.core[1] for p in text
           if p.box[3] > photo[1] and p.box[1] < foot):
        return None                 # a line runs across the photo's middle beside it
    # the rows of the column on each side, a few beyond the band (they tell where the shape
    # ends)
    reach = BAND_REACH * body
    near = [p for p in pieces if id(p) not in taken and
            photo[1] - reach < p.box[3] and p.box[1] < foot + reach]
    # (text set wholly on the photo is its own, a caption overprinted on it, unless it is the
    # last words of a line run into a corner of its box)
    off = [p for p in near if not on_photo(p, photo)]
    near = off + [p for p in near if on_photo(p, photo) and _ends_line(words, p, off, body)]
    sides = [_rows(_next_column([p for p in near if (p.core[0] >= middle if side
                                                     else p.core[1] <= middle)],
                                photo, side, body)) for side in (0, 1)]
    into = [_into(rows, photo, side, SLACK * body) for side, rows in enumerate(sides)]
    if sum(into) < WRAP_LINES:
        return None
    # (a side none of whose rows reaches into the box is not run around: left as it is)
    sides = [rows if n else [] for rows, n in zip(sides, into, strict=True)]
    if gutter is None:
        # no row of columns near it: each side out to where its column's rows right above or
        # under the photo's band reach (a photo set at a column's edge), else to a gutter of
        # the narrowest width through the photo's middle (the gutter it straddles)
        out = [[p for row in rows if not (photo[1] < max(q.box[3] for q in row)
                                          and min(q.box[1] for q in row) < foot) for p in row]
               for rows in sides]
        lo = max((p.box[2] for p in out[0]), default=middle)
        hi = min((p.box[0] for p in out[1]), default=middle)
        gutter = (lo if lo < middle else middle - GUTTER * body / 2,
                  hi if hi > middle else middle + GUTTER * body / 2)
    new = _measured(words, sides[0], (photo[1], foot), gutter[0], 0, body)
    new.update(_measured(words, sides[1], (photo[1], foot), gutter[1], 1, body))
    log.debug("photo at %s: text runs around it, gutter %s, caption of %d lines, %d lines "
              "measured across it", [round(v) for v in photo], [round(v) for v in gutter],
              len(caption), len(new))
    kept = [new[id(p)] if id(p) in new else p for p in pieces if id(p) not in taken]
    return caption, [p for p in kept if p is not None]


def run_around(words: tuple[Word, ...], pieces: list[Line], photos: tuple[Box, ...],
               body: float, exact: bool = True) -> tuple[list[list[Line]], list[Line], list[Box]]:
    """Each run-around photo's caption (a group of pieces, top to bottom) and the pieces
    left, the lines run around a photo measured across it (see the module docstring); then
    ``photo_text`` on the other photos (``exact``: a text layer's page): its groups after
    these, and the pieces it leaves. Last, the band each run-around or wrapped photo takes
    (the photo's box down to its caption's foot), for ``across_empty_rows``."""
    groups: list[list[Line]] = []
    bands: list[Box] = []
    rest = []
    for photo in sorted(photos, key=lambda b: (b[1], b[0])):
        found = _around(words, pieces, photo, body)
        if found is None:
            rest.append(photo)
            continue
        caption, pieces = found
        if caption:
            groups.append(caption)
        bands.append((*photo[:3], max([photo[3], *(p.box[3] for p in caption)])))
    lifted, pieces, wraps = photo_text(words, pieces, tuple(rest), body, exact)
    return groups + lifted, pieces, bands + wraps


def across_empty_rows(paras: list[Para], bands: list[Box], pitch: float, exact: bool,
                      cw_jump: float) -> list[Para]:
    """Paragraphs of one region cut apart only where a row or two beside a run-around was
    left empty (the shape leaving too little of the line, ``EMPTY_ROWS``), or where a
    wrapped photo's offset stands between two lines at its top or its caption's foot, put
    together again: the step from one line to the next lies in a band of ``bands``, the
    first line ends no sentence, and both are set in one type (``cw_jump``:
    ``line_steps.one_type``'s). The line under may be one that ends a paragraph short, under
    the band, or one the region cut put in the next region (the white at the change of
    measure): it starts where the line above does."""
    if not bands or not paras:
        return paras
    out = [paras[0]]
    for para in paras[1:]:
        prev = out[-1]
        a, b = prev.lines[-1], para.lines[0]
        step = b.base - a.base
        # (the region cut may part them at the white: then the line under starts where the
        # line above does, one column read on)
        column = prev.region == para.region or abs(b.box[0] - a.box[0]) < pitch
        if column and pitch < step <= (EMPTY_ROWS + 1.5) * pitch and \
                any(band[1] - pitch <= a.base and b.box[1] <= band[3] + pitch
                    and across(a.box, band) > 0 and (across(b.box, band) > 0 or
                                                     abs(b.box[0] - a.box[0]) < pitch)
                    for band in bands) and \
                a.text.rstrip()[-1:] not in SENTENCE_ENDS and a.bold == b.bold and \
                one_type(a, b, exact, cw_jump):
            out[-1] = replace(prev, lines=prev.lines + para.lines,
                              box=union([prev.box, para.box]))
            log.debug("a paragraph runs on across an empty row beside a run-around: %r",
                      b.text[:40])
        else:
            out.append(para)
    return out
