"""Telephone numbers in running text: the mark of a classified advert or a notice.

A number counts when it is written as telephone numbers are, in groups: an area code in
brackets or a trunk prefix, then groups of three and four digits joined by spaces, stops or
hyphens (``(281) 835-2771``, ``713-542-4618``, ``0912 345 678``, ``024.3823.4567``). OCR's
slips round the groups (a stop or a space read beside a hyphen, ``(281).246-632``) are
allowed; a year, a date, a price or a figure with thousands stops is not one.
"""

from __future__ import annotations

import re

PHONE = re.compile(
    r"(?<![\w$.,])(?:"
    # an area code in brackets, then 3 and 3-4 digits: (281) 835-2771, (281).246-632
    r"\(\s?\d{2,4}\s?\)[\s.-]{0,2}\d{3}\s?[-.\s]\s?\d{3,4}"
    # three groups of digits joined by hyphens: 713-542-4618
    r"|\d{3}-\d{3}-\d{4}"
    # a Vietnamese number: a trunk prefix 0, then groups of 2-4 digits (10-11 digits in all)
    r"|0\d{2,3}[\s.]\d{3,4}[\s.]\d{3,4}"
    r")(?![\w])")


def phone_numbers(text: str) -> int:
    """How many telephone numbers ``text`` holds."""
    return len(PHONE.findall(text))
