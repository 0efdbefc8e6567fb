"""A booklet's half printed turned over reads back to front (``split.page_order``); the split
scorer meets a turned page's words in their frame (``eval.split_score``)."""

from __future__ import annotations

from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Page, PageSource, Word
from magpipe.eval.split_score import TruthBlock, _upright
from magpipe.split.page_order import reading_order


def _page(number: int, rotation: int = 0, words: bool = True) -> Page:
    found = (Word("text", (10.0, 10.0, 40.0, 20.0), 10.0),) if words else ()
    return Page(number, 300.0, 400.0, PageSource.TEXT_LAYER, "", found, rotation=rotation)


def _numbers(pages: tuple[Page, ...]) -> list[int]:
    return [p.number for p in reading_order(pages)]


def test_turned_half_at_the_end_reads_from_the_last_page_back() -> None:
    pages = (_page(1), _page(2), _page(3, 180), _page(4, 180), _page(5, 180))
    assert _numbers(pages) == [1, 2, 5, 4, 3]


def test_blank_back_cover_does_not_hide_the_turned_half() -> None:
    pages = (_page(1), _page(2, 180), _page(3, 180), _page(4, words=False))
    assert _numbers(pages) == [1, 3, 2, 4]


def test_pages_turned_by_accident_keep_their_place() -> None:
    middle = (_page(1), _page(2, 180), _page(3, 180), _page(4))
    assert _numbers(middle) == [1, 2, 3, 4]
    alone = (_page(1), _page(2), _page(3, 180))
    assert _numbers(alone) == [1, 2, 3]
    everything = (_page(1, 180), _page(2, 180))
    assert _numbers(everything) == [1, 2]
    sideways = (_page(1), _page(2, 90), _page(3, 90))
    assert _numbers(sideways) == [1, 2, 3]


def test_truth_box_of_a_turned_page_is_met_in_its_words_frame() -> None:
    box: Box = (20.0, 30.0, 120.0, 50.0)
    block = TruthBlock(page=1, index=0, lang="en", role="body", text="t", box=box)
    assert _upright(block, _page(1)).box == box
    assert _upright(block, _page(1, 180)).box == (180.0, 350.0, 280.0, 370.0)
    sideways = Page(1, 400.0, 300.0, PageSource.TEXT_LAYER, "", rotation=90)  # upright size
    assert _upright(block, sideways).box == (350.0, 20.0, 370.0, 120.0)
