"""OCR: a dot of dust read as a letter at a line's end is none of the line.

Dust on a scan that OCR reads as a letter (``Quốc. ỷ``: a ``ỷ`` boxed 1.4 pt each way after the
last word of a paragraph whose text stands 11.5 pt high) is a speck (``pieces.is_speck``: one
tiny token), and specks join the row they overlap. Joined, it stretched the line to the
column's right edge and ended it with a letter: the paragraph's short last line, closed by its
stop, no longer looked like one, and the next paragraph ran on into it (ratebox-1-scanned, the
Vietnamese third paragraph); a dot of it left of a line's first word moved the line's start
out past the column's edge (overhead-2-scanned). No glyph of the row's type is that small both
ways, not even its full stop (a box's height holds the type's ascenders, descenders and marks,
well over its size): a speck whose box is under ``DUST`` of the row's height in width and in
height is none of the page's text: it joins no row, and is not left over as a block of its own
either, as specks on no line are (placed between a caption and its credit, such a block parted
them: filmstrip-3-scanned). (A dash is as thin, but longer: ``VIỆT -`` ending a title's line
keeps its dash.)

Pure logic on line pieces.
"""

from __future__ import annotations

from statistics import median

from magpipe.split.pieces import Line

DUST = 0.15     # x the row's height: a speck smaller than this both ways is dust, not a glyph


def dust_on(speck: Line, row: list[Line]) -> bool:
    """The speck is too small both ways to be a glyph of the row's type (see the module)."""
    height = median(p.box[3] - p.box[1] for p in row)
    return speck.box[2] - speck.box[0] < DUST * height and \
        speck.box[3] - speck.box[1] < DUST * height
