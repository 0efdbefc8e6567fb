"""A display title's last line of names does not switch its language.

``langid.language_cuts`` cuts a block where its lines switch language for good (a Vietnamese
title set right over its English twin). A line of a few foreign names in capitals
(``DE JANEIRO, BRAZIL`` ending ``... LÃNH SỰ DANH DỰ VIỆT NAM TẠI BANG RIO``) reads English
there: no Vietnamese marks, and words that are no Vietnamese syllables. Cut off (or read as a
paragraph of its own where the title's lines are set loosely), it became an English title of
its own, and the Vietnamese article lost the end of its title (digest).

A cut before a block's last line is dropped when every line is in capitals, set at one size
and weight (``SAME_SIZE``) and one leading (``SAME_STEP``: the step to the last line is the
block's own), and the last line holds ``NAME_WORDS`` words at most, none of them an English
function word: its English reading rests on names alone, which both languages print alike.
An English twin title set under a Vietnamese one in the same size, weight and leading, and
in a line of names only, would be read with it; a twin is set apart by one of them.

Pure logic.
"""

from __future__ import annotations

import logging
from statistics import median

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.pieces import Line
from magpipe.text import english
from magpipe.text.headings import in_capitals

log = logging.getLogger(__name__)

NAME_WORDS = 4      # most words of the names on a title's last line
SAME_SIZE = 0.95    # size ratio of one title's lines
SAME_STEP = 0.1     # share by which one title's baseline steps differ at most
LINE_WHITE = 0.5    # x a line's height: most white between two lines of one title


def _names_only(text: str) -> bool:
    words = [w.strip(".,;:()'\"’-–").lower() for w in text.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    return 0 < len(words) <= NAME_WORDS and not any(w in english.STOPWORDS for w in words)


def _one_setting(lines: tuple[Line, ...]) -> bool:
    sizes = [ln.size for ln in lines]
    if min(sizes) < SAME_SIZE * max(sizes) or len({ln.bold for ln in lines}) > 1:
        return False
    steps = [b.base - a.base for a, b in zip(lines, lines[1:], strict=False)]
    return min(steps) > 0 and max(steps) - min(steps) <= SAME_STEP * min(steps)


def title_tails_kept(lines: tuple[Line, ...], cuts: list[int]) -> list[int]:
    """``cuts`` (line indices where a block switches language) without one before a display
    title's last line of names (see the module)."""
    last = len(lines) - 1
    if last not in cuts or last < 1 or not _names_only(lines[last].text):
        return cuts
    if not all(in_capitals(ln.text) for ln in lines) or not _one_setting(lines):
        return cuts
    return [k for k in cuts if k != last]


def title_tail_languages(roles: list[str], words: list[list[Word]], texts: list[str],
                         langs: list[str]) -> list[str]:
    """Languages of a page's drafts, with a display title's last line of names (a draft of
    its own where the title's lines were set too far apart to be one paragraph) given the
    language of the title line right over it: both in capitals, in one size and weight, the
    white between them less than ``LINE_WHITE`` of the line's height (see the module)."""
    out = list(langs)
    for k in range(1, len(roles)):
        if roles[k] != Role.TITLE or roles[k - 1] != Role.TITLE or out[k] == out[k - 1] or \
                not words[k] or not words[k - 1] or not _names_only(texts[k]) or \
                not in_capitals(texts[k]) or not in_capitals(texts[k - 1]):
            continue
        size, over = median(w.size for w in words[k]), median(w.size for w in words[k - 1])
        top = min(w.box[1] for w in words[k])
        foot = max(w.box[3] for w in words[k - 1])
        height = max(w.box[3] for w in words[k]) - top
        if min(size, over) >= SAME_SIZE * max(size, over) and \
                {w.bold for w in words[k]} == {w.bold for w in words[k - 1]} and \
                0 <= top - foot < LINE_WHITE * height:
            log.debug("a title's last line of names keeps the title's language: %r", texts[k])
            out[k] = out[k - 1]
    return out
