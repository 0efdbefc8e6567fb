"""A role pass for question-and-answer text.

* ``interview_turns``: an interview sets its questions in bold at the body's size, which the
  look rules (``roles.role_of``) read as an intro. An intro leads its article's text, once; a
  bold paragraph that opens with a speaker label (:mod:`magpipe.text.speakers`), asks a
  question, or comes after body text in its column is a turn of the exchange: body text.
It compares the block with the page's own text (the body's size, its column's edges) and
the blocks around it, never with fixed sizes. Pure functions.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.speakers import speaker_label

log = logging.getLogger(__name__)

# roles passed over when looking for the text before a block in its column (no text of it)
_SKIPPED = frozenset({Role.OTHER, Role.CAPTION, Role.CREDIT, Role.HEADER, Role.PAGE_NUMBER,
                      Role.ASIDE})


def _before_in_column(k: int, roles: list[str], facts: list[Facts]) -> int | None:
    """The nearest block before ``k`` in reading order in ``k``'s column that is text."""
    for j in range(k - 1, -1, -1):
        if facts[j].column == facts[k].column and roles[j] not in _SKIPPED:
            return j
    return None


def is_question(text: str) -> bool:
    """Ends with a question mark (either language uses ``?``)."""
    return text.rstrip().rstrip("”\"’)»").endswith("?")


def interview_turns(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Bold column paragraphs read as intros that are turns of an interview: body."""
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] != Role.INTRO or not f.bold:
            continue
        # (a lead spanning the columns follows the other language's lead: only its words tell)
        before = _before_in_column(k, out, facts) if f.column != -1 else None
        why = ("opens with a speaker label" if speaker_label(f.text) else
               "asks a question" if is_question(f.text) else
               "follows body text in its column" if before is not None
               and out[before] == Role.BODY else None)
        if why is not None:
            out[k] = Role.BODY
            log.debug("bold paragraph %s: a turn of an interview, body: %r", why, f.text[:40])
    return out
