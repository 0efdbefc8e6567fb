"""OCR: whether the type changes between two lines, told by their widths per character.

A line's width per character (``Line.cw``) is the median over its words of each word's width
over its letters. In a narrow column a line holds four or five words, and the median of so
few swings with the words a line happens to hold: a line opening on a capital and a long
marked word (``Ông Đoàn Thanh Sơn, Phó Chủ``) measured 4.5 pt a character over the next
line's 3.3 (``tịch UBND tỉnh bày tỏ vui``), a ratio past ``layout.CW_JUMP``, and a paragraph
was cut in two lines after it started (front-page scans). The line's whole extent over all
its characters (spaces too) averages over every letter and does not swing so: 4.0 against
3.5 there. A real change of type (a title over its text, a caption under body text) moves
both measures, or the lines' heights. So on OCR pages a jump of the words' median counts
only when the lines' extents per character part the same way by ``EXTENT_JUMP`` or more, or
their box heights by more than ``line_steps.OCR_SIZE`` (a line of OCR junk read off a rule, as
tall as display type, over a contents entry). Justified lines stretch their spaces, which makes
the extents part more, never less: only breaks the words' median alone would have made are
lost.

Pure logic.
"""

from __future__ import annotations

from magpipe.split.line_steps import OCR_SIZE
from magpipe.split.pieces import Line

# a line's extent per character must change by this much too (the same way as its words'
# median) for a change of type: the swing of the extents of lines of one type in a ragged
# narrow column is about a tenth, a title over text moves both by a third or more
EXTENT_JUMP = 1.2
# a heading over a line of another kind set a little smaller (``CONTENTS`` over its first entry,
# in capitals both): each measure falls short of its own jump, but the heading's characters
# are wider, its line taller and the step down to the next line longer than the usual pitch,
# all three at once (lines of one type: a line OCR boxed taller for its marks is no wider)
BOTH_JUMP = 1.25     # words' width per character and box height, the wider line the taller
STEP_JUMP = 1.15     # x the region's pitch: the step between them
# two justified lines that both fill the column's measure have the same extent whatever they
# hold, so their extents per character part by their characters' count alone (a line of 24
# characters under one of 32, in one paragraph, parted by 1.33: front-page scans); there a
# change of type must show in the heights too, the wider line this much taller
FULL_HEIGHT = 1.15


def _extent_cw(line: Line) -> float:
    """The line's width over its characters, spaces counted."""
    return (line.box[2] - line.box[0]) / max(len(line.text), 1)


def _full(line: Line, measure: tuple[float, float], size: float) -> bool:
    """The line runs from one edge of the column's measure to the other (within ``size``)."""
    return line.box[0] - measure[0] < size and measure[1] - line.box[2] < size


def type_jump(prev: Line, line: Line, cw_jump: float, step: float = 0.0,
              measure: tuple[float, float] | None = None) -> bool:
    """OCR lines ``prev`` and ``line`` are set in different type: their words' widths per
    character part by more than ``cw_jump`` and their extents per character part the same
    way by ``EXTENT_JUMP`` or more, or their heights by more than ``OCR_SIZE``; or, ``step``
    (from one to the other, in pitches) ``STEP_JUMP`` or longer, the wider line is
    ``BOTH_JUMP`` times as wide per character and as tall. Where both lines fill the
    column's ``measure`` (justified), the extents confirm nothing: the wider line must be
    ``FULL_HEIGHT`` times as tall."""
    low, high = sorted((prev, line), key=lambda ln: ln.cw)
    if high.cw <= cw_jump * max(low.cw, 0.1):
        return step >= STEP_JUMP and high.cw >= BOTH_JUMP * max(low.cw, 0.1) and \
            high.size >= BOTH_JUMP * low.size
    if abs(prev.size - line.size) > OCR_SIZE * min(prev.size, line.size):
        return True
    size = min(prev.size, line.size)
    if measure is not None and _full(prev, measure, size) and _full(line, measure, size):
        return high.size >= FULL_HEIGHT * low.size
    return _extent_cw(high) >= EXTENT_JUMP * max(_extent_cw(low), 0.1)
