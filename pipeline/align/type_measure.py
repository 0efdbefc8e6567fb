"""How large a page's running text is set, read from its blocks alone (issue 16).

The align stage sees blocks (boxes and texts), not the words' sizes the split stage measured.
A paragraph's box holds its characters at a set size and leading: each character takes about
an advance (half the size) by a line (a size and a third), so the square root of the area per
character is a length in step with the type's size, whatever the face or the column width.
Distances that follow from the typesetting (how far a caption stands off its photo) are then
taken as multiples of it, so a magazine set at 7 pt or at 12 pt is judged alike.

Pure functions, no I/O.
"""

from __future__ import annotations

import math
from statistics import median

from magpipe.artifacts.layout import PageLayout, Role

# A block counts as running text for the measure when it is body text of at least this many
# characters (two lines of a narrow column): a line or two of a short block is mostly its
# box's rounding and its last line's white.
MEASURE_MIN_CHARS = 120
# The measure of the development families' running text (the median over their pages, born-
# digital and scanned alike, 5-95% between 6.5 and 8.7): the distances of
# ``align.photos`` are the values they held in points at this measure. Taken for a page with
# too little running text to be measured (a page of photos and captions).
USUAL_MEASURE = 7.6


def page_measure(page: PageLayout) -> float:
    """The length in step with the page's running text size (see the module's note):
    the median over its body blocks of the root of their area per character, or
    ``USUAL_MEASURE`` when fewer than two blocks are long enough to tell."""
    roots = [math.sqrt((b.box[2] - b.box[0]) * (b.box[3] - b.box[1]) / len(b.text))
             for b in page.blocks if b.role == Role.BODY and len(b.text) >= MEASURE_MIN_CHARS]
    return median(roots) if len(roots) >= 2 else USUAL_MEASURE
