"""wordfreq's English Zipf frequencies, read from a compact table instead of from wordfreq.

Split (line-end hyphens), align (anchor words) and repair (English slips) ask wordfreq how
common an English word is: a few hundred questions in a whole batch of born-digital pages.
Answering the first one cost every run's fork server ~0.2 s of CPU before any worker could
start: importing wordfreq (langcodes, regex; ~85 ms) and unpacking its English list into a
dict of 321,000 words (~130 ms).

Here the answers wordfreq gives are worked out once, by wordfreq itself, for every word of
its English list spelt with the letters a-z and apostrophes, and kept as a sorted array of
the words beside an array of their Zipf values (read back from a snapshot, see
:mod:`magpipe.snapshots`, in a few milliseconds). A word of that spelling in any case, with a
straight or curly apostrophe, is one token to wordfreq (lower-cased, the curly apostrophe
made straight), so its answer is the table's, or wordfreq's answer for an unknown word when
the table lacks it. Anything else (digits, hyphens, accented letters) is asked of wordfreq
itself, imported then. tests/test_english_zipf.py holds the two answers equal.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

# The spellings the table answers for: letters a-z in any case, apostrophes inside the word
_SIMPLE = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")
_TABLE_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
# wordfreq's list, the modules that tokenize and look words up, and its English data
_WORDFREQ_FILES = ("__init__.py", "tokens.py", "preprocess.py", "language_info.py",
                   "data/large_en.msgpack.gz", "data/small_en.msgpack.gz")


@dataclass(frozen=True)
class EnglishZipf:
    """wordfreq's Zipf frequency of each table word: ``words`` sorted (ASCII bytes),
    ``values`` in the same order, ``unknown`` the answer for a word not in its list."""

    words: np.ndarray
    values: np.ndarray
    unknown: float

    def lookup(self, key: str) -> float:
        """The Zipf frequency of ``key``, a word spelt as ``_TABLE_WORD``."""
        needle = key.encode("ascii")
        i = int(np.searchsorted(self.words, needle))
        if i < len(self.words) and self.words[i] == needle:
            return float(self.values[i])
        return self.unknown


def _wordfreq_folder() -> Path:
    """Where wordfreq is installed, found without importing it."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("wordfreq is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _build() -> EnglishZipf:
    from wordfreq import get_frequency_dict, zipf_frequency
    words = sorted(w for w in get_frequency_dict("en") if _TABLE_WORD.fullmatch(w))
    return EnglishZipf(np.array([w.encode("ascii") for w in words]),
                       np.array([zipf_frequency(w, "en") for w in words], dtype=np.float64),
                       float(zipf_frequency("", "en")))


@functools.cache
def table() -> EnglishZipf:
    """The table, from its snapshot when this code saved one from the same wordfreq."""
    from magpipe import snapshots
    folder = _wordfreq_folder()
    files = [folder / name for name in _WORDFREQ_FILES if (folder / name).is_file()]
    return snapshots.load_or_build("english-zipf", EnglishZipf, _build, files)


def english_zipf(word: str) -> float:
    """wordfreq's ``zipf_frequency(word, "en")``, the same value."""
    if _SIMPLE.fullmatch(word):
        return table().lookup(word.lower().replace("\u2019", "'"))
    from wordfreq import zipf_frequency
    return float(zipf_frequency(word, "en"))
