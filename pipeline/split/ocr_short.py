"""OCR: a justified paragraph's short last line, measured in the line's own letters.

``layout`` ends a paragraph at a line that closes a sentence and falls short of the text's
right edge by twice the lines' size. On a text layer the size is the font's; on an OCR page it
is the height of the words' ink boxes, two thirds of the font's or less, and twice it is over
three letters of body text. In a narrow justified column (a front page's, thirty letters a
line) a paragraph's last line often ends two or three letters short, and then no break was
found: two paragraphs were read as one and their links went wrong (front-page scans).

Justified lines run to the right edge within the jitter of OCR boxes (a point or two), so on
an OCR page, in a column that is not ragged, a line that closes a sentence and ends
``SHORT_LETTERS`` widths per character or more short of the edge, over a line that opens flush
left on a capital in mixed case and itself runs to the edge (a list of short lines, each
falling short, ends no paragraph here), ends its paragraph.

OCR reads a paragraph's last full stop as a comma now and then (``… participating
enterprises,`` over ``The investment project …``: interview-1-scanned, whose two paragraphs
were read as one), or misses it, and a paragraph may be printed without one (``… and the
Provincial Public Security`` over ``Mr. Doan Thanh Son, …``: rail-3-scanned). A justified
line ends far short only where its paragraph ends: a line ending in a comma or in no stop at
all counts as closing a sentence when it leaves ``FAR_ROOM`` of the column's width or more
empty (a salutation, ``Kính gửi quý bạn đọc thân mến,``, ends its paragraph too).

Pure logic on line pieces.
"""

from __future__ import annotations

from magpipe.split.ocr_breaks import closes_sentence
from magpipe.split.ocr_spacing import MIXED_SHARE
from magpipe.split.pieces import Line
from magpipe.text.headings import upper_share

SHORT_LETTERS = 2.0  # x the lines' width per character: white at a line's end that makes it short
FLUSH = 0.5          # x the lines' size: a line starting this close to the left edge is flush
FULL_LETTERS = 1.0   # x width per character: a line ending this close to the right edge is full
FAR_ROOM = 0.5       # x the column's width: white after a justified line that ends it with no
                     # stop read (a comma, or none): no line inside a paragraph stops half way


def short_close(prev: Line, line: Line, left: float, right: float, ragged: bool) -> bool:
    """On an OCR page, ``prev`` is a justified paragraph's short last line and ``line`` opens
    the next (see the module); ``left``, ``right``: where the column's lines start and end."""
    if ragged or not line.text[:1].isupper() or upper_share(line.text) >= MIXED_SHARE:
        return False
    if not closes_sentence(prev.text) and right - prev.box[2] < FAR_ROOM * (right - left):
        return False
    letter = max(prev.cw, line.cw)
    size = min(prev.size, line.size)
    return (right - prev.box[2] >= SHORT_LETTERS * letter
            and line.box[0] - left < FLUSH * size
            and right - line.box[2] < FULL_LETTERS * letter)
