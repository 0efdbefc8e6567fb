"""A title's last lines that say no language of their own stay with the title above them.

A long title set in a narrow column breaks into many lines, and its last may hold only names
(``RIO DE JANEIRO,`` / ``BRAZIL``): Vietnamese names lose their marks in a title as often
as not, and a line of them alone reads as English, so the title would be cut in two, a
Vietnamese one and an English one with no text. A title piece in which no line is plainly
of a language (``langid.plain_lang``), set right under a title piece of the other language at
the title's own leading (``LEADING``: a title's twin set under it stands further off), is
the rest of that title and takes its language; so is, on OCR, a title
piece of the same language set so (on OCR, whose boxes hold only the ink, a large title's lines
stand further apart than the body's size, which ``_same_title`` measures by).

Pure logic, no I/O.
"""

from __future__ import annotations

from itertools import groupby

from magpipe.artifacts.base import across, union
from magpipe.artifacts.layout import Lang
from magpipe.artifacts.pages import Word
from magpipe.split.langid import plain_lang

LEADING = 1.5        # x the height of a title's words: most white between two of its lines (OCR
                     # boxes hold only the ink of capitals, so the white between lines set
                     # solid is about their height; a title's twin stands further off)
SAME_SIZE = 0.35     # share of a line's height two pieces of one title differ by at most (OCR
                     # ink boxes of capitals swing with marks and descenders)


def title_runs_on(words: tuple[Word, ...], above: list[int], above_lang: str, below: list[int],
                  below_lang: str, exact: bool = True) -> bool:
    """The title piece of words ``below`` is the rest of the one of words ``above``: right
    under it, across the same x range, less white between them than ``LEADING`` x the height
    of its own words, and with no line of it plainly of a language or (OCR, not ``exact``)
    of the same language: on OCR a title's lines stand further apart than the body's sizes
    say, its boxes holding only ink."""
    lines = [" ".join(words[i].text for i in group)
             for _, group in groupby(below, key=lambda i: words[i].line)]
    if above_lang == below_lang and exact:
        return False                     # (a text layer's sizes are ``_same_title``'s measure)
    if above_lang != below_lang and any(plain_lang(t) != Lang.UNKNOWN for t in lines):
        return False                     # (plain_lang: an OCR mark on an English word hides it)
    box_a, box_b = union([words[i].box for i in above]), union([words[i].box for i in below])
    heights = sorted(words[i].box[3] - words[i].box[1] for i in below)
    line = heights[len(heights) // 2]
    over = sorted(words[i].box[3] - words[i].box[1] for i in above)
    if abs(over[len(over) // 2] - line) > SAME_SIZE * line:
        return False                     # a title's lines are set in one size
    return 0 <= box_b[1] - box_a[3] < LEADING * line and \
        across(box_a, box_b) > 0
