"""An entry's date set over its headline (a chronicle, a calendar): it heads the entry below.

The split stage gives an entry's date, set on a line or in a cell of its own, the role
``label``. The date comes before the entry's title in the reading order (above it, or in a
margin or a date column left of it), while the entry before is still open: a label that is
a date therefore waits for the next title of its language and becomes that article's label,
rather than the label of the article that is open (``Tóm tắt`` over an abstract heads the
text that follows in the open article). Only when text of its language comes before any
title does the open article take it, as before.

Pure functions, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.layout import Block, Role
from magpipe.text.dates import date_alone

DATE_WORDS = 4      # most words of a date label whose twin OCR misread (``28 rtobez 2025``)


def dateline(block: Block, role: str) -> bool:
    """A label that is an entry's date: a date alone, or a few words holding a figure (a date
    OCR misread; the split stage tells the twin under a date by its place)."""
    if role != Role.LABEL:
        return False
    text = block.text.strip()
    return date_alone(text) or (len(text.split()) <= DATE_WORDS
                                and any(c.isdigit() for c in text))
