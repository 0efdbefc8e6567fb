"""OCR: a lead set ragged at a looser leading over body text set justified is two paragraphs.

An article may open with a paragraph set apart from its body: larger, at a looser leading,
ragged right, with the body's first paragraph right under it at the body's own leading,
justified. On a text layer the sizes part the two (``layout.SIZE_JUMP``, ``own_leading``); on
OCR, box heights and widths per character swing too much from line to line to, the step from
the lead's last line to the body's first stays under a paragraph's gap (``layout.PITCH_JUMP``)
measured against the region's pitch, and the lead's last line, ragged like all its lines, need
not end short (dogleg-1 and ratebox-3 scans: ``… departments and agencies.`` over ``Ms. Tran
Thanh Nhan, Vice …``, read as one paragraph, and the two languages' first two paragraphs
linked as one).

What parts them is the change of setting itself, measured on the lines' own edges and steps:
a paragraph of OCR lines is cut before a line when

* the line above closes a sentence and the line opens with a capital;
* the lines above it (``SETTING_LINES`` or more, its last aside) are ragged: a third of them
  or more end a line's size or more short of the right edge the lines below share;
* the lines below it (``SETTING_LINES`` or more, the paragraph's last aside) are justified:
  they end within ``JUSTIFIED`` of a line's size of each other;
* the lines above step from baseline to baseline by ``LOOSER`` times the steps below or more.

Body text set justified throughout never has the ragged lines above; a ragged column never
has the justified run below. Pure logic on line pieces.
"""

from __future__ import annotations

import logging
from statistics import median

from magpipe.split.ocr_breaks import closes_sentence
from magpipe.split.pieces import Line

log = logging.getLogger(__name__)

SETTING_LINES = 3   # fewest lines of each setting that tell it
JUSTIFIED = 0.5     # x the lines' size: justified lines end this close to each other at most
LOOSER = 1.1        # a lead's leading over the body's, at least


def _steps(lines: list[Line]) -> list[float]:
    return [b.base - a.base for a, b in zip(lines, lines[1:], strict=False)]


def _cut(lines: list[Line]) -> int | None:
    """Where the paragraph of ``lines`` changes from a ragged lead to justified body (see the
    module), or None."""
    size = median(ln.size for ln in lines)
    for k in range(SETTING_LINES + 1, len(lines) - SETTING_LINES):
        prev, line = lines[k - 1], lines[k]
        if not (closes_sentence(prev.text) and line.text[:1].isupper()):
            continue
        above, below = lines[:k - 1], lines[k:-1]
        ends = [ln.box[2] for ln in below]
        if max(ends) - min(ends) > JUSTIFIED * size:
            continue
        edge = median(ends)
        if 3 * sum(edge - ln.box[2] >= size for ln in above) < len(above):
            continue
        if median(_steps(lines[:k])) >= LOOSER * median(_steps(below)):
            return k
    return None


def setting_parts(lines: list[Line], exact: bool) -> list[list[Line]]:
    """The paragraph of ``lines`` cut where a ragged lead gives way to justified body text (OCR
    pages only; see the module)."""
    if exact or len(lines) < 2 * SETTING_LINES + 2:
        return [lines]
    k = _cut(lines)
    if k is None:
        return [lines]
    log.debug("a ragged lead over justified body: cut before %r", lines[k].text[:40])
    return [lines[:k], lines[k:]]
