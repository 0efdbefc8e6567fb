"""A kicker printed in each language, one line over the other, over the title (``THƯ VIỆN
ẢNH`` over ``PHOTO GALLERY``, both over a title set much larger).

The paragraph finder reads the two short lines as one paragraph and too short for
``langid.language_cuts`` to tell their languages apart, and the look rules call it a title
(bold capitals larger than the body), so the kicker is read as the first lines of the
Vietnamese title. Two rules, general to any rubric so set:

* ``kicker_cut``: a paragraph of two short lines in capitals, the upper with Vietnamese marks
  and the lower without, is a line in each language: cut between them (a Vietnamese title's
  lines in capitals nearly always carry marks, and an English line never does);
* ``stacked_kickers`` (a rule pass): short lines stacked over a title set much larger
  (``overlines.KICKER_RATIO``) are the title's rubric, as a one-line kicker is
  (``overlines.lone_kickers``): a title block of two such lines, or a one-line title with
  a short line of any role right under it.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.headlines import KICKER_WORDS
from magpipe.split.heads import HEAD_GAP
from magpipe.split.overlines import much_larger, next_block
from magpipe.split.roles import WORD, Facts, PageFacts
from magpipe.text.vietnamese import has_vietnamese_marks

log = logging.getLogger(__name__)

KICKER_LINES = 2       # a kicker printed in each language, one line over the other


def _short_capitals(text: str) -> bool:
    words = WORD.findall(text)
    return 0 < len(words) <= KICKER_WORDS and all(w.isupper() for w in words)


def kicker_cut(lines: list[str]) -> list[int]:
    """Where a paragraph of two short lines in capitals switches from Vietnamese to English
    (module doc): ``[1]``, else none."""
    if len(lines) != KICKER_LINES or not all(_short_capitals(t) for t in lines):
        return []
    return [1] if has_vietnamese_marks(lines[0]) and not has_vietnamese_marks(lines[1]) else []


def stacked_kickers(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Short lines stacked over a title set ``KICKER_RATIO`` larger (module doc): rubrics."""
    out = list(roles)
    for k, f in enumerate(facts):
        if roles[k] != Role.TITLE or f.lines > KICKER_LINES or len(f.line_texts) != f.lines \
                or any(len(WORD.findall(t)) > KICKER_WORDS for t in f.line_texts):
            continue
        stack = [k]
        j = next_block(roles, k)
        if f.lines == 1 and j is not None and roles[j] != Role.TITLE and facts[j].lines == 1 \
                and _short_capitals(facts[j].text) and _right_under(facts[j], f, page):
            stack.append(j)       # the other language's kicker, its role read otherwise
            j = next_block(roles, j)
        if len(stack) + f.lines - 1 < KICKER_LINES or j is None or roles[j] != Role.TITLE \
                or not _right_under(facts[j], facts[stack[-1]], page) \
                or not all(much_larger(facts[j], facts[s], page.exact) for s in stack):
            continue
        for s in stack:
            out[s] = Role.SECTION
            log.debug("short lines stacked over a title set much larger: a kicker: %r",
                      facts[s].text)
    return out


def _right_under(f: Facts, above: Facts, page: PageFacts) -> bool:
    return 0 <= f.box[1] - above.box[3] < HEAD_GAP * page.body_size
