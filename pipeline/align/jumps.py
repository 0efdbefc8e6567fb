"""Jump heads: the head a newspaper sets over a story's continuation on an inside page.

A story that jumps (``Xem tiếp trang 4`` / ``Continued on page 4``) goes on under a jump head
(its title again, smaller, or its first words in capitals and ``…``) and a line saying where
it came from (``(Tiếp theo trang 1)`` / ``(Continued from page 1)``). The inside page prints
the continuations in whatever order fits it, so the head, not the order, tells which story
goes on there:

* ``jump_heads``: for each "continued from" line, the block set right above it in its column
  (a short head, no caption), which is the story's head again and no text of it;
* ``heads_title``: does a jump head repeat a title (the whole of it, or its first words; marks,
  case and punctuation aside, a little OCR noise allowed)?
* ``by_head``: the article waiting for its continuation whose title the head repeats.

Pure functions, no I/O.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TypeVar

from magpipe.artifacts.layout import Block, Role, SplitArtifact
from magpipe.text.folding import unmarked
from magpipe.text.garbled_jumps import garbled_jump
from magpipe.text.headings import TITLE_CHARS, jump_line
from rapidfuzz import fuzz

log = logging.getLogger(__name__)

HEAD_GAP = 1.5        # x the jump line's height: most white between a jump head and the line
HEAD_ALIGN = 1.0      # x the jump line's height: how far their left edges may lie apart
HEAD_RATIO = 85.0     # rapidfuzz ratio of a jump head to the same stretch of a title (OCR)
HEAD_WORDS = 2        # fewest words of a jump head compared (one word names no story)
_NOT_WORD = re.compile(r"[\W_]+")
T = TypeVar("T")


def _plain(text: str) -> str:
    return _NOT_WORD.sub(" ", unmarked(text)).strip()


def heads_title(head: str, title: str) -> bool:
    """The jump head repeats the title: its words (an ellipsis cut aside) are the title's
    first words, compared without marks, case and punctuation (``HEAD_RATIO`` for OCR), or
    its last ones: a head that is the whole title again, set over two lines, may reach the
    stage as two blocks, the one right above the "continued from" line its last line
    (front-page-5 at seed 4300: ``RECEIVES AND WORKS WITH … BRAZIL`` under ``LEADER OF THE
    PROVINCIAL PEOPLE'S COMMITTEE``, read as a running head). A head longer than the title
    repeats it when it opens with the whole of it: the other language's head set right
    after it, read as one block with it (front-page-3 at seed 4800)."""
    words = _plain(head).split()
    if len(words) < HEAD_WORDS:
        return False
    title_words = _plain(title).split()
    n = min(len(words), len(title_words))
    start = fuzz.ratio(" ".join(words[:n]), " ".join(title_words[:n]))
    end = fuzz.ratio(" ".join(words[-n:]), " ".join(title_words[-n:]))
    return start >= HEAD_RATIO or (len(words) <= n and end >= HEAD_RATIO)


def _above(head: Block, line: Block) -> bool:
    """``head`` is set right above ``line``, their left edges lined up."""
    tall = max(line.box[3] - line.box[1], 1.0)
    gap = line.box[1] - head.box[3]
    return (head.page == line.page and -0.5 * tall <= gap <= HEAD_GAP * tall
            and abs(head.box[0] - line.box[0]) <= HEAD_ALIGN * tall)


def jump_heads(artifact: SplitArtifact) -> dict[str, Block]:
    """Each "continued from" line's jump head (by the line's block id): the short block
    (a title's length at most, no caption, no jump line) set right above it."""
    out: dict[str, Block] = {}
    for page in artifact.pages:
        for line in page.blocks:
            jump = jump_line(line.text) or garbled_jump(line.text, line.page)
            if jump is None or jump.onward:
                continue
            head = next((b for b in page.blocks if b.id != line.id and _above(b, line)
                         and len(b.text) <= TITLE_CHARS and jump_line(b.text) is None
                         and b.role not in (Role.CAPTION, Role.CREDIT)), None)
            if head is not None:
                log.debug("jump head over %r: %r", line.text, head.text)
                out[line.id] = head
    return out


def by_head(waiting: dict[tuple[str, int], list[T]], lang: str, head: Block | None,
            title_of: Callable[[T], str | None]) -> tuple[tuple[str, int], int] | None:
    """Of the articles of ``lang`` waiting for their continuation (by language and page),
    the one whose title the jump ``head`` repeats (``heads_title``), as its key and place;
    ``None`` without a head, or when no title matches. A head that repeats the opening words
    of several titles (``LEADER OF THE PROVINCIAL …`` over two stories whose titles open so)
    still names one of them: the first set aside, in the front page's reading order. The one
    waiting first, whatever its title, would be a story the head does not name (front-page at
    seed 5000: the lead story's English continuation given to the second story, and the
    second's to the lead)."""
    if head is None:
        return None
    found = [(key, k) for key, items in waiting.items() if key[0] == lang
             for k, item in enumerate(items)
             if (title := title_of(item)) and heads_title(head.text, title)]
    return found[0] if found else None
