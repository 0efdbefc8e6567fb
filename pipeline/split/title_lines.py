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

A title in capitals set with open leading stands further apart still on OCR: its ink is only
the capitals' height (about 0.7 of the type size, with no ascender or descender to fill the
line), so a title set at 1.8 times its size leaves about twice that height of white between
its lines, and each line is read as a title of its own (three or four title pieces for one
English title under a summary's label; the article then pairs with the wrong piece or none).
Two capitals pieces of one language lined up on the same edge (left, right or centre, within
their own line height), set in one size, are one title up to ``OPEN_LEADING`` times that
height apart.

A line set over a title in the title's own size and filling most of its width is the
title's first line (``first_line_of``), whatever its few words (``TECHNICAL TRAFFIC OPENING
OF`` over ``THE HUU NGHI BORDER GATE CHI``, a card's title in a narrow cell): a rubric or a
box story's kicker over a title is set smaller than it, or runs a word or two.

Pure logic, no I/O.
"""

from __future__ import annotations

from itertools import groupby

from magpipe.artifacts.base import Box, across, union
from magpipe.artifacts.layout import Lang
from magpipe.artifacts.pages import Word
from magpipe.split.langid import plain_lang
from magpipe.text.headings import in_capitals

LEADING = 1.5        # x the height of a title's words: most white between two of its lines (OCR
                     # boxes hold only the ink of capitals, so the white between lines set
                     # solid is about their height; a title's twin stands further off)
OPEN_LEADING = 2.3   # x the height of a capitals title's words: most white between two of its
                     # lines when both are capitals lined up on one edge (a loosely led title:
                     # leading up to ~2 times the type size leaves ~2.1 times the capitals'
                     # height of white; a twin title, a byline or a kicker stands further off
                     # or reads as another language)
SAME_SIZE = 0.35     # share of a line's height two pieces of one title differ by at most (OCR
                     # ink boxes of capitals swing with marks and descenders)
FIRST_SIZE = 0.1     # share of a title line's height a line over it set in its size differs by
                     # at most (a rubric or kicker is set smaller than its title)
FIRST_FILL = 0.75    # share of a title's width its first line over it spans at least


def first_line_of(line: Box, line_size: float, title: Box, title_size: float) -> bool:
    """The one line ``line`` (its height ``line_size``), set over the title ``title`` (its
    lines' height ``title_size``), is set in its size and fills most of its width: the title's
    first line, no rubric or kicker over it (see the module)."""
    return abs(line_size - title_size) <= FIRST_SIZE * title_size and \
        line[2] - line[0] >= FIRST_FILL * (title[2] - title[0])


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
    white = box_b[1] - box_a[3]
    if not (0 <= white and across(box_a, box_b) > 0):
        return False
    if white < LEADING * line:
        return True
    # (open leading only within one language: a piece whose language differs, even by names
    # alone, is taken at the title's own leading above, and a twin set close under it is not)
    return not exact and above_lang == below_lang and white < OPEN_LEADING * line and \
        _capitals_stack(words, above, below, box_a, box_b, line)


def _capitals_stack(words: tuple[Word, ...], above: list[int], below: list[int], box_a: Box,
                    box_b: Box, line: float) -> bool:
    """Both pieces are set in capitals and lined up on one edge (left, right or centre)
    within ``line`` (the height of the lower piece's words): the lines of one open-led title."""
    if not (in_capitals(" ".join(words[i].text for i in above))
            and in_capitals(" ".join(words[i].text for i in below))):
        return False
    return (abs(box_a[0] - box_b[0]) <= line or abs(box_a[2] - box_b[2]) <= line
            or abs((box_a[0] + box_a[2]) - (box_b[0] + box_b[2])) / 2 <= line)
