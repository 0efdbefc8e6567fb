"""A page set in one wide column of running text with a narrow margin column beside it
(a policy review, an annual report): what the margin holds and where it is read.

* ``side_heads`` (a rule pass): a short line or two in a column of no running text, set
  beside the text (no running-text block of the page shares its width) with its top level
  with the first line of a paragraph there, is a side head: the heading of the passage it is
  level with, the article's but no paragraph of it (``label``). A heading's length, opening
  with a capital, no sentence ending it.
* ``twin_rubrics`` (a rule pass): a short line in capitals set right over a rubric, flush
  with it on the left, is the rubric in the other language (``CHÍNH SÁCH`` over ``POLICY``):
  a rubric too.
* ``numbered_notes`` (a rule pass): a block in the lower half of a text-layer page, set no
  larger than the body, opening with a number (``1 Số liệu ...``) that a raised mark after
  a word of the text above calls (``Lạng Sơn.1``), with no text of its column below it but
  other notes, is a footnote (``aside``).
* ``heads_in_place``: the reading order of a page's blocks with each side head moved right
  before the paragraph it is level with (the margin column is otherwise read whole, before
  or after the wide one, and its heads would head the wrong passage).
* ``note_marks_off``: a footnote mark glued to the word it follows (the text layer gives a
  raised digit set right after a word as part of it: ``Sơn.1``) taken off the text of the
  page's paragraphs and captions, where the page has a footnote of that number.

Each test is relative to the page's own body text (its size, its blocks); pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.layout import Block, Role
from magpipe.split.heads import HEAD_GAP, NOT_LARGER
from magpipe.split.layout import Para
from magpipe.split.roles import WORD, Facts, PageFacts
from magpipe.text.punctuation import ends_sentence

log = logging.getLogger(__name__)

HEAD_LINES = 3        # a side head runs to three lines at most in its narrow column
HEAD_WORDS = 6        # ... and a heading's few words
LEVEL = 1.0           # x body size: a side head's top and its passage's first line this close
WIDE_SHARE = 0.6      # share of the text's width: a passage beside a margin is one wide column
SAME_WIDTH = 0.8      # share of a passage's width: text this wide is running text beside it
TEXT_LINES = 2        # a paragraph of running text beside a side head has two lines or more
KICKER_WORDS = 4      # a rubric's twin is a few words in capitals
MARK_SIZE = 0.8       # x body size: a footnote's raised mark is set well under the body
# a line that ends a sentence, a footnote mark glued after its stop or not
_MARKED_END = re.compile(r"[.!?…][\"”’)]?\d{0,2}\s*$")
NOTE_START = re.compile(r"^\s*(\d{1,2})\s+(?=[^\W\d_])")

_HEADABLE = frozenset({Role.BODY, Role.INTRO, Role.ASIDE, Role.TITLE})
_TEXT = frozenset({Role.BODY, Role.INTRO})
# a footnote at the foot may have been read as text, or, the same note printed on several
# pages, as a running foot
_NOTE_ROLES = frozenset({Role.BODY, Role.INTRO, Role.HEADER})


def _apart(a: Box, b: Box) -> bool:
    """The two boxes share no width (side by side)."""
    return a[2] <= b[0] or b[2] <= a[0]


# ``_heading`` of the blocks last asked: each side-head pass asks it of a page's blocks again
# (of 4,476 asks over the development families' born-digital pages, 1,153 were new)
HEADING_MEMO = 4096


@lru_cache(maxsize=HEADING_MEMO)
def _heading(text: str, lines: int) -> bool:
    """A heading's length and look: a few words on a few lines, opening with a capital,
    no sentence ending it, no figure (a date set beside an entry is no heading)."""
    words = WORD.findall(text)
    return (0 < len(words) <= HEAD_WORDS and lines <= HEAD_LINES and words[0][0].isupper()
            and not ends_sentence(text) and not any(c.isdigit() for c in text))


def _head_like(f: Facts) -> bool:
    return _heading(f.text, f.lines)


def _width(box: Box) -> float:
    return box[2] - box[0]


def _in_margin(head: Box, passage: Box, others: list[Box]) -> bool:
    """``head`` is set beside ``passage`` in a margin: the passage runs across most of the
    width the page's text takes (``others``: its blocks of text), one wide column and not
    one of several, and the head stands apart from it and from every block of text as wide
    set beside it too (a margin holds narrower things: heads, captions; a title across both
    columns is neither's)."""
    span = max(b[2] for b in others) - min(b[0] for b in others)
    wide = SAME_WIDTH * _width(passage)
    return _width(passage) >= WIDE_SHARE * span and _apart(head, passage) and all(
        _apart(head, b) for b in others if _width(b) >= wide and _apart(b, passage))


def _passage_of(k: int, roles: list[str], facts: list[Facts], page: PageFacts) -> int | None:
    """The running-text block whose first line ``facts[k]`` is set level with, beside it in
    a column of its own (``_in_margin``); else None."""
    f = facts[k]
    text = [j for j, g in enumerate(facts)
            if j != k and roles[j] in _TEXT and g.lines >= TEXT_LINES]
    level = sorted((abs(facts[j].box[1] - f.box[1]), j) for j in text
                   if not _head_like(facts[j])
                   and abs(facts[j].box[1] - f.box[1]) <= LEVEL * page.body_size)
    others = [f.box, *(facts[j].box for j in text)]
    return next((j for _, j in level if _in_margin(f.box, facts[j].box, others)), None)


def _para_text(para: Para) -> str:
    return " ".join(ln.text for ln in para.lines)


def _level_line(head: Box, para: Para, body: float) -> int | None:
    """The line of ``para`` whose top is nearest the top of ``head``, if level with it."""
    near = min(range(len(para.lines)), key=lambda i: abs(para.lines[i].box[1] - head[1]))
    return near if abs(para.lines[near].box[1] - head[1]) <= LEVEL * body else None


def cut_at_side_heads(paras: list[Para], body: float) -> list[Para]:
    """``paras`` with each paragraph of running text cut before an inner line that a side
    head is level with (a heading's text set in a margin beside it, ``_in_margin``), the
    line before it ending a sentence (a footnote mark after the stop or not): a side head
    marks the first line of its passage, so two passages set with no gap between them, read
    as one paragraph, part there."""
    heads = [h for h in paras if _heading(_para_text(h), len(h.lines))]
    if not heads:
        return paras
    others = [p.box for p in paras]
    out = []
    for para in paras:
        cuts = [] if len(para.lines) < TEXT_LINES or _heading(_para_text(para), len(
            para.lines)) else sorted({i for h in heads if (i := _level_line(h.box, para, body))
                                      and _MARKED_END.search(para.lines[i - 1].text)
                                      and _in_margin(h.box, para.box, others)})
        for a, b in zip([0, *cuts], [*cuts, len(para.lines)], strict=True):
            part = para.lines[a:b]
            out.append(para if len(part) == len(para.lines) else
                       replace(para, lines=part, box=union([ln.box for ln in part])))
        if cuts:
            log.debug("a paragraph cut at %d side heads level with its lines", len(cuts))
    return out


def side_heads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Short lines beside the running text, level with a paragraph's first line: that
    passage's side head (``label``; module doc)."""
    out = list(roles)
    for k, f in enumerate(facts):
        if roles[k] in _HEADABLE and _head_like(f) and \
                _passage_of(k, roles, facts, page) is not None:
            out[k] = Role.LABEL
            log.debug("a side head level with its passage: %r", f.text)
    return out


def twin_rubrics(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A short line in capitals right over a rubric, flush with it: its twin (module doc)."""
    out = list(roles)
    for k, f in enumerate(facts):
        words = WORD.findall(f.text)
        if roles[k] not in _TEXT or f.lines != 1 or not 0 < len(words) <= KICKER_WORDS \
                or not all(w.isupper() for w in words):
            continue
        if any(roles[j] == Role.SECTION and g.lines == 1
               and 0 <= g.box[1] - f.box[3] < HEAD_GAP * page.body_size
               and abs(g.box[0] - f.box[0]) < page.body_size
               for j, g in enumerate(facts)):
            out[k] = Role.SECTION
            log.debug("a rubric's twin right over it: %r", f.text)
    return out


def _marks(numbers: set[str]) -> re.Pattern[str]:
    """One of ``numbers`` glued after a word, or after the stop or quote ending it (a
    raised footnote mark; a number inside a number, ``3.1``, is none); the word and its
    stop are the first group."""
    return re.compile(rf"([^\W\d_][.,;:!?)\]”’\"']?)({'|'.join(sorted(numbers))})(?!\d)"
                      r"(?=\s|$)")


def _mark_called(number: str, texts: list[str]) -> bool:
    """Some text carries ``number`` glued after a word (a raised footnote mark)."""
    called = _marks({number})
    return any(called.search(t) for t in texts)


def numbered_notes(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Blocks at the page's foot opening with a number a mark in the text calls: footnotes
    (``aside``; module doc). A mark the text layer gave apart from its word (a bare number
    set well under the body) is the note's too."""
    out = list(roles)
    if not page.exact:
        return out         # (OCR loses raised marks: ``article_feet.footnotes`` reads those)
    apart = [k for k, f in enumerate(facts) if roles[k] in _TEXT and f.text.strip().isdigit()
             and f.size < MARK_SIZE * page.body_size]
    texts = [f.text for k, f in enumerate(facts) if roles[k] in _TEXT and k not in apart]
    for k in sorted(range(len(facts)), key=lambda j: -facts[j].box[1]):
        f = facts[k]
        start = NOTE_START.match(f.text)
        if out[k] not in _NOTE_ROLES or start is None or f.box[1] < page.height / 2 \
                or f.size > NOT_LARGER * page.body_size:
            continue
        below = [j for j, g in enumerate(facts) if j != k and g.column == f.column
                 and g.box[1] >= f.box[3] - 1 and out[j] in _TEXT and j not in apart]
        number = start.group(1)
        if not below and (_mark_called(number, [t for t in texts if t != f.text])
                          or any(facts[j].text.strip() == number for j in apart)):
            out[k] = Role.ASIDE
            log.debug("a numbered footnote its mark calls: %r", f.text[:40])
    numbers = {m.group(1) for k, f in enumerate(facts)
               if out[k] == Role.ASIDE and (m := NOTE_START.match(f.text))}
    for k in apart:
        if facts[k].text.strip() in numbers:
            out[k] = Role.ASIDE
            log.debug("a footnote mark set apart from its word: %r", facts[k].text)
    return out


def heads_in_place(roles: list[str], facts: list[Facts], page: PageFacts) -> list[int]:
    """The page's blocks in reading order, each side head (a ``label`` of a heading's look
    beside the running text, level with a paragraph's first line) moved right before that
    paragraph (an entry's date beside it keeps its place: ``align.datelines`` reads it)."""
    moved = {k: j for k, r in enumerate(roles) if r == Role.LABEL and _head_like(facts[k])
             and (j := _passage_of(k, roles, facts, page)) is not None}
    order: list[int] = []
    for k in range(len(facts)):
        if k in moved:
            continue
        order.extend(h for h in sorted(moved, key=lambda h: facts[h].box[1]) if moved[h] == k)
        order.append(k)
    return order


def note_marks_off(blocks: list[Block]) -> list[Block]:
    """The page's paragraphs and captions with each footnote mark glued after a word taken
    off their text, where the page has a footnote (``aside``) of that number."""
    numbers = {m.group(1) for b in blocks if b.role == Role.ASIDE
               and (m := NOTE_START.match(b.text))}
    if not numbers:
        return blocks
    marks = _marks(numbers)
    out = []
    for b in blocks:
        if b.role in (Role.BODY, Role.INTRO, Role.CAPTION) and marks.search(b.text):
            text = marks.sub(r"\1", b.text)
            log.debug("footnote mark taken off block %s", b.id)
            b = replace(b, text=text)
        out.append(b)
    return out


def headed(blocks: list[Block]) -> set[str]:
    """The ids of a page's paragraphs read right after a label of their language (a side
    head put before its passage, ``heads_in_place``, or a label over the text): a passage a
    head heads starts there and continues no paragraph before it."""
    return {b.id for a, b in zip(blocks, blocks[1:], strict=False)
            if a.role == Role.LABEL and b.role in _TEXT and a.lang == b.lang}
