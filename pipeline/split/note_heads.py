"""A note's heading: the short line in capitals set right over a note of no article.

A glossary, a fact box or a reader's tip set apart from the articles carries a heading of its
own (``TỪ VỰNG · GLOSSARY``, ``DID YOU KNOW``): one short line, in capitals, set flush with
the note's text right above it. The note's lines, set smaller than the body, are read as a
note (``Role.ASIDE``) by their look; its heading, set at or above the body's size, is read
as body text, and an article's paragraph would run on into it. A one-line block read as body
text, in capitals and ending no sentence, set right over a note (``HEAD_GAP`` body sizes of
white at most) in its column, starting where it starts (``EDGE`` body sizes) and no wider
than it, is that note's heading: a note too. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import CAPS_SHARE, Facts, PageFacts, upper_share
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

HEAD_GAP = 1.0       # x body size: the most white between a note's heading and its text
EDGE = 0.5           # x body size: how far the heading's left edge may stand from the note's


def note_heads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """One-line headings in capitals right over a note are the note's (see the module)."""
    out = list(roles)
    body = page.body_size
    for k, f in enumerate(facts):
        if out[k] != Role.BODY or f.lines != 1 or upper_share(f.text) < CAPS_SHARE or \
                f.text.rstrip()[-1:] in SENTENCE_ENDS:
            continue
        under = [j for j, g in enumerate(facts) if out[j] == Role.ASIDE and g.column == f.column
                 and 0 <= g.box[1] - f.box[3] <= HEAD_GAP * body]
        if any(abs(facts[j].box[0] - f.box[0]) <= EDGE * body
               and f.box[2] <= facts[j].box[2] + EDGE * body for j in under):
            out[k] = Role.ASIDE
            log.debug("a heading over a note: %r", f.text[:40])
    return out
