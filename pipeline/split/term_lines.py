"""A glossary's lines: a term and its sense in the other language, parted by a dash.

A glossary, a word list or a phrase box set apart from the articles gives on each line a
term, a dash standing as a word of its own, and the term's sense in the other language
(``đặc sản – local speciality``), often the term in bold and the sense in roman or italics.
Read as one note, its two languages are one block of one language. A block kept out of the
articles whose every line (two or more) holds a dash word after its first word is such a
list: each line is cut before its dash into the term and the sense (the dash goes with the
sense, which it opens), each a part of its own whose language is found alone.
Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from magpipe.artifacts.pages import Word

if TYPE_CHECKING:
    from magpipe.split.layout import Para

log = logging.getLogger(__name__)

DASHES = frozenset({"–", "—", "-", "="})   # a word of its own that parts a term from
                                           # its sense
TERM_LINES = 2       # fewest lines of such a list


def _dash_at(words: tuple[Word, ...], idx: tuple[int, ...]) -> int | None:
    """Where the first dash word of a line stands after its first word, or None."""
    return next((k for k in range(1, len(idx) - 1) if words[idx[k]].text in DASHES), None)


def term_parts(words: tuple[Word, ...], para: Para) -> list[list[int]] | None:
    """The word indices of each term and each sense of a glossary's lines (see the module),
    line by line; None for a block that is no such list."""
    if len(para.lines) < TERM_LINES:
        return None
    cuts = [_dash_at(words, line.words) for line in para.lines]
    if any(cut is None for cut in cuts):
        return None
    parts: list[list[int]] = []
    for line, cut in zip(para.lines, cuts, strict=True):
        parts.extend([list(line.words[:cut]), list(line.words[cut:])])
    log.debug("a glossary of %d terms: %r", len(cuts), para.lines[0].text)
    return parts
