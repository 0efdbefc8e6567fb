"""A rubric row over a headline heads the columns with it.

``modules.head_over_columns`` cuts a headline set close above its columns (faces with tall
boxes leave no white between them) from those columns, reading the headline's rows from the
region's top. A rubric (kicker) set over the headline opens those rows: in capitals it reads
as a headline row itself, but set in bold mixed case at the body's size (``Foreign Affairs
News`` over an English title, where the Vietnamese half's ``ĐIỂM TIN ĐỐI NGOẠI`` is in
capitals) it stopped the walk at its first row: no head was found, the columns under the
title had no gutter through the title, and the whole part was read row by row across its
columns (stacked).

A top row is a rubric of the headline under it when it is one piece of a few words
(``KICKER_WORDS``), bold, about the body's size or larger (``KICKER_SIZE``), and starts at the
region's left edge like the headline (``HEAD_ALIGN`` of :mod:`magpipe.split.modules`, passed
in): a bold first line of a paragraph is a row of many words, a byline or a caption is not
bold over a headline.

Pure logic.
"""

from __future__ import annotations

from magpipe.split.pieces import Line

KICKER_WORDS = 6     # most words of a rubric's row
KICKER_SIZE = 0.9    # x body size: smallest rubric (set at the body's size, in another face
                     # whose boxes may stand a little shorter than the document's body text's)


def kicker_row(row: list[Line], part: list[Line], body: float, align: float) -> bool:
    """``row`` (the top row of ``part``) is a rubric over a headline (see the module); the
    caller checks the row under it is a headline's."""
    if len(row) != 1:
        return False
    piece = row[0]
    return piece.bold and piece.size >= KICKER_SIZE * body and \
        len(piece.text.split()) <= KICKER_WORDS and \
        piece.box[0] <= min(p.box[0] for p in part) + align * body
