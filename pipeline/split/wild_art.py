"""A stand-alone photo's kicker and captions: text of no article ("wild art").

A weekly runs, between two stories, a photo that belongs to neither: across the text width
under the story before it (or over part of that width, its captions stacked beside it), a
short bold line over its caption in each language (a kicker: ``KHOẢNH KHẮC`` / ``MOMENT``),
the caption carrying its photographer's credit. The caption passes read that text as the
photo's captions, and align hands them to the story on the page. An article's own photo
stands among its text: the text's columns run beside it, or go on under it; a photo and its
captions filling the text width on their own, with no running text level with them and none
under them but the next story's title, stand between stories.

``wild_art`` (a photo pass, run after ``photo_captions``): for each photo at least
``MIN_PHOTO`` body sizes wide and tall, its group is the caption and credit blocks (on OCR
pages also short notes, body lines and bylines, ``_OCR_ROLES``) right under it, in its width
(within ``FIRST_GAP`` body sizes of its foot), or beside it, their first line level with it
(white of ``BESIDE_SHARE`` of its width at most), and those stacked on from them, under or
over (``STACK_GAP`` body sizes of white at most, overlapping across). The group is wild art,
its blocks kept out of the articles as notes (``Role.ASIDE``), when
* one of its blocks is a kicker: one line of at most ``KICKER_WORDS`` words, bold or in
  capitals, ending no sentence and holding no credit, with another block of the group
  stacked right under it (a line in capitals, not bold, right under a block of the group at
  a line's pitch, ``WRAP_GAP``, is that block's wrapped last line: no kicker), and a block
  of the group carries a photo credit (labelled with a colon, or closing it:
  ``credit_ends``);
* the photo and its group span the width of the page's running text (its body and intro
  blocks; ``BAND_SLACK`` body sizes short of either edge at most; the space beside the photo
  where its captions stand counts as theirs), none of that text stands level with them, and
  the first text under them, if any, is a title (the next story's); or the page has no
  running text and no title at all (the photo heads a page after the story ended).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.layout import Role
from magpipe.split.credit_ends import ends_in_credit
from magpipe.split.photo_captions import SIDE_SLACK, STACK_GAP
from magpipe.split.photo_size import large_photo
from magpipe.split.roles import Facts, PageFacts, has_credit
from magpipe.text.punctuation import ends_sentence

log = logging.getLogger(__name__)

# the photo's size and how its captions stack and stand out of its width are the caption
# passes' own measures (``photo_size.MIN_PHOTO``; ``photo_captions``: SIDE_SLACK,
# STACK_GAP); only the first caption's white under the photo differs (FIRST_GAP, below)

# x body size: the most white between a photo's foot and its first caption (a scan's box of
# a line in capitals starts at their tops, lower than the line's: 1.28 seen on a kicker)
FIRST_GAP = 1.5
# the most white between a photo and the captions beside it, as a share of the photo's width
# (they stand in the space the photo leaves, set flush to the far edge or to the photo's)
BESIDE_SHARE = 0.5
# x body size: the most white over a line that is its block's wrapped last line (none, a
# line's pitch: 0.01 seen; a bold kicker under the other language's caption stands 0.19
# under it, and on scans a kicker is read not bold)
WRAP_GAP = 0.1
KICKER_WORDS = 5     # a kicker's words at most (``ẢNH ĐẸP TRONG TUẦN``: a label, no sentence)
# x body size: how far short of the running text's edges a photo and its captions may stop
# and still fill its width (the photo set to the text's measure; glyphs overhang a little)
BAND_SLACK = 1.0
REASON = "a photo's kicker and captions filling the text width between stories (wild art)"
_GROUP_ROLES = frozenset({Role.CAPTION, Role.CREDIT})
# OCR pages: the heights of a scan's lines swing, and a caption's line or its kicker is read
# as a note, body text or a byline (a name in capitals); blocks of these roles of at most
# OCR_LINES lines join the group too (a paragraph of a column under a photo runs longer). On
# a text layer the caption passes read a photo's captions by their type: a note there is
# no caption (a boxed glossary beside an article's photo, cutout at seed 1600)
_OCR_ROLES = frozenset({Role.ASIDE, Role.BODY, Role.BYLINE})
OCR_LINES = 2
_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO})


def _side(photo: Box, box: Box) -> int:
    """1 when ``box`` stands wholly right of the photo, -1 wholly left of it, else 0."""
    return 1 if box[0] >= photo[2] - 1.0 else -1 if box[2] <= photo[0] + 1.0 else 0


def _seed(photo: Box, box: Box, body: float) -> bool:
    """``box`` is a first caption of the photo: right under it, in its width, or beside it,
    its top level with the photo (``BESIDE_SHARE``)."""
    slack = SIDE_SLACK * body
    under = box[0] >= photo[0] - slack and box[2] <= photo[2] + slack and \
        -slack <= box[1] - photo[3] <= FIRST_GAP * body
    side = _side(photo, box)
    white = box[0] - photo[2] if side > 0 else photo[0] - box[2]
    level = photo[1] - slack <= box[1] <= photo[3]
    return under or (level and side != 0 and white <= BESIDE_SHARE * (photo[2] - photo[0]))


def _stacked(upper: Box, lower: Box, body: float) -> bool:
    """``lower`` is stacked right under ``upper``: little white between, overlapping across."""
    return -SIDE_SLACK * body <= lower[1] - upper[3] <= STACK_GAP * body and \
        min(upper[2], lower[2]) > max(upper[0], lower[0])


def _pooled(role: str, f: Facts, page: PageFacts) -> bool:
    """The block may be one of a photo's captions by its role (see ``_OCR_ROLES``)."""
    return role in _GROUP_ROLES or (not page.exact and role in _OCR_ROLES and
                                    f.lines <= OCR_LINES)


