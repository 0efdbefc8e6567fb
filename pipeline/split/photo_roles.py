"""Captions told by where they stand: the blocks stacked right under a photo, inside its width,
in both languages.

A caption is told by its look (set smaller than the body, a credit ``Ảnh: X``); where OCR
reads the caption at about the body's size and garbles its credit (``⁄ẩub - TRÍ DŨNG``), the
look tells nothing and the caption is read as body text, its credit set right as a byline.
Its place still tells: ``captions_under_photos`` takes, for each photo of the page, the blocks
stacked under its foot inside its width (the first starting within ``FIRST_GAP`` of the foot,
each next starting under the one above within ``STACK_GAP``, none beside another), and when
they hold text in both languages, each of at most ``CAPTION_LINES`` lines, calls the running
text and bylines among them captions. Body text right under a photo is in one language: a
column's (two columns side by side under a wide photo end the stack at once). Pure logic, no
I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import classify
from magpipe.split.photo_text import FIRST_GAP, MIN_PHOTO, SIDE_SLACK, STACK_GAP
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

CAPTION_LINES = 5    # most lines of one block of a caption stack
_RUNNING = frozenset({Role.BODY, Role.BYLINE, Role.INTRO})


def _stack(facts: list[Facts], photo: tuple[float, float, float, float], body: float
           ) -> list[int]:
    """The blocks stacked under the photo's foot, inside its width, top to bottom."""
    slack = SIDE_SLACK * body
    near = sorted((k for k, f in enumerate(facts)
                   if f.box[1] >= photo[3] - slack and f.box[0] >= photo[0] - 2 * slack
                   and f.box[2] <= photo[2] + 2 * slack), key=lambda k: facts[k].box[1])
    out: list[int] = []
    foot, gap = photo[3], FIRST_GAP * body
    for k in near:
        box = facts[k].box
        if box[1] - foot > gap:
            break
        if out and box[1] < facts[out[-1]].box[3] - slack:
            return []              # a block beside the last one: columns, not a caption
        out.append(k)
        foot, gap = max(foot, box[3]), STACK_GAP * body
    return out


def captions_under_photos(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Running text and bylines in a caption stack under a photo (see the module docstring):
    captions."""
    out = list(roles)
    body = page.body_size
    for photo in page.photos:
        if min(photo[2] - photo[0], photo[3] - photo[1]) < MIN_PHOTO * body:
            continue
        stack = _stack(facts, photo, body)
        if not stack or any(facts[k].lines > CAPTION_LINES for k in stack):
            continue
        langs = {classify(facts[k].text)[0] for k in stack}
        if not {Lang.VI, Lang.EN} <= langs:
            continue
        for k in stack:
            if out[k] in _RUNNING:
                log.debug("under a photo, in a stack of both languages: a caption: %r",
                          facts[k].text[:40])
                out[k] = Role.CAPTION
    return out
