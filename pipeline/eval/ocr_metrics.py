"""Accuracy measures shared by the tests and benchmarks. Pure functions."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from magpipe.text.vietnamese import placement_key
from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

_PUNCT = re.compile(r"^[^\w&]+|[^\w&]+$")


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def tokens(text: str) -> list[str]:
    """Lowercased NFC tokens, punctuation trimmed from both ends, empty ones dropped.

    Typographic apostrophes count as the straight one (``people’s`` = ``people's``):
    the same word, only the glyph differs.
    """
    out = []
    for raw in unicodedata.normalize("NFC", text).lower().translate(_APOSTROPHES).split():
        token = _PUNCT.sub("", raw)
        if token:
            out.append(token)
    return out


@dataclass(frozen=True)
class TokenScore:
    errors: int      # substitutions + deletions + insertions
    total: int       # tokens in the reference

    @property
    def accuracy(self) -> float:
        """1 - (S + D + I) / N, floored at 0; 1.0 for an empty reference with no output."""
        if self.total == 0:
            return 1.0 if self.errors == 0 else 0.0
        return max(0.0, 1.0 - self.errors / self.total)

    def __add__(self, other: TokenScore) -> TokenScore:
        return TokenScore(self.errors + other.errors, self.total + other.total)


def token_score(reference: Sequence[str], hypothesis: Sequence[str]) -> TokenScore:
    """Edit distance between two token lists (each token one unit)."""
    return TokenScore(Levenshtein.distance(list(reference), list(hypothesis)), len(reference))


def text_score(reference: str, hypothesis: str, any_placement: bool = False) -> TokenScore:
    """Syllable/word score of ``hypothesis`` against ``reference`` (see :func:`tokens`).

    ``any_placement``: count the two placements of a tone mark in a final oa/oe/uy
    (``hòa`` / ``hoà``, ``thủy`` / ``thuỷ``) as the same syllable."""
    ref, hyp = tokens(reference), tokens(hypothesis)
    if any_placement:
        ref, hyp = [placement_key(t) for t in ref], [placement_key(t) for t in hyp]
    return token_score(ref, hyp)


def spacing_blind_score(reference: str, hypothesis: str) -> TokenScore:
    """Like :func:`text_score` (with ``any_placement``), but a stretch where the two texts
    differ only in where spaces fall (``l ý`` / ``lý``, ``2 003`` / ``2003``) costs nothing.

    For transcriptions made by a tool that splits syllables at kerning gaps. The token lists
    are aligned (difflib); every other differing stretch costs its longer side's length.
    """
    ref = [placement_key(t) for t in tokens(reference)]
    hyp = [placement_key(t) for t in tokens(hypothesis)]
    errors = 0
    matcher = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal" and "".join(ref[a1:a2]) != "".join(hyp[b1:b2]):
            errors += max(a2 - a1, b2 - b1)
    return TokenScore(errors, len(ref))


@dataclass(frozen=True)
class OcrTruthBlock:
    lang: str
    box: tuple[float, float, float, float]
    text: str


def _distance(box: tuple[float, float, float, float], x: float, y: float) -> float:
    dx = max(box[0] - x, 0.0, x - box[2])
    dy = max(box[1] - y, 0.0, y - box[3])
    return dx * dx + dy * dy


def _assign(blocks: Sequence[OcrTruthBlock], vocab: list[set[str]], text: str,
            box: tuple[float, float, float, float]) -> int:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    distances = [_distance(b.box, x, y) for b in blocks]
    inside = [i for i, d in enumerate(distances) if d == 0.0]
    if not inside:
        return min(range(len(blocks)), key=distances.__getitem__)
    if len(inside) == 1:
        return inside[0]
    # Boxes overlap (a caption and its credit share a line): prefer the block whose text
    # has this word, then the smaller box.
    word = tokens(text)
    key = word[0] if word else ""

    def rank(i: int) -> tuple[float, float]:
        b = blocks[i].box
        best = max((ratio(key, t) for t in vocab[i]), default=0.0) if key else 0.0
        return (-best, (b[2] - b[0]) * (b[3] - b[1]))

    return min(inside, key=rank)


def assign_to_blocks(blocks: Sequence[OcrTruthBlock],
                     words: Sequence[tuple[str, tuple[float, float, float, float]]]
                     ) -> list[list[int]]:
    """Per block, the indices of the words (text, box) it holds, in their given order.

    Each word goes to the block containing its centre (where boxes overlap, the one
    whose text has the most similar token), else to the nearest block."""
    vocab = [set(tokens(b.text)) for b in blocks]
    assigned: list[list[int]] = [[] for _ in blocks]
    for i, (text, box) in enumerate(words):
        assigned[_assign(blocks, vocab, text, box)].append(i)
    return assigned


def score_by_blocks(blocks: Sequence[OcrTruthBlock],
                    words: Sequence[tuple[str, tuple[float, float, float, float]]]
                    ) -> dict[str, TokenScore]:
    """Token score per language of words (text, box) against ground-truth blocks.

    Words go to blocks as ``assign_to_blocks`` says, so reading-order differences between
    blocks cost nothing and every word is counted; within a block the words keep their
    given order.
    """
    if not blocks:
        return {}
    scores: dict[str, TokenScore] = {}
    for block, held in zip(blocks, assign_to_blocks(blocks, words), strict=True):
        score = text_score(block.text, " ".join(words[i][0] for i in held))
        scores[block.lang] = scores.get(block.lang, TokenScore(0, 0)) + score
    return scores
