"""The cheap paths of align (gloss anchors intersected in C, titles compared in one rapidfuzz
call per block, anchor bags that share nothing scored without a loop) give what the plain
computations give: the records of every saved layout artifact are byte for byte those of the
code before them, and the pieces agree with plain versions of themselves on their texts.

``aligned.sha256`` holds the first 16 hex digits of the SHA-256 of each saved artifact's
align output (``AlignArtifact.to_json``); a change meant to alter the records rewrites it
(``python tests/test_align_cost.py``) and says so in its commit.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.lexicon import (
    MAX_SYLLABLES,
    MIN_TERMS,
    _entry,
    _stem,
    gloss_similarity,
    glosses,
    modern_tone,
)
from magpipe.align.listing import _NUMBER as NUMBER
from magpipe.align.listing import _SKIPPED, LISTED_RATIO, _listed, _Titles, fold
from magpipe.align.reread import PROMOTED_TITLE_MIN_CHARS
from magpipe.artifacts import SplitArtifact
from magpipe.config import Config
from rapidfuzz import fuzz

DATA = Path(__file__).parent / "data" / "layouts"
PRINTS = DATA / "aligned.sha256"
WORD = re.compile(r"[^\W\d_]+")


def _print(path: Path) -> str:
    aligned = align(SplitArtifact.load(path), Config())
    return hashlib.sha256(aligned.to_json().encode()).hexdigest()[:16]


def _saved() -> list[Path]:
    return sorted(DATA.glob("*.split.json"))


def test_align_records_of_the_saved_layouts_are_unchanged():
    expected = dict(line.split()[::-1] for line in PRINTS.read_text().splitlines())
    assert sorted(expected) == [p.name for p in _saved()]
    assert {p.name: _print(p) for p in _saved()} == expected


def _plain_gloss(vi: str, en: str) -> float | None:
    """Headwords cut greedily, longest first; one counts when a gloss's words are all in ``en``."""
    table = glosses()
    syllables = WORD.findall(modern_tone(vi.lower()))
    words = {_stem(w) for w in WORD.findall(en.lower())}
    count = hit = i = 0
    while i < len(syllables):
        for n in range(min(MAX_SYLLABLES, len(syllables) - i), 0, -1):
            kept = table.get(" ".join(syllables[i:i + n]))
            if kept is not None:
                count += 1
                hit += any(gloss <= words for gloss in _entry(kept))
                i += n
                break
        else:
            i += 1
    return None if count < MIN_TERMS else hit / count


def _texts(path: Path, lang: str) -> list[str]:
    artifact = SplitArtifact.load(path)
    return [b.text for p in artifact.pages for b in p.blocks if b.lang == lang][:25]


@pytest.mark.parametrize("name", ["journal", "newsletter", "captions"])
def test_gloss_similarity_is_the_plain_share_of_translated_headwords(name):
    path = DATA / f"{name}.split.json"
    pairs = list(itertools.product(_texts(path, "vi"), _texts(path, "en")))
    assert pairs
    assert [gloss_similarity(v, e) for v, e in pairs] == [_plain_gloss(v, e) for v, e in pairs]


def _plain_listed(block, titles: _Titles, numbered: bool) -> bool:
    """A block repeats a title of another page and (``numbered``) adds a number to it."""
    folded = fold(block.text)
    if block.role in _SKIPPED or len(folded) < PROMOTED_TITLE_MIN_CHARS:
        return False
    numbers = set(NUMBER.findall(block.text))
    return any(page != block.page and (numbers - title_numbers or not numbered)
               and fuzz.ratio(folded, title) >= LISTED_RATIO
               for page, title, title_numbers in zip(titles.pages, titles.folded,
                                                     titles.numbers, strict=True))


def test_a_block_is_listed_exactly_when_a_plain_comparison_with_each_title_lists_it():
    listed = 0
    for path in _saved():
        artifact = SplitArtifact.load(path)
        titles = _Titles.of(artifact)
        for block in (b for page in artifact.pages for b in page.blocks):
            for numbered in (True, False):
                fast = _listed(block, titles, numbered)
                assert fast == _plain_listed(block, titles, numbered), (path.name, block.id)
                listed += fast
    assert listed        # the contents pages of the saved layouts list titles


if __name__ == "__main__":
    PRINTS.write_text("".join(f"{_print(p)}  {p.name}\n" for p in _saved()))
