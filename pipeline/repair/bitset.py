"""A set of integers as a bit array, with each member's rank among them: the language model's
pair sets (``lm.LanguageModel``, ``scoring``), exact and a byte per eight members, where a
sorted key array would need a binary search per lookup.

Pure logic on numpy arrays, no I/O; ``set_bits`` runs compiled (``repair.compiled``), and
``member_ranks`` does while the compiled loops are in use (``BitSet.find``).
"""

from __future__ import annotations

import numpy as np
from magpipe.repair.compiled import compiled, in_use


class BitSet:
    """A set of integers below ``size`` as a bit array (exact). Built from sorted distinct
    keys in the members' order (``_pair_index`` of 16-bit pairs), a member's ``rank`` is
    its key's row: no binary search (``ranks_keys``)."""

    def __init__(self, bits: np.ndarray, count: int = -1) -> None:
        self.bits = bits
        self.count = count                # how many keys it was built from (-1: unknown)
        self._words: np.ndarray | None = None      # ``rank``'s tables, built on first use
        self._below = np.zeros(0, dtype=np.int32)

    @classmethod
    def exact(cls, members: np.ndarray, size: int) -> BitSet:
        """The set of ``members`` (below ``size``), bit ``m & 7`` of byte ``m >> 3`` each
        (a compiled loop: no array of ``size`` flags, a tenth of a second at load)."""
        bits = np.zeros((size + 15) // 8, dtype=np.uint8)
        compiled(set_bits)(bits, np.ascontiguousarray(members, dtype=np.int64))
        return cls(bits, len(members))

    def has(self, index: np.ndarray) -> np.ndarray:
        index = index.astype(np.int64, copy=False)
        return ((self.bits[index >> 3] >> (index & 7).astype(np.uint8)) & 1).astype(bool)

    def ranks_keys(self) -> bool:
        """Whether ``rank`` of a member is the row of its key: the set has as many members
        as it was given keys (they were distinct; sorted, as the model stores them)."""
        self._rank_tables()
        return self.count == int(self._below[-1])

    def rank(self, index: np.ndarray) -> np.ndarray:
        """How many members lie below each of ``index`` (a member's place among them)."""
        words, below = self._rank_tables()
        index = index.astype(np.int64, copy=False)
        at = index >> 5
        low = words[at] & ((np.uint32(1) << (index & 31).astype(np.uint32)) - np.uint32(1))
        return below[at] + _POP16[low & np.uint32(0xFFFF)] + _POP16[low >> np.uint32(16)]

    def find(self, index: np.ndarray) -> np.ndarray:
        """``rank`` of each of ``index`` that is a member, -1 for the others: with the
        compiled loops in use, ``has`` and ``rank`` in one compiled pass (``member_ranks``),
        not a dozen arrays; on the plain tier, ``has`` then ``rank`` of the members in
        numpy (``member_ranks`` in plain Python costs an interpreted step per item)."""
        index = index.astype(np.int64, copy=False)
        if in_use():
            words, below = self._rank_tables()
            return compiled(member_ranks)(self.bits, words, below, _POP16, index)
        maybe = np.flatnonzero(self.has(index))
        out = np.full(len(index), -1, dtype=np.int64)
        out[maybe] = self.rank(index[maybe])
        return out

    def _rank_tables(self) -> tuple[np.ndarray, np.ndarray]:
        """(the bits as 32-bit words, members below each word and in all)."""
        if self._words is None:
            padded = np.concatenate([self.bits, np.zeros(-len(self.bits) % 4, np.uint8)])
            words = padded.view("<u4")
            per_word = _POP16[words & np.uint32(0xFFFF)] + _POP16[words >> np.uint32(16)]
            self._below = np.concatenate([[0], np.cumsum(per_word, dtype=np.int64)]).astype(
                np.int32)
            self._words = words
        return self._words, self._below


def set_bits(bits: np.ndarray, members: np.ndarray) -> None:
    """Set bit ``m & 7`` of byte ``m >> 3`` of ``bits`` for each ``m`` of ``members``."""
    for m in members:
        bits[m >> 3] |= np.uint8(1 << (m & 7))


def member_ranks(bits: np.ndarray, words: np.ndarray, below: np.ndarray, pop16: np.ndarray,
                 index: np.ndarray) -> np.ndarray:
    """Per ``index``: its rank among the members (``BitSet.rank``) if it is one
    (``BitSet.has``), else -1. ``words``, ``below``: ``BitSet._rank_tables``; ``pop16``:
    the set bits of each 16-bit value."""
    out = np.empty(len(index), dtype=np.int64)
    for q in range(len(index)):
        m = index[q]
        if (bits[m >> 3] >> (m & 7)) & 1:
            at = m >> 5
            low = int(words[at]) & ((1 << (m & 31)) - 1)
            out[q] = int(below[at]) + int(pop16[low & 0xFFFF]) + int(pop16[low >> 16])
        else:
            out[q] = -1
    return out


def _set_bits() -> np.ndarray:
    """The number of set bits of each 16-bit value (bytes: the table stays in cache)."""
    values = np.arange(1 << 16, dtype=np.int64)
    return sum(((values >> bit) & 1 for bit in range(16)),
               np.zeros(1 << 16, dtype=np.int64)).astype(np.uint8)


_POP16 = _set_bits()
