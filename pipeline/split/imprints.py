"""A bilingual notice standing alone: a publication's imprint, no article's text.

A magazine prints its imprint (publisher, editor, address, licence) once, in both languages,
after its last article: a short paragraph in one language and its twin in the other right
under it, alone where it stands, with no head over it. An article's text is headed by its
title, runs on from a column or page before, and goes on in paragraphs beside or under it;
the two languages of an interleaved article alternate paragraph by paragraph down a column.
So two short blocks, one per language, stacked close with their left edges together, set
alike (one size, one leading), each opening a sentence, with no other text of the page level
with them across their width, nor over or under them closer than a frame's white (the page's
bands aside; a byline over them closes the article above), no title over them and no side
head beside them (they would be its text), each ending its sentence (a copy that stops in
mid-sentence goes on in the next column: an interleaved article's last paragraphs, run on
from the page before, interleaf's last page) are a notice of no article (``Role.ASIDE``),
however they are framed: the frame does not reach the pipeline, and
when the notice has a page or a column of its own there is no column text to see it held in
from.

``imprints`` is a role pass. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role
from magpipe.split.continuation import ends_open
from magpipe.split.langid import classify
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

NOTICE_LINES = 5     # lines of each language's copy of a notice, at most (an imprint's few
                     # names, an address and a licence, wrapped in a narrow column; an
                     # article's paragraphs run longer)
STACKED = 1.5        # x body size: the twin starts this close under the first copy, at most
EDGE = 1.0           # x body size: the two copies' left edges lie this close, at most
ALIKE = 0.08         # share: the copies' sizes (and their leadings) differ this little, at most
APART = 2.0          # x body size: white between the notice and other text over or under it
                     # across its width, at least (a frame and its padding; a column's
                     # paragraphs follow each other closer)
_TEXT = frozenset({Role.BODY, Role.INTRO})
_SIDE_HEADS = frozenset({Role.LABEL, Role.SECTION})     # short heads set beside a passage


def _alone(k: int, roles: list[str], facts: list[Facts], body: float) -> bool:
    """No other text of the page level with blocks ``k`` and ``k + 1`` across their width,
    nor over or under them closer than ``APART`` (but a byline: it closes the text above); no
    title over them across their width (they would be its text), no side head level with them
    anywhere (it names the passage beside it)."""
    a, b = facts[k], facts[k + 1]
    left, right = min(a.box[0], b.box[0]), max(a.box[2], b.box[2])
    top, foot = a.box[1], b.box[3]
    for j, g in enumerate(facts):
        if j in (k, k + 1) or roles[j] in FURNITURE_ROLES:
            continue
        level = g.box[3] > top and g.box[1] < foot
        if level and roles[j] in _SIDE_HEADS:
            return False
        if g.box[0] >= right or g.box[2] <= left:
            continue
        if level or (roles[j] == Role.TITLE and g.box[3] <= top):
            return False                    # level with it, or a head over it
        near = g.box[1] - foot < APART * body if g.box[1] >= foot else \
            top - g.box[3] < APART * body
        if near and not (roles[j] == Role.BYLINE and g.box[3] <= top):
            return False
    return True


def imprints(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A short paragraph and its twin stacked alone, under no head: no article's (see the
    module)."""
    out = list(roles)
    body = page.body_size
    for k in range(len(facts) - 1):
        a, b = facts[k], facts[k + 1]
        if roles[k] not in _TEXT or roles[k + 1] not in _TEXT:
            continue
        if max(a.lines, b.lines) > NOTICE_LINES or a.lines < 2 or b.lines < 2:
            continue
        if not (0 <= b.box[1] - a.box[3] <= STACKED * body) or \
                abs(a.box[0] - b.box[0]) > EDGE * body:
            continue
        # (an OCR box's height is no type size: on a scan the leading alone tells)
        if (page.exact and abs(a.size - b.size) > ALIKE * a.size) or \
                abs(a.pitch - b.pitch) > ALIKE * a.pitch:
            continue
        if not all(f.text[:1].isupper() for f in (a, b)):
            continue        # (a paragraph run on from before opens in mid-sentence)
        if any(ends_open(f.text) for f in (a, b)):
            continue        # (a copy stopping in mid-sentence runs on in the next column)
        langs = {classify(a.text)[0], classify(b.text)[0]}
        if langs != {Lang.VI, Lang.EN}:
            continue
        if not _alone(k, roles, facts, body):
            continue
        log.debug("a short notice and its twin alone, under no head: no article's: %r",
                  a.text[:40])
        out[k] = out[k + 1] = Role.ASIDE
    return out
