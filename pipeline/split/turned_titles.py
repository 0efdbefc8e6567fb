"""Titles turned a quarter: an article's titles set up (or down) a narrow strip beside its text.

Design magazines set a feature's titles turned a quarter in a narrow strip at the left or the
right of its text instead of over it: the Vietnamese title, then the English one, each a line
or a block of lines, in display type, the lines reading up the page from the strip's foot (or
down from its head). ``split.turned`` finds each turned line (a run); here the runs no photo's
caption strip took are read as the titles of the text beside them:

* a run is display type when its type is ``TITLE_SIZE`` times the size of the text beside it
  or more (a text layer's font sizes; an OCR's ink, ``TITLE_SIZE_OCR``: the turned line's
  width against the level lines' height): the size of the plainest of that text's drafts,
  the smallest of their median sizes (an intro or a lead set larger than the body may stand
  beside the strip). A label along the page's edge, a credit set upright, is set at the body's size
  or smaller;
* the strip: display runs side by side, each within ``LINE_GAP`` of a line's width of the
  next, sharing depth;
* the text beside it: drafts of no furniture, set level, sharing the strip's depth and standing
  ``TEXT_REACH`` body sizes off its side at most (a column gutter and the strip's padding:
  the hairline or tint that parts them lies in between). A strip with no text beside it is
  left to ``split.turned`` (a label, no title);
* the strip's lines are read across it in the order the text runs (``caption_strips.reads_up``:
  left to right when the lines read up the page) and cut into titles where they switch
  language for good (``langid.language_cuts``) or slant (a text layer's italic English title
  beside the upright Vietnamese): one ``title`` draft a title;
* the titles open the text beside them: read right before the first of its drafts in the
  page's reading order, the text's columns further off on the same side in the strip's
  depth counted (a strip at the right of the text stands beside its last column).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from magpipe.artifacts.base import Box, across, down, union
from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.artifacts.pages import Word
from magpipe.caption_strips import reads_up
from magpipe.split.drafts import Draft
from magpipe.split.langid import language_cuts
from magpipe.split.layout import column_of
from magpipe.split.pieces import upper_median

log = logging.getLogger(__name__)

TITLE_SIZE = 1.2    # x the size of the text beside it: a turned line set this large at least is
                    # display type (titles are set 1.3-2 times the body; a turned label or
                    # credit at the body's size or smaller)
TITLE_SIZE_OCR = 1.1    # ... on an OCR, where a turned line of capitals is measured by its ink
                        # (their height, 0.7 of the type size) against the level text's words
                        # (ascenders to descenders): the bench's scanned turned titles, set
                        # 1.35-1.6 times the body, measure 1.18-1.7 so; a label or credit in
                        # capitals at the body's size, 0.9 at most
LINE_GAP = 1.0      # x a turned line's width: white between two lines of one strip at most (a
                    # title's leading is a fraction of it)
TEXT_REACH = 4.0    # x body size: white between a title strip and its text at most (a column
                    # gutter, 1.5-2 body sizes, and the strip's padding, hairline or tint)
MEASURED = 3        # letters of a word from which its box measures its line (shorter words'
                    # ink is as wide as high either way)


def _depth(w: Word, exact: bool) -> float:
    """The size of ``w``'s type: a text layer's font size; on an OCR the ink's depth across
    its line (the smaller side of a word of ``MEASURED`` letters or more)."""
    return w.size if exact else min(w.box[2] - w.box[0], w.box[3] - w.box[1])


def _size(words: tuple[Word, ...], indices: Sequence[int], exact: bool) -> float:
    """The median size of the type of ``words`` at ``indices`` (see ``_depth``)."""
    return upper_median([_depth(words[i], exact) for i in indices
                    if sum(map(str.isalnum, words[i].text)) >= MEASURED])


def _strips(boxes: Sequence[Box], display: Sequence[int]) -> list[list[int]]:
    """The runs of ``display`` (indices of ``boxes``) grouped into strips (see the module),
    each across the page from the left."""
    out: list[list[int]] = []
    for k in sorted(display, key=lambda k: boxes[k][0]):
        last = out[-1][-1] if out else None
        if last is not None and down(boxes[last], boxes[k]) > 0 and \
                -across(boxes[last], boxes[k]) <= LINE_GAP * min(
                    boxes[last][2] - boxes[last][0], boxes[k][2] - boxes[k][0]):
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _text_beside(strip: Box, drafts: Sequence[Draft], boxes: Sequence[Box],
                 body: float) -> list[int]:
    """The drafts of text beside the strip (see the module), in reading order."""
    reach = TEXT_REACH * body
    return [k for k, (d, box) in enumerate(zip(drafts, boxes, strict=True))
            if d.words and d.role not in FURNITURE_ROLES and down(strip, box) > 0
            and 0 <= -across(strip, box) <= reach]


def title_strips(words: tuple[Word, ...], runs: Sequence[tuple[int, ...]],
                 run_boxes: Sequence[Box], free: Sequence[int], drafts: Sequence[Draft],
                 boxes: Sequence[Box], body: float,
                 exact: bool) -> list[list[int]]:
    """The strips of turned titles among the runs ``free`` (indices of ``runs``, whose boxes
    are ``run_boxes``), each the indices of its runs, left to right: display runs in a strip
    with text beside it (``drafts`` and their ``boxes``; see the module)."""
    found = []
    for strip in _strips(run_boxes, free):
        box = union([run_boxes[k] for k in strip])
        text = _text_beside(box, drafts, boxes, body)
        if not text:
            continue
        sizes = [_size(words, drafts[k].words, exact) for k in text]
        size = min((v for v in sizes if v > 0), default=0.0)
        least = TITLE_SIZE if exact else TITLE_SIZE_OCR
        if size > 0 and all(_size(words, runs[k], exact) >= least * size for k in strip):
            found.append(strip)
    return found


def title_place(strip: Box, drafts: Sequence[Draft], boxes: Sequence[Box],
                body: float) -> int:
    """Where a title strip's titles are read: before the first draft of the text they open
    (the page's end when none is): of the drafts beside the strip, and of those further off
    on the same side in its depth (the text's other columns, a strip at the right of the
    text standing beside its last)."""
    near = _text_beside(strip, drafts, boxes, body)
    if not near:
        return len(drafts)
    left = boxes[near[0]][2] <= strip[0]
    return min(k for k, (d, box) in enumerate(zip(drafts, boxes, strict=True))
               if k in near or d.words and d.role not in FURNITURE_ROLES
               and down(strip, box) > 0 and (box[2] <= strip[0] if left else box[0] >= strip[2]))


def title_drafts(words: tuple[Word, ...], runs: Sequence[tuple[int, ...]],
                 columns: tuple[tuple[float, float], ...], region: int) -> list[Draft]:
    """The title drafts of a strip's turned lines ``runs`` (see the module), in reading
    order."""
    boxes = {run: union([words[i].box for i in run]) for run in runs}
    up = reads_up([words[i].box for i in run] for run in runs)
    lines = sorted(runs, key=lambda r: boxes[r][0], reverse=not up)
    texts = [" ".join(words[i].text for i in run) for run in lines]
    slants = [sum(words[i].italic for i in run) * 2 > len(run) for run in lines]
    cuts = sorted({0, *language_cuts(texts),
                   *(k for k in range(1, len(lines)) if slants[k] != slants[k - 1])})
    out = []
    for a, b in zip(cuts, [*cuts[1:], len(lines)], strict=True):
        box = union([boxes[r] for r in lines[a:b]])
        out.append(Draft([i for run in lines[a:b] for i in run], Role.TITLE, region,
                         column_of(box, columns)))
        log.debug("a title turned a quarter beside its text: %r", " ".join(texts[a:b])[:60])
    return out
