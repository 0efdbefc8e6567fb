"""Drop caps: the large initial that opens a paragraph, set down beside its first lines.

A drop cap is one or two capital letters set several lines tall at the left of a paragraph's
first lines; its first line's words start to the right of it, the rest of the paragraph's
lines run under it. Read as a word of its own it makes its first line as tall as three (the
line joins no row) and the lines beside it look indented, so the paragraph is cut after its
first line and the letter is read apart from the word it opens (``T ại`` for ``Tại``).

``drop_caps`` re-sets each drop cap as the start of the word it opens: when the first word
beside it continues the word (it starts in lower case: ``ại``, ``ver``), the letter is glued
to its front and no longer a word of its own; otherwise (a capital letter that is a word,
``A`` before ``man``) the letter becomes a word of the first line's height just left of it.
The page keeps its word indices (a glued letter's word is left empty, which no piece takes),
so blocks still name the page's words. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from statistics import median

from magpipe.artifacts.pages import Page, Word

log = logging.getLogger(__name__)

DROP_SIZE = 2.0      # x the page's median word height: the least height of a drop cap (two
                     # lines of text or more)
DROP_LETTERS = 2     # most letters of a drop cap (one initial; ``Đ`` may come as two code
                     # points, a few faces set a two-letter initial)
SET_OFF = 1.5        # x the first line's height: widest white between the cap and its word
ABOVE = 1.5          # x the first line's height: how far above the cap's top its middle may lie
CAP_ABOVE = 0.75     # ... or x the cap's height (OCR boxes a cap by its ink, set well below
                     # the first line's top, and its words' boxes shorter than their pitch)


def _is_initial(w: Word) -> bool:
    text = w.text.strip()
    return 0 < len(text) <= DROP_LETTERS and text.isalpha() and text[0].isupper()


def _after_words(words: tuple[Word, ...], w: Word, cap: Word) -> bool:
    """Some word of ``w``'s row stands between the cap's left edge and it (``w`` opens no
    line there: a word of a line running over the cap's column, the line above the
    paragraph)."""
    half = 0.5 * (w.box[3] - w.box[1])
    left = cap.box[0]
    return any(v is not w and v is not cap and v.text.strip() and
               left - half <= v.box[0] < w.box[0] and
               min(v.box[3], w.box[3]) - max(v.box[1], w.box[1]) > half for v in words)


def _in_display_line(words: tuple[Word, ...], cap: Word) -> bool:
    """Another word of about the cap's height shares its row, within two of its heights: a
    short word of a title, not a drop cap (which stands alone among the smaller words of its
    lines; the other language's cap may share its row, a column away)."""
    height = cap.box[3] - cap.box[1]
    return any(w is not cap and w.text.strip() and w.box[3] - w.box[1] >= 0.6 * height and
               min(w.box[3], cap.box[3]) - max(w.box[1], cap.box[1]) > 0.5 * height and
               max(w.box[0] - cap.box[2], cap.box[0] - w.box[2]) < 2 * height for w in words)


def _first_word(words: tuple[Word, ...], cap: Word) -> int | None:
    """The first word of the cap's first line: of the words set well under the cap's size that
    start within ``SET_OFF`` of their height right of it, with their middle between a line and
    a half (or three quarters of the cap's height) above the cap's top (a face may box the cap
    by its ink, below the first line's top) and its foot, opening its row's text there (no
    word between the cap's left edge and it),
    the top one."""
    x0, top, x1, bottom = cap.box
    best, best_key = None, (float("inf"), float("inf"))
    for k, w in enumerate(words):
        height = w.box[3] - w.box[1]
        if w is cap or not w.text.strip() or height <= 0 or \
                height * DROP_SIZE > bottom - top:
            continue
        centre = (w.box[1] + w.box[3]) / 2
        gap = w.box[0] - x1
        above = max(ABOVE * height, CAP_ABOVE * (bottom - top))
        if top - above <= centre <= bottom and -0.2 * height <= gap <= SET_OFF * height \
                and not _after_words(words, w, cap):
            key = (round(centre / height), gap)
            if key < best_key:
                best, best_key = k, key
    return best


def drop_caps(page: Page) -> Page:
    """The page with each drop cap re-set as the start of the word it opens (see the module
    docstring); the page itself when it has none."""
    words = page.words
    heights = [w.box[3] - w.box[1] for w in words if w.text.strip()]
    if len(heights) < 10:
        return page
    usual = median(heights)
    new = list(words)
    for i, cap in enumerate(words):
        if not _is_initial(cap) or cap.box[3] - cap.box[1] < DROP_SIZE * usual or \
                _in_display_line(words, cap):
            continue
        k = _first_word(words, cap)
        if k is None:
            continue
        first = new[k]
        if first.text[:1].islower():
            log.debug("page %d: drop cap %r glued to %r", page.number, cap.text, first.text)
            new[k] = replace(first, text=cap.text.strip() + first.text)
            new[i] = replace(cap, text="")
        else:
            log.debug("page %d: drop cap %r set as a word before %r", page.number, cap.text,
                      first.text)
            height = first.box[3] - first.box[1]
            right = first.box[0] - 0.25 * height
            new[i] = replace(cap, box=(right - 0.6 * height, first.box[1], right, first.box[3]),
                             size=first.size)
    if new == list(words):
        return page
    return replace(page, words=tuple(new))
