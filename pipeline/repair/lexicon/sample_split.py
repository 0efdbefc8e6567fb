"""The one place that says which lines of the shared q4 sample may be learned from.

``bulletin-2025-q4-textlayer.part1.txt`` (2,780 lines) is split by line ranges:
lines 1-2100 are the LEARNING part (lexicon statistics, confusion table), lines
2101-2780 the HELD-OUT part, used only by ``bench/bench_repair.py`` to score.
Nothing built from the held-out part may be shipped in ``pipeline/repair/lexicon/data``.
"""

from __future__ import annotations

import os
from pathlib import Path

SAMPLE_NAME = "bulletin-2025-q4-textlayer.part1.txt"
LEARNING_LINES = (1, 2100)      # 1-based, inclusive
HELD_OUT_LINES = (2101, 2780)   # 1-based, inclusive


def samples_dir() -> Path:
    """``$MAGPIPE_SAMPLES``, else ``shared/samples`` beside the repository."""
    env = os.environ.get("MAGPIPE_SAMPLES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[4] / "shared" / "samples"


def _lines(text: str, span: tuple[int, int]) -> list[str]:
    first, last = span
    return text.split("\n")[first - 1:last]


def learning_lines(text: str) -> list[str]:
    return _lines(text, LEARNING_LINES)


def held_out_lines(text: str) -> list[str]:
    return _lines(text, HELD_OUT_LINES)


def read_sample() -> str:
    return (samples_dir() / SAMPLE_NAME).read_text(encoding="utf-8")
