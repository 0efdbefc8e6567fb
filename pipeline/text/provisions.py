"""How the numbered provisions of an agreement, a charter or a statute read as text, in either
language: the line that numbers an article (``Điều 2.``, ``Article 2.``, ``Chương II``,
``Section 3``: one word and a number, nothing else) and the number that opens a clause of it
(``2.1``, ``a)``, ``(b)``, ``3)``). Pure functions of text; no word of either language is
named, so a translation into another keeps them. OCR may glue a speck of punctuation before a
clause number (``.b)``), which is allowed for.
"""

from __future__ import annotations

import re

from magpipe.text.figures import roman_value

# one word of letters (three at least: a unit's name, not an initial) and an article's number
# in Arabic (at most three digits) or Roman numerals, with a full stop or colon after it or not
_NUMBER_LINE = re.compile(r"^\s*([^\W\d_]{3,})\s+(\d{1,3}|[IVXLCivxlc]{1,6})\s*[.:]?\s*$")
# a clause's number opening its paragraph: ``2.1`` / ``2.1.3`` (a dotted number, a full stop
# after it or not), ``a)`` / ``(a)`` / ``3)`` (a letter or number in brackets), then a space;
# a speck of punctuation OCR reads in front of it is allowed
_CLAUSE = re.compile(r"^\W{0,2}?(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?(?:[^\W\d_]|\d{1,2})\))\s")


def number_line(text: str) -> tuple[str, int] | None:
    """The unit word (case folded) and the number of a line numbering an article (``Điều 2.``
    -> ``("điều", 2)``; ``Chương IV`` -> ``("chương", 4)``), else None."""
    found = _NUMBER_LINE.match(text)
    if found is None:
        return None
    word, number = found.groups()
    value = int(number) if number.isdigit() else roman_value(number)
    return (word.casefold(), value) if value > 0 else None


def opens_clause(text: str) -> bool:
    """The paragraph opens with a clause number (``1.2 Tham dự ...``, ``b) The project ...``)."""
    return _CLAUSE.match(text) is not None
