"""Huge pale words printed behind an opening: a layer of their own, of no article.

Travel and heritage magazines, tourism brochures and annual reports print a giant, pale
place or theme word (or figure) over an article's opening, in each language: filled in a
light grey, or only outlined, behind the rule, the titles and the first lines, which print
over it, or in a band of its own above them. It is no title: read with the page's words, it
joins the rows of the titles printed over it (``SEA SON AND ISLANDS``), or stands as a title
of its own, and the article's titles pair wrongly.

The text layer says what the print shows: the word's ink (``Word.shade``, ``Word.outline``:
``extract.page_ink``) is far paler than the page's text and its size far beyond the page's
body. A word is in faint display type (``faint_words``) when
* its paleness (``paleness``: its shade; an outline inks ``OUTLINE_INK`` of a filled
  letter's area or less, so an outlined word prints paler than its stroke's grey) exceeds
  the page's text's (the character-weighted median) by ``PALE_STEP``,
* it is set at ``DISPLAY`` times the page's body size or more,
* it is printed on paper: not in white (``WHITE``: reversed type on a bar or a photo), nor
  on a photo or a drawn fill darker than its ink (pale type on a dark panel reads as text
  does on paper),
* and the page holds a pale word ``GIANT`` times the body size or more (the theme word) in
  the same ink (within ``SAME_INK``, outlined or filled alike): its other language set
  smaller under it belongs to it; a pale line of display type on a page without a giant
  one (a grey kicker, a tinted pull quote) is left to the other rules.

``faint_apart`` takes those words out of the page the split reads (left empty: the page
keeps its word indices, as ``dropcaps`` does), so the titles and lines printed over them are
read as they would be without them; ``faint_blocks`` gives them back as blocks of their own,
a row of one size and ink each, kept out of the articles (``aside``). Text-layer pages only
(an OCR word's shade is 0). Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import ON_PHOTO, Box, union, within
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import Drawing, DrawingKind, Page, Word
from magpipe.split.langid import classify
from magpipe.split.pieces import body_font_size, weighted_median

log = logging.getLogger(__name__)

PALE_STEP = 0.5     # paleness over the page's text's: a light grey (0.84) or a mid grey
                    # outline (0.55, paleness 0.78) over black text; a dark grey (0.3) or a
                    # blue (0.4) title is not pale, nor is a black outline (0.5: not over)
OUTLINE_INK = 0.5   # share of a filled letter's ink an outlined one prints, at most (a
                    # stroke of a point or two round letters 30 pt and more tall)
DISPLAY = 1.2       # x the body size: the least size of a faint word (the theme word's other
                    # language is set at 0.42 of a word 3x the body or more: 1.26x)
GIANT = 3.0         # x the body size: the least size of the page's theme word (titles are
                    # set 1.5-2.5x the body)
SAME_INK = 0.1      # paleness: words of one ink differ by less (one colour: by nothing)
SAME_SIZE = 0.1     # relative: the words of one row of faint type are of one size
WHITE = 0.97        # shade: letters this pale are white, reversed out of a ground (a bar,
                    # a photo): white shows only on something darker, never faint on paper
REASON = "a huge word far paler than the page's text, printed behind an opening"


def paleness(word: Word) -> float:
    """How pale a word prints, 0 black to 1 white: its shade, paler still when outlined."""
    if word.outline:
        return 1.0 - (1.0 - word.shade) * OUTLINE_INK
    return word.shade


def _text_paleness(words: tuple[Word, ...]) -> float:
    """The paleness of the page's text: the character-weighted median."""
    return weighted_median([(paleness(w), len(w.text)) for w in words if w.text.strip()], 0.0)


def _on_ground(word: Word, grounds: list[tuple[Box, float]]) -> bool:
    """The word lies on a ground darker than its ink (a photo, a dark fill: a thin rule
    across it is none)."""
    return any(within(word.box, box, ON_PHOTO) and shade < paleness(word)
               for box, shade in grounds)


