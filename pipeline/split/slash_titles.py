"""A slash title cut at its slash: the Vietnamese title, ``/``, the English title run on as one.

A bulletin may set a title in both languages as one paragraph across the page: the Vietnamese
title in capitals, a slash, then the English one in the same face and size, run on, so the
slash often falls mid-line (``... TỈNH UỶ LẠNG SƠN / CHAIRMAN OF THE PEOPLE’S``). Cutting the
paragraph where its lines switch language (``langid.language_cuts``) then gives that line
whole to one title, and the other title loses its first (or last) words, so the two titles no
longer read as twins. A paragraph of two lines or more set in capitals whose slash stands
inside a line, with the text before it plainly Vietnamese and the text after it plainly
English (or the other way round), is two paragraphs: up to and including the slash (the
Vietnamese title ends with it, as the truth of such titles has it), and the rest. A rubric on
one row (``TIÊU ĐIỂM / Focal Points``) is ``row_cuts``'s; the one-line slash title of a box
kept out of the articles (``figure_boxes``) is cut the same way into its two languages
(``slash_parts``). Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import union
from magpipe.artifacts.layout import Lang
from magpipe.artifacts.pages import Word
from magpipe.split.langid import classify
from magpipe.split.layout import Para
from magpipe.split.pieces import make_line
from magpipe.text.headings import in_capitals

log = logging.getLogger(__name__)

SURE = 0.75     # ``classify``'s confidence the Vietnamese side of the slash needs (names
                # alone score 0.6-0.65: see ``langid.PLAIN_OTHER``)


def _slash_at(words: tuple[Word, ...], idx: tuple[int, ...]) -> int | None:
    """Where the line's words ``idx`` are cut after a slash standing inside the line (a word
    ``/`` or ending in one, with words after it), or None."""
    for k, i in enumerate(idx[:-1]):
        if k and words[i].text.endswith("/"):
            return k + 1
    return None


def _slash(words: tuple[Word, ...], para: Para) -> tuple[int, int] | None:
    """The line holding the paragraph's slash and where in it the cut falls, when the text
    before is plainly one of the two languages and the text after the other, both in
    capitals; None otherwise."""
    for n, line in enumerate(para.lines):
        cut = _slash_at(words, line.words)
        if cut is None:
            continue
        before = [ln.text for ln in para.lines[:n]] + \
            [" ".join(words[i].text for i in line.words[:cut])]
        after = [" ".join(words[i].text for i in line.words[cut:])] + \
            [ln.text for ln in para.lines[n + 1:]]
        found = [classify(" ".join(part)) for part in (before, after)]
        # (the Vietnamese side plainly so; a short English title, two words, scores lower)
        if {lang for lang, _ in found} != {Lang.VI, Lang.EN} or \
                any(lang == Lang.VI and conf < SURE for lang, conf in found) or \
                not all(in_capitals(" ".join(part)) for part in (before, after)):
            return None
        log.debug("a slash title cut at its slash, %s then %s: %r", found[0][0], found[1][0],
                  line.text)
        return n, cut
    return None


def slash_cut(words: tuple[Word, ...], para: Para) -> list[Para] | None:
    """The paragraph of two lines or more cut after its slash (see the module), or None when
    it is no slash title cut mid-line."""
    found = _slash(words, para) if len(para.lines) >= 2 else None
    if found is None:
        return None
    n, cut = found
    line = para.lines[n]
    head = (*para.lines[:n], make_line(words, list(line.words[:cut])))
    tail = (make_line(words, list(line.words[cut:])), *para.lines[n + 1:])
    return [Para(lines=part, box=union([ln.box for ln in part]), region=para.region)
            for part in (head, tail)]


def slash_parts(words: tuple[Word, ...], para: Para) -> list[list[int]] | None:
    """The word indices of a slash title's two titles (one line or more: a box's title, kept
    out of the articles, read as one block), or None when it is none."""
    found = _slash(words, para)
    if found is None:
        return None
    n, cut = found
    head = [i for ln in para.lines[:n] for i in ln.words] + list(para.lines[n].words[:cut])
    taken = set(head)
    return [head, [i for ln in para.lines for i in ln.words if i not in taken]]
