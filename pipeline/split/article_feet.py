"""The foot of an article, read against the page's own body text: the signature set flush
right after its text, and the page's footnotes under it (one by one, or as the band of notes
closing the page).

Pure rules over one page's blocks in reading order; each says why it exists (the heads of an
article are in ``magpipe.split.heads``).
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.heads import HEAD_GAP, NOT_LARGER
from magpipe.split.roles import (
    ASIDE_SIZE,
    CAPTION_SIZE,
    CAPTION_WIDTH,
    WORD,
    Facts,
    PageFacts,
    page_number_like,
)
from magpipe.text.headings import SIGNATURE_WORDS, footnote_like, ocr_note_mark
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)


SIGNATURE_INSET = 0.15  # share of its column's width a signature's left edge stays in at least
# A line ending in a comma goes on (a sentence running into the next column: ``... Mr.``
# / ``Hoàng Quốc Khánh,`` on a scan, the line's first word read apart), never a signature.
GOES_ON = ","
ITALIC_INSET = 0.5    # x body size: a signature set in italics under upright text, flush right,
                      # stays in from the left this much at least (a long name and office
                      # fill most of the line: 13.5 points in a column of 346, 0.92 of the
                      # page's body size measured as its lines' height, greeting-1 of
                      # seed 5500)
NAME_OFFICE = ","     # what parts a signer's name from the office after it (``Nguyen Thi Thu
                      # Ha, Director of ...``): a signature held in by ``ITALIC_INSET`` holds it
FLUSH = 1.5           # x body size: a line ending this close to its column's right edge is set
                      # flush right


def signatures(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A block of a line or two set flush right in its column (held in from the left by
    ``SIGNATURE_INSET`` of the column, or by ``ITALIC_INSET`` body sizes when set in italics
    under upright text and naming an office, ``NAME_OFFICE``), not ending like a sentence nor
    in a comma (``GOES_ON``), right after the text of its column (or after such a line: a
    signature wrapped onto a second line), is the signature
    closing an article (``Nguyễn Thị Thu Hà, Giám đốc Sở Ngoại vụ``; two words at least,
    within ``HEAD_GAP`` body sizes under that text): a byline, not a rubric
    over the next title nor a paragraph."""
    out = list(roles)
    for k, f in enumerate(facts):
        text = f.text.strip()
        if out[k] not in (Role.BODY, Role.SECTION, Role.BYLINE) or f.lines > 2 or not text \
                or text[-1] in SENTENCE_ENDS or text[-1] in GOES_ON \
                or len(WORD.findall(text)) > SIGNATURE_WORDS:
            continue
        lo, hi = f.column_box
        if f.box[0] - lo < min(SIGNATURE_INSET * (hi - lo), ITALIC_INSET * page.body_size) or \
                abs(hi - f.box[2]) > FLUSH * page.body_size:
            continue        # (a line running far past its column's edge is set in no column)
        j = k - 1
        while j >= 0 and (out[j] == Role.OTHER or facts[j].column != f.column):
            j -= 1
        if j >= 0 and f.box[0] - lo < SIGNATURE_INSET * (hi - lo) and \
                not (f.italic and not facts[j].italic and NAME_OFFICE in text):
            continue        # (held in less: a name and office set in italics under upright
            #                 text; a chart's legend in italics, ``Exports Imports Transit``,
            #                 names no one)
        if j < 0 or len(WORD.findall(text)) < 2 and out[j] != Role.BYLINE or \
                not 0 <= f.box[1] - facts[j].box[3] + 1 < HEAD_GAP * page.body_size:
            continue                  # a name at least, set right under the text above
        if out[j] in (Role.BODY, Role.INTRO) or \
                out[j] == Role.BYLINE and f.box[1] - facts[j].box[3] < page.body_size:
            out[k] = Role.BYLINE
            log.debug("a signature set flush right after the text: %r", text)
    return out


_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO, Role.TITLE, Role.CAPTION})


