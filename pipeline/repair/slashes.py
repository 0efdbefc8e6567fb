"""Words joined by a slash (``USD/hoc``, ``GV/lop``, ``dong/thang/nguoi``) read as words of
their own by the decoder, then joined again.

Pure logic on strings. ``words.is_fixed`` keeps a core with a slash whole and untouched (a
date, a code, a URL); stripped news writes units and pairs this way, and each of their
parts lost its marks like any word. Only a slash between parts of letters only, one of
them with the shape of a Vietnamese syllable, is opened: dates and fractions
(``15/1/2025``, ``1/2``), codes (``123/QĐ-TTg``), URLs, English ``and/or`` (no syllable)
and a number beside a word (``dong/3``: a lone digit may be decoded as a vowel,
``is_lone_digit``) stay one fixed word. The decoder reads the context across the slash
as across a light break (``BREAK``).
"""

from __future__ import annotations

from magpipe.repair.decoder import Decision
from magpipe.repair.glued import HINT, glued_parts
from magpipe.repair.words import split_token
from magpipe.text.vietnamese import is_bare_syllable

SLASH = "/"
# what each part but the last ends with for the decoder: the slash and a clause pause
# (``lm.PAUSES``), so the trigram model reads ``dong/ngay`` as two words of one phrase
# with a light break between them (``sữa/ngày``, milk per day). On TUNE news the words
# with a slash went from 38 wrong to 24 (the rest: codes, numbers, words glued to a
# bracket); read as a space, 25: one word apart, a weak preference but the measured one.
BREAK = SLASH + ";"


def slash_parts(word: str) -> list[str] | None:
    """The words the decoder reads for ``word`` (``"(USD/hoc,"`` -> ``["(USD/;", "hoc,"]``:
    each part but the last ends with ``BREAK``), or None where ``word`` stays one word."""
    if SLASH not in word:                              # most words: one test
        return None
    lead, core, trail = split_token(word)
    pieces = core.split(SLASH)
    if (len(pieces) < 2 or not all(p.isalpha() for p in pieces)
            or not any(is_bare_syllable(p) for p in pieces)):
        return None
    out = [p + BREAK for p in pieces[:-1]] + [pieces[-1] + trail]
    out[0] = lead + out[0]
    return out


def cut_parts(word: str) -> list[str] | None:
    """The words the decoder reads for ``word``: its slash-joined parts (``slash_parts``),
    else the parts it was glued from (``glued.glued_parts``: ``toc(06/01/2005)``), else
    None (most words)."""
    return slash_parts(word) or glued_parts(word)


class CutLines:
    """Lines with their slash-joined and glued words cut into parts (``cut_parts``), and
    the way back: decisions on the parts become one decision on the word they came from."""

    def __init__(self, lines: list[list[str]]) -> None:
        self.lines = lines
        self.cut: list[list[str]] = []
        # per cut word: (word, part) in the line; None for a line with nothing to cut (most:
        # the line itself is passed on, so the cut costs a page of prose a scan per line)
        self.owner: list[list[tuple[int, int]] | None] = []
        for line in lines:
            if not any(SLASH in word for word in line) and not HINT.search(" ".join(line)):
                self.cut.append(line)
                self.owner.append(None)
                continue
            words: list[str] = []
            owner: list[tuple[int, int]] = []
            for i, word in enumerate(line):
                parts = [word] if word.isalpha() else cut_parts(word) or [word]
                owner += [(i, j) for j in range(len(parts))]
                words += parts
            if len(words) == len(line):
                self.cut.append(line)
                self.owner.append(None)
                continue
            self.cut.append(words)
            self.owner.append(owner)

    def joined(self, number: int, decisions: list[Decision]) -> list[Decision]:
        """The decisions on line ``number``'s cut words as decisions on its own words: a
        word whose parts changed is their changes joined (scores summed, the first rule)."""
        owner = self.owner[number]
        if owner is None:
            return decisions                           # nothing was cut
        by_word: dict[int, list[Decision]] = {}
        for d in decisions:
            by_word.setdefault(owner[d.index][0], []).append(d)
        if not by_word:
            return []
        # where each word's parts start among the cut words (a word's parts stand together,
        # in order): one pass over the line, not one per changed word (a paragraph of
        # stripped news is one line of hundreds of words)
        starts = [k for k, (_w, j) in enumerate(owner) if j == 0] + [len(owner)]
        cut = self.cut[number]
        out = []
        for i, found in sorted(by_word.items()):
            first = starts[i]
            parts = cut[first:starts[i + 1]]
            for d in found:
                parts[d.index - first] = d.after
            out.append(Decision(i, self.lines[number][i], _whole(parts),
                                sum(d.score for d in found), found[0].rule))
        return out


def _whole(parts: list[str]) -> str:
    """The word the decided ``parts`` of one word make: a slash part ends with ``BREAK``
    still (it is punctuation to the decoder), read back as the slash; glued parts are
    joined as they are."""
    return "".join(p[:-len(BREAK)] + SLASH if p.endswith(BREAK) else p for p in parts[:-1]) \
        + parts[-1]
