"""The foot of an article, read against the page's own body text: the signature set flush
right after its text, and the page's footnotes under it.

Pure rules over one page's blocks in reading order; each says why it exists (the heads of an
article are in ``magpipe.split.heads``).
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.heads import HEAD_GAP, NOT_LARGER
from magpipe.split.roles import CAPTION_SIZE, WORD, Facts, PageFacts
from magpipe.text.headings import SIGNATURE_WORDS, footnote_like, ocr_note_mark
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)


SIGNATURE_INSET = 0.15  # share of its column's width a signature's left edge stays in at least
FLUSH = 1.5           # x body size: a line ending this close to its column's right edge is set
                      # flush right


def signatures(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A block of a line or two set flush right in its column (held in from the left by
    ``SIGNATURE_INSET`` of the column), not ending like a sentence, right after the text of its
    column (or after such a line: a signature wrapped onto a second line), is the signature
    closing an article (``Nguyễn Thị Thu Hà, Giám đốc Sở Ngoại vụ``; two words at least,
    within ``HEAD_GAP`` body sizes under that text): a byline, not a rubric
    over the next title nor a paragraph."""
    out = list(roles)
    for k, f in enumerate(facts):
        text = f.text.strip()
        if out[k] not in (Role.BODY, Role.SECTION, Role.BYLINE) or f.lines > 2 or not text \
                or text[-1] in SENTENCE_ENDS or len(WORD.findall(text)) > SIGNATURE_WORDS:
            continue
        lo, hi = f.column_box
        if f.box[0] - lo < SIGNATURE_INSET * (hi - lo) or hi - f.box[2] > FLUSH * page.body_size:
            continue
        j = k - 1
        while j >= 0 and (out[j] == Role.OTHER or facts[j].column != f.column):
            j -= 1
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
    set smaller than the body counts with such a mark, or right over a note found below it
    (the notes are read from the foot of the column up)."""
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
            note = footnote_like(f.text) or f.size < CAPTION_SIZE * page.body_size and \
                f.lines <= 2 and (ocr_note_mark(f.text) or over_note)
        if note:
            out[k] = Role.ASIDE
            log.debug("footnote: %r", f.text[:40])
    return out