def footnotes(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Blocks opening with a footnote mark (``¹``, ``*``) in the lower half of the page, not
    set larger than the body, with no text of their column below them but other notes, are
    the page's footnotes: notes beside the text (``aside``), no paragraph or caption of it.
    On OCR, which reads a superscript mark as a digit, ``?`` or a quote, or loses it, a block
    set smaller than the body (``_set_small``) counts with such a mark, or right over a note
    found below it (the notes are read from the foot of the column up)."""
    out = list(roles)
    for k in sorted(range(len(facts)), key=lambda j: -facts[j].box[1]):
        f = facts[k]
        if out[k] not in _TEXT_ROLES or f.box[1] < page.height / 2:
            continue
        below = [j for j, g in enumerate(facts) if j != k and g.column == f.column
                 and g.box[1] >= f.box[3] - 1 and out[j] in _TEXT_ROLES]
        if below:
            continue
        if page.exact:
            note = footnote_like(f.text) and f.size <= NOT_LARGER * page.body_size
        else:
            over_note = any(out[j] == Role.ASIDE and g.column == f.column and
                            0 <= g.box[1] - f.box[3] < page.body_size
                            for j, g in enumerate(facts))
            note = footnote_like(f.text) or _set_small(f, page) and \
                f.lines <= 2 and (ocr_note_mark(f.text) or over_note)
        if note:
            out[k] = Role.ASIDE
            log.debug("footnote: %r", f.text[:40])
    return out


def _set_small(f: Facts, page: PageFacts) -> bool:
    """An OCR block set smaller than the body: its line height under ``CAPTION_SIZE`` of the
    body's, or its width per character under ``CAPTION_WIDTH`` of the body's (OCR's line
    heights swing with what a line holds: a raised mark, a speck read in the line, a lost
    descender; a note's narrower type tells it when its lines read as tall as the body's)."""
    return f.size < CAPTION_SIZE * page.body_size or f.cw < CAPTION_WIDTH * page.body_cw


FOOT_GAP = 1.0    # x body size: white between a page's text and the notes set under it, at
                  # least (the room of the short rule over them)
ROW_GAP = 1.0     # x body size: white between two rows of a page's notes, at most (a note
                  # follows the one over it at its own leading)
ROW_LEVEL = 0.5   # x body size: a block whose top is this close to a row's is on that row (a
                  # note's other language beside it)
# roles a note at the page's foot may have been given from its look or by a rule before
_FOOT_ROLES = frozenset({Role.BODY, Role.INTRO, Role.CAPTION, Role.ASIDE})


def foot_notes(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The band of notes closing a page: blocks under all of the page's text, a gap
    (``FOOT_GAP``) under it, in rows set close (``ROW_GAP``), each block of them not set as
    large as the body (``ASIDE_SIZE``) and most of them smaller (their median under
    ``CAPTION_SIZE``), the band's first row opening with a note's mark, are the page's notes
    with what closes them (an issue's notice of no article under the last note, set as the
    notes are but with no mark): all beside the text (``aside``). ``footnotes`` reads a
    note alone, with no text of its column under it; here a band of them is read as a whole,
    so the note over a notice, and a notice spanning the columns, are found too (on scans,
    where no drawn rule and no exact size tell the notes from the text)."""
    band = _foot_band(roles, facts, page)
    if not band:
        return roles
    top = min(facts[k].box[1] for k in band)
    first = [k for k in band if facts[k].box[1] < top + ROW_LEVEL * page.body_size]
    marked = any(footnote_like(facts[k].text) or not page.exact and ocr_note_mark(facts[k].text)
                 for k in first)
    sizes = sorted(facts[k].size for k in band)
    if not marked or sizes[len(sizes) // 2] >= CAPTION_SIZE * page.body_size or \
            sizes[-1] >= ASIDE_SIZE * page.body_size:
        return roles
    above = [g for j, g in enumerate(facts) if j not in band and roles[j] in _TEXT_ROLES]
    if not above or max(g.box[3] for g in above) > top - FOOT_GAP * page.body_size:
        return roles                  # (no text over the band, or text beside or close over it)
    out = list(roles)
    for k in band:
        if out[k] != Role.ASIDE:
            out[k] = Role.ASIDE
            log.debug("a note in the band closing the page: %r", facts[k].text[:40])
    return out


def _foot_band(roles: list[str], facts: list[Facts], page: PageFacts) -> list[int]:
    """The blocks of the rows closing the page, read from its foot up while each row stands
    close over the one under it and its blocks may be notes (in the page's lower half, of a
    note's role so far); a page number OCR read as text is passed over (it stands under the
    notes, further than they stand apart)."""
    band: list[int] = []
    top = page.height
    for k in sorted((j for j, r in enumerate(roles) if r in _TEXT_ROLES | _FOOT_ROLES
                     and not page_number_like(facts[j].text)), key=lambda j: -facts[j].box[1]):
        f = facts[k]
        level = band and f.box[1] >= top - ROW_LEVEL * page.body_size
        if band and not level and not 0 <= top - f.box[3] <= ROW_GAP * page.body_size:
            break
        if roles[k] not in _FOOT_ROLES or f.box[1] < page.height / 2:
            break
        band.append(k)
        top = min(top, f.box[1])
    return band
