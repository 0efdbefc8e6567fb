"""Caption strips turned a quarter beside a photo, found in a page's first OCR reading.

A design magazine sets a photo's captions turned a quarter in a narrow strip along its side
(``split.turned_captions``). The page itself is upright, so Tesseract reads it as it is:
the strip's lines come out as words taller than wide, some read the right way up, others
read as if turned the other way (noise: ``qượu1 8uọo``). Such a strip is found here and read
once more on its own, its crop turned upright, and its words take the place of the first
reading's:

* a strip is ``STRIP_WORDS`` words or more, each of ``TALL_LETTERS`` characters or more and
  ``TALL`` times as high as wide, standing outside a photo and within its depth
  (``DEPTH_SLACK`` of a line's width over its top or under its foot): those within
  ``REACH`` line widths of the photo's side, then those within ``NEXT_LINE`` line widths of
  one of them (the strip's further lines); a line's width is the words' median width;
* its crop is the box of those words, ``PAD`` of a line's width wider on every side, and it
  holds every word of the first reading whose centre lies in it (short words and marks read
  from its lines too);
* which way to turn it: the way the strip's surely read lines run (words read at
  ``SURE`` confidence or more, two a line at least: a line reading up the page is turned a
  quarter clockwise to stand upright); a strip no line of which tells is turned as text
  reading up (``UP``), the way captions and credits set along a photo run.

Credits set upright along a photo's edge (``Ảnh: NAME``, ``Photo: NAME``) are no strip:
the ``STRIP_WORDS`` must be words of neither a credit's label nor a name in capitals; they
stay as the page's reading gave them (``split.turned`` reads them).

The strip's geometry (beside the photo, its further lines, which way it reads) lives in
``magpipe.caption_strips``, shared with split's strips of turned lines; the tall words, the
credits, the line width and the crop are this module's own. Pure logic on the words' pixel
boxes, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median
from typing import Protocol

from magpipe.caption_strips import beside, gap_across, grown, reads_up
from magpipe.extract.ocr.photomask import PixelBox
from magpipe.extract.ocr.tesseract import OcrResult, OcrWord
from magpipe.extract.turns import turned_box
from magpipe.text.credits import CREDIT_LINE

STRIP_WORDS = 6       # tall words beside a photo that make a strip of captions, not counting
                      # a credit's label or a name in capitals (two credits set upright along
                      # a photo's edge are six words of them)
TALL_LETTERS = 3      # characters of a word whose shape tells it is set upright
TALL = 1.5            # height over width of a word of a line set upright
REACH = 3.0           # x a line's width: the strip's first line stands this close to the photo
NEXT_LINE = 1.6       # x a line's width: from one line of the strip to the next (leading and
                      # a caption's gap from the next)
DEPTH_SLACK = 0.5     # x a line's width: a strip's word stands out of the photo's depth this
PAD = 0.4             # x a line's width: white kept round the strip's words in its crop
SURE = 85.0           # OCR confidence of a word read the right way
UP = 90               # degrees clockwise that stand a strip reading up the page upright
DOWN = 270            # ... and one reading down


class Placer(Protocol):
    """A region read on its own: it puts a word of its reading back on the page."""

    @property
    def titles(self) -> bool: ...      # a strip of titles, not of captions (read-only)

    def placed(self, word: OcrWord, line: int, block: int) -> OcrWord: ...


@dataclass(frozen=True)
class Strip:
    """A caption strip found on the page: its crop (pixels), the turn that stands it upright
    (degrees clockwise), and the indices of the first reading's words it holds; ``titles``: a
    strip of titles beside the text (``title_strips``), not of captions."""
    box: PixelBox
    turn: int
    words: tuple[int, ...]
    titles: bool = False

    def placed(self, word: OcrWord, line: int, block: int) -> OcrWord:
        """A word of the strip's own reading put back on the page (see ``placed``)."""
        return placed(word, self, line, block)


