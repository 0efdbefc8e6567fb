"""A document's own evidence for the decoder: the syllables and pairs of its sound text.

Pure logic. ``Evidence`` is a value passed to each call of the decoder (never state on a
shared object); ``magpipe.repair.scoring`` mixes it, with the weight ``EVIDENCE_WEIGHT``,
into the language model's probabilities.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from magpipe.text.vietnamese import placement_key

EVIDENCE_WEIGHT = 0.3   # share of the document's own pairs (as before the trigram model)


@dataclass(frozen=True)
class Evidence:
    """Syllables and pairs read in one document's sound words. Each count loses one
    sighting (the word being judged may be that one), so a word seen once is no evidence
    for itself. ``memo`` remembers mixed scores for this document only."""

    followers: Mapping[str, Mapping[str, int]]
    follower_totals: Mapping[str, int]
    unigrams: Mapping[str, int]
    total: int
    spellings: Mapping[str, str] = field(default_factory=dict)   # hòa or hoà: the document's
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def of(cls, unigrams: Mapping[str, int], pairs: Mapping[tuple[str, str], int]) -> Evidence:
        followers: dict[str, dict[str, int]] = {}
        for (a, b), n in pairs.items():
            if n >= 2:
                followers.setdefault(a, {})[b] = n - 1
        uni = {s: n - 1 for s, n in unigrams.items() if n >= 2}
        spellings: dict[str, str] = {}
        for s, _n in sorted(unigrams.items(), key=lambda kv: kv[1]):
            spellings[placement_key(s)] = s            # the most frequent spelling wins
        return cls(followers, {a: sum(f.values()) for a, f in followers.items()}, uni,
                   sum(uni.values()), spellings)

    def spelled(self, syllable: str) -> str:
        """``syllable`` (lowercase) with the tone placement the document uses (``hòa`` or
        ``hoà``), as it is when the document does not write it."""
        return self.spellings.get(placement_key(syllable), syllable) if self.spellings \
            else syllable

    @classmethod
    def none(cls) -> Evidence:
        return cls({}, {}, {}, 0)
