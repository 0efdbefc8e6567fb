"""A photo printed behind a page's text is background, not a photo of its layout
(``split.backdrops``): on saved born-digital pages of a heritage magazine's features
(``tests/data/layouts-backdrop/``, made by ``tools/backdrop_test_data.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.backdrops import backdrops
from magpipe.split.pieces import body_size_of, build_pieces

DATA = Path(__file__).parent / "data" / "layouts-backdrop"


def _read(name: str) -> tuple[RepairArtifact, dict]:
    return (RepairArtifact.load(DATA / f"{name}.repair.json"),
            json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8")))


def _found(pages: RepairArtifact) -> list[int]:
    """How many of each page's photos are backdrops."""
    out = []
    for page in pages.pages:
        body = body_size_of(page.words)
        out.append(len(backdrops(page.images, build_pieces(page.words, body), body)))
    return out


def _one_language_each(pages: RepairArtifact) -> None:
    """Every body block of the split lies on one language's side of the page (the
    Vietnamese columns left of its middle, the English right of it) and is read in that
    language: no line chained across the gutter between them."""
    for layout in split(pages, Config()).pages:
        middle = layout.width / 2
        for b in layout.blocks:
            if b.role == Role.BODY:
                assert b.box[2] < middle or b.box[0] > middle, b.text[:60]
                assert b.lang == (Lang.VI if b.box[2] < middle else Lang.EN), b.text[:60]


def test_columns_printed_on_a_photo_across_the_pages_upper_half_are_read_as_columns() -> None:
    pages, truth = _read("opening-over-photo")
    assert _found(pages) == [1]
    _one_language_each(pages)
    scored = align_score(align(split(pages, Config()), Config()), truth, fuzzy=True)
    assert scored.paired_right == scored.articles == 1
    assert scored.links_right == scored.links_output == scored.links_truth


def test_columns_printed_on_a_photo_behind_the_whole_page_are_read_as_columns() -> None:
    # the first article's four columns, then a short article's opening page: 3-6 lines a
    # column under its titles
    pages, truth = _read("whole-page-photo")
    assert _found(pages) == [1, 1]
    _one_language_each(pages)
    scored = align_score(align(split(pages, Config()), Config()), truth, fuzzy=True)
    assert scored.paired_right == scored.articles == 2
    assert scored.links_right == scored.links_output == scored.links_truth
    assert scored.captions_right == scored.captions == 2


def test_a_photo_with_its_captions_overprinted_across_the_text_width_stays_a_photo() -> None:
    # (one line a language, set smaller than the text: no columns of text on it)
    pages, _ = _read("caption-band-on-photo")
    assert _found(pages) == [0]
    result = split(pages, Config())
    assert result.pages[0].images == pages.pages[0].images
    assert [b.role for b in result.blocks() if b.text.startswith(("Toàn cảnh", "Overview"))] \
        == [Role.CAPTION, Role.CAPTION]
