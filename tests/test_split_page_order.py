"""A booklet's half printed turned over reads back to front (``split.page_order``), the note
that closes its upright half is no article's text (``split.turn_note``); the split scorer
meets a turned page's words in their frame (``eval.split_score``)."""

from __future__ import annotations

from dataclasses import replace

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import Page, PageSource, Word
from magpipe.eval.split_score import TruthBlock, _upright
from magpipe.split.page_order import reading_order
from magpipe.split.turn_note import turn_notes


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


def _block(page: int, k: int, lang: str, role: Role, top: float, bottom: float,
           x0: float = 40.0, x1: float = 260.0) -> Block:
    return Block(id=f"p{page}-b{k}", page=page, box=(x0, top, x1, bottom), text="text",
                 lang=Lang(lang), role=role)


def _booklet(last: list[Block]) -> list[tuple[Page, list[Block], list[int]]]:
    """A booklet of two upright pages (the second's blocks ``last``) and a turned half of
    two pages, in reading order."""
    pages = [_page(1), _page(2), _page(4, 180), _page(3, 180)]
    blocks = [[_block(1, 0, "vi", Role.BODY, 40.0, 380.0)], last,
              [_block(4, 0, "en", Role.BODY, 40.0, 380.0)],
              [_block(3, 0, "en", Role.BODY, 40.0, 380.0)]]
    return [(page, found, [0] * len(found)) for page, found in zip(pages, blocks, strict=True)]


def _roles(per_page) -> list[Role]:
    return [b.role for b in per_page[1][1]]


def test_note_in_both_languages_under_the_upright_halfs_last_columns_is_no_article() -> None:
    last = [_block(2, 0, "vi", Role.BODY, 40.0, 250.0, 40.0, 140.0),
            _block(2, 1, "vi", Role.BODY, 40.0, 240.0, 160.0, 260.0),
            _block(2, 2, "vi", Role.BODY, 280.0, 300.0),
            _block(2, 3, "en", Role.INTRO, 304.0, 324.0),
            _block(2, 4, "vi", Role.PAGE_NUMBER, 380.0, 390.0)]
    assert _roles(turn_notes(_booklet(last))) == [Role.BODY, Role.BODY, Role.ASIDE, Role.ASIDE,
                                                  Role.PAGE_NUMBER]


def test_last_page_of_one_language_keeps_its_text() -> None:
    last = [_block(2, 0, "vi", Role.BODY, 40.0, 250.0), _block(2, 1, "vi", Role.BODY, 280.0,
                                                                300.0)]
    assert _roles(turn_notes(_booklet(last))) == [Role.BODY, Role.BODY]


def test_without_a_turned_half_no_note_is_looked_for() -> None:
    last = [_block(2, 0, "vi", Role.BODY, 280.0, 300.0), _block(2, 1, "en", Role.BODY, 304.0,
                                                                324.0)]
    booklet = _booklet(last)
    upright = [(replace(page, rotation=0), found, regions) for page, found, regions in booklet]
    assert _roles(turn_notes(upright)) == [Role.BODY, Role.BODY]
