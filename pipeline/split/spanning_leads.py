"""Text across the columns right under its title, read as a note by its boxes: the lead.

``roles.role_of`` reads several lines set a little smaller than the body, apart from the
column text (across the columns), as a note beside the articles. On a text layer "smaller"
is measured by the words' boxes, whose heights follow each face's ascent and descent: a
lead set in another face than the body (an italic the body's face lacks, with shorter
boxes) read smaller at the body's own size, and the lead under a spread's titles became a
note, no article's (spread).

A note is set apart from the articles' heads: a block read as a note that spans the
columns and lies right under a title or its byline (the nearest block above it over its x
range, less than ``HEAD_GAP`` body sizes up; a byline is a one-line name of a few words,
whatever role its look gave it), flush with the outer edges of the columns under it
(``FLUSH``: a note boxed under a title is held in from them by its frame), in mixed case,
of ``LINES`` lines or more, is the article's lead (an intro).

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.split.heads import HEAD_GAP
from magpipe.split.large_leads import nearest
from magpipe.split.roles import NAME_WORDS, Facts, PageFacts
from magpipe.text.headings import CAPS_SHARE, upper_share

log = logging.getLogger(__name__)

LINES = 2           # fewest lines of a lead
FLUSH = 0.25        # x body size: a lead's edges lie this near its columns' outer edges
_HEADS = frozenset({Role.TITLE, Role.BYLINE})
_SKIPPED = FURNITURE_ROLES - {Role.ASIDE} | {Role.CAPTION, Role.CREDIT}


def _above(k: int, roles: list[str], facts: list[Facts], top: float | None = None
           ) -> int | None:
    """The nearest text block over ``k``'s x range above ``top`` (``k``'s own top)."""
    return nearest(k, roles, facts, False, _SKIPPED, top)


def _headed(k: int, roles: list[str], facts: list[Facts], body: float) -> bool:
    """Right above ``k`` lies a title, or a byline under one (a one-line name of at most
    ``NAME_WORDS`` words, whatever its role)."""
    j = _above(k, roles, facts)
    if j is None or facts[k].box[1] - facts[j].box[3] >= HEAD_GAP * body:
        return False
    if roles[j] in _HEADS:
        return True
    name = facts[j].lines == 1 and len(facts[j].text.split()) <= NAME_WORDS
    i = _above(k, roles, facts, facts[j].box[1] - 1.0) if name else None
    return i is not None and roles[i] == Role.TITLE and \
        facts[j].box[1] - facts[i].box[3] < HEAD_GAP * body


def spanning_leads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Notes across the columns right under a title or byline: intros (see the module)."""
    if page.columns < 2:
        return roles
    out = list(roles)
    lefts = {g.column_box[0] for g in facts if g.column >= 0}
    rights = {g.column_box[1] for g in facts if g.column >= 0}
    reach = FLUSH * page.body_size
    for k, f in enumerate(facts):
        if out[k] != Role.ASIDE or f.column != -1 or f.lines < LINES or \
                upper_share(f.text) >= CAPS_SHARE:
            continue
        if not any(abs(f.box[0] - x) <= reach for x in lefts) or \
                not any(abs(f.box[2] - x) <= reach for x in rights):
            continue                    # held in from the columns' edges: a framed note
        if _headed(k, out, facts, page.body_size):
            out[k] = Role.INTRO
            log.debug("a note across the columns right under its title: a lead: %r",
                      f.text[:40])
    return out
