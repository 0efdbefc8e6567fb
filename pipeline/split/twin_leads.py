"""A lead's twin set the same way right over or under it is a lead too.

``overlines.leads_at_body_pitch`` tells a bold lead (read as a title: a face whose bold boxes
stand taller than its regular ones makes it look a size larger than the body) by its lines set
at the body's pitch, right under its article's head. In a module that prints both languages'
leads one under the other under a photo (a front page: the titles, the photo and its
captions, then the Vietnamese lead over the English one), the lead under the photo's caption
has no head right above it: it stayed a title, and its article then had two titles and no
intro, while its twin, right under it, was told as a lead.

A title of ``LEAD_LINES`` lines or more at the body's pitch (``LEAD_PITCH``) whose next or
previous block is a lead told so, within ``HEAD_GAP`` body sizes, set at the same size
(``TWIN_SIZE``) and weight, is that lead's twin: a lead too. Titles' lines are spaced by their
own size, far wider than the body's leading, so no title is taken for one.

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.heads import HEAD_GAP
from magpipe.split.overlines import LEAD_LINES, LEAD_PITCH
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

TWIN_SIZE = 0.9      # size ratio of two leads set alike


def _alike(a: Facts, b: Facts) -> bool:
    return a.bold == b.bold and min(a.size, b.size) >= TWIN_SIZE * max(a.size, b.size)


def _apart(upper: Facts, lower: Facts, body: float) -> bool:
    """``lower`` starts right under ``upper``."""
    return 0 <= lower.box[1] - upper.box[3] < HEAD_GAP * body


def _set_as_lead(f: Facts, page: PageFacts) -> bool:
    """Lines enough for a lead, set at the body's leading (a title's are spaced wider); no
    run-in head (``run_in_heads``: its text runs on on its last line, a lead's never does)."""
    return f.lines >= LEAD_LINES and 0 < f.pitch <= LEAD_PITCH * page.body_pitch and \
        not f.run_in


def _beside_lead(k: int, facts: list[Facts], roles: list[str], page: PageFacts) -> bool:
    """The block next to ``k`` in reading order (before or after it) is a lead set like it,
    right over or under it."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(facts) and roles[j] == Role.INTRO and _alike(facts[k], facts[j]):
            upper, lower = sorted((facts[j], facts[k]), key=lambda f: f.box[1])
            if _apart(upper, lower, page.body_size):
                return True
    return False


def twin_leads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Titles set at the body's pitch right over or under a lead set alike: leads (see the
    module)."""
    if not page.body_pitch:
        return roles
    found = [k for k, r in enumerate(roles) if r == Role.TITLE and _set_as_lead(facts[k], page)
             and _beside_lead(k, facts, roles, page)]
    for k in found:
        log.debug("a title at the body's pitch beside its twin lead: a lead: %r",
                  facts[k].text[:40])
    return [Role.INTRO if k in found else r for k, r in enumerate(roles)]
