"""Text layers: a twin title's unclear lines cut where its type changes.

A title set right over its twin in the other language, with no gap between them, is one
paragraph whose lines switch language (``langid.language_cuts``); lines whose language is
unclear (``PROVINCIAL DELEGATION``, ``TECHNICAL TRAFFIC``: too few words to tell) stay with
the lines above them. Twin titles are often told apart by their type (the Vietnamese bold,
the English in bold italics, or a size smaller: ``stepped``): where the unclear lines right
before a cut share the look (italic, bold, the declared size) of the line the cut opens,
and the plain line before them has another, the cut moves up to the first of them.

Scanned pages say nothing of italics or declared sizes: their cuts stay as they are. Pure
logic, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.layout import Lang
from magpipe.artifacts.pages import Word
from magpipe.split.langid import line_languages
from magpipe.split.pieces import Line, declared_size


def _look(words: tuple[Word, ...], line: Line) -> tuple[bool, bool, float]:
    """Most of the line italic, most of it bold, its declared size."""
    ws = [words[i] for i in line.words]
    return (2 * sum(w.italic for w in ws) > len(ws), 2 * sum(w.bold for w in ws) > len(ws),
            round(declared_size(words, line.words), 1))


def type_cuts(words: tuple[Word, ...], lines: list[Line], cuts: list[int]) -> list[int]:
    """``cuts`` (indices of ``lines`` where the paragraph switches language), each moved up
    over the unclear lines before it that share the look of the line it opens (see the
    module docstring)."""
    if not cuts:
        return cuts
    langs = line_languages([ln.text for ln in lines])
    looks = [_look(words, ln) for ln in lines]
    out: list[int] = []
    for k in cuts:
        first = k
        while first - 1 > (out[-1] if out else 0) and langs[first - 1] == Lang.UNKNOWN:
            first -= 1
        moved = k
        for m in range(first, k):
            if looks[m - 1] != looks[k] and all(looks[j] == looks[k] for j in range(m, k)):
                moved = m
                break
        out.append(moved)
    return out
