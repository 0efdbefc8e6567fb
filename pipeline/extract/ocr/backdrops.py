"""Faded photographs with text printed on them: keep the text, paint the photograph away.

A magazine may open a feature on a photograph printed faded (under a white veil) behind the
article's titles and first lines. ``photomask`` finds it as a photograph, and blanking its
box, as is done for any photograph, paints the titles and the first lines away with it; left
as it is, its shading reads as noise words round the text.

Such a photograph is told by two things, on a box of several lines' height (``MIN_HEIGHT``:
a tinted band round a line of text is left to be blanked as before). (1) Text is printed on
it: a share of the cells of its box are text-like (``photomask.textlike_cells``: a stroke
of ink against a light ground); a photograph with captions or a run-around beside it holds
few such cells in its box, as the text of a panel or a cut-out's page is a small part of it.
(2) It is faded: its own pixels (those of its cells that are not text-like) stay clearly
lighter than ink, so a grey level parts the ink printed on it from the picture. Inside such
a photograph's box every pixel lighter than that level is painted white and the ink is left
as it was: the text is read in the page's one OCR pass, on white, where it lies.

Pure image work (numpy), no I/O.
"""

from __future__ import annotations

import numpy as np
from magpipe.extract.ocr.photomask import CELL, DARK, PixelBox, textlike_cells

# Text is printed on a photograph when this share of its box's cells are text-like. On the
# development scans: 0.14-0.33 on faded photos behind titles and text; at most 0.065
# anywhere else (a cut-out photo whose box holds the lines run round it), most under 0.01.
TEXT_ON_PHOTO = 0.1
# The photograph's own darkest level: this percentile of the pixels of its cells that are
# not text-like (a lower one catches the inside of a heavy rule or of a bold title's stroke,
# cells that are solid ink and so not text-like either).
FLOOR_PERCENTILE = 5
# Pixels this much darker than the photograph's own darkest level are ink printed on it
# (scan noise spreads a flat area over about +-15 levels).
INK_BELOW_PHOTO = 30
# A backdrop is at least this many pixels high (about 25 mm at 300 dpi): a photograph behind
# titles and lines of text. A tinted band round one line or two (a programme's day heading,
# a table's head row, 118-170 px on the development scans) is painted white as before:
# read, its text changes how those pages split.
MIN_HEIGHT = 300
# A photograph is faded when the level parting ink from it lies above this: ink (``DARK``)
# and the anti-aliased edges of its strokes stay under it. On the development scans a
# faded backdrop's floor is 167-177 (a level of 137-147); an ordinary photograph's 84-141.
MIN_INK_LEVEL = DARK + 30


def ink_level(grey: np.ndarray, box: PixelBox) -> float | None:
    """The grey level under which the pixels of the photograph at ``box`` of ``grey`` are
    ink printed on it, when it is a faded photograph with text on it; ``None`` otherwise."""
    x0, top, x1, bottom = box
    if bottom - top < MIN_HEIGHT:
        return None
    region = grey[top:bottom, x0:x1]
    if region.shape[0] < CELL or region.shape[1] < CELL:
        return None
    cells, textlike = textlike_cells(region)
    if textlike.mean() < TEXT_ON_PHOTO or textlike.all():
        return None
    level = float(np.percentile(cells[~textlike], FLOOR_PERCENTILE)) - INK_BELOW_PHOTO
    return level if level >= MIN_INK_LEVEL else None


def lift(region: np.ndarray, level: float) -> None:
    """Paint white, in place, every pixel of ``region`` not darker than ``level``."""
    region[region >= level] = 255
