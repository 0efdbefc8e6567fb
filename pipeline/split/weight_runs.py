"""A bold name run into a line of regular text: no change of weight between two lines.

The paragraph cut (``layout._breaks_before``) starts a paragraph where the weight of the type
changes from one line to the next: a bold title or lead over regular text. A line counts as
bold when most of its characters are; a caption or a paragraph that opens with a person's
name in bold (``Chị **Vũ Thu Lan**, 48 tuổi, tiểu thương`` over ``chợ Đông Kinh``, a
speaker's name run into the words) makes its first line bold by that count, and the line
under it regular, though the text runs on in the regular weight from one line to the next.

``weight_steps`` (asked by ``layout._breaks_before``): the two lines differ in weight, but
not where ``weight_runs_on``: on a text layer, a mostly bold line that also holds regular words and
ends in one, over a mostly regular line that opens with a regular word, keeps its paragraph:
the weight is the same where the one line ends and the next begins. A bold line throughout
(a title, a lead) over regular text still starts a paragraph. Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.pages import Word
from magpipe.split.pieces import Line


def weight_runs_on(words: tuple[Word, ...], prev_words: tuple[int, ...],
                   line_words: tuple[int, ...]) -> bool:
    """The line of ``prev_words`` (mostly bold) holds regular words and ends in one, and the
    line of ``line_words`` under it opens with a regular word (see the module)."""
    if not prev_words or not line_words:
        return False
    return not words[prev_words[-1]].bold and not words[line_words[0]].bold


def weight_steps(words: tuple[Word, ...], prev: Line, line: Line, exact: bool) -> bool:
    """The weight of the type changes from ``prev`` to ``line`` (one mostly bold, the other
    not), but for a bold name run into ``prev`` on a text layer (``weight_runs_on``)."""
    return prev.bold != line.bold and not (
        exact and prev.bold and weight_runs_on(words, prev.words, line.words))
