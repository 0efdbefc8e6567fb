"""Pages whose text layer is set turned: read as the page turned upright.

A tête-bêche booklet prints its second edition back to back with the first, the book
turned over: in the file, that half's pages are upside down, every character's text matrix
turned half a circle. A page can as well be set sideways (a table or a chart turned a
quarter) with all its text reading upwards or downwards. PDFium gives such a page's
characters with their boxes where they land on the page as the file shows it, and orders a
line's words by their x on the page: on a page turned half a circle a line comes out word by
word backwards ("RECEIVES COMMITTEE PEOPLE'S ... OF LEADER"), its lines stepping up the
page, and every geometric rule downstream (columns, reading order, heads at the top) reads
it as a page of one-line blocks.

``upright_page`` asks PDFium the angle of a few characters spread over the page
(``SAMPLE``: a handful of calls, nothing for an upright page beyond them). When most of
them are turned by the same quarter turn, every character is asked, and when
``TURNED_SHARE`` of the page's characters (spaces aside) are turned alike, the page is a
turned page: its words' boxes and its photographs' boxes are given in the frame of the page
turned upright (``turned_box``), the page's width and height swapped for a quarter turn,
and each line's words put in their reading order in that frame (the line's words are those
PDFium puts between two line breaks; their order is by their left edge once upright, as
PDFium orders an upright line's words). The characters of a word keep PDFium's order: it
gives them in the order the content stream draws them, the reading order. A page with only
some text turned (a photo credit set upright along its edge) is left as it is
(``split.turned`` reads such runs).

The turn is in degrees clockwise, as the OCR path turns a page image before reading it
(``Page.rotation``): a page set upside down is turned 180, text reading upwards 90, text
reading downwards 270.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from typing import TYPE_CHECKING

import pypdfium2.raw as pdfium_c

if TYPE_CHECKING:
    import pypdfium2 as pdfium
    from magpipe.artifacts.pages import Drawing
    from magpipe.extract.page_objects import PdfPageFacts
    from magpipe.extract.pdftext import RawWord

log = logging.getLogger(__name__)

SAMPLE = 12           # characters asked for their angle on every page, spread over its text
# Share of the sampled characters, and then of all the page's characters (spaces aside),
# turned by the same quarter turn that makes the page a turned page: a page of upright text
# with a credit or a margin label set turned stays far below it; a turned half's page has
# all its text turned (its page number too).
TURNED_SHARE = 0.9
QUARTER = math.pi / 2

PointBox = tuple[float, float, float, float]


def turned_box(box: PointBox, degrees: int, width: float, height: float) -> PointBox:
    """Where a box (left, top, right, bottom; origin top-left) on a ``width`` x ``height``
    page lies once the page is turned ``degrees`` (90, 180 or 270) clockwise; other values
    leave it where it is."""
    x0, top, x1, bottom = box
    if degrees == 90:
        return height - bottom, x0, height - top, x1
    if degrees == 180:
        return width - x1, height - bottom, width - x0, height - top
    if degrees == 270:
        return top, width - x1, bottom, width - x0
    return box


def turn_of(textpage: pdfium.PdfTextPage, index: int) -> int:
    """The clockwise turn (0, 90, 180 or 270) that sets character ``index`` upright: its
    angle to the nearest quarter turn, taken back (PDFium measures it clockwise as the page
    is seen: text reading upwards is at 270 degrees and needs a turn of 90)."""
    angle = pdfium_c.FPDFText_GetCharAngle(textpage.raw, index)
    if angle < 0:        # PDFium could not tell (a character it made): counts as upright
        return 0
    return (-round(angle / QUARTER) % 4) * 90


def _sampled_turn(textpage: pdfium.PdfTextPage, text: str) -> int:
    """The turn most of ``SAMPLE`` characters spread over the page's text share, when
    ``TURNED_SHARE`` of them do and it is a turn; else 0."""
    count = len(text)
    step = max(1, count // SAMPLE)
    sampled = [k for k in range(step // 2, count, step) if not text[k].isspace()][:SAMPLE]
    if not sampled:
        return 0
    turns = [turn_of(textpage, k) for k in sampled]
    best = max(set(turns), key=turns.count)
    return best if best and turns.count(best) >= TURNED_SHARE * len(turns) else 0


def page_turn(textpage: pdfium.PdfTextPage, text: str) -> int:
    """The clockwise turn (90, 180, 270) that sets the page's text upright when it is a
    turned page, else 0: the sampled characters' turn (``_sampled_turn``), when
    ``TURNED_SHARE`` of all the page's characters but spaces share it."""
    turn = _sampled_turn(textpage, text)
    if not turn:
        return 0
    inked = [k for k, char in enumerate(text) if not char.isspace()]
    alike = sum(1 for k in inked if turn_of(textpage, k) == turn)
    return turn if inked and alike >= TURNED_SHARE * len(inked) else 0


def reading_order(words: list[RawWord]) -> list[RawWord]:
    """The words of each line (the run from one word the layer starts a line with to the
    next) by their left edge, the line's start kept at its first word; lines in the layer's
    order. Boxes must already be upright."""
    out: list[RawWord] = []
    line: list[RawWord] = []

    def flush() -> None:
        if not line:
            return
        starts_line = line[0].newline
        ordered = sorted(line, key=lambda w: w.x0)
        out.extend(w._replace(newline=starts_line and k == 0) for k, w in enumerate(ordered))
        line.clear()

    for word in words:
        if word.newline:
            flush()
        line.append(word)
    flush()
    return out


def upright_page(textpage: pdfium.PdfTextPage, text: str, facts: PdfPageFacts,
                 words: list[RawWord]) -> tuple[PdfPageFacts, list[RawWord]]:
    """The page's facts and words as they are, or, for a page whose text is all turned, the
    facts with ``turn`` set (the clockwise turn) and the words as on the page turned upright
    (their boxes turned, each line's words in reading order; ``upright_frame`` gives the
    page's size and images in that frame)."""
    if not words:
        return facts, words
    turn = page_turn(textpage, text)
    if not turn:
        return facts, words
    width, height = facts.width, facts.height
    turned = []
    for w in words:
        x0, top, x1, bottom = turned_box((w.x0, w.top, w.x1, w.bottom), turn, width, height)
        turned.append(w._replace(x0=x0, top=top, x1=x1, bottom=bottom))
    log.debug("page text turned %d degrees: read as the page turned upright", turn)
    return replace(facts, turn=turn), reading_order(turned)


def upright_drawings(facts: PdfPageFacts) -> tuple[Drawing, ...]:
    """The page's drawings in the frame its words are given in (as ``upright_frame``)."""
    if not facts.turn:
        return facts.drawings
    return tuple(replace(d, box=turned_box(d.box, facts.turn, facts.width, facts.height))
                 for d in facts.drawings)


def upright_frame(facts: PdfPageFacts) -> tuple[float, float, tuple[PointBox, ...]]:
    """Width, height and image boxes of the page as its words are given: turned upright by
    ``facts.turn`` (the facts themselves are the page's as the file shows it)."""
    if not facts.turn:
        return facts.width, facts.height, facts.image_boxes
    width, height = facts.width, facts.height
    boxes = tuple(turned_box(b, facts.turn, width, height) for b in facts.image_boxes)
    return (width, height, boxes) if facts.turn == 180 else (height, width, boxes)
