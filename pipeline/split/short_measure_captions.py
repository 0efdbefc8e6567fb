"""Captions under a photo told on a scan by their measure, not their type.

``photo_captions`` reads small text right under a photo as its caption; on OCR, whose sizes
swing, only text the role rules already read as a note for its small type counts. A caption
set in a face about as wide as the body's (a vox pop's name, age and trade under each
portrait, in both languages) then reads as body text of its column, and goes into the
article as paragraphs.

Its measure tells it: a photo narrower than its column, with the caption set to the photo's
width under it, while the column's text runs to the column's full measure. A paragraph of
the column wraps at the column's right edge, so of two lines or more at least one reaches
near it; a block whose every line stops ``SHORT_OF`` body sizes or more short of its
column's right edge, right under a photo (``photo_captions.FIRST_GAP``), flush with its
left edge and within its width, of two lines at least and ``CAPTION_LINES`` at most, is the
photo's caption, and so are such blocks stacked on from it, a line or more
(``photo_captions.STACK_GAP``: the other language's caption, or its last line, read as a
block of its own).

A photo set in a rail of its own (portraits in a narrow column beside the speakers' words)
leaves its caption a column no wider than the photo: that column's measure is the photo's and
says nothing. The page's own text measure then tells it (``text_measure``: the usual width of
its paragraphs of ``TEXT_LINES`` lines or more in other columns): a block under the photo
``SHORT_OF`` body sizes or more narrower than that is set to the photo's measure, no column's.
A page whose columns are as narrow as its photos gives no such measure, and a block under a
photo filling its column stays the column's text.

``short_measure_captions`` (a photo pass, OCR pages only; run after ``photo_captions``).
Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role
from magpipe.split.photo_captions import FIRST_GAP, SIDE_SLACK, STACK_GAP
from magpipe.split.photo_size import large_photo
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

SHORT_OF = 4.0       # x body size: every line of a caption set to a photo's width stops this
                     # far short of its column's right edge at least (a column's paragraph of
                     # two lines or more reaches it; a word or two of slack is less)
CAPTION_LINES = 5    # lines: a caption block holds this many at most (both languages' lines
                     # of a short caption read as one block; a paragraph runs longer)
REASON = "text set to a photo's width right under it, short of its column's measure " \
    "(its caption)"
# roles a caption set in the body's width per character was given by its look
_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO, Role.ASIDE})
TEXT_LINES = 3       # lines: a paragraph this long runs to its column's measure (a caption of
                     # a line or two, or a paragraph's last line, may stop short of it)


def text_measure(roles: list[str], facts: list[Facts], column: int) -> float:
    """The usual width (the median) of the page's column text of ``TEXT_LINES`` lines or more
    outside ``column``; 0 when the page sets none."""
    widths = sorted(f.box[2] - f.box[0] for role, f in zip(roles, facts, strict=True)
                    if role == Role.BODY and f.lines >= TEXT_LINES and f.column not in (-1, column))
    return widths[len(widths) // 2] if widths else 0.0


def _short(f: Facts, photo: Box, page: PageFacts, fewest: int, measure: float) -> bool:
    """``f`` is set to the photo's measure, short of its column's: within the photo's width
    (``SIDE_SLACK``), flush with its left edge, every line ``SHORT_OF`` short of the column's
    right edge, ``fewest`` lines at least (two for the first: one line says nothing of a
    measure; one for a block stacked on from a caption) and ``CAPTION_LINES`` at most. In a
    column no wider than the photo (a rail of its own), ``SHORT_OF`` narrower than the page's
    text ``measure`` instead."""
    slack = SIDE_SLACK * page.body_size
    short = SHORT_OF * page.body_size
    if f.column_box[1] <= photo[2] + slack:       # the photo's own column
        stops_short = measure - (f.box[2] - f.box[0]) >= short
    else:
        stops_short = f.column_box[1] - f.box[2] >= short
    return f.column != -1 and fewest <= f.lines <= CAPTION_LINES and \
        abs(f.box[0] - photo[0]) <= slack and f.box[2] <= photo[2] + slack and stops_short


def short_measure_captions(roles: list[str], reasons: list[str], facts: list[Facts],
                           page: PageFacts, photos: tuple[Box, ...]
                           ) -> tuple[list[str], list[str]]:
    """Roles and reasons with the text set to a photo's width right under it, short of its
    column's measure, read as its caption (see the module)."""
    if page.exact:
        return roles, reasons
    out, why = list(roles), list(reasons)
    body = page.body_size
    for photo in photos:
        if not large_photo(photo, body):
            continue
        edge = photo[3] + FIRST_GAP * body
        under = [k for k, f in enumerate(facts) if f.box[0] < photo[2] and f.box[2] > photo[0]
                 and f.box[1] >= photo[3] - SIDE_SLACK * body]
        fewest = 2
        for k in sorted(under, key=lambda j: facts[j].box[1]):
            f = facts[k]
            if f.box[1] > edge or out[k] not in _TEXT_ROLES or \
                    not _short(f, photo, page, fewest, text_measure(roles, facts, f.column)):
                break
            fewest = 1
            out[k], why[k] = Role.CAPTION, REASON
            edge = f.box[3] + STACK_GAP * body
            log.debug("caption set to a photo's width at %s: %r", [round(v) for v in photo],
                      f.text[:40])
    return out, why
