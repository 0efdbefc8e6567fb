"""Figures as tables and texts print them, and the language their notation tells: pure data
and functions, no I/O.

Vietnamese writes a decimal comma and a thousands point (``2.145,6``, ``115,4``), English a
decimal point and a thousands comma (``2,145.6``, ``115.4``). A figure whose last mark is
followed by one or two digits tells which (a mark followed by three is a thousands mark in
either, or a decimal one: it tells nothing), as does one holding both marks (the last is the
decimal one).
"""

from __future__ import annotations

import re

# a figure: digits with thousands and decimal marks, maybe signed, bracketed or in per cent
# (``2.145,6``, ``-3,2``, ``(12)``, ``115%``); a date or a clock time is none (``19/12``,
# ``08:30``), nor a number closing a sentence or a clause (``in 2025.``, ``2025,``)
FIGURE = re.compile(r"^[(+−–-]?\d(?:[\d.,]*\d)?%?\)?$")
_LETTER = re.compile(r"[^\W\d_]")
# the decimal mark, told by what follows the figure's last mark (one or two digits) or by
# both marks standing in it
_DECIMAL_COMMA = re.compile(r"(?:\d,\d{1,2}|\d\.\d{3},\d+)(?![\d.,]*\d)")
_DECIMAL_POINT = re.compile(r"(?:\d\.\d{1,2}|\d,\d{3}\.\d+)(?![\d.,]*\d)")
_ROMAN_VALUES = {"m": 1000, "d": 500, "c": 100, "l": 50, "x": 10, "v": 5, "i": 1}


def is_figure(token: str) -> bool:
    return bool(FIGURE.match(token))


def trailing_figures(text: str) -> int:
    """How many figures the text ends in (``Xuất khẩu 2.145,6 2.480,3 115,6``: three)."""
    n = 0
    for token in reversed(text.split()):
        if not FIGURE.match(token):
            break
        n += 1
    return n


def notation_language(text: str) -> str | None:
    """``vi`` or ``en`` when the text holds figures and no letter and its figures are written
    in that language's notation only; ``None`` when it holds a letter or tells nothing."""
    if _LETTER.search(text):
        return None
    tokens = [t.rstrip("%)").lstrip("(+−–-") for t in text.split() if FIGURE.match(t)]
    vi = sum(bool(_DECIMAL_COMMA.search(t)) for t in tokens)
    en = sum(bool(_DECIMAL_POINT.search(t)) for t in tokens)
    if vi and not en:
        return "vi"
    if en and not vi:
        return "en"
    return None


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral in either case (``XIV`` -> 14, ``iv`` -> 4): each letter
    added, or taken away when a larger one follows it. The caller checks the numeral's form
    (a pattern of its own); a sum that comes out 0 or less is no number, as is the empty
    string (0)."""
    values = [_ROMAN_VALUES[c] for c in numeral.lower()]
    if not values:
        return 0
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
