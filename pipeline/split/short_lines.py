"""A lone short line set apart above the next one is a paragraph of its own, in ragged text
too.

``layout._breaks_before`` ends a paragraph where the step to the next line is more than
``SPACED_PITCH`` of the text's own and the line above ends a sentence, or, in justified text,
falls well short of the right edge. Ragged text is left out of the second test because its
lines all fall short. A byline (``LÃ VIỆT tổng hợp``) set over a lead a few points apart,
both in one face, then joined the lead: the short line and the lead's lines are too few to
tell justified from ragged, and the byline ends no sentence (spread).

What a wrap leaves tells them apart in any setting: a line that the text ran on from fills
its measure as far as the next word allows. When the next line's first word would have
fitted in the room the line above left at the right of the measure (with a word space,
``SPACE`` of the size), no wrap carried it down: the line above ended its paragraph. Asked
of a paragraph's first line (a byline, a label over the text) where it stands further from
the next than the text's leading (``layout.SPACED_PITCH``), as the caller does: the items of
a list of short lines, each in two languages, are spaced apart too, but a first line there
has its twin under it at the leading, and the list's own cuts read it (``twin_lists``).

The same wrap ends a paragraph of ragged text set a few points apart from the next (the
text's own stop missing: flanking-4's ``… and the Provincial Public Security``, then
``Mr. Doan Thanh Son, …``, read as one paragraph) once the paragraph has shown its leading in
``SHOWN_LINES`` lines or more, when the next line is in its language (``spaced_end``): a
caption's two languages' halves are cut by the caption rules, and the items of a list, a line
in each language each, are spaced apart as well and read as lists by their own rules
(``twin_lists``); a line in capitals (a display line) falls short anywhere.

Pure logic.
"""

from __future__ import annotations

from magpipe.split.pieces import Line
from magpipe.text.headings import CAPS_SHARE, upper_share
from magpipe.text.vietnamese import has_vietnamese_marks

SPACE = 0.5     # x the type size: a word space and some slack, added to the next word
JUSTIFIED_SHORT = 1.0   # x the type size: a justified line falling this far short of the
                        # measure was not run on from (a wrapped line is stretched to it)
SHOWN_LINES = 3     # lines of a paragraph that show its leading, before a spaced step ends it


def room_for_next(above: Line, below: Line, right: float) -> bool:
    """The first word of ``below`` would have fitted at the end of ``above`` inside the
    measure ending at ``right`` (see the module)."""
    first = below.text.split()[:1]
    if not first:
        return False
    return right - above.box[2] > len(first[0]) * below.cw + SPACE * below.size



def spaced_end(lines: list[Line], below: Line, pitch: float, right: float, spaced: float) -> bool:
    """The paragraph of ``lines`` (``SHOWN_LINES`` of them at least, in mixed case) ends at
    the last of them: ``below``, in the same language (Vietnamese marks in both or neither),
    stands more than ``spaced`` x its leading ``pitch`` under it, and its first word would have
    fitted after it (see the module)."""
    above = lines[-1]
    return len(lines) >= SHOWN_LINES and below.base - above.base > spaced * pitch \
        and has_vietnamese_marks(above.text) == has_vietnamese_marks(below.text) \
        and upper_share(above.text) < CAPS_SHARE and room_for_next(above, below, right)


def short_in_justified(above: Line, below: Line, after: Line | None, right: float,
                       ragged: bool, spaced: float) -> bool:
    """Justified text (``ragged`` False): ``above``, a line in mixed case set in ``below``'s
    type, falls short of the measure ending at ``right`` by more than ``JUSTIFIED_SHORT`` of
    its size, and stands more than ``spaced`` x the leading ``below`` goes on at (to
    ``after``, the line under it) over it. A line the text ran on from is stretched to the
    measure whatever the next word needs, so it ended its paragraph, its stop missing from
    the copy (flanking-4 and overlay-3: ``… the Provincial Public Security`` alone at a
    column's head, ``Mr. Doan Thanh Son, …`` a paragraph's space under it, its own lines at
    the text's leading). Lines of a ragged intro run on at the head of a justified column at
    their own looser leading are no paragraph's end: the line under them is no nearer to the
    next (quartet-5 of seed 4500). Asked, as ``room_for_next`` is, of a paragraph's first
    line spaced from the next."""
    return (not ragged and after is not None
            and below.base - above.base > spaced * (after.base - below.base) > 0
            and abs(above.size - below.size) <= 0.05 * below.size
            and upper_share(above.text) < CAPS_SHARE
            and right - above.box[2] > JUSTIFIED_SHORT * above.size)
