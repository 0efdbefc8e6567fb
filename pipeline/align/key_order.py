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

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar

from magpipe.artifacts.layout import Lang
from magpipe.text.caption_keys import MAX_NUMBER

log = logging.getLogger(__name__)

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
