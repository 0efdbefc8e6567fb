"""A lead set in italics right under its title, before roman text: an intro.

On a text layer, a lead set in italics at the body's size (or ``ITALIC_LARGER`` times it at
most) between its title and a roman text was read as body (``roles.role_of`` reads bold
leads only), and its article lost its intro. A block read as body, of ``ITALIC_LINES`` lines
or more, set italic (``Word.italic``: the font's name says so), right after its title (or
byline) in reading order, a box of no article between them passed over
(``roles.under_head``), and first under it (``large_intros.first_under_title``), on a page
whose body text is roman, is an intro with the italic text right after it (its end at the
head of the next column) when the next paragraph of text after them is roman: a text set in
italics all through (an English translation so set) has no italic lead, nor does a caption
or pull quote, which sit among the text, not under a title; a lead read after a graphic's
labels is left as it was (align pairs it as a paragraph). OCR words carry no italic flag:
scanned pages are left alone.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from itertools import takewhile

from magpipe.artifacts.layout import Role
from magpipe.split.large_intros import first_under_title
from magpipe.split.roles import Facts, PageFacts, under_head

log = logging.getLogger(__name__)

ITALIC_LINES = 2        # fewest lines of an italic lead (a one-line italic name is a byline)
ITALIC_SMALLER = 0.95   # x body size: an italic lead is set at the body's size (text-layer
ITALIC_LARGER = 1.25    # rounding) or a little larger; smaller is a caption or a note
_TEXT = frozenset({Role.BODY, Role.INTRO})
# what may stand between a head and its italic lead in reading order: specks, and a box of no
# article set between the titles and the text (a "read also" list, ``read_also``)
_PASSED = frozenset({Role.OTHER, Role.ASIDE})


def italic_leads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Body blocks set in italics right under their title, before roman text: intros (see
    the module)."""
    if not page.exact or not any(f.italic for f in facts):
        return roles
    body = [f for r, f in zip(roles, facts, strict=True) if r == Role.BODY]
    if 2 * sum(len(f.text) for f in body if f.italic) >= sum(len(f.text) for f in body):
        return roles                       # a page set in italics: no lead tells by it
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] != Role.BODY or not f.italic or f.lines < ITALIC_LINES or \
                not ITALIC_SMALLER * page.body_size <= f.size <= ITALIC_LARGER * page.body_size \
                or not under_head(k, out, _PASSED) or not first_under_title(k, out, facts):
            continue
        # the lead and its end at the head of the next column (italic text after it)
        run = [k] + list(takewhile(lambda j: out[j] in (Role.BODY, Role.OTHER)
                                   and (out[j] == Role.OTHER or facts[j].italic),
                                   range(k + 1, len(facts))))
        after = next((g for j, g in enumerate(facts[run[-1] + 1:], run[-1] + 1)
                      if out[j] in _TEXT and g.lines >= ITALIC_LINES), None)
        if after is None or after.italic:
            continue
        for j in run:
            if out[j] == Role.BODY:
                out[j] = Role.INTRO
        log.debug("intro: set in italics right under its title, before roman text: %r",
                  f.text[:40])
    return out

