"""What a contents entry looks like as printed: its own number, its title, the page it points to.

Both stages read contents entries. Split tells whether a block points to a page
(:func:`magpipe.split.roles.points_to_page`) and where the list under a contents heading ends
(:mod:`magpipe.split.contents`); align reads each entry's number and page and cuts entries
run together in one block (:mod:`magpipe.align.entries`). The printed forms are set here once:

* the page at the right, after a leader or a space (``Title …… 12``, ``Title ..... 12``,
  ``Title 12``): :func:`page_at_right`, :func:`ends_with_page`, :func:`without_page`;
* the page at the left, set apart from the title (``12  Title``: a page column at the left):
  :func:`page_at_left`;
* the entry's own number and its stop (``1. Title``, ``2- Title``, ``3) Title``):
  :func:`opens_with_number`, :func:`read_entry`, and in a stream of entries run together
  :func:`marked_numbers` (with the stop) and :func:`bare_numbers` (OCR lost the stop);
* a rubric opening each entry (``ĐIỂM TIN ĐỐI NGOẠI: …``): :func:`opening_rubric`.

Pure functions, no I/O.
"""

from __future__ import annotations

import re

# The page an entry points to: one to three digits (a magazine's pages; four digits ending a
# line are a year, ``Tết Giáp Thìn 2024``, not a page)
PAGE = r"\d{1,3}"
# An entry's own number: one to three digits (a list of briefs may run past 99)
NUMBER = r"\d{1,3}"
# The leader between an entry's title and its page: an ellipsis character, or a run of two dots
# or ellipses or more (``……``, ``.....``); a space alone also sets the page apart (_PAGE_RIGHT)
LEADER = r"(?:…|[….]{2,})"
# The stop printed after an entry's number (``1.``, ``2-``, ``3)``, ``4:``); OCR reads a full
# stop as a comma now and then (``2, TITLE``)
STOP = r"[-.),:]"
# Where an entry's title starts after its number or page: a letter, or an opening quotation
# mark (``5 “Đổi mới” …``); a digit there is a figure (``1.5 triệu``), not a title
TITLE_START = r"(?=[^\W\d_]|[“\"«„‘'])"
# A number that opens an entry in a stream of entries run together: at the start or after a
# space (inside a word, ``COVID-19``, it is part of the word)
_OPENS = r"(?:^|(?<=\s))"

_PAGE_RIGHT = re.compile(rf"\s*(?:{LEADER}|\s)\s*(?P<page>{PAGE})\s*$")
_PAGE_LEFT = re.compile(rf"^\s*(?P<page>{PAGE})\s+{TITLE_START}")
_NUMBER_LEFT = re.compile(rf"^\s*(?P<number>{NUMBER})\s*{STOP}\s*{TITLE_START}")
_MARKED = re.compile(rf"{_OPENS}(?P<number>{NUMBER})\s*{STOP}\s*{TITLE_START}")
_BARE = re.compile(rf"{_OPENS}(?P<number>{NUMBER})\s+{TITLE_START}")
# A rubric opening an entry: a word and a few more, then a colon (``ĐIỂM TIN ĐỐI NGOẠI:``);
# no digit in it (a time, ``10:30``, is no rubric)
_RUBRIC = re.compile(r"^[^\W\d_][^:\d]{2,40}:")


def page_at_right(text: str) -> int | None:
    """The page an entry's text ends with (``Title …… 12``), or None."""
    m = _PAGE_RIGHT.search(text)
    return int(m.group("page")) if m else None


def ends_with_page(text: str) -> bool:
    """Ends with the number of a page it points to (a contents entry)."""
    return _PAGE_RIGHT.search(text) is not None


def without_page(text: str) -> str:
    """The entry's text without the page it ends with (and its leader)."""
    return _PAGE_RIGHT.sub("", text)


def page_at_left(text: str) -> int | None:
    """The page an entry opens with, set apart from its title (``12  Title``), or None."""
    m = _PAGE_LEFT.match(text)
    return int(m.group("page")) if m else None


def opens_with_number(text: str) -> bool:
    """The text opens with an entry's own number and its stop (``1. Title``)."""
    return _NUMBER_LEFT.match(text) is not None


def read_entry(text: str) -> tuple[int | None, int | None]:
    """An entry's own number (at its start, with its stop) and the page it points to: at its
    end (``1. Title … 12``), or, when no number opens it and no page ends it, at its start
    (``12  Title``, the page column at the left)."""
    number = _NUMBER_LEFT.match(text)
    page = page_at_right(text)
    if page is None and number is None:
        page = page_at_left(text)
    return (int(number.group("number")) if number else None), page


def marked_numbers(stream: str) -> list[tuple[int, int]]:
    """(offset, number) of every entry number with its stop in a stream of entries."""
    return [(m.start("number"), int(m.group("number"))) for m in _MARKED.finditer(stream)]


def bare_numbers(stream: str) -> list[tuple[int, int]]:
    """(offset, number) of every number set before a title without a stop (OCR lost it)."""
    return [(m.start("number"), int(m.group("number"))) for m in _BARE.finditer(stream)]


def opening_rubric(text: str) -> str | None:
    """The rubric the text opens with, its colon included (``ĐIỂM TIN ĐỐI NGOẠI:``), or None."""
    m = _RUBRIC.match(text)
    return m.group(0) if m else None
