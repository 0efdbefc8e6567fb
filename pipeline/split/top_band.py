"""Where the page's top band ends when the margin line runs through a column's text.

``layout.analyse`` cuts the pieces lying wholly in the page's top ``FURNITURE_MARGIN`` apart
before the columns (the running heads), or, when the page's top row stands well apart from
everything under it, under that row if that lies lower. A page whose columns start high (a
news page's text runs up to just under its running heads) has its columns' first lines
inside that margin: cut apart, the first line of a column goes to the band and is read as a
running head, and the paragraph it opens loses it. The margin then runs through text, not
through white: some piece under the top row starts above the margin line and ends below it
(the column's next line, or a title set there), or a piece ends just above it and the next
line of its column starts right under it, at the text's leading (the margin line running
between two lines of one paragraph). The band then ends under its top row.

The page's top row is its first row of text. A printer's proof sets the page inside a larger
sheet, with registration marks and a grey scale in the sheet's head above the page's running
heads, which the sheet's margin pushes under the furniture margin line; OCR reads the marks
as junk (``|``, ``-)-``: no letter or digit). Such junk wholly inside the furniture margin,
over text that starts under it, is no row of the page (``sheet_marks``): taken for the top
row, it would stand apart from the running heads under it, the band would end over them and
the heads be read with the columns as a title. The page's trim then starts under the marks:
its furniture margin is measured from their foot (``sheet_head``), not from the sheet's edge.

Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.split.pieces import JUNK_CONF, Line

# x a piece's height: white under it narrower than this is a paragraph's leading, its next
# line's (a column's text whose first line ends just over the margin line: runin-3 of seed
# 5500, a title's first row 1.8 points over it and the next row 2.9 points under that, the
# row 9.8 deep; a running head stands a body size or more over what follows it)
LEADING = 0.5


def is_text(piece: Line) -> bool:
    """A piece of text, not junk: a letter or digit read with some confidence."""
    return piece.alnum and piece.conf >= JUNK_CONF


def sheet_marks(pieces: list[Line], margin: float) -> set[int]:
    """Ids of the pieces lying wholly above ``margin`` (the page's furniture margin line),
    when none of them holds a letter or digit and the page's text starts under that line:
    marks printed in a sheet's head over a page set lower in it. (A row of junk read with
    letters, a graphic or a nameplate OCR could not read, is the page's own; and so is junk
    over text that starts inside the margin, a rule or a speck over a running head: then
    none.)"""
    tops = [p.box[1] for p in pieces if is_text(p)]
    if not tops or min(tops) < margin:
        return set()
    above = [p for p in pieces if p.box[3] <= margin]
    return set() if any(p.alnum for p in above) else {id(p) for p in above}


def _run_on(p: Line, pieces: list[Line], margin: float) -> bool:
    """Piece ``p``, wholly above ``margin``, has its next line under it at a paragraph's
    leading (white under ``LEADING`` x its height, across its x range) and that line lies
    under the margin: the margin line runs through the leading of a column's text."""
    depth = p.box[3] - p.box[1]
    return any(q.box[1] >= margin and q.box[1] - p.box[3] < LEADING * depth
               and q.box[0] < p.box[2] and q.box[2] > p.box[0] for q in pieces)


def band_foot(pieces: list[Line], margin: float, foot: float) -> float:
    """The foot of the top band: ``margin`` (the page's furniture margin), or ``foot`` (the
    foot of the page's top row, standing apart) when the margin line runs through text under
    that row: a piece crosses it, or a piece over it runs on in the line right under it
    (``_run_on``); the band holds the top row alone, and nothing of the columns."""
    crossed = any(foot <= p.box[1] < margin < p.box[3] or
                  (foot <= p.box[1] and p.box[3] <= margin and _run_on(p, pieces, margin))
                  for p in pieces)
    return foot if crossed else margin


def sheet_head(pieces: list[Line], marks: set[int]) -> float:
    """The foot of the sheet's marks over the page (``marks``, as ``sheet_marks`` finds them
    among ``pieces``); 0 when none."""
    return max((p.box[3] for p in pieces if id(p) in marks), default=0.0)
