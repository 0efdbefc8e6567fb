"""A page of photos whose captions are gathered in one block, each opening with the key of
its photo (a number printed on the photo, ``1.``, ``(1)``, ``1 -``; or the photo's place,
``Trên, trái:`` / ``Top left:``), away from the photos: under the mosaic, in a box or in a
narrow column beside it; the credits after each caption or gathered at the block's end
(``Ảnh: TRÍ DŨNG (1, 3); VŨ GIANG (2)``; keys and credits as text:
:mod:`magpipe.text.caption_keys`). Such a page holds little running text, so most of
its characters are the captions': the page's body size, read from them, makes the captions
look like body text (numbered paragraphs, a rubric, a title) and the article's real text,
set larger or smaller, look like a title, a note or a caption.

The rules here, run after the look rules and their passes (``passes.RULE_PASSES``):

* ``keyed_captions``: paragraphs opening with a caption key, on a page with photos, set
  beside or under the photos (not above them, where the article's text is), are captions when
  the page holds the same key at least twice (a photo captioned in each language) and two
  keys at least (the keys opening any line of a paragraph count: a run of entries set close
  is read as one paragraph, ``key_entries``); the gathered credit line among them and the
  short lines that carry it on are captions too.
* ``text_over_keyed_captions``: on such a page, a paragraph of running sentences (several
  lines ending a sentence, not set in capitals) above the photos is the article's text, which
  the page's body size, read from the captions, had called a title, a note or a caption.

``keyed_page`` runs both over one page (a hook after ``passes.ruled``). The language of a
gathered credit line is its label's (``labelled_credit``): its names, in capitals, say
nothing of it, or look Vietnamese (the English credit spells the names without marks, but
OCR may give them some).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role
from magpipe.split.key_entries import line_keys
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.caption_keys import caption_key, credit_label_lang, gathered_credits

log = logging.getLogger(__name__)

KEYED_MAX_LINES = 10   # a keyed caption runs this many lines at most (a paragraph runs on)
PHOTO_TOP_SLACK = 1.0  # x body size: a caption beside the mosaic may start this far above it
RUN_ON_LINES = 2       # a credit's or caption's rest carried to lines under it: at most these
RUN_ON_GAP = 1.5       # x body size: ... set at most this far under the caption it goes on,
RUN_ON_EDGE = 0.5      # x body size: ... its lines starting (or, set right, ending) this near
                       # the caption's: a wrapped line keeps its caption's edge, while a column
                       # of text under a row's captions starts at its own column's edge
RUNNING_LINES = 2      # the article's text on a keyed page: at least these many lines,
SENTENCE_CLOSE = re.compile(r"[.!?…][\"”’)\]]?\s*$")   # ending a sentence,
LOWER_SHARE = 0.5      # ... and at least this share of its letters in lower case
_NO_TEXT = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER})
_MISREAD_AS = frozenset({Role.TITLE, Role.CAPTION, Role.ASIDE})


def keyed_page(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
               photos: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons of one page with its keyed caption block read (module doc); the page
    unchanged when it has none."""
    keyed = keyed_captions(roles, facts, page, photos)
    if not keyed:
        return roles, reasons
    out, why = list(roles), list(reasons)

    def give(k: int, role: str, reason: str) -> None:
        if out[k] != role:
            out[k], why[k] = role, reason
            log.debug("%s: %r", reason, facts[k].text[:50])

    for k in keyed:
        give(k, Role.CAPTION, "a caption opening with its photo's key, in a keyed block")
    top = min(p[1] for p in photos)
    block = set(keyed)          # the keyed block's own paragraphs, as they are found
    for k, f in enumerate(facts):
        if out[k] in _NO_TEXT or k in keyed or f.box[1] < top - PHOTO_TOP_SLACK * page.body_size:
            continue
        if gathered_credits(f.text) is not None:
            give(k, Role.CAPTION, "the credits gathered at the end of a keyed caption block")
            block.add(k)
    for k, f in enumerate(facts):
        if out[k] in _NO_TEXT or k in block or f.lines > RUN_ON_LINES or \
                caption_key(f.text) is not None:
            continue
        if any(_right_under(f, facts[j], page) for j in block if j < k):
            give(k, Role.CAPTION, "the rest of a keyed caption or credit, under it")
            block.add(k)
    for k in text_over_keyed_captions(out, facts, photos):
        give(k, Role.BODY, "running text above the photos of a keyed caption block")
    return out, why


def keyed_captions(roles: list[str], facts: list[Facts], page: PageFacts,
                   photos: tuple[Box, ...]) -> set[int]:
    """The blocks opening with a caption key in a keyed caption block (module doc), or none."""
    if not photos:
        return set()
    top = min(p[1] for p in photos) - PHOTO_TOP_SLACK * page.body_size
    keys: dict[int, list[str]] = {}
    for k, f in enumerate(facts):
        if roles[k] in _NO_TEXT or f.box[1] < top:
            continue
        found = caption_key(f.text)
        if found is None:
            continue
        # (a run of entries read as one block: every key opening one of its lines counts,
        # and each entry, not the block, is held to a caption's length)
        inside = [key for key in line_keys(f.line_texts) if key is not None] or [found[0]]
        if f.lines <= KEYED_MAX_LINES * len(inside):
            keys[k] = inside
    values = [key for found_keys in keys.values() for key in found_keys]
    if len(set(values)) < 2 or all(values.count(v) < 2 for v in values):
        return set()
    return set(keys)


def _right_under(f: Facts, above: Facts, page: PageFacts) -> bool:
    """``f`` set right under ``above``, within its width and on its left or right edge (the
    rest of its last line; not the first line of a text column that happens to open under a
    row's captions, as the end of a paragraph carried from the column before does)."""
    gap = f.box[1] - above.box[3]
    edge = RUN_ON_EDGE * page.body_size
    return -page.body_size < gap <= RUN_ON_GAP * page.body_size and \
        f.box[0] < above.box[2] and f.box[2] > above.box[0] and \
        (abs(f.box[0] - above.box[0]) <= edge or abs(f.box[2] - above.box[2]) <= edge)


def text_over_keyed_captions(roles: list[str], facts: list[Facts],
                             photos: tuple[Box, ...]) -> list[int]:
    """Paragraphs of running sentences above the photos that the look rules called a title,
    a note or a caption (module doc)."""
    top = min(p[1] for p in photos)
    out = []
    for k, f in enumerate(facts):
        if roles[k] not in _MISREAD_AS or f.lines < RUNNING_LINES or f.box[3] > top or \
                not SENTENCE_CLOSE.search(f.text):
            continue
        letters = [c for c in f.text if c.isalpha()]
        if letters and sum(c.islower() for c in letters) >= LOWER_SHARE * len(letters):
            out.append(k)
    return out


def labelled_credit(text: str) -> tuple[str, float] | None:
    """(language, confidence) of a gathered credit line, by its label (module doc); None for
    any other text."""
    lang = credit_label_lang(text) if gathered_credits(text) is not None else None
    return (lang, 1.0) if lang is not None else None
