"""A chronicle of dated entries: each entry's date, the bands over each month's entries, and the
heading over the chronicle.

A chronicle (a bulletin's highlights of the quarter, a yearbook's record of events) sets
dated entries, each an article of its own: its date in each language on a line or in a cell
of its own, its headline and its text. The entries of a month come under a band naming the
month (``THÁNG MƯỜI`` and ``OCTOBER``), which no article owns; above the first band the
chronicle's own heading (its title in both languages, the head row of its table) owns none
either.

* a block that is only a date (``text.dates.date_alone``) is its entry's date: a label (the
  look alone reads it as a rubric, a byline or a line of text), and so is a short line with
  a figure set flush right under it (its twin, misread by OCR);
* a block that is only a month's name (``text.dates.month_alone``) is a month's band: no
  article's;
* on a page whose first month band lies above its first date, the short blocks lying wholly
  above both are the chronicle's heading: no article's (an entry's text run on from the page
  before would lie above the first date too, but it is no short block, and no band comes
  before it);
* on such a page, text set right under an entry's headline is the entry's text, not a box
  or a caption.

Pure rules over one page's blocks in reading order.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.dates import date_alone, month_alone
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

DATE_LINES = 2      # most lines of a date block (a date may break after its day and month)
TWIN_WORDS = 4      # most words of a date's twin (``5 October 2025``, ``Ngày 5 tháng 10``)
TWIN_GAP = 2.0      # x body size: most white between a date and its twin (OCR boxes hug the ink)
UNDER_GAP = 1.5     # x body size: most white between a headline and its entry's text
HEADING_LINES = 3   # most lines of a block of the chronicle's heading (a title, a head row)
# roles the date and band rules leave alone: a page number is its own thing, and junk is junk
_KEEP = frozenset({Role.PAGE_NUMBER, Role.OTHER})


def _dates(facts: list[Facts]) -> list[int]:
    return [k for k, f in enumerate(facts) if f.lines <= DATE_LINES and date_alone(f.text)]


def _twin_date(f: Facts, date: Facts, body: float) -> bool:
    """A line set right under a date, flush with it, of a few words holding a figure: the
    date's twin in the other language, which OCR misread past ``date_alone``
    (``28 rtobez 2025``)."""
    return f.lines == 1 and len(f.text.split()) <= TWIN_WORDS \
        and any(c.isdigit() for c in f.text) and abs(f.box[0] - date.box[0]) < body \
        and -0.5 * body <= f.box[1] - date.box[3] < TWIN_GAP * body


def _bands(facts: list[Facts]) -> list[int]:
    return [k for k, f in enumerate(facts) if f.lines == 1 and month_alone(f.text)]


def _heading(out: list[str], facts: list[Facts], bands: list[int], dates: list[int]) -> None:
    """The short blocks above the page's first month band, when that band lies above the
    page's first date, made ``header`` (the chronicle's title and its table's head row)."""
    if not bands or not dates:
        return
    band = min(facts[k].box[1] for k in bands)
    first = min(facts[k].box[1] for k in dates)
    if band >= first:
        return
    for k, f in enumerate(facts):
        text = f.text.strip()
        if f.box[3] <= band and f.lines <= HEADING_LINES and text[-1:] not in SENTENCE_ENDS \
                and out[k] not in _KEEP:
            if out[k] != Role.HEADER:
                log.debug("the chronicle's heading above its first month band: %r", text[:40])
            out[k] = Role.HEADER


def _under_headline(out: list[str], facts: list[Facts], body: float) -> None:
    """Text of two lines or more set right under an entry's headline, across the same
    stretch, is the entry's text: not a box or a caption (an entry's text, the shortest of a
    chronicle's, may stand well in from the edges of a page-wide column)."""
    for k in range(1, len(facts)):
        f, head = facts[k], facts[k - 1]
        if out[k] in (Role.ASIDE, Role.CAPTION) and out[k - 1] == Role.TITLE and f.lines >= 2 \
                and -0.5 * body <= f.box[1] - head.box[3] < UNDER_GAP * body \
                and across(f.box, head.box) > 0.5 * (f.box[2] - f.box[0]):
            log.debug("an entry's text under its headline: %r", f.text[:40])
            out[k] = Role.BODY


def chronicle(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Dates alone are labels, month bands and the heading above them belong to no article
    (see the module's doc)."""
    out = list(roles)
    dates, bands = _dates(facts), _bands(facts)
    if not dates:
        return out       # a month's name alone on a page of no dated entry: left to the look
    for k in dates:
        if out[k] not in _KEEP:
            out[k] = Role.LABEL
        after = k + 1
        if after < len(facts) and after not in dates and out[after] not in _KEEP and \
                _twin_date(facts[after], facts[k], page.body_size):
            out[after] = Role.LABEL
            log.debug("the twin of the date %r under it: %r", facts[k].text, facts[after].text)
    for k in bands:
        if out[k] not in _KEEP:
            out[k] = Role.HEADER
            log.debug("a month's band over its entries: %r", facts[k].text[:40])
    _heading(out, facts, bands, dates)
    _under_headline(out, facts, page.body_size)
    return out
