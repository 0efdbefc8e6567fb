"""Kickers set alone over a title: the short line in capitals (``KHÁM PHÁ``, ``DISCOVERY``) that
names a feature's department above its headline, often over a rule.

The role rules give such a line the title's role (bold capitals at about the body's size), and
two titles one right under the other are then read as one (``KHÁM PHÁ CHỦ TỊCH ...``).
``headlines.kicker_rubrics`` tells a kicker by the rubric set on its row (the other language's
kicker); a kicker set alone on its row is told by size instead: a line of a few words over a
title set much larger than it (``KICKER_RATIO``) is the title's rubric, not its first line (a
title's lines are set at one size; a display title set in two sizes steps far less). Pure
logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.centred_bylines import other_language
from magpipe.split.headlines import KICKER_WORDS
from magpipe.split.heads import BYLINE_WORDS, HEAD_GAP
from magpipe.split.roles import WORD, Facts, PageFacts
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

KICKER_RATIO = 1.4   # the title under a kicker is set at least this much larger (height, or
                     # width per character where the heights are OCR's)


def much_larger(title: Facts, f: Facts, exact: bool) -> bool:
    """``title`` is set ``KICKER_RATIO`` larger than ``f``: by font size on a text layer
    (``exact``), by width per character on OCR's boxes, whose heights say less."""
    return title.size >= KICKER_RATIO * f.size if exact else title.cw >= KICKER_RATIO * f.cw


def next_block(roles: list[str], k: int) -> int | None:
    """The next block in reading order after ``k``, specks aside."""
    j = k + 1
    while j < len(roles) and roles[j] == Role.OTHER:
        j += 1
    return j if j < len(roles) else None


def lone_kickers(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A one-line title of at most ``KICKER_WORDS`` words right over a title set
    ``KICKER_RATIO`` larger (the next title in reading order, specks aside): a rubric."""
    out = list(roles)
    reach = HEAD_GAP * page.body_size
    for k, f in enumerate(facts):
        if roles[k] != Role.TITLE or f.lines != 1 or len(WORD.findall(f.text)) > KICKER_WORDS:
            continue
        j = next_block(roles, k)
        if j is not None and roles[j] == Role.TITLE and \
                0 <= facts[j].box[1] - f.box[3] < reach and \
                much_larger(facts[j], f, page.exact):
            out[k] = Role.SECTION
            log.debug("a short line over a title set much larger: a kicker: %r", f.text)
    return out


LEAD_PITCH = 1.12    # x the page's body pitch: the most a lead's line pitch exceeds it
LEAD_LINES = 3       # fewest lines of a lead told so (two names in capitals, a byline in
                     # each language, are set at the body's pitch too)


def leads_at_body_pitch(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A title of ``LEAD_LINES`` lines or more set at the page's body pitch, right under its
    article's head (a title or a byline, specks aside): a lead set bold, its intro. A face
    whose bold boxes stand taller than its regular ones makes a bold lead look a size larger
    than the body, but a title's lines are spaced by its own size, far wider than the body's
    leading."""
    if not page.body_pitch:
        return roles
    out = list(roles)
    for k, f in enumerate(facts):
        if roles[k] != Role.TITLE or f.lines < LEAD_LINES or f.run_in or \
                not 0 < f.pitch <= LEAD_PITCH * page.body_pitch:
            continue            # (a run-in head's text runs on on its last line: no lead's)
        j = k - 1
        while j >= 0 and roles[j] == Role.OTHER:
            j -= 1
        if j >= 0 and out[j] in (Role.TITLE, Role.BYLINE) and \
                0 <= f.box[1] - facts[j].box[3] < HEAD_GAP * page.body_size:
            out[k] = Role.INTRO
            log.debug("a title at the body's pitch under its head: a lead: %r", f.text[:40])
    return out


def names_under_titles(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A one-line title of at most ``BYLINE_WORDS`` words with a word in capitals, not ending a
    sentence, right under a title set ``KICKER_RATIO`` larger than it: the article's byline (a
    name in capitals at the body's size, whose wide letters looked like a title's), unless it
    is the title's twin in the other language (``centred_bylines.other_language``)."""
    out = list(roles)
    for k, f in enumerate(facts):
        words = WORD.findall(f.text)
        if roles[k] != Role.TITLE or f.lines != 1 or not words or len(words) > BYLINE_WORDS \
                or not any(len(w) > 1 and w.isupper() for w in words) \
                or f.text.rstrip()[-1:] in SENTENCE_ENDS:
            continue
        j = k - 1
        while j >= 0 and roles[j] == Role.OTHER:
            j -= 1
        if j >= 0 and roles[j] == Role.TITLE and \
                0 <= f.box[1] - facts[j].box[3] < HEAD_GAP * page.body_size and \
                much_larger(facts[j], f, page.exact) and not other_language(facts[j], f):
            out[k] = Role.BYLINE
            log.debug("a name under a title set much larger: a byline: %r", f.text)
    return out
