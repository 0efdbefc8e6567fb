"""A text layer's line in capitals over a mixed-case line set a size smaller: a title over its
text, two blocks.

A paragraph starts where the font size jumps (``layout.SIZE_JUMP``: a title set far larger
than its text). A title set in capitals only a size or two over a lead set bold at the body's
size (a title of 9.6 points over a bold 7.9-point lead, a ratio of 1.22) is under that jump,
and, set close over it at the title's own leading, it was read with the lead as one block: the
article's title lost, the lead read as an intro opening with the title's words. The step from
capitals to mixed case tells it, as it does on a scan (``layout._case_step``, by the lines'
widths per character or pitch): a line in capitals (``capitals_over_mixed``: ``CAPS_LETTERS``
letters or more, ``CAPS_SHARE`` of them capitals) over a line in mixed case (under
``MIXED_SHARE`` capitals) whose words are set ``CAPS_STEP`` times smaller or more parts two
blocks: the words' font sizes, not the lines' boxes (a credit's capitals,
``Ảnh: TRÍ DŨNG``, stand taller than the English caption under them in the same type). Lines
of one size never part here (a lead's first words set in capitals at the text's size run on),
nor a mixed-case line over anything. Pure logic.
"""

from __future__ import annotations

from statistics import median

from magpipe.artifacts.pages import Word
from magpipe.split.pieces import Line
from magpipe.text.headings import CAPS_SHARE, upper_share

CAPS_STEP = 1.15     # size ratio of a capitals line over the mixed-case line under it, at least
                     # (a size's step in a type scale; lines of one paragraph share one size):
                     # font size on a text layer, width per character or line pitch on OCR
CAPS_LETTERS = 6     # fewest letters of the capitals line (an initial or an acronym is none)
MIXED_SHARE = 0.5    # share of capitals below which a line is in mixed case


def _font_size(words: tuple[Word, ...], line: Line) -> float:
    """The font size of the line's words (their median; a line's own size is measured on its
    box, which a Vietnamese capital's stacked marks make taller than the type)."""
    sizes = [words[i].size for i in line.words if i < len(words)]
    return median(sizes) if sizes else line.size


def caps_step(words: tuple[Word, ...], prev: Line, line: Line) -> bool:
    """A text layer (``words``: the page's): ``prev`` in capitals over ``line`` in mixed case,
    its words set ``CAPS_STEP`` times smaller or more (see the module)."""
    low, high = _font_size(words, line), _font_size(words, prev)
    return low > 0 and high >= CAPS_STEP * low and capitals_over_mixed(prev, line)


def capitals_over_mixed(prev: Line, line: Line) -> bool:
    """``prev`` is set in capitals (``CAPS_LETTERS`` letters or more) and ``line`` under it in
    mixed case: the case step a title over its text makes, on a text layer or a scan."""
    letters = sum(c.isalpha() for c in prev.text)
    return letters >= CAPS_LETTERS and upper_share(prev.text) >= CAPS_SHARE and \
        upper_share(line.text) < MIXED_SHARE
