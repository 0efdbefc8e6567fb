"""Dates as printed at the head of an entry of a calendar (``20/12: Hội nghị ...``,
``24 December: New Year meeting ...``, ``Ngày 8/1: ...``, ``January 8: ...``)."""

from __future__ import annotations

import re

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# a day and month (and maybe a year) ending in a colon or dash at the start of a line:
# day/month as figures (OCR may read the slash as a fraction slash ``⁄``), a day before or
# after an English month name, or ``ngày``/``tháng``
_DATED = re.compile(
    r"^\s*(?:ngày\s+)?(?:"
    r"\d{1,2}\s*[/⁄.-]\s*\d{1,2}(?:\s*[/⁄.-]\s*\d{2,4})?"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r")\s*[:–—-]\s+\S", re.IGNORECASE)


def dated_entry(text: str) -> bool:
    """The text opens with a day and month and a colon or dash: an entry of a calendar."""
    return bool(_DATED.match(text))
