"""Reading and writing the lexicon's gzip'd TSV files (the only I/O of the lexicon)."""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from magpipe import lexicon_files
from magpipe.errors import MissingDependencyError, OutputError, UsageError
from magpipe.repair.lexicon.model import PairRow, SyllableRow
from magpipe.repair.lexicon.text_stats import TextStats

DATA = lexicon_files.DATA
CANDIDATE_INDEX = "candidates.tsv.gz"
USER_HEADER = "# magpipe user lexicon: kind\tfirst\tsecond\tcount"


def _rows(path: Path) -> Iterator[list[str]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if not line.startswith("#"):
                    yield line.rstrip("\n").split("\t")
    except FileNotFoundError as exc:
        raise MissingDependencyError("lexicon data file missing; reinstall magpipe or run "
                                     "tools/build_lexicon.py", path=str(path)) from exc


def read_syllables(data: Path = DATA) -> list[SyllableRow]:
    return [SyllableRow(s, float(g), int(d)) for s, g, d, _src in _rows(data / "syllables.tsv.gz")]


def read_sources(data: Path = DATA) -> dict[str, str]:
    """Which lists vouch for each syllable (``w``, ``t``, ``p``, ``d``; see README.md)."""
    return {s: src for s, _g, _d, src in _rows(data / "syllables.tsv.gz")}


def read_pairs(data: Path = DATA) -> list[PairRow]:
    return [PairRow(a, b, float(n), w == "1") for a, b, n, w in _rows(data / "pairs.tsv.gz")]


def read_confusion(data: Path = DATA) -> list[tuple[str, str, int]]:
    return [(c, piece, int(n)) for c, piece, n in _rows(data / "confusion.tsv.gz")]


def read_english(data: Path = DATA) -> dict[str, float]:
    return {w: float(z) for w, z in _rows(data / "english.tsv.gz")}


def read_candidate_index(data: Path = DATA) -> str | None:
    """The text of the candidate index (``magpipe.repair.candidate_index``); None when absent."""
    try:
        return gzip.decompress((data / CANDIDATE_INDEX).read_bytes()).decode("utf-8")
    except FileNotFoundError:
        return None


def write_candidate_index(lines: Iterable[str], data: Path = DATA) -> Path:
    path = data / CANDIDATE_INDEX
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8"), compresslevel=9, mtime=0))
    return path


def read_user(path: Path) -> TextStats:
    """A user lexicon written by ``write_user`` (``magpipe lexicon learn``)."""
    stats = TextStats()
    try:
        lines = gzip.open(path, "rt", encoding="utf-8").read().splitlines()
    except (OSError, EOFError) as exc:
        raise UsageError(f"cannot read the user lexicon ({exc}); rerun 'magpipe lexicon learn'",
                         path=str(path)) from exc
    if not lines or lines[0] != USER_HEADER:
        raise UsageError("not a magpipe user lexicon; rerun 'magpipe lexicon learn'",
                         path=str(path))
    for line in lines[1:]:
        kind, first, second, count = line.split("\t")
        if kind == "1":
            stats.unigrams[first] += int(count)
        else:
            stats.bigrams[(first, second)] += int(count)
    return stats


def write_user(path: Path, stats: TextStats) -> None:
    """Write ``stats`` as a user lexicon; readers see the old file or the whole new one."""
    body = [USER_HEADER]
    body += [f"1\t{s}\t\t{n}" for s, n in sorted(stats.unigrams.items())]
    body += [f"2\t{a}\t{b}\t{n}" for (a, b), n in sorted(stats.bigrams.items())]
    data = gzip.compress(("\n".join(body) + "\n").encode("utf-8"), mtime=0)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write the user lexicon ({exc.strerror})",
                          path=str(path)) from exc
