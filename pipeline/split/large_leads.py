"""A lead set a little larger than the body, first under its title: an intro.

``roles.role_of`` reads a lead as an intro when it is bold at the body's size, spans the
columns, or is set in capitals. A lead may be set in the body's face a size or two up
(``large``), inside the columns like the text after it (each language's lead down its own
group of columns, under a title across them: quartet): its look then made it body, and the
article lost its intro.

On a text layer, a block read as body, set ``LEAD_SIZE`` times the body's size or larger
(smaller than a title, or it would be one), in mixed case and of ``LINES`` or more, is an
intro when it is the first text under a title and set larger than the text that follows it:
the nearest text block above it over its x range is a title (or a byline or rubric under
one; the lead's end at the head of the next column is under the title too), and the nearest
below it is set ``LEAD_SIZE`` times smaller (the article's text), or is the next article's
title, or there is none (a lead filling its column); or, at the head of the next page's
column with nothing above it, the lead's end over the article's smaller text. A block at
the lead's size that follows it in reading order at the head of another column (its top higher
than the lead's, or level with it where the lead's sentence runs on into it, in its language)
is its end.
A lead read right after a byline (the other language's text opening after the first
language's signature, in the next text cell of a grid whose cells alternate with photos) is
first too, whatever stands over it across the photo.
Reading order alone does not say where a lead is: with both titles across the page over both
languages' columns, the English lead follows the Vietnamese text. Text set larger than the
page's body all down a column (one language's text set larger than the other's) is followed
by text of its own size: no lead.

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.split.langid import classify
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.headings import CAPS_SHARE, upper_share
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

LEAD_SIZE = 1.08    # x body size: a lead set larger than the body is at least this large
SAME_SIZE = 0.95    # size ratio of a lead's two pieces
LINES = 2           # fewest lines of a lead (a one-line name under a title is a byline's)
LEVEL = 1.0         # pt: a lead's end this little lower than the lead's top is level with it
                    # (both under the title: classifieds-1 of seed 4300, the italic lead's last
                    # line alone at the head of the next column)
_HEADS = frozenset({Role.TITLE, Role.BYLINE, Role.SECTION})
_SKIPPED = FURNITURE_ROLES | {Role.CAPTION, Role.CREDIT}


def nearest(k: int, roles: list[str], facts: list[Facts], below: bool,
            skipped: frozenset[str] = _SKIPPED, top: float | None = None) -> int | None:
    """The nearest text block above (or ``below``) ``k`` over its x range, blocks of a role in
    ``skipped`` (captions and furniture) left aside; above ``top`` when given (else ``k``'s
    own top)."""
    f = facts[k]
    edge = (f.box[3] if below else f.box[1]) if top is None else top
    near = [j for j, g in enumerate(facts) if j != k and roles[j] not in skipped
            and (g.box[1] >= edge - 1.0 if below else g.box[3] <= edge + 1.0)
            and across(g.box, f.box) > 0]
    if below:
        return min(near, key=lambda j: facts[j].box[1], default=None)
    return max(near, key=lambda j: facts[j].box[3], default=None)


def _runs_on(f: Facts, lead: Facts) -> bool:
    """``f`` is the end of the ``lead`` before it in reading order: at its size, at the head of
    another column, starting higher than the lead, or level with its top (``LEVEL``: both
    columns start right under the title) or wholly under it (the next row of a grid read
    along its rows) when the lead's sentence runs on into ``f``, of the lead's language (a
    column of text beside a lead, the next column of either language, starts level with it
    too)."""
    if f.column == lead.column or min(f.size, lead.size) < SAME_SIZE * max(f.size, lead.size):
        return False
    return f.box[1] < lead.box[1] or (f.box[1] < lead.box[1] + LEVEL or f.box[1] > lead.box[3]) \
        and lead.text.rstrip()[-1:] not in SENTENCE_ENDS and \
        classify(f.text)[0] == classify(lead.text)[0]


def large_leads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Body blocks set a little larger than the body, first under a title and over smaller
    text, and their ends in the next column: intros (see the module)."""
    if not page.exact:
        return roles
    out = list(roles)
    before: int | None = None           # the text block before, in reading order
    for k, f in enumerate(facts):
        if out[k] in _SKIPPED:
            continue
        if out[k] == Role.BODY and f.size >= LEAD_SIZE * page.body_size and \
                upper_share(f.text) < CAPS_SHARE:
            above, under = nearest(k, out, facts, False), nearest(k, out, facts, True)
            smaller = under is not None and facts[under].size * LEAD_SIZE <= f.size
            # (or the text read first after a byline: the other language's text begins
            # after its first language's signature, in a grid's next text cell)
            first = f.lines >= LINES and \
                ((out[above] in _HEADS if above is not None else smaller)
                 or before is not None and out[before] == Role.BYLINE) and \
                (under is None or out[under] == Role.TITLE or smaller)
            if first or (before is not None and out[before] == Role.INTRO
                         and _runs_on(f, facts[before])):
                out[k] = Role.INTRO
                log.debug("a lead set larger than the body under its title: %r", f.text[:40])
        before = k
    return out
