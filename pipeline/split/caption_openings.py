"""A centred caption's first lines, read apart from its credited last line, are the caption's.

A caption set centred under a photo that straddles the gutter (a cut-out's) has lines of
unequal width on one axis; on a scan the column cut may read its long first lines across the
gutter and its short last line, which carries the credit, within a column, so they come out
as separate blocks: the last is a caption by its credit, the first lines look like a line or
two of running text (``cutout-2-scanned``: ``Mr. Hoang Quoc Khanh, Secretary of the
Provincial Party`` / ``Committee, presents a souvenir ...`` over ``of Guangxi. (Photo: TRI
DUNG)``), which align then joins to the paragraph before them.

A block of ``OPENING_LINES`` lines or fewer read as running text is such an opening when a
caption stands right under it (the white between them under ``LINE_GAP`` times its line
height: a caption's own leading; running text over a caption stands a photo's height off),
both are centred on one axis (within ``AXIS`` body sizes), the block is wider than the
caption's line under it (a centred caption's last line is its shortest), it ends without
closing a sentence (the caption goes on), and neither is plainly of the other's language.
Chained upwards: the line over an opening is tested against it in turn (as wide as it or
not: a centred caption's first lines are all about the photo's width).

A caption set flush left (beside its photo, in a column of its own) loses its first line the
same way, read as running text or, at the page's top, as a running head: such a line, in
mixed case (a running head is set in capitals or is the publication's name, which closes no
sentence of a caption), starting where the caption starts (within ``AXIS`` body sizes) and
ending no further right than the caption's measure, is its opening by the same tests of
white, sentence and language.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import plain_lang
from magpipe.split.ocr_spacing import MIXED_SHARE
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.headings import upper_share

log = logging.getLogger(__name__)

OPENING_LINES = 2    # most lines of a caption's opening read apart from it
LINE_GAP = 1.0       # x its line height: most white between an opening and the caption
AXIS = 0.5           # x body size: how far the centres of a centred caption's lines differ
_STOPS = ".!?:;…\"”)"  # a block ending in one of these closes its sentence


def _flush_left(f: Facts, caption: Facts, body: float) -> bool:
    """``f`` starts where the caption under it starts and stays within its measure."""
    return abs(f.box[0] - caption.box[0]) <= AXIS * body and \
        f.box[2] <= caption.box[2] + AXIS * body


def _centred(f: Facts, caption: Facts, body: float, chained: bool) -> bool:
    """``f`` is centred on the caption's axis and, unless chained, wider than it."""
    if abs((f.box[0] + f.box[2]) - (caption.box[0] + caption.box[2])) / 2 > AXIS * body:
        return False
    return chained or f.box[2] - f.box[0] > caption.box[2] - caption.box[0]


def _opens(f: Facts, caption: Facts, body: float, chained: bool, role: str) -> bool:
    height = f.box[3] - f.box[1]
    if f.lines < 1 or not 0 <= caption.box[1] - f.box[3] < LINE_GAP * height / f.lines:
        return False
    if role == Role.HEADER:
        if upper_share(f.text) >= MIXED_SHARE or not _flush_left(f, caption, body):
            return False
    elif not (_centred(f, caption, body, chained) or _flush_left(f, caption, body)):
        return False
    if not f.text.rstrip() or f.text.rstrip()[-1] in _STOPS:
        return False
    a, b = plain_lang(f.text), plain_lang(caption.text)
    return a == b or Lang.UNKNOWN in (a, b)


def caption_openings(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A line or two of running text (or a running head in mixed case) right over a caption,
    centred on its axis and wider than it or set flush left with it, ending mid-sentence, is
    the caption's opening (see the module)."""
    out = list(roles)
    opened: set[int] = set()
    changed = True
    while changed:
        changed = False
        for k, f in enumerate(facts):
            if out[k] not in (Role.BODY, Role.HEADER) or f.lines > OPENING_LINES:
                continue
            if any(out[j] == Role.CAPTION and j != k and
                   _opens(f, c, page.body_size, j in opened, out[k])
                   for j, c in enumerate(facts)):
                out[k] = Role.CAPTION
                opened.add(k)
                changed = True
                log.debug("a centred caption's opening read apart from it: %r", f.text[:40])
    return out
