"""A museum label by its photo: a stack of short lines, a field a line, read as one caption.

Museum guides, exhibition catalogues and heritage reviews caption an object's photo with its
label (a tombstone): not a sentence but short lines set flush left, a field a line (an exhibit
number, the object's name in bold, its period, material, size and inventory number), the
credit last (``Ảnh: Bảo tàng Gốm Chu Đậu`` / ``Photo: Chu Dau Ceramics Museum``); a label a
language, side by side under the photo or one over the other beside it. Every line is short,
so the geometry ends a paragraph at nearly every line, and the pieces take roles by their own
look: the bold name a turn of an interview (body) or a label, a line over the rest a byline or
an intro, a long field's last word wrapped to a line of its own a caption read after the
credit. The label came as four to six blocks, some of them article text.

``label_stacks`` (on one page's blocks, in reading order, with their regions): blocks of one
language whose left edges agree (``EDGE`` body sizes), stacked each right under the one above
(the white between them under ``LINE_WHITE`` body sizes; boxes of close lines may overlap as
much), are a stack; a stack ends at a block that closes with a photo credit (a ``credit``
block, or text whose last words are one: ``text.credits.cut_credit``, or a credit block
ending its last line: numbered captions one under the other, each with its credit at its
last line's end, are captions each). A stack of two blocks or more that ends so and sits by a
photo (its top under the photo's foot, within ``REACH`` body sizes, across its width; or
beside it, wholly at one side of it, its top inside the photo's height: a label set flush
left in the width the photo leaves is ragged on the photo's side and may end far from it) is
one caption: its blocks above the credit block one ``caption`` block (an ``aside`` when all
of them are: a photo's captions between stories read as no story's, ``wild_art``), their
words and texts in the order of the lines (top to bottom), at the place of the first of them
in reading order; a credit block stays as it is, right after it. A block of
``ANY_LANG_WORDS`` words at most (``10``, ``cm``: a field's last word wrapped) joins a stack
whatever language it was given, and takes the stack's. Text of a story set flush left under a
photo and over a caption does not close with a credit before the caption starts, and a gap
wider than a line's white parts it from the caption. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.text.credits import cut_credit

log = logging.getLogger(__name__)

EDGE = 0.3           # x body size: left edges of one label's lines agree within this
LINE_WHITE = 0.7     # x body size: most white between two lines of one label (a label's
                     # lines are set solid, up to 4.4 pt apart as a scan's boxes read them at
                     # an 8.4 pt body; the other language's label is set a line apart, 9 pt)
REACH = 2.5          # x body size: most white between a photo and its label (9 pt in the
                     # guides seen, about one body size)
ANY_LANG_WORDS = 1   # a block this short takes the stack's language
_STACK_ROLES = frozenset({Role.BODY, Role.INTRO, Role.CAPTION, Role.CREDIT, Role.BYLINE,
                          Role.ASIDE, Role.LABEL})


def _credited(block: Block) -> bool:
    return block.role == Role.CREDIT or any(
        cut_credit(block.text, lang)[1] is not None for lang in (Lang.VI, Lang.EN))


def _closed(k: int, blocks: list[Block], body: float) -> bool:
    """Block ``k`` ends in a credit, or a credit block ends its last line (its foot level
    with the block's, within ``EDGE``; starting right of the block's left edge, no more than
    a body size past its right one): a caption's credit set at its last line's end, read
    apart; the caption ends there."""
    b = blocks[k]
    return _credited(b) or any(
        c.role == Role.CREDIT and c is not b and abs(c.box[3] - b.box[3]) <= EDGE * body
        and b.box[0] < c.box[0] <= b.box[2] + body for c in blocks)


def _by_photo(box: Box, photos: tuple[Box, ...], body: float) -> bool:
    reach = REACH * body
    for px0, py0, px1, py1 in photos:
        under = 0 <= box[1] - py1 <= reach and box[0] >= px0 - reach and box[2] <= px1 + reach
        beside = py0 - reach <= box[1] <= py1 and (box[0] >= px1 or box[2] <= px0)
        if under or beside:
            return True
    return False


def _stacks(blocks: list[Block], body: float) -> list[list[int]]:
    """Indices of the blocks of each stack that ends in a credit (top to bottom)."""
    free = sorted((k for k, b in enumerate(blocks)
                   if b.role in _STACK_ROLES and b.lang in (Lang.VI, Lang.EN)),
                  key=lambda k: blocks[k].box[1])
    used: set[int] = set()
    out: list[list[int]] = []
    for k in free:
        if k in used or len(blocks[k].text.split()) <= ANY_LANG_WORDS:
            continue
        stack, lang = [k], blocks[k].lang
        while not _closed(stack[-1], blocks, body):
            last = blocks[stack[-1]].box
            nxt = next((j for j in free if j not in used and j not in stack
                        and abs(blocks[j].box[0] - last[0]) <= EDGE * body
                        and -LINE_WHITE * body <= blocks[j].box[1] - last[3] <= LINE_WHITE * body
                        and (blocks[j].lang == lang
                             or len(blocks[j].text.split()) <= ANY_LANG_WORDS)), None)
            if nxt is None:
                break
            stack.append(nxt)
        if len(stack) >= 2 and _credited(blocks[stack[-1]]):
            out.append(stack)
            used.update(stack)
    return out


def label_stacks(blocks: list[Block], regions: list[int], photos: tuple[Box, ...],
                 body: float) -> tuple[list[Block], list[int]]:
    """The page's blocks (and their regions) with each label by a photo read as one caption
    block and its credit block (module doc)."""
    if not photos or body <= 0:
        return blocks, regions
    merged: dict[int, list[Block]] = {}   # first block's index -> the label's caption block
    gone: set[int] = set()                # (and its credit block, set right after it)
    for stack in _stacks(blocks, body):
        if not _by_photo(blocks[stack[0]].box, photos, body):
            continue
        lang = blocks[stack[0]].lang
        credit = stack[-1] if blocks[stack[-1]].role == Role.CREDIT else None
        text_part = [k for k in stack if k != credit]
        if len(text_part) < 2 and credit is None:
            continue
        first = min(text_part)
        parts = [blocks[k] for k in text_part]
        # (the captions of a photo of no story, kept out as an aside, stay one)
        role = Role.ASIDE if all(b.role == Role.ASIDE for b in parts) else Role.CAPTION
        merged[first] = [replace(
            blocks[first], role=role, lang=lang,
            box=union([b.box for b in parts]), text=" ".join(b.text for b in parts),
            words=tuple(w for b in parts for w in b.words), column=parts[0].column)]
        gone.update(k for k in stack if k != first)
        if credit is not None:
            merged[first].append(replace(blocks[credit], lang=lang))
        log.debug("a label by its photo read as one caption: %r", merged[first][0].text[:60])
    out_blocks: list[Block] = []
    out_regions: list[int] = []
    for k, (b, r) in enumerate(zip(blocks, regions, strict=True)):
        if k in gone:
            continue
        put = merged.get(k, [b])
        out_blocks.extend(put)
        out_regions.extend([r] * len(put))
    return out_blocks, out_regions
