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
one row (``TIÊU ĐIỂM / Focal Points``) is ``row_cuts``'s. Pure logic, no I/O.
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

SURE = 0.75     # ``classify``'s confidence each side of the slash needs (names alone score
                # 0.6-0.65: see ``langid.PLAIN_OTHER``)


def _slash_at(words: tuple[Word, ...], idx: tuple[int, ...]) -> int | None:
    """Where the line's words ``idx`` are cut after a slash standing inside the line (a word
    ``/`` or ending in one, with words after it), or None."""
    for k, i in enumerate(idx[:-1]):
        if k and words[i].text.endswith("/"):
            return k + 1
    return None


def slash_cut(words: tuple[Word, ...], para: Para) -> list[Para] | None:
    """The paragraph cut after its slash (see the module), or None when it is no slash title
    cut mid-line."""
    if len(para.lines) < 2:
        return None
    for n, line in enumerate(para.lines):
        cut = _slash_at(words, line.words)
        if cut is None:
            continue
        before = [ln.text for ln in para.lines[:n]] + \
            [" ".join(words[i].text for i in line.words[:cut])]
        after = [" ".join(words[i].text for i in line.words[cut:])] + \
            [ln.text for ln in para.lines[n + 1:]]
        found = [classify(" ".join(part)) for part in (before, after)]
        langs = {lang for lang, conf in found if conf >= SURE}
        if langs != {Lang.VI, Lang.EN} or not all(in_capitals(" ".join(part))
                                                  for part in (before, after)):
            return None
        head = (*para.lines[:n], make_line(words, list(line.words[:cut])))
        tail = (make_line(words, list(line.words[cut:])), *para.lines[n + 1:])
        log.debug("a slash title cut at its slash, %s then %s: %r", found[0][0], found[1][0],
                  line.text)
        return [Para(lines=part, box=union([ln.box for ln in part]), region=para.region)
                for part in (head, tail)]
    return None
