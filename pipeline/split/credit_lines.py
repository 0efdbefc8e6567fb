"""A photo credit on a line of its own, set right under or beside its caption's last line.

A caption's credit (``Ảnh: TRÍ DŨNG``, ``Photo by KIEU ANH``) is often set on a line of its
own at the right, or at the right end of the caption's last line. In a text layer the words
stay in the caption's paragraph, which reads as a caption by its credit. On a scan, OCR reads
that line as a block of its own, a short name flush right that looks like a byline (which
would close the article and open a new one with no title), and garbles the label
(``Pboto: KIEU 4NH``, ``xẩnb - TRÍ DŨNG``); the caption's text, without its credit, reads as
body text.

``credit_lines`` (a role pass): a one-line block of at most ``CREDIT_WORDS`` words that ends
in a name in capitals after a separator (``:``, ``-``, ``.`` or ``by``) with at most
``LABEL_WORDS`` short words before it (``text.credit_labels.credit_line_name``, which align
reads the name with), lying right under (``CREDIT_GAP`` body sizes at most)
or on the last row of a block of text of ``CAPTION_LINES`` lines at most that starts left of
it, is that block's credit
(``Role.CREDIT``), and the block is a caption. Such a line left out as OCR junk for its low
confidence alone is one too: OCR doubts a name in capitals even when it reads it right. A
signature, a name alone flush right under an article's text, has no label before it; a
byline under a title is left alone. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.pieces import JUNK_CONF
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.credit_labels import credit_line_name

log = logging.getLogger(__name__)

CAPTION_LINES = 4    # most lines of the caption a credit line closes (an article's last
                     # paragraph over a sign-off may be longer)
CREDIT_GAP = 1.5     # x body size: most white between the caption's last line and its credit
ROW_SHARE = 0.5      # share of the credit's height its caption's last line shares on one row
_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO, Role.ASIDE, Role.CAPTION})
_LINE_ROLES = frozenset({Role.BYLINE, Role.BODY, Role.CAPTION})


def credit_line(text: str) -> bool:
    """The line reads as a photo credit by its shape (``text.credit_labels``)."""
    return credit_line_name(text) is not None


def _caption_of(k: int, facts: list[Facts], roles: list[str], body: float) -> int | None:
    """The block whose credit line block ``k`` is: text starting left of it, its last line
    right above the line (``CREDIT_GAP``) or on its row; the nearest one, a block that
    reaches over the credit first (the caption right above a credit, not a spanning intro
    on the credit's row that ends a column or more left of it)."""
    f = facts[k]
    tall = f.box[3] - f.box[1]
    best, gap_best = None, (True, float("inf"))
    for j, g in enumerate(facts):
        if j == k or roles[j] not in _TEXT_ROLES or g.box[0] >= f.box[0] - body or \
                g.lines > CAPTION_LINES:
            continue
        gap = f.box[1] - g.box[3]
        on_row = min(f.box[3], g.box[3]) - max(f.box[1], g.box[3] - tall) >= ROW_SHARE * tall
        under = -0.5 * body <= gap <= CREDIT_GAP * body    # (set right, past a short line)
        # a block that reaches over the credit before one that ends short of it
        key = (f.box[0] > g.box[2], abs(gap))
        if (under or on_row) and key < gap_best:
            best, gap_best = j, key
    return best


def _doubted(role: str, f: Facts) -> bool:
    """A block left out as OCR junk for its confidence: OCR gives a name in capitals, which
    its dictionary lacks, a low confidence even when it reads it right (``Ảnh: KHÁNH LY``
    at 3); read as a credit line (a short label, its separator, a name), it is one."""
    return role == Role.OTHER and f.conf < JUNK_CONF


def credit_lines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Credit lines of their own, and their blocks of text captions (see the module)."""
    out = list(roles)
    for k, f in enumerate(facts):
        if not (out[k] in _LINE_ROLES or _doubted(out[k], f)) or f.lines != 1 or \
                not credit_line(f.text):
            continue
        j = _caption_of(k, facts, out, page.body_size)
        if j is None or out[j] == Role.CAPTION and out[k] == Role.CAPTION:
            continue
        out[k], out[j] = Role.CREDIT, Role.CAPTION
        log.debug("a credit line %r makes its block a caption: %r", f.text, facts[j].text[:40])
    return out
