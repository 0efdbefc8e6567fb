"""Captions printed over a photo's foot: light lines on a dark strip across its bottom.

A newsletter may print a portrait's caption on the picture itself, in white on a dark band
laid over the photo's foot (``voxpop``: the speaker's name, age and trade, the Vietnamese over
the English), with no credit to tell it by its words. ``photo_text`` lifts the text lying
wholly on a photo out of the columns, but the role rules read such lines by their look: a
line of a few words set at about the body's size reads as body text, whose paragraph the
text at the next column's or page's head then runs on from.

``strip_captions`` (run by ``photo_captions``): for each photo at least ``MIN_PHOTO`` body
sizes wide and tall, the blocks lying wholly on it (``ON_PHOTO``), read as running text or a
note, set no larger than the body (``STRIP_SIZE``), the lowest ending within ``FOOT_GAP``
body sizes of the photo's foot and each of the others within ``STACK_GAP`` body sizes over
the one under it, are its caption (``Role.CAPTION``) when they are few (``MOST_BLOCKS``) and
fill no more than ``STRIP_SHARE`` of the photo's height (a strip over its foot: text over
the whole of a photo is a backdrop's columns or a cover's lines). Blocks already read as a
caption carry the stack on. Tags of a word or two (``photo_tags``) are read after this pass
and stay tags. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import ON_PHOTO, Box, within
from magpipe.artifacts.layout import Role
from magpipe.split.photo_size import large_photo
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

STRIP_SIZE = 1.05    # x body size: a strip's type at most (a caption's; a cover's lines over
                     # a photo are display type)
FOOT_GAP = 1.5       # x body size: the most white between the strip's last line and the foot
STACK_GAP = 1.0      # x body size: the most white between two blocks of the strip
MOST_BLOCKS = 4      # blocks of one strip at most (each language's caption, perhaps cut)
STRIP_SHARE = 0.67   # share of the photo's height the strip's blocks fill at most (a narrow
                     # portrait's caption of five lines fills more than half of it)
REASON = "text set on a strip over a photo's foot (its caption printed on it)"
_TEXT_ROLES = frozenset({Role.BODY, Role.ASIDE, Role.INTRO})
_CARRIED = frozenset({Role.CAPTION})


def _strip(photo: Box, facts: list[Facts], roles: list[str], page: PageFacts) -> list[int]:
    """The blocks of the strip over the photo's foot, lowest first; none when it is no strip
    (see the module)."""
    body = page.body_size
    on = sorted((k for k, f in enumerate(facts) if within(f.box, photo, ON_PHOTO)
                 and (roles[k] in _CARRIED or roles[k] in _TEXT_ROLES
                      and f.size <= STRIP_SIZE * body)), key=lambda k: -facts[k].box[3])
    if not on or photo[3] - facts[on[0]].box[3] > FOOT_GAP * body:
        return []
    chain = [on[0]]
    for k in on[1:]:
        if min(facts[j].box[1] for j in chain) - facts[k].box[3] > STACK_GAP * body:
            break
        chain.append(k)
    top = min(facts[k].box[1] for k in chain)
    if len(chain) > MOST_BLOCKS or photo[3] - top > STRIP_SHARE * (photo[3] - photo[1]):
        return []
    return chain


def strip_captions(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                   photos: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons with the text on a strip over each photo's foot read as its
    caption (see the module)."""
    out, why = list(roles), list(reasons)
    for photo in photos:
        if not large_photo(photo, page.body_size):
            continue
        for k in _strip(photo, facts, out, page):
            if out[k] != Role.CAPTION:
                log.debug("%s: %r (was %s)", REASON, facts[k].text[:40], out[k])
                out[k], why[k] = Role.CAPTION, REASON
    return out, why