def _group(photo: Box, roles: list[str], facts: list[Facts], page: PageFacts) -> list[int]:
    """The photo's caption and credit blocks: its first captions and those stacked on, under
    them or over them (a short kicker over a caption beside the photo stands farther from it
    than the caption does)."""
    body = page.body_size
    pool = [k for k, r in enumerate(roles) if _pooled(r, facts[k], page)]
    group = [k for k in pool if _seed(photo, facts[k].box, body)]
    grew = True
    while grew:
        more = [k for k in pool if k not in group and any(
            _stacked(facts[j].box, facts[k].box, body) or
            _stacked(facts[k].box, facts[j].box, body) for j in group)]
        group += more
        grew = bool(more)
    return group


def _kicker(f: Facts) -> bool:
    """One short line, bold or in capitals, ending no sentence, holding no credit."""
    text = f.text.strip()
    letters = [c for c in text if c.isalpha()]
    return f.lines == 1 and 0 < len(text.split()) <= KICKER_WORDS and bool(letters) and \
        (f.bold or all(c.isupper() for c in letters)) and not ends_sentence(text) and \
        not has_credit(text)


def _credited(f: Facts) -> bool:
    """The block holds a photo credit, labelled with a colon or closing it."""
    return has_credit(f.text) or ends_in_credit(f.text)


def _wrapped(k: int, group: list[int], facts: list[Facts], body: float) -> bool:
    """Block ``k``, not bold, sits right under another block of the group at a line's pitch
    (``WRAP_GAP``): the last line of that block, wrapped (a credit's name broken over two
    lines, ``Photo by KHANH`` over ``LY``), no kicker in capitals."""
    return not facts[k].bold and any(
        j != k and _stacked(facts[j].box, facts[k].box, body)
        and facts[k].box[1] - facts[j].box[3] <= WRAP_GAP * body for j in group)


def _headed(group: list[int], facts: list[Facts], body: float) -> bool:
    """Some block of the group is a kicker over a caption of the group, and a caption of the
    group carries a credit."""
    kickers = [k for k in group if _kicker(facts[k]) and not _wrapped(k, group, facts, body)]
    return any(_stacked(facts[k].box, facts[j].box, body) for k in kickers
               for j in group if j not in kickers) and \
        any(_credited(facts[j]) for j in group if j not in kickers)


def _between_stories(photo: Box, roles: list[str], facts: list[Facts], group: list[int],
                     body: float) -> bool:
    """The photo and its group fill the running text's width (the space beside the photo
    where its captions stand counts as theirs), none of that text stands level with them, and
    the first text under them is a title, or there is none. A page with no running text
    and no title holds no story for the photo to belong to."""
    text = [k for k, r in enumerate(roles) if r in _TEXT_ROLES and k not in group]
    if not text:    # (a page of no running text: a photo of no story there, unless a
        return not any(r == Role.TITLE for r in roles)    # title heads it, its story's)
    left = min(facts[k].box[0] for k in text)
    right = max(facts[k].box[2] for k in text)
    sides = {_side(photo, facts[k].box) for k in group}
    band = union([photo, *(facts[k].box for k in group)])
    band = (left if -1 in sides else band[0], band[1], right if 1 in sides else band[2],
            band[3])
    if band[0] > left + BAND_SLACK * body or band[2] < right - BAND_SLACK * body:
        return False
    if any(facts[k].box[1] < band[3] and facts[k].box[3] > band[1] for k in text):
        return False
    under = [k for k, r in enumerate(roles) if (r in _TEXT_ROLES or r == Role.TITLE)
             and k not in group and facts[k].box[1] >= band[3]]
    return not under or roles[min(under, key=lambda k: facts[k].box[1])] == Role.TITLE


def wild_art(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
             photos: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons with the kicker and captions of each stand-alone photo kept out of
    the articles (see the module)."""
    out, why = list(roles), list(reasons)
    body = page.body_size
    for photo in photos:
        if not large_photo(photo, body):
            continue
        group = _group(photo, out, facts, page)
        if not group or not _headed(group, facts, body):
            log.debug("photo at %s: no kicker over a credited caption in %r",
                      [round(v) for v in photo], [facts[k].text[:20] for k in group])
            continue
        if not _between_stories(photo, out, facts, group, body):
            log.debug("photo at %s: among a story's text", [round(v) for v in photo])
            continue
        for k in group:
            log.debug("wild art's text at %s: %r", [round(v) for v in photo],
                      facts[k].text[:40])
            out[k], why[k] = Role.ASIDE, REASON
    return out, why
