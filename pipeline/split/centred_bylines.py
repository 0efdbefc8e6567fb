"""Lines centred under a title: its twin in the other language, and the author's name or the
issuing office, on the title's axis.

A report's cover, a proclamation or a feature's opening centres its title, and under it,
on the same axis, who wrote or issued it: a name, or an office (``Sở Ngoại vụ tỉnh Lạng
Sơn`` over ``Lang Son Department of Foreign Affairs``), a line each. Such a line is set in
roman at about the body's size, so its look makes it body text; what tells it is its place
and its shape: a line or two of a few words each, opening with a capital and ending in a
letter (a name or an office, not a sentence or a salutation), stacked right under the
title, each line's middle on the title's middle, each narrower than the title. Column text
under a title starts at the column's edge, not on the title's axis; a centred deck or lead
runs to sentences. Sizes are the page's body size and line pitch. Pure
logic, no I/O.

On a scan the other language's title, set smaller than the first and in italics, may be
neither tall nor wide enough to look like a title; right under the title, on its axis, one
line reading surely in the other language, set well above the body's size, is the title's
twin (``centred_twins``), and the byline under it goes on from there.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.heads import BYLINE_WORDS
from magpipe.split.langid import classify
from magpipe.split.roles import WORD, Facts, PageFacts
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

UNDER_TITLE = 3.0    # x the body's line pitch: the first byline line stands this close under
                     # the title (a cover sets its byline off its title by a line or two)
LEADING = 1.2        # x body size: the body's line pitch where the page does not say it
STACKED = 1.0        # x body size: each further byline line this close under the one above
AXIS = 1.0           # x body size: how far a line's middle may stand off the title's middle
BYLINE_LINES = 2     # most centred lines of a byline: a name or an office in each language
TWIN_SIZE = 1.3      # x body size: a title's twin is set at least this large (font size, or
                     # OCR's line height), a byline or a deck at about the body's size
TWIN_SURE = 0.9      # language confidence (``langid.classify``) of the title and of its twin


def _name_like(f: Facts) -> bool:
    """One line of at most ``BYLINE_WORDS`` words, opening with a capital and ending in a
    letter: a name or an office, not a sentence (a full stop) or a salutation (a comma)."""
    text = f.text.strip()
    words = WORD.findall(text)
    return f.lines == 1 and 0 < len(words) <= BYLINE_WORDS and text[0].isupper() \
        and text[-1].isalpha()


def _on_axis(f: Facts, title: Facts, body: float) -> bool:
    """``f``'s middle is on ``title``'s middle (within ``AXIS`` body sizes)."""
    return abs((f.box[0] + f.box[2]) / 2 - (title.box[0] + title.box[2]) / 2) <= AXIS * body


def centred_bylines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The lines right under a title (the last of its blocks in reading order; specks
    aside), on its axis and shaped like a name or an office (``_name_like``),
    ``BYLINE_LINES`` at most, read as body text by their look: the title's byline."""
    out = list(roles)
    body = page.body_size
    for k, title in enumerate(facts):
        if roles[k] != Role.TITLE or (k + 1 < len(facts) and roles[k + 1] == Role.TITLE):
            continue
        first = k
        while first and roles[first - 1] == Role.TITLE:
            first -= 1
        widest = max(g.box[2] - g.box[0] for g in facts[first:k + 1])
        run: list[int] = []
        above, reach = title, UNDER_TITLE * (page.body_pitch or LEADING * body)
        for j in range(k + 1, len(facts)):
            if roles[j] == Role.OTHER:
                continue                # a speck, or OCR's reading of a rule under the title
            f = facts[j]
            gap = f.box[1] - above.box[3]
            if roles[j] != Role.BODY or not _name_like(f) or not -0.5 * body <= gap <= reach \
                    or not _on_axis(f, title, body) or f.box[2] - f.box[0] >= widest:
                break
            run.append(j)
            if len(run) == BYLINE_LINES:
                break
            above, reach = f, STACKED * body
        for j in run:
            out[j] = Role.BYLINE
            log.debug("a line centred under the title, a name or an office: byline: %r",
                      facts[j].text[:40])
    return out


def other_language(title: Facts, f: Facts) -> bool:
    """``f`` and ``title`` both read surely in a language (``TWIN_SURE``), not the same."""
    lang, sure = classify(f.text)
    above, above_sure = classify(title.text)
    return sure >= TWIN_SURE and above_sure >= TWIN_SURE and lang != above


def centred_twins(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The line right under a title (specks aside), on its axis, in the other language, set
    ``TWIN_SIZE`` times the body's size or larger and not ending a sentence, read as body
    text by its look (a scan's smaller italic twin title): the title's twin."""
    out = list(roles)
    body = page.body_size
    reach = UNDER_TITLE * (page.body_pitch or LEADING * body)
    for k, title in enumerate(facts):
        if roles[k] != Role.TITLE:
            continue
        j = k + 1
        while j < len(facts) and roles[j] == Role.OTHER:
            j += 1
        if j == len(facts) or roles[j] != Role.BODY:
            continue
        f, text = facts[j], facts[j].text.strip()
        if f.lines == 1 and text and text[-1] not in SENTENCE_ENDS and \
                f.size >= TWIN_SIZE * body and 0 <= f.box[1] - title.box[3] <= reach and \
                _on_axis(f, title, body) and \
                other_language(title, f):
            out[j] = Role.TITLE
            log.debug("a line centred under the title, set large, in the other language: "
                      "its twin: %r", text[:40])
    return out
