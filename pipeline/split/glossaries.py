"""A glossary box: Vietnamese terms, each glossed in the other language on its own line.

A feature may set a small box of words beside its text (``TỪ VỰNG · GLOSSARY`` over
``cửa khẩu – border gate``, ``lễ hội – festival``). It belongs to no article. When OCR
reads the box's lines as one block, the block looks like a short paragraph of its column and
was kept in the article as body (``cutout-2-scanned``, where Tesseract grouped the box's
lines; the pages where it read each term apart called them boxed notes by their look). But
no running text is made of lines that each hold a short Vietnamese term, a dash and a short
gloss without Vietnamese: a block of ``GLOSS_LINES`` such lines or more is a glossary,
furniture of the page (``Role.ASIDE``, as a boxed note), and so is a one-line heading of
the same shape (``TỪ VỰNG - GLOSSARY``) right over it. The shape is read from the lines'
own words (a term of ``TERM_WORDS`` words at most on each side of a spaced dash), not from
the box's size or place, which vary from one publication to the next.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import line_lang
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

GLOSS_LINES = 3     # lines of term pairs a glossary block holds at least (two could be a
                    # bilingual heading over a line of text)
TERM_WORDS = 4      # words a term or its gloss holds at most (a sentence is longer)
HEAD_GAP = 2.0      # x body size: the glossary's heading stands at most this far over it
# a dash set with a space on each side (OCR reads an en dash or a middle dot as a hyphen)
_DASH = re.compile(r"\s[-–—·]\s")
# roles a glossary block or its heading may have been given by its look or the passes before
_READ_AS = frozenset({Role.BODY, Role.INTRO, Role.CAPTION, Role.SECTION, Role.TITLE,
                      Role.BYLINE, Role.LABEL})


def term_pair(line: str) -> bool:
    """``line`` is a Vietnamese term, a spaced dash and a gloss with no Vietnamese in it,
    each of ``TERM_WORDS`` words at most."""
    parts = _DASH.split(line.strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    term, gloss = (p.strip() for p in parts)
    if not (0 < len(term.split()) <= TERM_WORDS and 0 < len(gloss.split()) <= TERM_WORDS):
        return False
    return line_lang(term) == Lang.VI and line_lang(gloss) != Lang.VI and \
        any(c.isalpha() for c in gloss)


def _glossary(f: Facts) -> bool:
    lines = f.line_texts or (f.text,)
    return len(lines) >= GLOSS_LINES and all(term_pair(t) for t in lines)


def glossaries(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A block of term pairs (see the module) and its heading of the same shape right over it
    are a glossary box: ``Role.ASIDE``."""
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] not in _READ_AS or not _glossary(f):
            continue
        out[k] = Role.ASIDE
        log.debug("lines of Vietnamese terms each glossed in the other language (a glossary): "
                  "%r", f.text[:40])
        for j, head in enumerate(facts):
            if j != k and out[j] in _READ_AS and head.lines == 1 and term_pair(head.text) \
                    and 0 <= f.box[1] - head.box[3] <= HEAD_GAP * page.body_size \
                    and across(head.box, f.box) > 0:
                out[j] = Role.ASIDE
                log.debug("the heading over a glossary: %r", head.text[:40])
    return out
