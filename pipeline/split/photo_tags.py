"""Tags printed on a photo: part of the picture, no text of the article's columns.

A magazine marks a photo with a word or two set on the picture itself: the two photos of a
then-and-now pair tagged ``TRƯỚC`` / ``BEFORE`` and ``SAU`` / ``AFTER`` (``XƯA`` / ``THEN``,
``NĂM 2008`` / ``IN 2008``) in a corner, each language on a line of its own. ``photo_text``
lifts the text lying wholly on a photo out of the columns, but the role rules read such a
tag as whatever its look says: a line of body text, an intro under the article's head, a
label; and a body line at the head of a page is where the text cut at the foot of the page
before runs on, so the tag is joined into a paragraph.

``photo_tags`` (a photo pass, run with the caption passes): a block lying wholly on a photo
at least ``MIN_PHOTO`` body sizes wide and tall (a point of slack), no wider than
``TAG_SHARE`` of it (a caption printed on the photo runs across a band of it), of
``TAG_LINES`` lines at most, each of ``TAG_WORDS`` words at most, set no larger than the
page's body (``TAG_SIZE``: a headline printed over an opening photo is display type), ending
no sentence and bearing no credit, is the photo's tag: a label of the article
(``Role.LABEL``: the article's, no paragraph of it and no caption's words; a label's lines
are parted by language, ``graphics.label_parts``). Only the roles of text are changed: what
the rules kept out (running heads, page numbers, notes, specks) stays out.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import ON_PHOTO, Box, within
from magpipe.artifacts.layout import Role
from magpipe.split.photo_size import large_photo
from magpipe.split.roles import Facts, PageFacts, has_credit
from magpipe.text.punctuation import ends_sentence

log = logging.getLogger(__name__)

TAG_SHARE = 0.5      # a tag's width, at most this share of its photo's (it sits in a corner)
TAG_LINES = 2        # a tag's lines: its word in each language, or one line holding both
TAG_WORDS = 3        # words on a tag's line (``NĂM 2008``, ``IN 2008``, ``BEFORE``)
TAG_SIZE = 1.15      # x body size: a tag's type at most (set at or under the body's size;
                     # slack for OCR's line heights)
REASON = "a word or two set on a photo, in its corner (the photo's tag, a label)"
# roles the look gives a tag: text of the columns (a line of body text, an intro under the
# article's head, a title, a rubric or byline for its capitals, a caption for its place)
_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO, Role.TITLE, Role.SECTION, Role.BYLINE,
                         Role.CAPTION, Role.LABEL})


def is_tag(f: Facts, photo: Box, page: PageFacts) -> bool:
    """``f`` is a tag printed on ``photo`` (see the module docstring)."""
    body = page.body_size
    if not large_photo(photo, body) or not within(f.box, photo, ON_PHOTO):
        return False
    lines = f.line_texts or (f.text,)
    return f.box[2] - f.box[0] <= TAG_SHARE * (photo[2] - photo[0]) and \
        len(lines) <= TAG_LINES and all(len(t.split()) <= TAG_WORDS for t in lines) and \
        f.size <= TAG_SIZE * body and not ends_sentence(f.text) and not has_credit(f.text)


def photo_tags(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
               photos: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons with the tags printed on the page's photos read as labels (see the
    module docstring)."""
    out, why = list(roles), list(reasons)
    for k, f in enumerate(facts):
        if out[k] in _TEXT_ROLES and any(is_tag(f, photo, page) for photo in photos):
            log.debug("%s: %r (was %s)", REASON, f.text[:40], out[k])
            out[k], why[k] = Role.LABEL, REASON
    return out, why
