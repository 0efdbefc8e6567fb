"""Text under a head of its own: an article's paragraphs, not leads or notes beside the columns.

An article's head has one lead: a paragraph set apart under its title (wider than the column
text, or set in another size), and the twin of that lead in the other language when both
copies are printed together. A note in a box beside the columns has no head of its own: it
stands among the columns' text. So when a title (or a title and a line or two under it) is
followed, before any other kind of block, by several paragraphs in the title's language that the
earlier passes read as leads or as notes set apart from the column text (or by one such note),
and they are set in the title's measure (across the columns, the first flush left with the
title: a note framed under a title is held in from it by the frame; in lower case: a lead set
in capitals is a lead), the head is an article's and these paragraphs are its text
(``Role.BODY``): a short text set apart under its own title, as a bilingual magazine sets the
English summary of a Vietnamese article in a box at a page's foot, or a journal its abstract.
Which of them is the lead matching the other language's lead is left to align, which links
what it finds.

``headed_runs`` is a role pass. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import classify
from magpipe.split.roles import CAPS_SHARE, Facts, PageFacts, upper_share

log = logging.getLogger(__name__)

# roles a paragraph set apart under a head may have been given from its look: a lead (wide,
# or set apart), a note (set smaller than the body, apart from the column text)
_APART = frozenset({Role.INTRO, Role.ASIDE})
# roles of a head's own lines under its title, over its text: more of the title, a name (a
# title's last line set apart reads as a byline until ``title_last_lines`` runs)
_UNDER_TITLE = frozenset({Role.TITLE, Role.BYLINE})
LEADS = 2       # leads in one language under one head, at least, that are its text (one head
                # has one lead per language)
FLUSH = 0.3     # x body size: the text's left edge lies this close to its title's, at most (a
                # note framed under a title is held in from it by the frame's padding)


def headed_runs(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Paragraphs set apart right under a title of their own are its article's text (see the
    module)."""
    out = list(roles)
    k = 0
    while k < len(roles):
        if roles[k] != Role.TITLE:
            k += 1
            continue
        j = k
        while j < len(roles) and roles[j] in _UNDER_TITLE:
            j += 1
        run = []
        while j < len(roles) and roles[j] in _APART:
            run.append(j)
            j += 1
        if run and _its_text(list(range(k, run[0])), run, roles, facts) and \
                _in_measure(k, run, facts, page):
            for i in run:
                out[i] = Role.BODY
            log.debug("%d paragraphs set apart under their own title: its text, from %r",
                      len(run), facts[run[0]].text[:40])
        k = max(j, k + 1)
    return out


def _in_measure(head: int, run: list[int], facts: list[Facts], page: PageFacts) -> bool:
    """The paragraphs are set in their title's measure: across the columns (or on a page of one
    column), in lower case (a lead set in capitals is a lead), the first flush left with the
    title (the next ones' edges, read off a scan, may carry a speck)."""
    return abs(facts[run[0]].box[0] - facts[head].box[0]) <= FLUSH * page.body_size and \
        all((facts[i].column < 0 or page.columns <= 1)
            and upper_share(facts[i].text) < CAPS_SHARE for i in run)


def _its_text(head: list[int], run: list[int], roles: list[str], facts: list[Facts]) -> bool:
    """Several paragraphs in one language set apart under one head whose titles are in that
    language, or a note under it (a note beside the columns has no head): the head's text.
    Leads in two languages are a lead and its twin; leads under titles in two languages (a
    bilingual head) are the article's leads."""
    langs = {classify(facts[i].text)[0] for i in run}
    if len(langs) > 1 or Lang.UNKNOWN in langs:
        return False
    if any(roles[i] == Role.TITLE and classify(facts[i].text)[0] not in langs for i in head):
        return False
    return len(run) >= LEADS or roles[run[0]] == Role.ASIDE
