"""Role passes for question-and-answer text and the pull quotes set among it.

* ``interview_turns``: an interview sets its questions in bold at the body's size, which the
  look rules (``roles.role_of``) read as an intro. An intro leads its article's text, once; a
  bold paragraph that opens with a speaker label (:mod:`magpipe.text.speakers`), asks a
  question, or comes after body text in its column is a turn of the exchange: body text.
* ``quote_twins``: a pull quote printed in both languages, the first set large and the
  second at the body's size under it (the interview's first answer quoted between rules):
  the large one is a note beside the text (``roles.asides``); the one under it, opening
  with a quotation mark, a few lines (or closing the quotation, about as long as the quote),
  right under that quote in its column, is its twin.

They compare the block with the page's own text (the body's size, its column's edges) and
the blocks around it, never with fixed sizes. Pure functions.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import classify
from magpipe.split.roles import OPENING_QUOTES, Facts, PageFacts
from magpipe.text.speakers import speaker_label

log = logging.getLogger(__name__)

QUOTE_LINES = 4        # most lines of a pull quote's twin ...
TWIN_SHARE = 2.0       # ... or, when it closes the quotation, of at most this many times the
                       # quote's characters (a translation runs about as long, English words
                       # longer than Vietnamese syllables; a quote of a few sentences set in
                       # a narrow column takes more lines than four)
_CLOSING = "”\"’»"      # what closes a quotation (before a stop)
QUOTE_GAP = 1.5        # x body size: the twin sits this close under the quote at most

# roles passed over when looking for the text before a block in its column (no text of it)
_SKIPPED = frozenset({Role.OTHER, Role.CAPTION, Role.CREDIT, Role.HEADER, Role.PAGE_NUMBER,
                      Role.ASIDE})


def _before_in_column(k: int, roles: list[str], facts: list[Facts]) -> int | None:
    """The nearest block before ``k`` in reading order in ``k``'s column that is text, none
    past a title over ``k`` (text above a title is another article's: a band of a page of
    stacked articles, its column's text under the band's title, quartet)."""
    for j in range(k - 1, -1, -1):
        if roles[j] == Role.TITLE and facts[j].box[3] <= facts[k].box[1]:
            return None
        if facts[j].column == facts[k].column and roles[j] not in _SKIPPED:
            return j
    return None


def is_question(text: str) -> bool:
    """Ends with a question mark (either language uses ``?``)."""
    return text.rstrip().rstrip("”\"’)»").endswith("?")


def _twin_intro(k: int, before: int, roles: list[str], facts: list[Facts]) -> bool:
    """The bold paragraph ``k`` opens the other language's text under the body text
    ``before`` of the first language, whose text opened with an intro kept as one: ``k`` is
    that intro's twin, set as it is, not a turn of an interview (whose questions and answers
    are in one language)."""
    lang, first = classify(facts[k].text)[0], classify(facts[before].text)[0]
    if Lang.UNKNOWN in (lang, first) or lang == first:
        return False
    return any(roles[j] == Role.INTRO and classify(facts[j].text)[0] == first
               for j in range(k))


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
               and out[before] == Role.BODY
               and not _twin_intro(k, before, out, facts) else None)
        if why is not None:
            out[k] = Role.BODY
            log.debug("bold paragraph %s: a turn of an interview, body: %r", why, f.text[:40])
    return out


def _opens_quote(text: str) -> bool:
    return text.lstrip()[:1] in OPENING_QUOTES


def quote_twins(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A short paragraph opening with a quotation mark right under a pull quote (an aside
    that opens one, maybe cut in pieces) in its column: the quote's twin, an aside too."""
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] != Role.BODY or not _opens_quote(f.text) or k == 0:
            continue
        j = k - 1
        while j > 0 and out[j] == Role.ASIDE and not _opens_quote(facts[j].text) \
                and facts[j - 1].column == f.column:
            j -= 1                      # the quote's first lines, cut off above
        above = facts[k - 1]
        quote = sum(len(facts[i].text) for i in range(j, k))
        closes = f.text.rstrip().rstrip(".!?").endswith(tuple(_CLOSING))
        if f.lines > QUOTE_LINES and not (closes and len(f.text) <= TWIN_SHARE * quote):
            continue
        if out[k - 1] == Role.ASIDE and out[j] == Role.ASIDE and _opens_quote(facts[j].text) \
                and above.column == f.column \
                and 0 <= f.box[1] - above.box[3] < QUOTE_GAP * page.body_size:
            out[k] = Role.ASIDE
            log.debug("a pull quote's twin under it: %r", f.text[:40])
    return out
