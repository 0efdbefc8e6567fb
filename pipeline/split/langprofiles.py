"""langdetect's language profiles in a compact form, read back from a snapshot.

langdetect keeps, for each of some 88,000 n-grams, a list of one probability per language
(55 languages): about 4.8 million Python floats, which its factory makes anew in every process
from the profiles' JSON files (0.45-0.7 s of CPU, and ~120 MB, paid by every run's fork server
before its first page, though the split stage asks langdetect only where its cheaper evidence
is thin: of the development families' born-digital documents, one in fourteen asks at all).

Here the same probabilities are one float64 table, a row per n-gram (38 MB, read back from its
snapshot in a few hundredths of a second, see :mod:`magpipe.snapshots`), and the factory is
given a mapping that hands a row out as the list langdetect would have held: the same floats,
in the same order of languages, so every detection is the same to the last bit.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


class ProfileRows(Mapping[str, list[float]]):
    """N-gram -> its probability in each language (a row of ``table``, as a list)."""

    def __init__(self, rows: dict[str, int], table: np.ndarray) -> None:
        self.rows = rows
        self.table = table

    def __getitem__(self, ngram: str) -> list[float]:
        return self.table[self.rows[ngram]].tolist()

    def __contains__(self, ngram: object) -> bool:
        return ngram in self.rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class CompactProfiles:
    """What a loaded langdetect factory holds: its languages in order, and the table."""

    def __init__(self, langlist: list[str], rows: ProfileRows) -> None:
        self.langlist = langlist
        self.rows = rows

    @classmethod
    def of(cls, langlist: list[str], word_lang_prob_map: Mapping[str, list[float]]
           ) -> CompactProfiles:
        words = list(word_lang_prob_map)
        table = np.array([word_lang_prob_map[w] for w in words], dtype=np.float64)
        table = table.reshape(len(words), len(langlist))
        return cls(list(langlist), ProfileRows({w: i for i, w in enumerate(words)}, table))


def _profile_files() -> list[Path]:
    """The profiles in the order langdetect reads them (its folder's listing: the order of
    the languages, in which it sums their probabilities)."""
    from langdetect import detector_factory
    folder = detector_factory.PROFILES_DIRECTORY
    return [Path(folder, name) for name in os.listdir(folder)
            if not name.startswith(".") and os.path.isfile(os.path.join(folder, name))]


def _build() -> CompactProfiles:
    """Load the profiles the way langdetect does, then keep them as a table."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return CompactProfiles.of(factory.langlist, factory.word_lang_prob_map)


def install() -> None:
    """Give langdetect's module-wide factory the compact profiles (once a process), so its
    ``detect_langs`` never loads the JSON files; from their snapshot when one was saved."""
    from langdetect import detector_factory
    if detector_factory._factory is not None:
        return
    from magpipe import snapshots
    try:
        files = _profile_files()
        compact = snapshots.load_or_build("langdetect-profiles", CompactProfiles, _build,
                                          files)
    except OSError as exc:            # langdetect's own loading says what is wrong
        log.debug("langdetect's profiles not made compact (%s)", exc)
        return
    if compact.langlist != [p.name for p in files]:
        # a snapshot of the languages in another order (each profile is named for its
        # language): langdetect's own loading, which sums them in this folder's order
        log.debug("langdetect's profiles' snapshot is in another order; not used")
        return
    factory = detector_factory.DetectorFactory()
    factory.langlist = compact.langlist
    factory.word_lang_prob_map = compact.rows
    detector_factory._factory = factory
