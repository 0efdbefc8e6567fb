"""Whether the text of a page wraps around a photo set into its columns (``wrapped_sides``,
for ``photo_text``): the lines beside the photo, shortened, run on from or into a full line
of their column, all of one language, across no more white than the text's leading and the
wrap's offset; a bilingual caption set beside a photo, or a column set beside it under a
lead across both, is no wrapped text. Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Lang
from magpipe.split.langid import line_lang
from magpipe.split.photo_stacks import FIRST_GAP, SIDE_SLACK, stacked_under, within_width
from magpipe.split.pieces import Line
from magpipe.text.punctuation import ends_sentence

WRAP_GAP = 2.0       # x body size: the most white between a photo and a line wrapped around it
SAME_SIZE = 0.15     # relative: a full line of the wrapped column is set at its lines' size
WRAP_LINES = 2       # fewest lines beside a photo that make it one set into the text
LEAD_GAP = 0.6       # x body size: the most white between two lines of one column's text
                     # (plus, where the text runs on, a wrap's offset read on the page)
SCAN_OFFSET = 1.2    # x body size: the most of a wrap's offset read on a scan (the photo's box
                     # found on the image and OCR's line boxes swing by a point or two: the
                     # offset read off them is held to a layout program's usual 6-10 points at
                     # 8-9 point type; wrapround's scans read 7-8 points for its 8)


def _inside(p: Line, photo: Box) -> bool:
    cx, cy = (p.box[0] + p.box[2]) / 2, (p.box[1] + p.box[3]) / 2
    return photo[0] <= cx <= photo[2] and photo[1] <= cy <= photo[3]


def _runs_across(p: Line, photo: Box, side: int, beside: list[Line], body: float) -> bool:
    """``p`` is a full line of the column the lines ``beside`` the photo's ``side`` (0: left,
    1: right) are shortened in: it runs across that edge of the photo, from the beside lines'
    far end to no further than the photo's other edge, set at their size or at the page's
    body size (an intro set larger may fill the shortened lines, the body text running on
    across the column under them)."""
    edge = photo[2] if side else photo[0]
    sizes = sorted(q.size for q in beside)
    size = sizes[len(sizes) // 2]
    if not (p.box[0] < edge - body and p.box[2] > edge + body) or \
            all(abs(p.size - s) > SAME_SIZE * s for s in (size, body)):
        return False
    reach = WRAP_GAP * body
    if side:
        return p.box[0] >= photo[0] - reach and p.box[2] <= max(q.box[2] for q in beside) + body
    return p.box[2] <= photo[2] + reach and p.box[0] >= min(q.box[0] for q in beside) - body


def _beside(pieces: list[Line], photo: Box, foot: float, side: int, reach: float
            ) -> list[Line]:
    """The pieces from the photo's top to ``foot`` whose near end lies within ``reach`` of the
    photo's edge on ``side`` (0: left, 1: right), outside it."""
    rows = [p for p in pieces if p.box[3] > photo[1] + 1 and p.box[1] < foot - 1
            and not _inside(p, photo)]
    if side:
        return [p for p in rows if p.box[0] >= photo[2] - 1 and p.box[0] - photo[2] <= reach]
    return [p for p in rows if p.box[2] <= photo[0] + 1 and photo[0] - p.box[2] <= reach]


def _offset(beside: list[Line], photo: Box, side: int) -> float:
    """The wrap's offset: the white a layout program keeps between the photo and the lines
    shortened beside it, read on the page (from the line reaching nearest the photo's edge:
    ragged lines end short of it). It keeps as much above the photo and under its caption."""
    return max(min(q.box[0] - photo[2] if side else photo[0] - q.box[2] for q in beside), 0.0)


