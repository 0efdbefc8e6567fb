"""Short articles set as cards in a grid (``cards``: each card a Vietnamese title and text, a
rule, an English title and text; a lead card across the grid, its halves side by side): every
card keeps its two whole titles and is paired, whatever row of the grid sits at the page's
head and however its titles break into lines. Pages saved by ``tools/cards_test_data.py`` into
``tests/data/layouts-cards/`` (each page one way a card lost a title before: see there)."""

from __future__ import annotations

from functools import lru_cache

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from saved_pages import saved

NAMES = ("lead", "first-row", "top-row", "band-line", "kicker", "rubric", "title-grid",
         "scan-lead")


def _saved(name: str) -> tuple[RepairArtifact, dict]:
    return saved("layouts-cards", name)


@lru_cache(maxsize=2)
def _split(name: str) -> SplitArtifact:
    return split(_saved(name)[0], Config())


@pytest.mark.parametrize("name", NAMES)
def test_every_card_on_the_page_is_paired_by_its_whole_titles(name: str) -> None:
    _, truth = _saved(name)
    result = align_score(align(_split(name), Config()), truth, fuzzy=True)
    assert result.articles >= 2
    assert result.paired_right == result.articles
    assert result.links_right == result.links_truth == result.links_output


@pytest.mark.parametrize("name", ["lead", "first-row", "top-row", "band-line"])
def test_no_title_line_at_the_page_head_is_kept_out_as_a_running_head(name: str) -> None:
    _, truth = _saved(name)
    titles = {t for a in truth["articles"] for t in a["title"].values() if t}
    headers = [b.text for b in _split(name).pages[0].blocks if b.role == Role.HEADER]
    # (a header opening as a title does: the title's first line, alone or joined to its
    # neighbour's across the gutter)
    assert not [h for h in headers if any(t.startswith(" ".join(h.split()[:4])) for t in titles)]


def test_titles_side_by_side_over_their_texts_are_no_grid_of_cells() -> None:
    assert all(b.role != Role.ASIDE for b in _split("title-grid").pages[0].blocks)


@pytest.mark.parametrize("name", ["kicker", "rubric"])
def test_a_title_first_line_set_like_it_is_no_kicker_or_rubric(name: str) -> None:
    assert all(b.role != Role.SECTION for p in _split(name).pages for b in p.blocks)


def test_a_lead_cards_titles_under_a_rule_read_as_junk_stay_apart() -> None:
    """A scan: the heavy rule over the lead card, read as a row of odd words across the
    gutter (one of them read with some confidence), no longer joins its two titles."""
    blocks = _split("scan-lead").pages[0].blocks
    (vi,) = [b for b in blocks if b.text.startswith("HỘI ĐÀM")]
    assert "TALKS" not in vi.text
    assert vi.box[2] < 320                      # (the left half's, short of the gutter)
