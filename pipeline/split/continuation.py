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
  ``english.NAME_OPENERS``), or with a closing quote glued to its last word that no opening
  quote in it answers (a speck OCR read as ``”``: summary-1-scanned's ``… cộng đồng”``);
* nothing that starts or ends an article came between them in that language (title, section
  label, intro, byline): captions, credits and page furniture do not interrupt;
* A and B come from different regions of the page (another column, the other side of a photo)
  or from different pages: two blocks of one region were cut apart by a gap or indent, which a
  paragraph broken by the layout does not have;
* A is the last body block of its region: a paragraph the layout broke runs to its region's
  foot (a column's, a photo's edge). One followed in its region by another paragraph (its
  twin, set under it in a column that interleaves the two languages) ended where it ends,
  whatever OCR read at its end (interleaved-2-scanned: ``in the time ahead.`` read with a
  comma, and the English paragraph under the next Vietnamese one linked to it);
* the block right over B (the lowest across its width) is no line of B's language OCR read
  as junk (``JUNK_LETTERS`` letters or more: a line of words, no speck): a paragraph the
  layout broke goes on at the head of the next column or page, and where that head is such a
  line, A went on and ended there, its stop lost with it, and B starts a paragraph of its own
  (report-2-scanned: ``lives of the people.`` read ``Iives oŸthe peoDlo.`` at page 5's head,
  and the next paragraph ``On this occasion, …`` linked to the one page 4 left open). Junk on
  a running head's rows is the band's (a rule or the head itself read again), no line of text
  (interleaved-2-scanned: ``CC QUY LÃ LỰ/ L (TT JD DULLL[IN`` beside the bulletin's name,
  right over page 2's first lines).

A title block B goes on from the title block A (a title broken at a column's foot, its last
lines at the next column's head, as a round-up running its items down the columns sets it)
when A is the last block of its region and ends no sentence, B is the first of its region,
stands above A in a column right of A's on the same page (``_column_turn``), and nothing of
their language came between them but furniture; the align stage joins the two into one
title.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role
from magpipe.text.english import ends_in_name_opener
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

# stops a speck reads as (a quote or bracket set apart may be OCR's spacing of a real one)
_SPECK_STOPS = frozenset(".:;")
# closing quotes and the opening quote each answers (a straight quote opens and closes alike,
# so it tells nothing; ``’`` is also an apostrophe)
_QUOTE_PAIRS = (("“", "”"), ("«", "»"))
_INTERRUPTS = frozenset({Role.TITLE, Role.SECTION, Role.INTRO, Role.BYLINE})
# page furniture ``link`` is handed besides the article text: junk, and the running heads whose
# rows hold junk of their band
BARS = frozenset({Role.OTHER, Role.HEADER})
JUNK_OVERLAP = 0.5   # x a junk line's height: how far it may reach down over the block under it
JUNK_LETTERS = 8     # letters of a junk line that was text (a line's words; a speck OCR read
                     # as a letter or two, ``uu``, ``ˆ``, holds a few)


@dataclass(frozen=True)
class Piece:
    """What the linking looks at for one block."""

    id: str
    page: int
    region: int
    lang: str
    role: str
    text: str
    box: Box | None = None      # the block's box (to see what lies right over it)
    stream: int = 0             # 1 in a band of the page that runs a stream of its own
                                # (``serial_bands``), 0 in the page's main part


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
    if _stray_closer(text):
        return True
    return text[-1] not in SENTENCE_ENDS or text.endswith(("-", ";")) or \
        ends_in_name_opener(text)


def _stray_closer(text: str) -> bool:
    """The text ends in a closing quote glued to a word (no stop before it) that no opening
    quote in the text answers: a speck OCR read as ``”`` after the last word (``… cộng
    đồng”`` at a column's foot, summary-1-scanned), not the end of a quotation (which opens
    in the same block, or closes after its own stop: ``… he said.”``)."""
    if len(text) < 2 or not text[-2].isalnum():
        return False
    return any(text[-1] == closer and opener not in text for opener, closer in _QUOTE_PAIRS)


def _junk_over(p: Piece, pieces: list[Piece], junk: list[Piece]) -> Piece | None:
    """The junk line of ``p``'s language right over ``p`` (the lowest block above it across
    its width), if the block right over it is one."""
    if p.box is None or not junk:
        return None
    x0, top, x1, _ = p.box

    def across(q: Piece) -> bool:     # over p, sharing half of the narrower one's width
        assert q.box is not None
        common = min(x1, q.box[2]) - max(x0, q.box[0])
        return q.box[3] <= top + JUNK_OVERLAP * (q.box[3] - q.box[1]) and \
            common >= 0.5 * min(x1 - x0, q.box[2] - q.box[0])

    above = [q for q in pieces if q.page == p.page and q.box is not None and q is not p
             and across(q)]
    if not above:
        return None
    nearest = max(above, key=lambda q: q.box[3] if q.box is not None else 0.0)
    return nearest if nearest in junk and nearest.lang == p.lang else None


def _column_turn(before: Piece, p: Piece) -> bool:
    """``p`` stands at the head of a column right of ``before``'s, on its page: above it and
    clear of it to the right (where a text broken at a column's foot goes on)."""
    return before.page == p.page and before.region != p.region and \
        before.box is not None and p.box is not None and \
        p.box[0] >= before.box[2] and p.box[1] < before.box[1]


def link(pieces: list[Piece]) -> dict[str, str]:
    """``{later id: earlier id}`` for each piece that continues an earlier one (``pieces``
    in reading order; junk, ``Role.OTHER``, only bars a link, see the module)."""
    links: dict[str, str] = {}
    # the open piece of each language and stream: a band's text goes on in the next page's
    # band, the main part's in its main part (``_streams_met``: a page with no band)
    open_piece: dict[tuple[str, int], Piece | None] = {}
    banded = {p.page for p in pieces if p.stream}
    page = None
    region_last = {(p.page, p.region): p.id for p in pieces if p.role == Role.BODY}
    heads = [(p.page, p.box) for p in pieces if p.role == Role.HEADER and p.box is not None]
    junk = [p for p in pieces if p.role == Role.OTHER and p.box is not None
            and sum(c.isalpha() for c in p.text) >= JUNK_LETTERS
            and not any(page == p.page and min(p.box[3], h[3]) > max(p.box[1], h[1])
                        for page, h in heads)]
    region_first: dict[tuple[int, int], str] = {}
    for p in pieces:
        region_first.setdefault((p.page, p.region), p.id)
    region_end = {(p.page, p.region): p.id for p in pieces}
    open_title: dict[str, Piece | None] = {}
    for p in pieces:
        if p.page != page:
            page = p.page
            if page not in banded:
                _streams_met(open_piece)
        if p.role == Role.TITLE:
            before = open_title.get(p.lang)
            if before is not None and _column_turn(before, p) and \
                    region_first[(p.page, p.region)] == p.id:
                links[p.id] = before.id         # (a title going on at the next column's head)
                log.debug("title %s continues title %s", p.id, before.id)
            open_title[p.lang] = p if ends_open(p.text) and \
                region_end[(p.page, p.region)] == p.id else None
        elif p.role not in BARS and p.lang in open_title:
            open_title[p.lang] = None
        key = (p.lang, p.stream)
        if p.role in _INTERRUPTS:
            # (a band's lead cut at the page's foot goes on in the next page's band: its link
            # is all that carries the band's stream there, the main part read between)
            open_piece[key] = p if p.stream and p.role == Role.INTRO and ends_open(p.text) \
                else None
            continue
        if p.role != Role.BODY:
            continue
        before = open_piece.get(key)
        if before is not None and (before.page != p.page or before.region != p.region):
            over = _junk_over(p, pieces, junk)
            if over is not None:
                log.debug("%s continues nothing: %s ended %s (a junk line right over it)",
                          p.id, over.id, before.id)
                before = None
        if before is not None and (before.page != p.page or before.region != p.region):
            links[p.id] = before.id
            log.debug("%s continues %s", p.id, before.id)
        open_piece[key] = p if ends_open(p.text) and region_last[(p.page, p.region)] == p.id \
            else None
    return links


def _streams_met(open_piece: dict[tuple[str, int], Piece | None]) -> None:
    """A page with no band: its text goes on from the band's where the main part's text of
    that language ended (one part's articles all set, the other takes the whole page), and
    the streams are one again."""
    for lang, stream in [key for key in open_piece if key[1]]:
        band = open_piece.pop((lang, stream))
        if open_piece.get((lang, 0)) is None:
            open_piece[(lang, 0)] = band
