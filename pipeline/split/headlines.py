"""Role passes for what stands under a title: its byline, its last line.

* ``head_bylines``: a byline of a line or two in capitals (``VŨ GIANG`` over
  ``VU GIANG``, one line per language) set flush right under a title reads as a title in
  capitals at the body's size (``heads.caps_titles``); a name set flush right under the head,
  no larger than the body, is the byline.
* ``title_last_lines``: the last line of a title that the geometry set apart (a shorter line
  after a wide one) reads as a byline or a line of body text under the title; a line right
  under a title, set in its size and weight (and in capitals when the title is), closer to
  it than the title's own line pitch, is the title's.

* ``kicker_rubrics``: a kicker over the title (``PHỎNG VẤN`` at the left of the row,
  ``INTERVIEW`` at the right) whose letters OCR reads wide enough for a title, while its twin
  on the row is a rubric: on the row of a rubric, a line or three words over a larger title,
  it is a rubric too.

* ``credit_rests``: a bracketed credit whose name OCR sets on a line of its own
  (``(Photo: VU`` over ``GIANG)``): a line of a name or two, closing the bracket, right under
  a caption that leaves one open, is the caption's, not a paragraph.

All compare the block with the page's own text (the body's size, the title above it, its
column's edges), never with fixed sizes. Pure functions.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.article_feet import FLUSH, SIGNATURE_INSET
from magpipe.split.heads import HEAD_GAP
from magpipe.split.roles import WORD, Facts, PageFacts
from magpipe.text.headings import in_capitals
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

NAME_LINE_WORDS = 5    # most words on each line of a byline set flush right (a name)
NAME_SIZE = 1.1        # x body size: a byline is set no larger than this (a title is larger)
SAME_LOOK = 0.05       # relative: two lines set this close in size (or letter width) are one size


def _flush_right_name(f: Facts, page: PageFacts) -> bool:
    lo, hi = f.column_box
    lines = f.line_texts or (f.text,)
    text = f.text.strip()
    return (f.lines <= 2 and bool(text) and text[-1] not in SENTENCE_ENDS
            and all(1 <= len(WORD.findall(t)) <= NAME_LINE_WORDS for t in lines)
            and f.box[0] - lo >= SIGNATURE_INSET * (hi - lo)
            and hi - f.box[2] <= FLUSH * page.body_size
            and (not page.exact or f.size <= NAME_SIZE * page.body_size))


def head_bylines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
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


def _same_look(f: Facts, title: Facts, exact: bool) -> bool:
    """Set like the title: its size (text layers) or letter width (OCR), its weight, and in
    capitals when the title is."""
    size = abs(f.size - title.size) <= SAME_LOOK * title.size if exact else \
        abs(f.cw - title.cw) <= 2 * SAME_LOOK * title.cw
    return size and f.bold == title.bold and (in_capitals(f.text) or not in_capitals(title.text))


def title_last_lines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A line right under a title, set like it, read as a byline or body: the title's."""
    out = list(roles)
    for k in range(1, len(facts)):
        f, j = facts[k], k - 1
        if out[k] not in (Role.BYLINE, Role.BODY) or f.lines != 1 or out[j] != Role.TITLE:
            continue
        title = facts[j]
        pitch = title.pitch or title.size
        gap = f.box[1] - title.box[3]
        if -0.5 * page.body_size <= gap < 0.8 * pitch and f.box[0] < title.box[2] \
                and abs(f.box[0] - title.box[0]) < page.body_size and \
                _same_look(f, title, page.exact):
            out[k] = Role.TITLE
            log.debug("a line set like the title right under it: the title's: %r", f.text[:40])
    return out


KICKER_WORDS = 3       # most words of a kicker over a title


def _same_row(a: Facts, b: Facts) -> bool:
    low = min(a.box[3] - a.box[1], b.box[3] - b.box[1])
    return min(a.box[3], b.box[3]) - max(a.box[1], b.box[1]) > 0.5 * low


def _larger(title: Facts, f: Facts, exact: bool) -> bool:
    return title.size > (1 + 4 * SAME_LOOK) * f.size if exact else \
        title.cw > (1 + 4 * SAME_LOOK) * f.cw


def kicker_rubrics(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A one-line title of a few words on a rubric's row, over a larger title: a rubric."""
    out = list(roles)
    reach = HEAD_GAP * page.body_size
    for k, f in enumerate(facts):
        if out[k] != Role.TITLE or f.lines != 1 or len(WORD.findall(f.text)) > KICKER_WORDS:
            continue
        mate = any(out[j] == Role.SECTION and _same_row(f, g) for j, g in enumerate(facts))
        below = any(out[j] == Role.TITLE and j != k and 0 <= g.box[1] - f.box[3] < reach
                    and _larger(g, f, page.exact) for j, g in enumerate(facts))
        if mate and below:
            out[k] = Role.SECTION
            log.debug("a kicker on a rubric's row over a larger title: a rubric: %r", f.text)
    return out


CREDIT_REST_WORDS = 3   # most words of a credit's name cut onto a line of its own


def credit_rests(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A short line closing the bracket a caption right above it leaves open: the caption's."""
    out = list(roles)
    for k in range(1, len(facts)):
        f, above = facts[k], facts[k - 1]
        text = f.text.strip()
        if out[k] != Role.BODY or out[k - 1] != Role.CAPTION or f.lines != 1 \
                or len(WORD.findall(text)) > CREDIT_REST_WORDS or not text.endswith(")") \
                or "(" in text or above.text.count("(") <= above.text.count(")"):
            continue
        if 0 <= f.box[1] - above.box[3] < page.body_size and f.box[0] < above.box[2] \
                and above.box[0] - page.body_size <= f.box[0]:
            out[k] = Role.CAPTION
            log.debug("the rest of a bracketed credit under its caption: %r", text)
    return out
