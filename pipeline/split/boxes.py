"""Contact boxes: the publisher's address, telephone, e-mail and website, which belong to no
article.

Newsletters, leaflets and magazines print them in a box, on a back panel or in a colophon
(``Địa chỉ: …``, ``Điện thoại: …``, ``Email: …``, ``Address: …``, ``Tel: …``), often in both
languages, under a short heading (``LIÊN HỆ``, ``CONTACT``). Nothing in their size or weight
tells them from body text; their fields do: two or more of them make a block contact details,
and the short blocks touching it in its column (its heading, the office's name, a field cut
off on a line of its own) go with it. One field makes a block of a box of no article found
already when it touches it (an advertisement's half in the other language, its telephone).
Pure rules over one page's blocks in reading order.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts, has_credit
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

# a contact field: a labelled address (the editorial office's too), telephone, fax, e-mail or
# website (Vietnamese and English labels with their colon; the abbreviations also with a full
# stop, which a word such as "phone" ending a sentence has too), an e-mail or web address
CONTACT_FIELD = re.compile(
    r"(?:^|[\s(])(?:(?:địa chỉ|điện thoại|thư điện tử|e-?mail|website|trang tin|hotline|"
    r"đường dây nóng|address|phone|telephone|mobile|web|tòa soạn|toà soạn|editorial office)"
    r"\s*:|(?:đt|tel|fax)\s*[:.])"
    r"|[\w.+-]+@[\w-]+\.[\w.]+|(?:https?://|www\.)\S+", re.IGNORECASE)
CONTACT_FIELDS = 2     # fields that make a block contact details (one may sit in an article)
CONTACT_GAP = 2.0      # x body size: a short block this close above or below goes with the box
SHORT_LINES = 2        # most lines of such a block (a heading, a name, a field on its own)
BOX_SIZE = 0.03        # relative: a paragraph this close to a box's size is set in it (text layers)
SMALLER = 0.95         # x body size: a box's paragraphs go with it only when set smaller than this
# roles a contact box's pieces may have been given by their look (never a caption's or a
# furniture role)
_TEXT_LIKE = frozenset({Role.BODY, Role.INTRO, Role.TITLE, Role.LABEL, Role.KEYWORDS,
                        Role.SECTION, Role.BYLINE})


def contact_fields(text: str) -> int:
    """How many contact fields ``text`` holds."""
    return len(CONTACT_FIELD.findall(text))


def _touches(a: Facts, b: Facts, body: float) -> bool:
    """``b`` sits right under ``a`` in the same column, sharing some of its width."""
    return a.column == b.column and -0.5 * body <= b.box[1] - a.box[3] < CONTACT_GAP * body \
        and across(a.box, b.box) > 0


def _goes_with(f: Facts, box: Facts, page: PageFacts) -> bool:
    """A short piece of a box: a field, or a line or two that ends no sentence; or a paragraph
    of it, set in the box's own size, smaller than the body (the publisher's lines about
    itself in an imprint box)."""
    return contact_fields(f.text) >= 1 or (
        f.lines <= SHORT_LINES and f.text.rstrip()[-1:] not in SENTENCE_ENDS) or (
        page.exact and abs(f.size - box.size) <= BOX_SIZE * box.size
        and f.size < SMALLER * page.body_size)


def _boxable(role: str, f: Facts) -> bool:
    """Text a contact box may have been read as: text roles, and a caption without a photo
    credit (a box's lines are often set smaller than the body, as captions are; a caption
    holding contact fields describes no photo)."""
    return role in _TEXT_LIKE or (role == Role.CAPTION and not has_credit(f.text))


def contact_boxes(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Blocks holding ``CONTACT_FIELDS`` contact fields or more, and the short blocks touching
    them in their column (``_goes_with``), are notes beside the articles (``aside``)."""
    out = list(roles)
    # (a box set smaller than the body may be a note already: its heading still goes with it)
    boxed = [k for k, (r, f) in enumerate(zip(roles, facts, strict=True))
             if (_boxable(r, f) or r == Role.ASIDE) and contact_fields(f.text) >= CONTACT_FIELDS]
    # a block with one field touching a box of no article found already (an advertisement's
    # half in one language, its name and telephone, over its framed half in the other; a
    # scan draws no frame round the first half, set as wide as the column) is of that box
    boxed += [k for k, (r, f) in enumerate(zip(roles, facts, strict=True))
              if _boxable(r, f) and contact_fields(f.text) >= 1 and any(
                  roles[j] == Role.ASIDE and (_touches(f, g, page.body_size)
                                              or _touches(g, f, page.body_size))
                  for j, g in enumerate(facts))]
    # (each block reached with the block of fields it was reached from: a paragraph goes with
    # the box when set in that block's size, not in the size of a short line on the way, a
    # byline ending the column over the box, set in the column's smaller type)
    todo = [(k, k) for k in boxed]
    while todo:
        k, seed = todo.pop()
        out[k] = Role.ASIDE
        for j, g in enumerate(facts):
            if _boxable(out[j], g) and _goes_with(g, facts[seed], page) and (
                    _touches(g, facts[k], page.body_size) or _touches(facts[k], g, page.body_size)):
                out[j] = Role.ASIDE
                todo.append((j, seed))
    for k in range(len(out)):
        if out[k] != roles[k]:
            log.debug("contact details: %r", facts[k].text[:40])
    return out
