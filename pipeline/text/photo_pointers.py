"""Pointers that open a caption printed away from its photo, naming the page the photo is on.

A magazine that gives a photo a page of its own (edge to edge, no word on it) prints its caption
on the text page beside it, opened by a pointer in bold: ``Ảnh trang bên:`` / ``Opposite:``
(the facing page), ``Ảnh bên trái:`` / ``Left:`` and ``Ảnh bên phải:`` / ``Right:`` (the page
before or after), ``Ảnh trang 3:`` / ``Photo on page 3:`` (the page printed 3). The pointer is
no part of the caption's text; it says where the caption's photo is.

``photo_pointer`` reads such a pointer at a text's start: the words before the first colon
(or OCR's semicolon for it), compared without diacritics and case (OCR drops the marks of
``Ảnh trang bên`` as it drops those of a credit's label), must be one of the forms below;
the text after it is the caption. Pure logic, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from magpipe.text.vietnamese import strip_diacritics


class Towards(StrEnum):
    """Where a pointer says the photo is, from the caption's page."""

    FACING = "facing"       # the page facing it in the spread
    BEFORE = "before"       # the page before it (on its left)
    AFTER = "after"         # the page after it (on its right)
    PAGE = "page"           # the page printed with the number given


@dataclass(frozen=True)
class Pointer:
    towards: Towards
    number: int | None = None     # the printed page number (``PAGE`` only)
    # a side word alone (``Left:``, ``Right:``, ``Opposite:``), naming neither photo nor page:
    # a caption key may be printed so, naming a photo of the caption's own page by its place
    bare: bool = False


# The pointers' words, folded (no diacritics, lower case, single spaces), each language's.
# ``anh`` is ``ảnh`` (photo); ``trang`` page; ``ben`` side; ``trai`` left; ``phai`` right;
# ``doi dien`` opposite; ``truoc`` before; ``sau`` after; ``o`` at.
_FORMS: dict[str, Towards] = {
    "anh trang ben": Towards.FACING, "anh o trang ben": Towards.FACING,
    "anh trang doi dien": Towards.FACING, "anh ben trai": Towards.BEFORE,
    "anh trang ben trai": Towards.BEFORE, "anh trang truoc": Towards.BEFORE,
    "anh ben phai": Towards.AFTER, "anh trang ben phai": Towards.AFTER,
    "anh trang sau": Towards.AFTER,
    "opposite": Towards.FACING, "photo opposite": Towards.FACING,
    "opposite page": Towards.FACING, "facing page": Towards.FACING,
    "photo on opposite page": Towards.FACING, "photo on facing page": Towards.FACING,
    "left": Towards.BEFORE, "photo left": Towards.BEFORE, "photo on the left": Towards.BEFORE,
    "previous page": Towards.BEFORE, "right": Towards.AFTER, "photo right": Towards.AFTER,
    "photo on the right": Towards.AFTER, "next page": Towards.AFTER,
    "overleaf": Towards.AFTER,
}
_BARE = frozenset({"left", "right", "opposite"})
# A pointer naming the photo's page by its number: ``Ảnh trang 3``, ``Ảnh ở trang 3``,
# ``Photo on page 3``, ``Photo page 3``, ``Photo p. 3`` (folded).
_NUMBERED = re.compile(r"^(?:anh (?:o )?(?:trang|tr\.) ?|photo (?:on )?(?:page |p\. ?))"
                       r"(?P<n>\d{1,3})$")
POINTER_WORDS_MOST = 5          # a pointer is a few words (``Photo on opposite page``)
_OPENING = re.compile(r"^\s*(?P<words>[^:;]{1,40}?)\s*[:;]\s*")


def _folded(words: str) -> str:
    return " ".join(strip_diacritics(words).casefold().split())


def photo_pointer(text: str) -> tuple[Pointer, str] | None:
    """The pointer opening ``text`` and the text after it, or None when it opens with none
    (module doc)."""
    m = _OPENING.match(text)
    if m is None or len(m["words"].split()) > POINTER_WORDS_MOST:
        return None
    words = _folded(m["words"])
    rest = text[m.end():].strip()
    if not rest:
        return None
    if (towards := _FORMS.get(words)) is not None:
        return Pointer(towards, bare=words in _BARE), rest
    if (numbered := _NUMBERED.match(words)) is not None:
        return Pointer(Towards.PAGE, int(numbered["n"])), rest
    return None


def pointer_alone(text: str) -> Pointer | None:
    """The pointer ``text`` is, alone (a label split set apart from its caption), or None."""
    found = photo_pointer(f"{text.strip()} -")
    return found[0] if found is not None and found[1] == "-" else None
