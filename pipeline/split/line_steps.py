"""Which neighbouring lines of a region measure its line pitch.

A region's usual pitch (the median step between the baselines of neighbouring lines) is what
a paragraph break is told by (``layout.PITCH_JUMP``), and only steps between lines of one
type count: a step from a title line to the text under it is no leading. On a text layer
sizes are font sizes, and lines of one type have sizes within ``SAME_SIZE`` of each other.
OCR sizes are box heights, which swing by a third from line to line with the marks and
descenders a line happens to hold (``nhập`` against ``oe``): four lines of one paragraph in a
narrow column (5.4, 7.6, 7.0, 5.8 pt high) share no two sizes within a tenth, the pitch fell
back to 1.25 x their median height (8 pt, two thirds of the real 12) and every line was read
as a paragraph of its own. On OCR pages lines are of one type when their widths per
character are (``layout.CW_JUMP``, the test a paragraph break uses for a change of type)
and their heights are within a third (``OCR_SIZE``: an office's name in capitals over its
letter number, set larger, is a heading over a line of another kind, its step no leading).
Even so a short region's steps may include the very jump that parts two of its paragraphs
(the office's name over the number, a rule between): of two steps the median is their mean
and the jump hides under it. On OCR pages the usual one of two steps is the one nearer the
page's own line pitch (``usual_step``): the jump may be up (a rule under a heading) or down
(a last line OCR boxed lower), and the page's pitch tells which step is its leading.
Pure logic.
"""

from __future__ import annotations

from statistics import median

from magpipe.split.pieces import Line

# A text whose paragraphs are short (a greeting's salutation, two-line paragraphs, its closing
# wish) has nearly as many steps across a paragraph gap as steps between lines of a paragraph,
# or more: the median is then the paragraph step, or the mean of the two (even counts), and no
# gap rises ``layout.PITCH_JUMP`` above it (issue 16: greeting of seed 4500, whose space after a
# paragraph is 0.35-0.7 of the leading). On a text layer, steps under ``LEADING_SHARE`` x the
# median, when they make at least ``LEADING_PART`` of the steps and agree within
# ``LEADING_SPREAD`` (a text layer's leading is one value; steps spread wider are rows of other
# texts read together, a caption's lines among a column's: cutout-3 of seed 4200), are the
# leading. Lower steps closer than ``SOLID`` x the type's size are no leading either: a text
# layer's lines never stand closer than their size (set solid) less a little; steps of half a
# leading are the rows of two texts interleaved, two narrow columns beside a photo read as one
# region, each column's rows half a leading below the other's (feature-5 of seed 4300: every
# line of both columns was read as a paragraph of its own).
LEADING_SHARE = 0.85
LEADING_PART = 1 / 3
LEADING_SPREAD = 1.1
SOLID = 0.9
SAME_SIZE = 0.1      # text layers: sizes this close (relative) are one type's
OCR_SIZE = 0.35      # OCR: box heights this close (relative to the lower) may be one type's


def one_type(a: Line, b: Line, exact: bool, cw_jump: float) -> bool:
    """Lines ``a`` and ``b`` are set in one type: sizes within ``SAME_SIZE`` (text layers),
    widths per character within ``cw_jump`` and box heights within ``OCR_SIZE`` (OCR)."""
    if exact:
        return abs(a.size - b.size) < SAME_SIZE * a.size
    return max(a.cw, b.cw) <= cw_jump * max(min(a.cw, b.cw), 0.1) and \
        abs(a.size - b.size) < OCR_SIZE * min(a.size, b.size)


def usual_step(steps: list[float], exact: bool, page_pitch: float = 0.0,
               sizes: tuple[float, ...] = ()) -> float:
    """A region's pitch from the steps between its lines of one type: on a text layer their
    ``leading``; on OCR pages their median, and of two steps the one nearer the page's own
    line pitch (``page_pitch``; 0: unknown, the median). The ``leading`` is read only where
    the lines the steps join (their ``sizes``) are all set in one size (``SAME_SIZE``): a
    title's loose steps over a lead's tight ones are two types' leadings, no paragraph gaps
    (cards-4 of seed 1600)."""
    if exact and sizes and max(sizes) <= (1 + SAME_SIZE) * min(sizes):
        return leading(steps, min(sizes))
    if exact:
        return median(steps)
    if len(steps) != 2 or not page_pitch:
        return median(steps)
    return min(steps, key=lambda step: abs(step - page_pitch))


def leading(steps: list[float], size: float = 0.0) -> float:
    """A text layer's leading from steps between its lines (some across paragraph gaps), set
    in type of ``size`` (0: unknown): the median of the steps under ``LEADING_SHARE`` x the
    median of all, when they are at least ``LEADING_PART`` of them (paragraphs of a line or
    two), within ``LEADING_SPREAD`` of each other and no closer than ``SOLID`` x ``size``,
    else the median."""
    middle = median(steps)
    lower = [s for s in steps if s < LEADING_SHARE * middle]
    return median(lower) if len(lower) >= 2 and len(lower) >= LEADING_PART * len(steps) \
        and max(lower) <= LEADING_SPREAD * min(lower) and min(lower) >= SOLID * size \
        else middle
