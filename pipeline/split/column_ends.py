"""A paragraph's ends at a column's head or foot are text, no running head or caption.

``roles.role_of`` reads short text wholly inside the page's top band as a running head. A
paragraph the layout broke at a column's foot may leave a word or two at the head of the next
column (``Quốc.``, advertorial-2, page 2), level with the first line of the column beside it
when the page's text starts in that band: read as a running head, it was dropped, the
paragraph before it ran on into the next one (its sentence left open), and the twins linked
2-1.

A block read as a running head is body text when it is one line set like the body (its size
within ``SIZE_SHARE`` of the page's body size, in mixed case), in a column, not repeated on
another page, and level with the top of body text in another column of the page (their tops
within ``LEVEL`` of the body size): a running head stands above the text, not on its first row.

A column's last lines set a little smaller to fit it (inset-4 and inset-5: two lines under
the column's last paragraph, the rest on the next page) read as a caption by their size, and
the paragraph lost them. A block read as a caption is body text when it carries no photo
credit, stops in mid-sentence (``continuation.ends_open``: a caption is a whole phrase), and
is set right under body text of its column as the column's text goes on: the white between
them no more than ``LEVEL`` of the body size, its left edge the body's (within ``LEVEL`` of
it) and its width at least ``FULL`` of the body's. A caption sits by its photo, not flush
under the text.

A paragraph's first words at a column's foot (front-page-5 of seed 4300: ``Mr. Hoang Quoc
Khanh,`` the last line of a news page's column, the paragraph going on at the head of the next)
lie in the page's bottom band, where short text reads as a running foot. A block read as a
running head or foot is body text when it is one line set like the body, in mixed case, in a
column, not repeated on another page, and set right under body text of its column as the
column's lines follow one another: the white between them no more than ``LEVEL`` of the body
size and its left edge within ``INDENT`` of the body's (a paragraph's first line may be
indented). A running foot stands apart from the columns, under white or a rule.

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.continuation import ends_open
from magpipe.split.roles import Facts, PageFacts, furniture_key, has_credit
from magpipe.text.headings import CAPS_SHARE, upper_share

log = logging.getLogger(__name__)

SIZE_SHARE = 0.1     # share of the body size a line's size may differ by and be set like it
LEVEL = 0.5          # x body size: how far apart two tops on one row lie at most (and the
                     # white and the shift of left edges between a column's lines)
INDENT = 2.0         # x body size: the deepest first-line indent of a paragraph
FULL = 0.9           # share of the body block's width a column's last lines fill at least


def _like_body(f: Facts, page: PageFacts) -> bool:
    if page.exact:
        return abs(f.size - page.body_size) <= SIZE_SHARE * page.body_size
    return abs(f.cw - page.body_cw) <= SIZE_SHARE * page.body_cw


def column_tops(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Roles with the running heads that are a paragraph's last words at a column's head
    made body text (see the module)."""
    out = list(roles)
    for k, f in enumerate(facts):
        if roles[k] != Role.HEADER or f.lines != 1 or f.column == -1 \
                or not _like_body(f, page) or upper_share(f.text) >= CAPS_SHARE \
                or furniture_key(f.text) in page.repeated:
            continue
        if any(roles[j] == Role.BODY and g.column not in (-1, f.column) and g.lines > 1
               and abs(g.box[1] - f.box[1]) <= LEVEL * page.body_size
               for j, g in enumerate(facts)):
            log.debug("a paragraph's last words at a column's head, no running head: %r", f.text)
            out[k] = Role.BODY
    return out


def foot_lines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Roles with the running feet that are a paragraph's first words at a column's foot
    made body text (see the module)."""
    out = list(roles)
    size = page.body_size
    for k, f in enumerate(facts):
        if roles[k] != Role.HEADER or f.lines != 1 or f.column == -1 \
                or not _like_body(f, page) or upper_share(f.text) >= CAPS_SHARE \
                or furniture_key(f.text) in page.repeated:
            continue
        if any(roles[j] == Role.BODY and g.column == f.column and g.lines > 1
               and 0 <= f.box[1] - g.box[3] <= LEVEL * size
               and -LEVEL * size <= f.box[0] - g.box[0] <= INDENT * size
               for j, g in enumerate(facts)):
            log.debug("a paragraph's first words at a column's foot, no running foot: %r",
                      f.text)
            out[k] = Role.BODY
    return out


def _flush_under(f: Facts, body: Facts, size: float) -> bool:
    """``f`` is set right under ``body`` as its column's text goes on (see the module)."""
    return body.column == f.column and -LEVEL * size <= f.box[1] - body.box[3] <= LEVEL * size \
        and abs(f.box[0] - body.box[0]) <= LEVEL * size \
        and f.box[2] - f.box[0] >= FULL * (body.box[2] - body.box[0])


def column_feet(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Roles with the captions that are a column's last lines set smaller made body text
    (see the module)."""
    out = list(roles)
    for k, f in enumerate(facts):
        if roles[k] != Role.CAPTION or f.column == -1 or has_credit(f.text) \
                or not ends_open(f.text):
            continue
        if any(roles[j] == Role.BODY and g.lines > 1 and _flush_under(f, g, page.body_size)
               for j, g in enumerate(facts)):
            log.debug("a column's last lines set smaller, no caption: %r", f.text[:40])
            out[k] = Role.BODY
    return out
