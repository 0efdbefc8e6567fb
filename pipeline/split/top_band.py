"""Where the page's top band ends when the margin line runs through a column's text.

``layout.analyse`` cuts the pieces lying wholly in the page's top ``FURNITURE_MARGIN`` apart
before the columns (the running heads), or, when the page's top row stands well apart from
everything under it, under that row if that lies lower. A page whose columns start high (a
news page's text runs up to just under its running heads) has its columns' first lines
inside that margin: cut apart, the first line of a column goes to the band and is read as a
running head, and the paragraph it opens loses it. The margin then runs through text, not
through white: some piece under the top row starts above the margin line and ends below it
(the column's next line, or a title set there). The band then ends under its top row.

Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.split.pieces import Line


def band_foot(pieces: list[Line], margin: float, foot: float) -> float:
    """The foot of the top band: ``margin`` (the page's furniture margin), or ``foot`` (the
    foot of the page's top row, standing apart) when a piece under that row crosses the
    margin line: the band holds the top row alone, and nothing of the columns."""
    crossed = any(foot <= p.box[1] < margin < p.box[3] for p in pieces)
    return foot if crossed else margin
