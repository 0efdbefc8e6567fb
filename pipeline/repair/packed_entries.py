"""A read-only table of text keys and text values kept as one block of UTF-8 bytes.

The candidate index (``repair.candidate_index``) holds ~87,000 entries, each a key and its
packed answer. As a dict of strings it was the largest part of repair's decoder snapshot:
unpickling its ~174,000 string objects cost ~0.1 s of CPU, in the batch's fork server before
the first document job could start and in every process that loads the decoder, although a
born-digital document looks up a few hundred of them. Kept as one ``bytes`` object (its
lines ``key<TAB>value``, sorted by key) with the first key of every ``BLOCK`` lines beside
it, the index unpickles in ~10 ms (measured on a loaded machine: the decoder's load fell
from 0.21-0.24 s of CPU to 0.135-0.16 s, its resident memory from 68 MB to 46 MB), and a
lookup finds the key's block by bisection over those first keys and the key within the
block with one ``bytes.find``: ~5 microseconds against a dict's ~0.6, which the candidate
finder pays once per word and process (it keeps what it found: ~900 lookups for the 4,200
words of three fixtures, ~4 ms). The answers are those of the dict it replaces, key for key.

Keys and values must hold no tab or line break (the index's file format has the same rule).
UTF-8 orders bytes as Unicode orders code points, so the table's order is ``sorted``'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping

# Lines of a block: the table keeps the first key and the place of every block's start.
# Larger blocks make the table smaller and each lookup's search within its block longer
# (64 lines of the index are ~3 KB: one ``find`` over them takes ~1 microsecond).
BLOCK = 64
_TAB, _LINE = b"\t", b"\n"


class PackedEntries(Mapping[str, str]):
    """``key -> value`` for text keys and values without tabs or line breaks."""

    __slots__ = ("_data", "_firsts", "_starts", "_count")

    def __init__(self, data: bytes, firsts: list[bytes], starts: list[int], count: int) -> None:
        # ``data``: b"\n" then one b"key\tvalue\n" line per entry, sorted by key;
        # ``firsts[i]``: the first key of block i, which starts at ``data[starts[i]]``
        self._data = data
        self._firsts = firsts
        self._starts = starts
        self._count = count

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> PackedEntries:
        """The table of ``pairs`` (a key given twice keeps its last value, as a dict would)."""
        table = dict(pairs)
        rows = sorted((k.encode(), v.encode()) for k, v in table.items())
        for key, value in rows:
            if any(c in key or c in value for c in (_TAB, _LINE)):
                raise ValueError(f"a tab or line break in the entry {key!r}: {value!r}")
        firsts, starts, pieces, at = [], [], [_LINE], 1
        for i, (key, value) in enumerate(rows):
            if i % BLOCK == 0:
                firsts.append(key)
                starts.append(at)
            line = key + _TAB + value + _LINE
            pieces.append(line)
            at += len(line)
        return cls(b"".join(pieces), firsts, starts, len(rows))

    def __reduce__(self) -> tuple[type[PackedEntries], tuple[bytes, list[bytes], list[int], int]]:
        return PackedEntries, (self._data, self._firsts, self._starts, self._count)

    def _value_at(self, key: bytes) -> bytes | None:
        block = bisect_right(self._firsts, key) - 1
        if block < 0:
            return None
        begin = self._starts[block] - 1           # the line break before the block's first line
        end = self._starts[block + 1] if block + 1 < len(self._starts) else len(self._data)
        found = self._data.find(_LINE + key + _TAB, begin, end)
        if found < 0:
            return None
        value = found + len(key) + 2
        return self._data[value:self._data.index(_LINE, value)]

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if _TAB in (raw := key.encode()) or _LINE in raw:
            return default
        value = self._value_at(raw)
        return default if value is None else value.decode()

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return self._count

    def items(self) -> Iterator[tuple[str, str]]:  # type: ignore[override]
        """The entries in key order."""
        for line in self._data[1:-1].decode().split("\n") if self._count else ():
            key, _, value = line.partition("\t")
            yield key, value

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self.items())