def faint_words(words: tuple[Word, ...], images: tuple[Box, ...] = (),
                drawings: tuple[Drawing, ...] = ()) -> list[int]:
    """Indices of the page's words in faint display type (see the module docstring);
    ``images`` and ``drawings``: the page's photos and drawn shapes, the grounds type may
    be printed on."""
    if not any(w.shade or w.outline for w in words):     # (all black: the usual page)
        return []
    body = body_font_size(words)
    text = _text_paleness(words)
    grounds = [(box, 0.0) for box in images] + [   # (a photo: a ground whatever its tones)
        (d.box, d.shade) for d in drawings if d.kind == DrawingKind.FILL]
    pale = [i for i, w in enumerate(words) if w.text.strip() and w.size >= DISPLAY * body
            and paleness(w) - text > PALE_STEP and w.shade < WHITE
            and not _on_ground(w, grounds)]
    giants = [words[i] for i in pale if words[i].size >= GIANT * body]
    return [i for i in pale
            if any(g.outline == words[i].outline
                   and abs(paleness(g) - paleness(words[i])) <= SAME_INK for g in giants)]


def page_faint_words(page: Page) -> list[int]:
    """``faint_words`` of a page."""
    return faint_words(page.words, page.images, page.drawings)


def faint_apart(page: Page, faint: list[int] | None = None) -> Page:
    """The page with its words in faint display type left empty (indices kept); ``faint``:
    its ``page_faint_words`` when already found."""
    found = set(page_faint_words(page) if faint is None else faint)
    if not found:
        return page
    return replace(page, words=tuple(replace(w, text="") if i in found else w
                                     for i, w in enumerate(page.words)))


def _rows(words: tuple[Word, ...], found: list[int]) -> list[list[int]]:
    """The faint words in rows: words of one size and ink sharing some height, left to
    right, the rows top to bottom."""
    rows: list[list[int]] = []
    for i in sorted(found, key=lambda k: (words[k].box[1], words[k].box[0])):
        w = words[i]
        for row in rows:
            first = words[row[0]]
            if (abs(first.size - w.size) <= SAME_SIZE * max(first.size, w.size)
                    and first.outline == w.outline
                    and abs(paleness(first) - paleness(w)) <= SAME_INK
                    and min(first.box[3], w.box[3]) > max(first.box[1], w.box[1])):
                row.append(i)
                break
        else:
            rows.append([i])
    return [sorted(row, key=lambda k: words[k].box[0]) for row in rows]


def faint_blocks(page: Page, first_index: int, faint: list[int] | None = None) -> list[Block]:
    """Blocks of the page's words in faint display type (``page``: as extract gave it, its
    words not yet left empty; ``faint``: its ``page_faint_words`` when already found), a
    row each, numbered from ``first_index``, kept out of the articles. A row whose language
    its words do not tell takes the other language of the row it goes with (the theme
    word's twin), else English."""
    words = page.words
    rows = _rows(words, page_faint_words(page) if faint is None else faint)
    texts = [" ".join(words[i].text for i in row) for row in rows]
    found = [classify(t) for t in texts]
    told = [lang for lang, _ in found if lang in (Lang.VI, Lang.EN)]
    blocks = []
    for k, (row, text, (lang, conf)) in enumerate(zip(rows, texts, found, strict=True)):
        if lang not in (Lang.VI, Lang.EN):
            lang = Lang.EN if Lang.VI in told and Lang.EN not in told else \
                Lang.VI if Lang.EN in told and Lang.VI not in told else Lang.EN
        log.debug("page %d: kept out of the articles as %s (%s): %r", page.number,
                  Role.ASIDE, REASON, text[:50])
        blocks.append(Block(id=f"p{page.number}-b{first_index + k}", page=page.number,
                            box=union([words[i].box for i in row]), text=text,
                            lang=Lang(lang), role=Role.ASIDE, column=-1, words=tuple(row),
                            lang_confidence=round(conf, 3)))
    return blocks
