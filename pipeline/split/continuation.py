"""Paragraphs broken across columns, photos or pages: which block continues which.

Pure logic, no I/O. The split stage keeps each piece as its own block (a block has one page and
one box, which the align stage needs for provenance) and links the later piece to the earlier
one with ``Block.continued_from``. ``SplitArtifact.chains()`` regroups them.

A body block B continues the body block A when, walking the document in reading order:

* A and B have the same language (a Vietnamese column continues in the next Vietnamese column
  even when the English twin sits between them in reading order);
* A's text does not end a sentence (no closing ``.``, ``!``, ``?``, ``:``, quote), or ends with a
  hyphen, a semicolon (a clause's end: the sentence goes on, advertorial-3-scanned's
  ``… Trung Quốc;`` at a column's foot) or a title set before a name (``… were Mr. Dinh
  Huu Hoc, …; Ms.`` at a column's foot, its name at the next one's head:
  ``english.NAME_OPENERS``);
* nothing that starts or ends an article came between them in that language (title, section
  label, intro, byline): captions, credits and page furniture do not interrupt;
* A and B come from different regions of the page (another column, the other side of a photo)
  or from different pages: two blocks of one region were cut apart by a gap or indent, which a
  paragraph broken by the layout does not have;
* A is the last body block of its region: a paragraph the layout broke runs to its region's
  foot (a column's, a photo's edge). One followed in its region by another paragraph (its
  twin, set under it in a column that interleaves the two languages) ended where it ends,
  whatever OCR read at its end (interleaved-2-scanned: ``in the time ahead.`` read with a
  comma, and the English paragraph under the next Vietnamese one linked to it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from magpipe.artifacts.layout import Role
from magpipe.text.english import NAME_OPENERS
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

# stops a speck reads as (a quote or bracket set apart may be OCR's spacing of a real one)
_SPECK_STOPS = frozenset(".:;")
_INTERRUPTS = frozenset({Role.TITLE, Role.SECTION, Role.INTRO, Role.BYLINE})


@dataclass(frozen=True)
class Piece:
    """What the linking looks at for one block."""

    id: str
    page: int
    region: int
    lang: str
    role: str
    text: str


def ends_open(text: str) -> bool:
    """True when the text stops in the middle of a sentence. A stop set a space apart after
    a word that does not end a sentence is a speck OCR read as one (``bàn giao mặt .`` at a
    page's foot): no stop sits apart from its word in type."""
    text = text.rstrip()
    if not text:
        return False
    words = text.split()
    if len(words) > 1 and words[-1] in _SPECK_STOPS and words[-2][-1] not in SENTENCE_ENDS:
        return True
    return text[-1] not in SENTENCE_ENDS or text.endswith(("-", ";")) or \
        words[-1].rstrip(".") in NAME_OPENERS


def link(pieces: list[Piece]) -> dict[str, str]:
    """``{later id: earlier id}`` for each piece that continues an earlier one."""
    links: dict[str, str] = {}
    open_piece: dict[str, Piece | None] = {}
    region_last = {(p.page, p.region): p.id for p in pieces if p.role == Role.BODY}
    for p in pieces:
        if p.role in _INTERRUPTS:
            open_piece[p.lang] = None
            continue
        if p.role != Role.BODY:
            continue
        before = open_piece.get(p.lang)
        if before is not None and (before.page != p.page or before.region != p.region):
            links[p.id] = before.id
            log.debug("%s continues %s", p.id, before.id)
        open_piece[p.lang] = p if ends_open(p.text) and region_last[(p.page, p.region)] == p.id \
            else None
    return links
