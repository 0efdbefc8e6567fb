"""What a title-case word's neighbours say of its reading, and of theirs, in stripped text.

``caps_pairs.tsv.gz`` (``tools/lm_caps.py``, run by ``make lm``) counts, over the corpora,
each syllable standing right before a syllable written in title case inside a sentence
(``cô Lan``, ``Phủ Dầy``, ``xã Cảnh``), the first in lower case, in title case and opening
its sentence apart (``after`` reads the first two, ``before`` all three).
The language model lowercases every word, and the case odds of one syllable
(``LanguageModel.title_share``) do not see its neighbours: ``Phú`` is the commoner name,
but before ``Dầy`` the corpora write ``Phủ``; ``có`` is the commoner word, but before a
name they write ``cô``. Text whose marks were stripped keeps its letters and its capitals,
so a neighbour's bare form is known while its reading is not: each reading of a word gets
the odds of that bare neighbour beside it (``after``: a reading, in the word's own case,
followed by a title-case word of this bare form; ``before``: a title-case reading after a
word of this bare form), smoothed towards the odds of the bare form beside any syllable.
Only where the table holds the pair for one reading at least: a pair it never saw says
nothing (every reading of ``tour di Singapore`` would be judged by how rare it is).
"""

from __future__ import annotations

import gzip
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from magpipe.text.vietnamese import strip_diacritics

PAIRS_FILE = "caps_pairs.tsv.gz"
# the shape of a pair's first word, the table's columns in this order (``tools/lm_caps.py``)
LOWER, TITLE, OPENING = 0, 1, 2
SHAPES = (LOWER, TITLE, OPENING)
PAIR_PRIOR = 2.0       # sightings' worth of a bare neighbour's odds beside any syllable
                       # (TUNE news: 0.5 / 2 / 8 gave the same figure)


@dataclass(frozen=True)
class _Tables:
    """The pairs as ``NamePairs`` reads them."""
    # (syllable, bare title-case word after it) -> sightings with the syllable in lower
    # case, in title case, opening its sentence (``SHAPES``)
    after: dict[tuple[str, str], tuple[int, int, int]]
    before: dict[tuple[str, str], int]          # (bare word before, title-case syllable)
    # per shape, P(a word so written is followed by a title-case word of this bare form)
    after_base: tuple[dict[str, float], ...]
    before_base: dict[str, float]               # P(a title-case word follows this bare form)


class NamePairs:
    """Read-only counts of (syllable, title-case syllable after it), by bare neighbour.
    The file is read when first asked (a few tenths of a second): sound text never asks, and a
    decoder snapshot taken before then does not carry the tables."""

    def __init__(self, path: Path, sightings: dict[str, tuple[int, int]]) -> None:
        """``sightings``: per syllable, (lower case, title case) sightings inside a sentence
        (``LanguageModel.caps``): what a pair's count is a share of."""
        self._path = path
        self._present = path.exists()
        self._sightings = sightings
        self._tables: _Tables | None = None

    def __bool__(self) -> bool:
        return self._present

    @property
    def tables(self) -> _Tables:
        if self._tables is None:
            self._tables = _read(self._path, self._sightings)   # whole, in one assignment
        return self._tables

    def after(self, syllables: Sequence[str], bare_next: str, shape: int) -> list[float] | None:
        """Per syllable, log P(the next word is in title case and reads ``bare_next`` |
        the syllable in ``shape``: inside a sentence in lower or title case, or opening
        one); None when the table holds no pair of any of ``syllables`` with
        ``bare_next``. Syllables as the table keys them (placement key)."""
        tables = self.tables
        counts = [tables.after.get((s, bare_next), (0, 0, 0))[shape] for s in syllables]
        if not any(counts):
            return None
        base = PAIR_PRIOR * tables.after_base[shape].get(bare_next, 0.0)
        # an opening word's sightings: all of its sightings inside a sentence, the measure
        # of how common it is (the caps table does not count sentence openings)
        seen = [sum(self._sightings.get(s, (0, 0))) if shape == OPENING
                else self._sightings.get(s, (0, 0))[shape] for s in syllables]
        return [_log_share(n, base, total) for n, total in zip(counts, seen, strict=True)]

    def before(self, bare_previous: str, syllables: Sequence[str]) -> list[float] | None:
        """Per syllable, log P(the word before reads ``bare_previous`` | the syllable in
        title case inside a sentence); None as for ``after``."""
        tables = self.tables
        counts = [tables.before.get((bare_previous, s), 0) for s in syllables]
        if not any(counts):
            return None
        base = PAIR_PRIOR * tables.before_base.get(bare_previous, 0.0)
        seen = [self._sightings.get(s, (0, 0))[1] for s in syllables]
        return [_log_share(n, base, total) for n, total in zip(counts, seen, strict=True)]


def _log_share(n: int, base: float, total: int) -> float:
    """log of a pair's ``n`` sightings among its syllable's ``total``, smoothed by ``base``
    (``PAIR_PRIOR`` sightings' worth of the odds beside any syllable). A pair left out of
    the table counts none: counted as one (it may have been read up to twice), it lifted
    rare title-case readings over names (``cô Lần``: 42 sightings in title case)."""
    return math.log((n + base) / (total + PAIR_PRIOR))


def _read(path: Path, sightings: dict[str, tuple[int, int]]) -> _Tables:
    """The pairs of ``path`` (``tools/lm_caps.py``'s rows), keyed as ``NamePairs`` asks."""
    after: dict[tuple[str, str], tuple[int, int, int]] = {}
    before: Counter[tuple[str, str]] = Counter()
    after_bare: list[Counter[str]] = [Counter() for _ in SHAPES]
    before_bare: Counter[str] = Counter()
    bare: dict[str, str] = {}          # a few thousand syllables make the 85,000 pairs
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            first, second, *shapes = line.rstrip("\n").split("\t")
            counts = tuple(map(int, shapes))
            bare_first = bare.get(first) or bare.setdefault(first, strip_diacritics(first))
            bare_second = bare.get(second) or bare.setdefault(second, strip_diacritics(second))
            old = after.get((first, bare_second), (0, 0, 0))
            after[(first, bare_second)] = (old[0] + counts[0], old[1] + counts[1],
                                           old[2] + counts[2])
            before[(bare_first, second)] += sum(counts)
            for shape in SHAPES:
                after_bare[shape][bare_second] += counts[shape]
            before_bare[bare_first] += sum(counts)
    in_lower = sum(low for low, _title in sightings.values()) or 1
    in_title = sum(title for _low, title in sightings.values()) or 1
    totals = (in_lower, in_title, in_lower + in_title)
    return _Tables(after, dict(before),
                   tuple({b: n / total for b, n in after_bare[shape].items()}
                         for shape, total in zip(SHAPES, totals, strict=True)),
                   {b: n / in_title for b, n in before_bare.items()})
