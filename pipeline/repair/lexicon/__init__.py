"""The Vietnamese lexicon of the repair stage: load the shipped data once, extend it.

``load()`` returns the cached ``Model`` (syllable language model, trie, channel tables)
built from ``pipeline/repair/lexicon/data`` plus the user lexicon written by ``learn`` (``magpipe
lexicon learn``): the file ``$MAGPIPE_USER_LEXICON`` names, else
``~/.local/share/magpipe/user-lexicon.tsv.gz`` when it exists. See README.md beside this file.
"""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from magpipe.errors import InputError
from magpipe.lexicon_files import (
    DEFAULT_USER_LEXICON,
    USER_LEXICON_ENV,
    fingerprint,
    user_lexicon_path,
)
from magpipe.repair.lexicon import store
from magpipe.repair.lexicon.model import CLEAN, DAMAGED, Model, PairRow, SyllableRow
from magpipe.repair.lexicon.text_stats import TextStats, stats_of

log = logging.getLogger(__name__)

# DEFAULT_USER_LEXICON, USER_LEXICON_ENV, fingerprint, user_lexicon_path: in
# magpipe.lexicon_files, which a batch's main process imports without the repair stage

__all__ = ["CLEAN", "DAMAGED", "Model", "LearnSummary", "fingerprint", "learn", "load",
           "user_lexicon_path"]


def load(user: Path | None = None) -> Model:
    """The repair model (built once per process and user lexicon)."""
    return _load(str(user or user_lexicon_path() or ""))


@functools.cache
def _load(user: str) -> Model:
    started = time.perf_counter()
    syllables = store.read_syllables()
    pairs = store.read_pairs()
    if user:
        extra = store.read_user(Path(user))
        syllables, pairs = _merge(syllables, pairs, extra)
    model = Model(syllables, pairs, store.read_confusion(), store.read_english())
    log.info("lexicon: %d syllables, %d pairs loaded in %.2f s%s", len(model.unigram),
             len(model.pair_count), time.perf_counter() - started, f" (+ {user})" if user else "")
    return model


def _merge(syllables: list[SyllableRow], pairs: list[PairRow],
           extra: TextStats) -> tuple[list[SyllableRow], list[PairRow]]:
    known = {r.syllable: r for r in syllables}
    for s, n in extra.unigrams.items():
        row = known.get(s, SyllableRow(s, 0.0, 0))
        known[s] = SyllableRow(s, row.general_per_million, row.domain_count + n)
    merged = {(p.first, p.second): p for p in pairs}
    for (a, b), n in extra.bigrams.items():
        p = merged.get((a, b), PairRow(a, b, 0.0, False))
        merged[(a, b)] = PairRow(a, b, p.domain_count + n, p.in_word_list)
    return list(known.values()), list(merged.values())


@dataclass(frozen=True)
class LearnSummary:
    path: Path
    sources: int
    syllables: int          # distinct syllables in the user lexicon after learning
    pairs: int
    new_syllables: int      # syllables the shipped lexicon did not know

    def __str__(self) -> str:
        return (f"{self.path}: learned from {self.sources} source(s); {self.syllables} syllables "
                f"({self.new_syllables} new), {self.pairs} syllable pairs")


def learn(sources: Iterable[str | Path], out: Path | None = None) -> LearnSummary:
    """Count the syllables and pairs of clean texts and add them to a user lexicon.

    ``sources`` are strings of text or paths of UTF-8 text files; a PDF's text comes
    from the extract stage (``magpipe lexicon learn`` reads it so), never from here.
    The counts are added to ``out`` (default: the
    ``$MAGPIPE_USER_LEXICON`` file, else ``~/.local/share/magpipe/user-lexicon.tsv.gz``,
    which ``load()`` then uses).
    """
    out = Path(out or os.environ.get(USER_LEXICON_ENV) or DEFAULT_USER_LEXICON)
    items = list(sources)
    stats = store.read_user(out) if out.exists() else TextStats()
    stats.update(stats_of(_read_source(s) for s in items))
    store.write_user(out, stats)
    shipped = {r.syllable for r in store.read_syllables()}
    _load.cache_clear()
    return LearnSummary(out, len(items), len(stats.unigrams), len(stats.bigrams),
                        sum(s not in shipped for s in stats.unigrams))


def _read_source(source: str | Path) -> str:
    if isinstance(source, str):
        return source
    if source.suffix.lower() == ".pdf":
        raise InputError("is a PDF; learn from the text the extract stage reads in it "
                         "(magpipe lexicon learn does so)", path=str(source))
    try:
        return source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"cannot read it to learn from ({exc}); pass a clean PDF or UTF-8 "
                         f"text", path=str(source)) from exc