def _run_down(pieces: list[Line], beside: list[Line], photo: Box, side: int, body: float,
              offset: float) -> Line:
    """The last line of the column the lines ``beside`` the photo's ``side`` stand in, read
    down from the first of them: lines wholly on that side starting at their left edge, each
    within ``LEAD_GAP`` and the wrap's ``offset`` of the one above (ragged lines, ending short
    of the photo, and the lines beside its caption however long, or under it in the narrow
    measure, count)."""
    lefts = sorted(q.box[0] for q in beside)
    left = lefts[len(lefts) // 2]
    column = sorted((q for q in pieces if abs(q.box[0] - left) <= body and
                     (q.box[0] >= photo[2] - 1 if side else q.box[2] <= photo[0] + 1)),
                    key=lambda q: q.box[1])
    last = min(beside, key=lambda q: q.box[1])
    for q in column:
        if last.box[3] - 1 <= q.box[1] + 1 and q.box[1] - last.box[3] <= \
                LEAD_GAP * body + offset and q.box[1] > last.box[1]:
            last = q
    return last


def _across_offset(gap: float, before: Line, body: float, offset: float,
                   next_row: bool) -> bool:
    """Two lines of one column stand ``gap`` apart at a change of measure round a photo:
    within ``LEAD_GAP`` (the text's own leading), or, on rows next to each other
    (``next_row``: no line between them), within the wrap's ``offset`` more when the line
    before ends no sentence (the text runs on from one measure into the other, where a
    lead over a column set beside a photo, or a column ending beside it over a paragraph
    across the page, ends its sentence)."""
    return -LEAD_GAP * body <= gap <= LEAD_GAP * body or next_row and \
        0.0 <= gap <= LEAD_GAP * body + offset and not ends_sentence(before.text)


def _next_rows(pieces: list[Line], upper: Line, lower: Line) -> bool:
    """``upper`` and ``lower`` stand on rows next to each other: no piece's middle lies
    between them (the tall boxes of lines set close overlap) across the width of either (a
    lead's short last line is a row between its full lines and the column set beside a
    photo under it, though it stops short of that column)."""
    def across(q: Line, line: Line) -> bool:
        return min(q.box[2], line.box[2]) > max(q.box[0], line.box[0])

    return not any(upper.box[3] < (q.box[1] + q.box[3]) / 2 < lower.box[1] and
                   (across(q, upper) or across(q, lower)) for q in pieces)


def _captioning(p: Line, photos: tuple[Box, ...], photo: Box, body: float) -> bool:
    """``p`` is another photo's caption: it starts within ``FIRST_GAP`` under that photo's
    foot, inside its width (no line of the column's text, whatever it reaches across)."""
    return any(other != photo and 0 <= p.box[1] - other[3] <= FIRST_GAP * body and
               within_width(p, other, SIDE_SLACK * body) for other in photos)


def _one_language(lines: list[Line]) -> bool:
    """No two of the lines are plainly of two languages (``langid.line_lang``; unclear lines,
    names and figures, go with either): text wrapped around a photo is one column of one
    article's text, while a bilingual magazine sets a photo's caption beside it in both
    languages, one under the other, as narrow as the wrapped lines and ending level with a
    full line of the column under it. Read top to bottom, such a caption changes language
    once; a line of the other language between lines of one (``_flanked``: a narrow line
    that holds only a name, as ``Mar- celle Torres Alves Okuno`` in Vietnamese text) is
    read as theirs."""
    langs = _flanked([line_lang(q.text) for q in sorted(lines, key=lambda q: q.box[1])])
    return len(set(langs) - {Lang.UNKNOWN}) <= 1


def _flanked(langs: list[str]) -> list[str]:
    """``langs`` (of lines top to bottom) with each line's language set to that of the
    nearest lines of a known language above and under it when those two agree (unclear
    lines skipped): one line between two of another language is of theirs."""
    known = [k for k, lang in enumerate(langs) if lang != Lang.UNKNOWN]
    out = list(langs)
    for above, k, under in zip(known, known[1:], known[2:], strict=False):
        if langs[above] == langs[under] != langs[k]:
            out[k] = langs[above]
    return out


def wrapped_sides(pieces: list[Line], photo: Box, body: float, photos: tuple[Box, ...] = (),
             exact: bool = True) -> tuple[tuple[int, ...], float]:
    """The sides (0: left, 1: right) the text wraps around the photo on, and the foot of
    the narrow measure there (the last line ``_run_down`` reads): ``WRAP_LINES``
    lines or more beside it on a side (their near end within ``WRAP_GAP`` of its edge), run
    on from a full line of their column (``_runs_across``) right above the first of them
    or into one right under the last line of their column (``_run_down``), across no more
    white than the text's leading and the wrap's offset (``_across_offset``): the photo is
    set into the column's text, not beside it (a photo filling its column beside another
    column under a lead across both, a caption set beside its photo). The lines beside it
    and the full line are of one language (``_one_language``: a bilingual caption set
    beside the photo is no wrapped text). Another of
    ``photos``' captions is no full line (``_captioning``). On a scan (not ``exact``) the
    offset read is held to ``SCAN_OFFSET`` body sizes: the photo's box found on the image
    and OCR's line boxes swing by a point or two, and OCR parts a justified line into its
    words."""
    reach = WRAP_GAP * body
    sides, foot = [], photo[3]
    for side in (0, 1):
        beside = _beside(pieces, photo, photo[3], side, reach)
        if len(beside) < WRAP_LINES or not _one_language(beside):
            continue
        offset = _offset(beside, photo, side)
        offset = offset if exact else min(offset, SCAN_OFFSET * body)
        first = min(beside, key=lambda q: q.box[1])
        last = _run_down(pieces, beside, photo, side, body, offset)
        if any(_runs_across(p, photo, side, beside, body) and
               not _captioning(p, photos, photo, body) and
               (_across_offset(first.box[1] - p.box[3], p, body, offset,
                               _next_rows(pieces, p, first))
                or _across_offset(p.box[1] - last.box[3], last, body, offset,
                                  _next_rows(pieces, last, p))) and
               _one_language([*beside, p]) for p in pieces) or (
                not exact and _resumes_under_caption(pieces, beside, photo, side, body, last,
                                                     photos)):
            sides.append(side)
            foot = max(foot, last.box[3])
    return tuple(sides), foot


def _resumes_under_caption(pieces: list[Line], beside: list[Line], photo: Box, side: int,
                           body: float, last: Line, photos: tuple[Box, ...]) -> bool:
    """On a scan, the text beside the photo (``WRAP_LINES`` lines or more, ``last`` the
    column's last line beside it) runs on under the photo's own caption: the first row
    under both the caption's foot and ``last``, within ``FIRST_GAP`` and the wrap's offset
    of the lower, is a full line of the column across the photo's width (its pieces
    together: OCR parts a loosely justified line into its words), of the text's language.
    So a photo set into the column's top, under the titles (no full line above it), whose
    text ends a paragraph beside the caption (``wrapround``'s scans). The white beside the
    photo must be a wrap's offset (``SCAN_OFFSET`` body sizes at most), no column gutter:
    a column set beside a photo over a paragraph across the page stands a gutter away."""
    offset = _offset(beside, photo, side)
    caption = stacked_under(pieces, photo, body, set())
    if offset > SCAN_OFFSET * body or not caption:
        return False
    foot = max(last.box[3], *(q.box[3] for q in caption))
    lo = photo[0] - WRAP_GAP * body if side else min(q.box[0] for q in beside) - body
    hi = max(q.box[2] for q in beside) + body if side else photo[2] + WRAP_GAP * body
    under = [q for q in pieces if 0.0 <= q.box[1] - foot <= FIRST_GAP * body + offset
             and q.box[0] >= lo and q.box[2] <= hi]
    if not under:
        return False
    first = min(under, key=lambda q: q.box[1])
    row = [q for q in under if min(q.box[3], first.box[3]) - max(q.box[1], first.box[1]) >
           0.5 * min(q.box[3] - q.box[1], first.box[3] - first.box[1])]
    edge = photo[2] if side else photo[0]
    left, right = min(q.box[0] for q in row), max(q.box[2] for q in row)
    return left < edge - body and right > edge + body and \
        not any(_captioning(q, photos, photo, body) for q in row) and \
        _next_rows(pieces, last, first) and _one_language([*beside, *row])
