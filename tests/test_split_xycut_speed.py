"""The faster loops of ``split.xycut``, ``split.gutters`` and ``text.headings`` equal their
plain definitions."""

from __future__ import annotations

import random

from conftest import SAVED
from magpipe.artifacts import ExtractArtifact
from magpipe.split.gutters import white_gaps
from magpipe.split.pieces import build_pieces
from magpipe.split.xycut import _slices
from magpipe.text.headings import upper_share


def _plain_gaps(spans, min_gap):
    spans = sorted(spans)
    gaps, end = [], spans[0][1]
    for lo, hi in spans[1:]:
        if lo - end >= min_gap:
            gaps.append((end, lo))
        end = max(end, hi)
    return gaps


def test_slices_are_cut_where_the_plain_count_of_bounds_cuts_them():
    for name in ("extract-digital.json", "extract-scanned.json"):
        for page in ExtractArtifact.load(SAVED / name).pages:
            pieces = build_pieces(page.words)
            if not pieces:
                continue
            for min_gap in (0.5, 3.0, 8.0, 20.0):
                spans = [(p.box[1], p.box[3]) for p in pieces]
                assert white_gaps(spans, min_gap) == _plain_gaps(spans, min_gap)
                bounds = [(a + b) / 2 for a, b in _plain_gaps(spans, min_gap)]
                plain: list[list] = [[] for _ in range(len(bounds) + 1)]
                for p in pieces:
                    plain[sum(p.box[1] > b for b in bounds)].append(p)
                assert _slices(pieces, min_gap) == plain


def test_gaps_of_random_spans_equal_the_plain_definition():
    rng = random.Random(14)
    for _ in range(300):
        spans = [(lo, lo + rng.choice([0.0, 1.0, rng.uniform(0, 30)]))
                 for lo in (rng.choice([0.0, 5.0, rng.uniform(0, 200)]) for _ in range(12))]
        for min_gap in (0.0, 1.0, 6.5):
            assert white_gaps(spans, min_gap) == _plain_gaps(spans, min_gap)


def test_upper_share_is_the_share_of_letters_in_capitals():
    for text in ["", "123 -", "ABC", "Abc", "ĐỨC ANH đã", "ǅ ǈ Ⅻ ⓐ Ⓐ ß ẞ", "x" * 50 + "Y",
                 "NGHIÊN CỨU khoa học 2025"]:
        letters = [c for c in text if c.isalpha()]
        expected = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
        assert upper_share(text) == expected
