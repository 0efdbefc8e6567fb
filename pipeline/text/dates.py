"""Dates as printed at the head of an entry of a calendar (``20/12: Hội nghị ...``,
``24 December: New Year meeting ...``, ``Ngày 8/1: ...``, ``January 8: ...``), a date set
alone on a line (the date of an entry of a chronicle: ``Ngày 5/10``, ``5/10/2025``,
``5 tháng 10``, ``October 5``), and a month's name set alone (the band over a month's
entries: ``THÁNG MƯỜI``, ``OCTOBER``)."""

from __future__ import annotations

import re

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# a day and month (and maybe a year): day/month as figures (OCR may read the slash as a
# fraction slash ``⁄``), a day before or after an English month name, or ``ngày``/``tháng``
# (OCR may drop their marks: ``thang``)
# a weekday before the date (``Thứ Hai, 5/10``, ``Monday, October 5``)
_WEEKDAY = (r"(?:th[uứ]\s+(?:hai|ba|t[uư]|n[aă]m|s[aá]u|b[aả]y)|ch[uủ]\s+nh[aậ]t|"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s+")
_DAY_MONTH = (
    rf"(?:{_WEEKDAY})?(?:ng[aàá]y\s+)?(?:"
    r"\d{1,2}\s*[/⁄.-]\s*\d{1,2}(?:\s*[/⁄.-]\s*\d{2,4})?"
    rf"|\d{{1,2}}\s*(?:{_MONTHS})\.?(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"|\d{1,2}\s+th[aá]ng\s+\d{1,2}(?:,?\s+n[aă]m\s+\d{4}|\s+\d{4})?"
    r")")
# ... ending in a colon or dash at the start of a line, the entry's text after it
_DATED = re.compile(rf"^\s*{_DAY_MONTH}\s*[:–—-]\s+\S", re.IGNORECASE)
# ... alone (OCR may read a speck before it as a quote mark or a bullet)
_DATE_ALONE = re.compile(rf"^[\'‘’\"•·*]?\s*{_DAY_MONTH}\s*$", re.IGNORECASE)
# Vietnamese months are named by number (``tháng mười``, ``tháng 10``; the first and last
# also ``giêng`` and ``chạp``); the month's name alone, maybe with its year
_VI_MONTH = (r"th[aá]ng\s+(?:\d{1,2}|gi[eê]ng|ch[aạ]p|(?:m[uư][oơờ][iì]\s+)?"
             r"(?:m[oộ]t|hai|ba|t[uư]|b[oố]n|n[aă]m|s[aá]u|b[aả]y|t[aá]m|ch[ií]n)|m[uư][oờ][iì])")
_MONTH_ALONE = re.compile(rf"^\s*(?:{_VI_MONTH}|{_MONTHS})\.?(?:\s*[/,-]?\s*(?:n[aă]m\s+)?"
                          r"\d{4})?\s*$", re.IGNORECASE)


def dated_entry(text: str) -> bool:
    """The text opens with a day and month and a colon or dash: an entry of a calendar."""
    return bool(_DATED.match(text))


def date_alone(text: str) -> bool:
    """The text is a day and month (maybe a year) and nothing else: an entry's date set on a
    line or in a cell of its own."""
    return bool(_DATE_ALONE.match(text))


_EN_MONTH = re.compile(rf"(?<![^\W\d_])(?:{_MONTHS})(?![^\W\d_])", re.IGNORECASE)


def date_in_english(text: str) -> bool:
    """A date (``date_alone``) names an English month (``5 October``); one in figures or with
    ``ngày`` / ``tháng`` (``5/10/2025``, ``5 tháng 10``) is set the Vietnamese way (an English
    date beside its twin names the month)."""
    return bool(_EN_MONTH.search(text))


# the two languages' names of a month on one line, parted by a spaced slash, bar or dash
_TWIN_PARTS = re.compile(r"\s+[/|·–—-]\s+")


def month_alone(text: str) -> bool:
    """The text names a month (maybe with its year), or names it in both languages
    (``THÁNG MƯỜI / OCTOBER``), and nothing else: the band set over a month's entries of a
    chronicle or a calendar."""
    return all(_MONTH_ALONE.match(part) for part in _TWIN_PARTS.split(text.strip()))


# a day and month anywhere in a line, not inside a longer figure (``12/12/2025`` in ``Số 3 ·
# Thứ Sáu, 12/12/2025``; ``12 December 2025``)
_DATE_IN = re.compile(rf"(?<![\w/⁄.-]){_DAY_MONTH}(?![\w/⁄]|[.-]\d)", re.IGNORECASE)


def has_date(text: str) -> bool:
    """The text holds a day and month (maybe a year) somewhere: an issue or date line."""
    return bool(_DATE_IN.search(text))


# a month named with its year, as a monthly's issue line dates it (``Tháng 11 năm 2025``,
# ``tháng 11/2025``, ``November 2025``, ``Nov. 2025``), not inside a longer figure or word
_MONTH_YEAR = re.compile(rf"(?<![\w/⁄.-])(?:{_VI_MONTH}\s*(?:[/,-]|\s+n[aă]m)?\s*\d{{4}}"
                         rf"|(?:{_MONTHS})\.?,?\s+\d{{4}})(?![\w/⁄])", re.IGNORECASE)


def has_month_year(text: str) -> bool:
    """The text names a month and its year somewhere (a monthly issue's date line)."""
    return bool(_MONTH_YEAR.search(text))


# a quarter named with its year, as a quarterly's issue line dates it (``Quý IV năm 2025``,
# ``quý 4/2025``, ``Fourth quarter 2025``, ``Q4 2025``), not inside a longer figure or word
_QUARTER_YEAR = re.compile(
    r"(?<![\w/⁄.-])(?:qu[yý]\s+(?:[1-4]|i{1,3}|iv)\s*(?:[/,-]|\s+n[aă]m)?\s*\d{4}"
    r"|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter,?\s+(?:of\s+)?\d{4}"
    r"|q[1-4]\s*[/,-]?\s*\d{4})(?![\w/⁄])", re.IGNORECASE)


def has_quarter_year(text: str) -> bool:
    """The text names a quarter and its year somewhere (a quarterly issue's date line)."""
    return bool(_QUARTER_YEAR.search(text))


# clock times as Vietnamese print them, the hour and minutes parted by an ``h`` (``08h30``,
# ``14h``), alone or as a span (``08h30 - 09h30``); English parts them by a colon or a point
# (``8:30``, ``8.30 am``). OCR may read a digit as a dagger (``†1h30``), a speck after the
# time as a quote mark.
_VI_CLOCK = r"\S?\d{1,2}\s?h(?:\s?\d{2})?"
_VI_CLOCKS = re.compile(rf"^\s*{_VI_CLOCK}(?:\s*[–—-]\s*{_VI_CLOCK})?[\"'”’.,]?\s*$",
                        re.IGNORECASE)


def vietnamese_clock(text: str) -> bool:
    """The text is a clock time or a span of two set the Vietnamese way (``08h30 - 09h30``)
    and nothing else: a timetable's time cell, Vietnamese by its form."""
    return bool(_VI_CLOCKS.match(text))


# the issue's number as an issue line prints it (``Số 4``, ``No. 4``, ``Issue 12``, ``#4``)
_ISSUE_NUMBER = re.compile(r"(?<![\w])(?:s[oố]|no\.?|issue|number|#)\s*\d{1,4}(?![\w/⁄.,]\d)",
                           re.IGNORECASE)


def has_issue_number(text: str) -> bool:
    """The text names an issue by its number (a bulletin's issue line)."""
    return bool(_ISSUE_NUMBER.search(text))
