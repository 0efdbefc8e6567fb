"""Blocks in a third language kept out of the articles (``Lang.OTHER``, role ``aside``).

Pure logic, no I/O. Text in a language that is neither Vietnamese nor English (a column of
French news down a bilingual page, a note in Chinese) has no twin: it is read as no paragraph
of any article. A block is in such a language when its own text says so
(``langid_other.is_other``: long enough to judge), or when it is too short to say (a headline,
a line cut off from its paragraph) and the block right above or below it in the same column is
in that language: a column of short items in a third language is carried down from its longer
paragraphs. A block plainly Vietnamese or English by itself
(``langid_other.plainly_bilingual``) keeps its language, and so does the English twin of the
plainly Vietnamese block stacked right over it (``caption_names.english_twin``: it repeats
that block's names without their marks, ``Last issue's answers: 1. LANG SON; 2. DONG DANG``
under ``Lời giải ô chữ số trước: 1. LẠNG SƠN; 2. ĐỒNG ĐĂNG``, and its words of capitalised
names shaped like syllables can pass for a third language): a translation of its neighbour is
in the pair's other language, and neither it nor the run it stands in is carried away.
Furniture (a running head, a page number, a masthead's line standing alone) keeps its role;
anything else becomes an ``aside``, logged with the reason: a line of a column's run taken for
a running head (the column's heading repeated at each page's head) is the column's.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import across, down
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang, Role
from magpipe.split.caption_names import english_twin
from magpipe.split.langid_other import is_other, plainly_bilingual

log = logging.getLogger(__name__)

NEIGHBOUR_GAP = 2.0    # body sizes: the widest gap between two blocks of one column's run
                       # (the space between two short items, or a headline and its text)
SAME_COLUMN = 0.5      # share of the narrower block's width two blocks one above the other
                       # must share to be read as one column


def _stacked(a: Block, b: Block, body: float) -> bool:
    """``a`` and ``b`` are one over the other in one column, close together."""
    narrower = min(a.box[2] - a.box[0], b.box[2] - b.box[0])
    return narrower > 0 and across(a.box, b.box) >= SAME_COLUMN * narrower \
        and -down(a.box, b.box) <= NEIGHBOUR_GAP * body


def _twin_under(b: Block, blocks: list[Block], body: float) -> bool:
    """``b`` is the English twin of a plainly Vietnamese block stacked right over it."""
    return any(a is not b and a.box[3] <= b.box[1] + body and _stacked(a, b, body)
               and english_twin(a.text, b.text) for a in blocks)


def other_language(blocks: list[Block], body: float) -> list[Block]:
    """``blocks`` (one page's) with those in a third language given ``Lang.OTHER`` and, unless
    furniture, the role ``aside``."""
    other = [is_other(b.text) and not _twin_under(b, blocks, body) for b in blocks]
    if not any(other):
        return blocks
    open_ = [not o and not plainly_bilingual(b.text) for o, b in zip(other, blocks, strict=True)]
    changed = True
    while changed:
        changed = False
        for k, b in enumerate(blocks):
            if open_[k] and any(other[j] and _stacked(b, blocks[j], body)
                                for j in range(len(blocks)) if j != k):
                other[k], open_[k], changed = True, False, True
    out = []
    for k, (b, o) in enumerate(zip(blocks, other, strict=True)):
        if not o:
            out.append(b)
            continue
        in_run = any(other[j] and _stacked(b, blocks[j], body)
                     for j in range(len(blocks)) if j != k)
        role = b.role if b.role in FURNITURE_ROLES and not (
            b.role == Role.HEADER and in_run) else Role.ASIDE
        log.debug("page %d: %s in a third language, kept out of the articles as %s: %r",
                  b.page, b.id, role, b.text[:50])
        out.append(replace(b, lang=Lang.OTHER, role=role))
    return out
