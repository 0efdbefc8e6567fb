"""A chronicle of dated entries: each entry's date, the bands over each month's entries, and the
heading over the chronicle.

A chronicle (a bulletin's highlights of the quarter, a yearbook's record of events) sets
dated entries, each an article of its own: its date in each language on a line or in a cell
of its own, its headline and its text. The entries of a month come under a band naming the
month (``THÁNG MƯỜI`` and ``OCTOBER``), which no article owns; above the first band the
chronicle's own heading (its title in both languages, the head row of its table) owns none
either.

* a block that is only a date (``text.dates.date_alone``) is its entry's date: a label (the
  look alone reads it as a rubric, a byline or a line of text);
* a block that is only a month's name (``text.dates.month_alone``) is a month's band: no
  article's;
* on a page whose first month band lies above its first date, the short blocks lying wholly
  above both are the chronicle's heading: no article's (an entry's text run on from the page
  before would lie above the first date too, but it is no short block, and no band comes
  before it).

Pure rules over one page's blocks in reading order.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.dates import date_alone, month_alone
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

DATE_LINES = 2      # most lines of a date block (a date may break after its day and month)
HEADING_LINES = 3   # most lines of a block of the chronicle's heading (a title, a head row)
# roles the date and band rules leave alone: a page number is its own thing, and junk is junk
_KEEP = frozenset({Role.PAGE_NUMBER, Role.OTHER})


def _dates(facts: list[Facts]) -> list[int]:
    return [k for k, f in enumerate(facts) if f.lines <= DATE_LINES and date_alone(f.text)]


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
    for k in bands:
        if out[k] not in _KEEP:
            out[k] = Role.HEADER
            log.debug("a month's band over its entries: %r", facts[k].text[:40])
    _heading(out, facts, bands, dates)
    return out
