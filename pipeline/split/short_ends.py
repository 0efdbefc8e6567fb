"""A paragraph whose last line left room for the next piece's first word ended there.

``continuation.link`` links a block to the earlier one of its language that stops without a
sentence's end, across a column or page break. A sentence may lack its stop in the copy
itself (``… and the Provincial Public Security`` at a column's foot, obituary-5 and
flanking-4, born-digital), and the next paragraph, opening with a name in capitals
(``Mr. Doan Thanh Son, …``), was read as the rest of it: the two twins then linked 1-2.

What a wrap leaves tells a paragraph the layout broke from one that ended (as
``short_lines`` tells it between two lines): a line the text ran on from fills its measure as
far as the next word allows. When the later block's first word would have fitted, with a
word space (``short_lines.SPACE``), in the room the earlier block's last line left at the
right of the lines over it, no wrap carried the text on: the paragraph ended, and the link
goes. The measure is read off the ``MEASURE_LINES`` lines right over the last one (not off the
block's widest line: text wrapped round a photo runs shorter beside it), so the rule needs a
block of one more line than that; a block of fewer says nothing. A later block opening in
small letters goes on with the sentence whatever room the line left (notices-4: a column's
last line held short of a box set into the next).

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.pages import Word
from magpipe.split.short_lines import SPACE

log = logging.getLogger(__name__)

MEASURE_LINES = 2    # lines over a block's last one whose right edge gives its measure


def _lines(words: list[Word]) -> list[list[Word]]:
    """The words in their lines (the source's line numbers), top to bottom (a line's place:
    its first word's top; OCR's boxes of one line stand at heights a dash or a descender
    sets apart, so their heights tell no line)."""
    lines: dict[int, list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    return sorted(lines.values(), key=lambda line: min(w.box[1] for w in line))


def ended_short(earlier: list[Word], later: list[Word]) -> bool:
    """The last line of the earlier block's words (``earlier``) left room at the right of the
    lines over it for the first word of the later block's (``later``): see the module."""
    rows, next_rows = _lines(earlier), _lines(later)
    if len(rows) <= MEASURE_LINES or not next_rows:
        return False
    first = min(next_rows[0], key=lambda w: w.box[0])
    if first.text[:1].islower():
        return False                # the sentence goes on: the room was left by other means
    measure = max(w.box[2] for row in rows[-1 - MEASURE_LINES:-1] for w in row)
    room = measure - max(w.box[2] for w in rows[-1])
    return room > (first.box[2] - first.box[0]) + SPACE * (first.box[3] - first.box[1])


def short_ends_closed(links: dict[str, str], words: dict[str, list[Word]]) -> dict[str, str]:
    """``continuation.link``'s links without those from a block whose last line ended short
    of the next block's first word (``words``: each block's words by id)."""
    kept = {later: earlier for later, earlier in links.items()
            if not ended_short(words.get(earlier, []), words.get(later, []))}
    for later in links.keys() - kept.keys():
        log.debug("%s continues nothing: %s ended short of its first word", later, links[later])
    return kept
