"""The photo a caption's pointer names on another page (``Ảnh trang bên:`` / ``Opposite:``,
``Ảnh bên trái:`` / ``Left:``, ``Ảnh trang 3:`` / ``Photo on page 3:``;
:mod:`magpipe.text.photo_pointers`).

A magazine that gives a photo a page of its own prints its caption on the text page beside
it, opened by such a pointer. The pointed page's photo is the largest photo extract recorded
on it; a page of a photo alone, run off its four edges, has none recorded (extract takes a
picture over the whole page for the page's background, ``extract.photos``) and no text (OCR
reads a few specks off a scanned photo: at most ``PHOTO_PAGE_LETTERS`` letters), and its
photo is the whole page.

Which page a pointer names, from the caption's page ``n``:

* ``BEFORE`` (``Left:``) the page before, ``AFTER`` (``Right:``) the page after;
* ``FACING`` (``Opposite:``) the page before or after that holds a photo; when both do, the
  one no caption of another page names alone (a photo page is one caption's: text pages each
  opening an article after its photo page, ``Opposite:`` on page 3 names page 4 when page
  1's caption can only name page 2), else the page facing ``n`` in the spread (a printed
  even page is a left page, facing the next);
* ``PAGE`` (``Photo on page 3:``) the page printed with that number: the pages' printed
  numbers (page-number blocks) say how far they run from the pages' order (``folio_offset``;
  none read: the same).

The pointed page must hold a photo, or the pointer is not read as one. Pure logic, no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role, SplitArtifact
from magpipe.text.photo_pointers import Pointer, Towards, photo_pointer, pointer_alone

# Letters OCR may read off a photo filling a scanned page (``ge``, ``le``: its specks), the
# page still a photo alone.
PHOTO_PAGE_LETTERS = 12
_FOLIO = re.compile(r"^\D{0,12}?(\d{1,3})\D{0,12}$")


@dataclass(frozen=True)
class Pointing:
    """What a pointer needs of a document: each page's photo (``photos``: the largest one, or
    the whole page of a page of a photo alone), its printed numbers' offset from the pages'
    order, and which pages hold a photo of their own (a bare side word on such a page is a
    caption key, no pointer)."""

    photos: dict[int, Box] = field(default_factory=dict)
    offset: int = 0
    with_photos: frozenset[int] = frozenset()
    # each page a caption of one page names alone: that caption page (``claimed``)
    claimed: dict[int, int] = field(default_factory=dict)

    def pointed(self, pointer: Pointer, page: int) -> tuple[int, Box] | None:
        """The page ``pointer`` names from a caption on ``page``, and its photo (module
        doc); None when that page holds no photo."""
        if pointer.bare and page in self.with_photos:
            return None
        wanted = self._wanted(pointer, page)
        if len(wanted) > 1:
            free = [n for n in wanted if self.claimed.get(n, page) == page]
            left_page = (page + self.offset) % 2 == 0
            wanted = free if len(free) == 1 else [page + 1 if left_page else page - 1]
        target = next((n for n in wanted if n != page and n in self.photos), None)
        return None if target is None else (target, self.photos[target])

    def _wanted(self, pointer: Pointer, page: int) -> list[int]:
        """The pages ``pointer`` may name from ``page`` that hold a photo, in order of
        preference; two for a facing page when both neighbours hold one."""
        if pointer.towards == Towards.PAGE:
            assert pointer.number is not None
            wanted = [pointer.number - self.offset, pointer.number]
        elif pointer.towards == Towards.BEFORE:
            wanted = [page - 1]
        elif pointer.towards == Towards.AFTER:
            wanted = [page + 1]
        else:
            return [n for n in (page - 1, page + 1) if n in self.photos]
        held = [n for n in wanted if n != page and n in self.photos]
        return held[:1]

    def cut(self, text: str, page: int) -> tuple[str, tuple[int, Box]] | None:
        """``text`` without the pointer opening it and the photo it names, or None when it
        opens with no pointer naming a photo."""
        found = photo_pointer(text)
        if found is None:
            return None
        photo = self.pointed(found[0], page)
        return None if photo is None else (found[1], photo)


    def alone(self, text: str, page: int) -> tuple[int, Box] | None:
        """The photo named by ``text`` when it is a pointer alone, else None."""
        found = pointer_alone(text)
        return None if found is None else self.pointed(found, page)


def pointing(artifact: SplitArtifact) -> Pointing:
    """The document's :class:`Pointing`."""
    photos: dict[int, Box] = {}
    for p in artifact.pages:
        if p.images:
            photos[p.number] = max(p.images, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
        elif sum(c.isalpha() for b in p.blocks for c in b.text) <= PHOTO_PAGE_LETTERS:
            photos[p.number] = (0.0, 0.0, p.width, p.height)
    bare = Pointing(photos, folio_offset(artifact),
                    frozenset(p.number for p in artifact.pages if p.images))
    claimed: dict[int, int] = {}
    for p in artifact.pages:
        for b in p.blocks:
            found = pointer_alone(b.text) or (photo_pointer(b.text) or (None,))[0]
            if found is not None and len(named := bare._wanted(found, p.number)) == 1:
                claimed.setdefault(named[0], p.number)
    return replace(bare, claimed=claimed)


def folio_offset(artifact: SplitArtifact) -> int:
    """The printed page numbers' offset from the pages' order: the one most page-number
    blocks agree on, 0 when none is read."""
    offsets = Counter(int(m[1]) - p.number for p in artifact.pages for b in p.blocks
                      if b.role == Role.PAGE_NUMBER and (m := _FOLIO.match(b.text.strip())))
    return offsets.most_common(1)[0][0] if offsets else 0
