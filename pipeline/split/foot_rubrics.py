"""A rubric left at a column's foot, its title at the head of the next column.

A short line set over a title names what follows it (a rubric, a label, a page reference):
``sections_above_titles`` finds it right above its title. When the column ends under the
rubric, the title opens the next column, and the rubric stands alone at the column's foot,
read as a stray line of text. It is told by its look: one line, set like a rubric the page
sets right above a title (the same size and letter width), and followed in reading order by a
title. It is that title's rubric (``Role.SECTION``), no paragraph of the text above it.

``foot_rubrics`` is a role pass. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

ALIKE = 0.05     # share: the stray line's size and letter width match a rubric's this closely
_STRAY = frozenset({Role.BODY, Role.INTRO, Role.BYLINE})


def foot_rubrics(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A line set like the page's rubrics, at a column's foot, over a title opening the next
    column: that title's rubric (see the module)."""
    rubrics = [f for r, f in zip(roles, facts, strict=True) if r == Role.SECTION and f.lines == 1]
    out = list(roles)
    for k in range(len(facts) - 1):
        f, nxt = facts[k], facts[k + 1]
        if roles[k] not in _STRAY or f.lines != 1 or roles[k + 1] != Role.TITLE:
            continue
        if f.column < 0 or nxt.box[1] >= f.box[1]:
            continue        # (its title right under it is ``sections_above_titles``')
        if not any(abs(g.size - f.size) <= ALIKE * g.size and abs(g.cw - f.cw) <= ALIKE * g.cw
                   for g in rubrics):
            continue
        log.debug("a rubric at a column's foot over the next column's title: %r", f.text[:30])
        out[k] = Role.SECTION
    return out
