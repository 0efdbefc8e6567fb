"""OCR: dust read as a letter is none of the line it sits on (both dust rules of split).

Two tests, both for OCR pieces holding a tiny box: ``is_dust`` (a piece holding letters set
lower than ``DUST_HEIGHT`` of the body size: no letter of the text is that low) keeps the
piece off every line, as a block of its own; ``dust_on`` (a speck smaller than ``DUST`` of
its row's height both ways) drops it from the page's text altogether.

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

The same smallness tells dust OCR read as a word of a line (``Ảnh: TRÍ -`` / ``DŨNG``: a
``-`` boxed a point each way after a caption's credit, the name's last word wrapped under it):
``line_dust_words`` gives such words of a caption's lines, which ``drafts.caption_drafts``
leaves out, so the credit reads on past the speck to its name's last word instead of being
cut there (interview-3-scanned).

Pure logic on line pieces.
"""

from __future__ import annotations

from statistics import median

from magpipe.artifacts.pages import Word
from magpipe.split.pieces import Line

DUST = 0.15     # x the row's height: a speck smaller than this both ways is dust, not a glyph


def dust_on(speck: Line, row: list[Line]) -> bool:
    """The speck is too small both ways to be a glyph of the row's type (see the module)."""
    height = median(p.box[3] - p.box[1] for p in row)
    return speck.box[2] - speck.box[0] < DUST * height and \
        speck.box[3] - speck.box[1] < DUST * height


DUST_HEIGHT = 0.3   # x body size: a piece holding letters whose box is lower than this is dust
                    # read as a letter (``is_dust``): a lower-case letter stands about half the
                    # body's box height, a stop (no letter) is no word of it


def is_dust(p: Line, body: float) -> bool:
    """A speck of dust or a fold's shadow OCR read as a letter (``F`` in a box a point high)
    set in a line's white, past its text: joined to the line, it ended a paragraph that ends
    a sentence with a stray letter, which then ran on into the next column's first paragraph
    (interlace scans). No letter of the text is that low."""
    return p.alnum and p.box[3] - p.box[1] < DUST_HEIGHT * body


def line_dust_words(words: tuple[Word, ...], line: Line) -> frozenset[int]:
    """The words of ``line`` too small both ways to be a glyph of its type: under ``DUST`` of
    the median height of its words in width and in height (a line of one word has none)."""
    if len(line.words) < 2:
        return frozenset()
    height = median(words[i].box[3] - words[i].box[1] for i in line.words)
    return frozenset(i for i in line.words
                     if words[i].box[2] - words[i].box[0] < DUST * height
                     and words[i].box[3] - words[i].box[1] < DUST * height)