def _tall(w: OcrWord) -> bool:
    return len(w.text) >= TALL_LETTERS and w.height >= TALL * w.width > 0


def _credit_word(w: OcrWord) -> bool:
    """A word a credit is made of: its label (``Ảnh:``, ``Photo:``) or a name in capitals."""
    return bool(CREDIT_LINE.match(w.text)) or not any(c.islower() for c in w.text)


def word_box(w: OcrWord) -> PixelBox:
    return w.left, w.top, w.left + w.width, w.top + w.height


def turn_of(words: Sequence[OcrWord]) -> int:
    """The turn that stands the strip upright: how its surely read lines run (see the
    module)."""
    lines: dict[int, list[PixelBox]] = {}
    for w in words:
        if w.conf >= SURE and _tall(w):
            lines.setdefault(w.line, []).append(word_box(w))
    return UP if reads_up(lines.values()) else DOWN


def caption_strips(words: Sequence[OcrWord], photos: Sequence[PixelBox]) -> list[Strip]:
    """The caption strips beside ``photos`` in a page's reading ``words`` (see the module)."""
    tall = [k for k, w in enumerate(words) if _tall(w)]
    if len(tall) < STRIP_WORDS:
        return []
    boxes = [word_box(w) for w in words]
    taken: set[int] = set()
    out: list[Strip] = []
    for photo in photos:
        near = [k for k in tall if k not in taken and gap_across(photo, boxes[k]) >= 0]
        if len(near) < STRIP_WORDS:
            continue
        line = median(words[k].width for k in near)
        slack = DEPTH_SLACK * line
        first = [k for k in near if beside(photo, boxes[k], REACH * line, slack)]
        members = grown(photo, boxes, first, near, slack, NEXT_LINE, line)
        if sum(not _credit_word(words[k]) for k in members) < STRIP_WORDS:
            continue
        pad = round(PAD * line)
        box = (min(boxes[k][0] for k in members) - pad, min(boxes[k][1] for k in members) - pad,
               max(boxes[k][2] for k in members) + pad, max(boxes[k][3] for k in members) + pad)
        held = tuple(k for k, w in enumerate(words)
                     if box[0] <= w.left + w.width / 2 <= box[2]
                     and box[1] <= w.top + w.height / 2 <= box[3])
        taken.update(held)
        out.append(Strip((max(box[0], 0), max(box[1], 0), box[2], box[3]),
                         turn_of([words[k] for k in held]), held))
    return out


def placed(word: OcrWord, strip: Strip, line: int, block: int) -> OcrWord:
    """A word of the strip's own reading (pixels on its crop turned upright) put back on the
    page: its box where it lies on the page, its line and block numbered after the page's."""
    width, height = strip.box[2] - strip.box[0], strip.box[3] - strip.box[1]
    # the crop was turned ``strip.turn`` clockwise (a quarter: it is height x width now);
    # the rest of the full turn takes the word back
    x0, top, x1, bottom = turned_box(word_box(word), (360 - strip.turn) % 360, height, width)
    return OcrWord(word.text, strip.box[0] + round(x0), strip.box[1] + round(top),
                   round(x1 - x0), round(bottom - top), word.conf, line, block,
                   word.line_height)


def with_strips(result: OcrResult, strips: Sequence[tuple[Placer, OcrResult]]) -> OcrResult:
    """The page's reading with each strip's words put back where they lie on the page (a
    caption strip, a title strip, a caption turned with its photo: ``tilted_captions``),
    their lines and blocks numbered after the page's."""
    words = list(result.words)
    line = max((w.line for w in words), default=0) + 1
    block = max((w.block for w in words), default=0) + 1
    for strip, read in strips:
        words += [strip.placed(w, line + w.line, block + w.block) for w in read.words]
        line += max((w.line for w in read.words), default=0) + 1
        block += max((w.block for w in read.words), default=0) + 1
    return OcrResult(tuple(words))
