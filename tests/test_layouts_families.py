"""Split and align on the generated layout families (``fixtures/layouts.py``), from saved
artifacts in ``tests/data/layouts/`` (made by ``tools/layout_test_data.py``).

Each family's floor is what the stages reached when the test was written (see
``bench/bench_layouts.py`` for the figures over more documents). All six are development
families: ``sections`` and ``furniture`` were held out in the round their floors were first
recorded, and have been looked at since. The held-out families of a round
(``fixtures/layouts_heldout.py``) have no tests of split or align quality here: their
figures come from the bench only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts import SplitArtifact
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.batch.review import render_review
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.text.vietnamese import has_vietnamese_marks

DATA = Path(__file__).parent / "data" / "layouts"

# family: (articles paired right, paragraph F1, captions right) on its first digital document
FLOORS = {
    "side-by-side": (1.0, 1.0, 1.0),
    "facing": (1.0, 1.0, 1.0),
    "interleaved": (1.0, 1.0, 1.0),
    "captions": (1.0, 1.0, 1.0),
    "sections": (1.0, 1.0, 1.0),
    "furniture": (1.0, 0.94, 1.0),
}


def _aligned(family: str):
    artifact = SplitArtifact.load(DATA / f"{family}.split.json")
    truth = json.loads((DATA / f"{family}.truth.json").read_text(encoding="utf-8"))
    return align(artifact, Config()), truth


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_each_family_keeps_its_pairing_links_and_captions(family: str) -> None:
    out, truth = _aligned(family)
    s = align_score(out, truth, fuzzy=True)
    pairing, f1, captions = FLOORS[family]
    assert s.pairing >= pairing
    assert s.f1 >= f1 - 1e-9
    assert s.caption_accuracy >= captions - 1e-9


def test_interleaved_twins_are_cut_apart_by_language() -> None:
    """Each Vietnamese paragraph followed by its English twin in one column: every block of
    the split holds one language, and the words land on their truth language's side."""
    repaired = RepairArtifact.load(DATA / "interleaved-scanned.repair.json")
    truth = json.loads((DATA / "interleaved-scanned.truth.json").read_text(encoding="utf-8"))
    result = split(repaired, Config())
    assert split_score(result, repaired.pages, truth).lang_accuracy >= 0.99
    for block in (b for p in result.pages for b in p.blocks if b.role == Role.BODY):
        marked = sum(map(has_vietnamese_marks, block.text.split()))
        if block.lang == "en":
            assert marked <= 1, block.text
        elif block.lang == "vi" and len(block.text.split()) > 8:
            assert marked >= 0.3 * len(block.text.split()), block.text


def test_one_column_page_body_is_not_read_as_intro() -> None:
    """A scanned facing page set in one column whose title the geometry cut in two: the text
    spanning the page is its body, not an intro."""
    repaired = RepairArtifact.load(DATA / "facing-scanned.repair.json")
    result = split(repaired, Config())
    for page in result.pages:
        body = sum(len(b.text) for b in page.blocks if b.role == Role.BODY)
        intro = sum(len(b.text) for b in page.blocks if b.role == Role.INTRO)
        assert body > intro


def test_review_page_shows_interleaved_pairs_side_by_side() -> None:
    out, _ = _aligned("interleaved")
    page = render_review(out)
    rows = re.findall(r'<tr[^>]*data-confidence[^>]*><td class="kind">¶[^<]*</td>'
                      r'<td lang="vi">(.*?)</td><td lang="en">(.*?)</td>', page)
    assert rows
    for vi, en in rows:
        assert any(map(has_vietnamese_marks, re.sub("<[^>]+>", " ", vi).split()))
        assert not any(map(has_vietnamese_marks, re.sub("<[^>]+>", " ", en).split()))


def test_review_page_shows_cross_page_caption_pairs_with_both_pages() -> None:
    """A caption whose halves sit on two pages links each half to its own page."""
    out, _ = _aligned("captions")
    crossing = [c for a in out.articles for c in a.captions
                if c.vi and c.en and len({s.page for s in c.sources}) == 2]
    assert crossing
    page = render_review(out)
    for c in crossing:
        vi_page = next(s.page for s in c.sources if s.lang == "vi")
        en_page = next(s.page for s in c.sources if s.lang == "en")
        row = next(r for r in page.split("<tr") if c.en[:30] in r)
        assert f'data-page="{vi_page}"' in row and f'data-page="{en_page}"' in row
