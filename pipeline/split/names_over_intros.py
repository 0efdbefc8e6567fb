"""A name in capitals right over an article's intro is its byline.

Under a title across a spread (or a page) each language's column opens with the writer's
name in capitals (``VŨ GIANG``, ``KHONG NGHIA``) and then the intro. Set at about the body's
size, flush left, it has no look of a byline (``heads.head_bylines`` asks for one set flush
right, ``overlines.names_under_titles`` for one read as a title right under a larger one),
and read as body text it became a paragraph of its own: on the English side OCR's marks
made it Vietnamese and it went to the other article, whose intro then followed a paragraph
and was read as one (spread scans). A body block of one line, of ``NAME_WORDS`` words at
most, all letters and in capitals, no sentence end, lying right over an intro (the top of
the next block within ``NAME_GAP`` body sizes under it, their left edges within one body
size) is the article's byline.

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import WORD, Facts, PageFacts
from magpipe.text.headings import in_capitals
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

NAME_WORDS = 4      # most words of a writer's name
NAME_GAP = 2.5      # x body size: most white between the name and the intro under it


def _name_like(f: Facts) -> bool:
    words = f.text.split()
    return (f.lines == 1 and 0 < len(words) <= NAME_WORDS and in_capitals(f.text)
            and all(WORD.fullmatch(w) for w in words)
            and f.text.rstrip()[-1:] not in SENTENCE_ENDS)


def names_over_intros(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Body blocks that are a writer's name right over an intro made bylines (see the
    module)."""
    out = list(roles)
    body = page.body_size
    for k, f in enumerate(facts):
        if roles[k] != Role.BODY or not _name_like(f):
            continue
        under = [j for j, g in enumerate(facts) if roles[j] == Role.INTRO
                 and 0 <= g.box[1] - f.box[3] < NAME_GAP * body
                 and abs(g.box[0] - f.box[0]) < body]
        if under:
            log.debug("a name in capitals right over an intro: a byline: %r", f.text)
            out[k] = Role.BYLINE
    return out
