"""The order pages are read in: a booklet's half printed turned over reads back to front.

A tête-bêche booklet (a bilingual bulletin, a programme, a report in two editions) prints
its second edition back to back with the first, the book turned over: the reader turns the
book over and reads that half from the back cover. Scanned or exported front to back, that
half's pages come last in the file, each turned half a circle, and in reverse order: its
first page is the file's last. Extract reads a turned page as the page turned upright
(``Page.rotation`` 180: an OCR's turned image, a text layer set turned), so the half is the
run of pages turned 180 degrees that ends the document (pages with no words after it, a
blank back cover, do not count), of ``HALF_PAGES`` pages or more. Its pages are read from
the file's last back to the first of the run: an article that runs over a page of that half
goes on at the file's previous page, and the split's paragraph links and align's articles
follow the reading order.

A page scanned upside down by accident in an upright document stands alone, or is followed
by upright pages: its place is kept.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from typing import TypeVar

from magpipe.artifacts.pages import Page

log = logging.getLogger(__name__)

HALF_TURN = 180       # Page.rotation of a page read turned upside down
HALF_PAGES = 2        # fewest pages of a turned half whose order is reversed (one page
                      # reads the same either way)

P = TypeVar("P", bound=Page)


def turned_half(pages: tuple[Page, ...]) -> tuple[int, int] | None:
    """Where the turned half at the document's end lies in ``pages`` (file order): the index
    of its first page and the index past its last; None when there is none."""
    end = len(pages)
    while end and not pages[end - 1].words:       # a blank back cover
        end -= 1
    start = end
    while start and pages[start - 1].rotation % 360 == HALF_TURN and pages[start - 1].words:
        start -= 1
    if end - start < HALF_PAGES or start == 0:
        return None
    return start, end


def reading_order(pages: tuple[P, ...]) -> tuple[P, ...]:
    """``pages`` in reading order: the file's order, but for a turned half at the document's
    end (see the module docstring), read from the file's last page back."""
    half = turned_half(pages)
    if half is None:
        return pages
    start, end = half
    log.info("pages %d-%d are turned upside down at the document's end (a half printed "
             "turned over): read from page %d back", pages[start].number,
             pages[end - 1].number, pages[end - 1].number)
    return pages[:start] + pages[start:end][::-1] + pages[end:]
