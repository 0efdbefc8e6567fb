"""Keyed captions whose keys OCR misread: read by their order.

A scanned key loses or changes its numbers now and then: ``1 -`` read ``4 -``, ``4 –`` read
``4`` (the dash lost). :mod:`magpipe.align.keyed` pairs a page's Vietnamese and English
captions by their keys; a key read twice in one language, or a caption block that opens
with a bare number, used to leave the whole page to the unkeyed caption rules (the keys
kept in the captions' text).

* ``bare_key``: on a page already read as keyed, a caption block of its own that opens with
  a small number and a space before a capital letter (``4 Lãnh đạo hai Bên ...``) opens the
  next keyed caption: its dash or dot was lost. (Only a block's first word: inside a block a
  number before a capital is as likely a caption's own, ``... ngày 4 Tháng ...``.)
* ``keyed_halves``: each language's keyed captions by key when the keys pair them (each key
  once in a language, the same keys in both, or counts that differ); else, when both
  languages hold as many keyed captions, the k-th Vietnamese caption with the k-th English
  one in reading order (a key is printed in the same order in both languages' runs, and the
  numbers of a misread key are the only thing that disagrees).

* ``grid_order``: a page's photos in the order a grid is read and numbered, row by row from
  the top, left to right in a row; ``numbered_photos`` gives the keys ``1`` to ``n`` of a
  page's captions the photos in that order when the page holds exactly ``n`` photos (a list
  numbering a grid counts its photos; with more or fewer photos nothing says which are
  the grid's).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Lang
from magpipe.text.caption_keys import MAX_NUMBER

log = logging.getLogger(__name__)

# Photos whose tops differ by less than this share of the shorter one's height stand in one
# row of a grid (a scan moves a photo's edges by a few points; a large photo beside two small
# ones stacked is read with the upper one).
ROW_SLACK = 0.5
# A number at a block's start, a space, then a capital letter: a key whose mark OCR lost.
_BARE = re.compile(r"\(?(?P<n>\d{1,2})\)?\s+(?=\S)")


class Keyed(Protocol):
    key: str | None


T = TypeVar("T", bound=Keyed)


def bare_key(text: str) -> list[tuple[int, str, int]]:
    """``[(0, key, where the caption's text starts)]`` for a block opening with a bare number
    (module doc), else ``[]``."""
    m = _BARE.match(text)
    if m is None or not 0 < int(m.group("n")) <= MAX_NUMBER or not text[m.end()].isupper():
        return []
    return [(0, m.group("n"), m.end())]


def keyed_halves(listed: Mapping[str, Sequence[T]]) -> dict[str, dict[str, T]] | None:
    """Each language's keyed captions by the key that pairs them (module doc); None when
    neither their keys nor their order pair them."""
    by_key = {lang: {item.key: item for item in found if item.key is not None}
              for lang, found in listed.items()}
    vi, en = by_key.get(Lang.VI, {}), by_key.get(Lang.EN, {})
    unique = all(len(by_key[lang]) == len(found) for lang, found in listed.items())
    counts = {len(found) for found in listed.values()}
    if unique and set(vi) & set(en) and (set(vi) == set(en) or len(counts) > 1):
        return by_key
    if len(listed) == 2 and len(counts) == 1 and counts != {0} and counts != {1}:
        log.debug("keys %s read in disorder: %d captions a language paired by their order",
                  {lang: [i.key for i in found] for lang, found in listed.items()},
                  counts.pop())
        return {lang: {str(n): item for n, item in enumerate(found, 1)}
                for lang, found in listed.items()}
    return None


def grid_order(photos: Sequence[Box]) -> list[Box]:
    """``photos`` row by row from the top, left to right in a row (module doc)."""
    rows: list[list[Box]] = []
    for box in sorted(photos, key=lambda b: b[1]):
        if rows and box[1] - rows[-1][0][1] < ROW_SLACK * min(
                b[3] - b[1] for b in (*rows[-1], box)):
            rows[-1].append(box)
        else:
            rows.append([box])
    return [box for row in rows for box in sorted(row, key=lambda b: b[0])]


def numbered_photos(keys: Sequence[str], photos: Sequence[Box]) -> dict[str, Box]:
    """The photo each number key names, read in grid order (module doc); {} unless the keys
    are the numbers 1 to n and the page holds n photos."""
    if not keys or set(keys) != {str(n) for n in range(1, len(photos) + 1)}:
        return {}
    return {str(n): box for n, box in enumerate(grid_order(photos), 1)}
