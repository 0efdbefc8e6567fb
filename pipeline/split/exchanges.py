"""Role passes for question-and-answer text and the names under a head.

* ``interview_turns``: an interview sets its questions in bold at the body's size, which the
  look rules (``roles.role_of``) read as an intro. An intro leads its article's text, once; a
  bold paragraph that opens with a speaker label (:mod:`magpipe.text.speakers`), asks a
  question, or comes after body text in its column is a turn of the exchange: body text.
* ``names_under_heads``: a byline of a line or two in capitals (``VŨ GIANG`` over
  ``VU GIANG``, one line per language) set flush right under a title reads as a title in
  capitals at the body's size (``heads.caps_titles``); a name set flush right under the head,
  no larger than the body, is the byline.

Both compare the block with the page's own text (the body's size, its column's edges) and
the blocks around it, never with fixed sizes. Pure functions.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.heads import FLUSH, HEAD_GAP, SIGNATURE_INSET
from magpipe.split.roles import WORD, Facts, PageFacts
from magpipe.text.punctuation import SENTENCE_ENDS
from magpipe.text.speakers import speaker_label

log = logging.getLogger(__name__)

# roles passed over when looking for the text before a block in its column (no text of it)
_SKIPPED = frozenset({Role.OTHER, Role.CAPTION, Role.CREDIT, Role.HEADER, Role.PAGE_NUMBER,
                      Role.ASIDE})
NAME_LINE_WORDS = 5    # most words on each line of a byline set flush right (a name)
NAME_SIZE = 1.1        # x body size: a byline is set no larger than this (a title is larger)


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


def _flush_right_name(f: Facts, page: PageFacts) -> bool:
    lo, hi = f.column_box
    lines = f.line_texts or (f.text,)
    text = f.text.strip()
    return (f.lines <= 2 and bool(text) and text[-1] not in SENTENCE_ENDS
            and all(1 <= len(WORD.findall(t)) <= NAME_LINE_WORDS for t in lines)
            and f.box[0] - lo >= SIGNATURE_INSET * (hi - lo)
            and hi - f.box[2] <= FLUSH * page.body_size
            and (not page.exact or f.size <= NAME_SIZE * page.body_size))


def names_under_heads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A short name of a line or two set flush right right under a title: its byline."""
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] not in (Role.TITLE, Role.BODY) or not _flush_right_name(f, page):
            continue
        above = [j for j in range(k) if out[j] == Role.TITLE and j != k
                 and 0 <= f.box[1] - facts[j].box[3] < HEAD_GAP * page.body_size
                 and facts[j].box[2] >= f.box[0]]
        if above:
            out[k] = Role.BYLINE
            log.debug("a name set flush right under the title: byline: %r", f.text[:40])
    return out
