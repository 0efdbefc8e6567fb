"""A lead set a little larger than the body, first under its title: an intro.

``roles.role_of`` reads a lead as an intro when it is bold at the body's size, spans the
columns, or is set in capitals. A lead may be set in the body's face a size or two up
(``large``), inside the columns like the text after it (each language's lead down its own
group of columns, under a title across them: quartet): its look then made it body, and the
article lost its intro.

On a text layer, a block read as body, set ``LEAD_SIZE`` times the body's size or larger
(smaller than a title, or it would be one), in mixed case and of ``LINES`` or more, is an
intro when it is the first text under a title: the nearest text block above it over its x
range is a title (or a byline or rubric under one; the lead's end at the head of the next
column is under the title too), or a piece of the lead at its size right above it, or
nothing (the lead's end at the head of the next page's column). Reading order does not say
it: with both titles across the page over both languages' columns, the English lead follows
the Vietnamese text.

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.headings import CAPS_SHARE, upper_share

log = logging.getLogger(__name__)

LEAD_SIZE = 1.08    # x body size: a lead set larger than the body is at least this large
SAME_SIZE = 0.95    # size ratio of a lead's two pieces
LINES = 2           # fewest lines of a lead (a one-line name under a title is a byline's)
_HEADS = frozenset({Role.TITLE, Role.BYLINE, Role.SECTION})
_SKIPPED = FURNITURE_ROLES | {Role.CAPTION, Role.CREDIT}


def _above(k: int, roles: list[str], facts: list[Facts]) -> int | None:
    """The nearest block above ``k`` over its x range that is text (captions and furniture
    left aside)."""
    f = facts[k]
    over = [j for j, g in enumerate(facts) if j != k and roles[j] not in _SKIPPED
            and g.box[3] <= f.box[1] + 1.0 and min(g.box[2], f.box[2]) > max(g.box[0], f.box[0])]
    return max(over, key=lambda j: facts[j].box[3], default=None)


def large_leads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Body blocks set a little larger than the body, first under a title: intros (see the
    module)."""
    if not page.exact:
        return roles
    out = list(roles)
    for k in sorted(range(len(facts)), key=lambda k: facts[k].box[1]):     # top down
        f = facts[k]
        if out[k] != Role.BODY or f.size < LEAD_SIZE * page.body_size or f.lines < LINES or \
                upper_share(f.text) >= CAPS_SHARE:
            continue
        j = _above(k, out, facts)
        if j is None or (out[j] in _HEADS or out[j] == Role.INTRO and
                              min(f.size, facts[j].size) >= SAME_SIZE * max(f.size,
                                                                          facts[j].size)):
            out[k] = Role.INTRO
            log.debug("a lead set larger than the body under its title: %r", f.text[:40])
    return out
