"""Captions on saved artifacts of the photo-heavy layout families (made by
``tools/layout_test_data.py`` into ``tests/data/layouts-photos/``), each set a way the
caption reader did not know before:

* ``photo-essay`` (born-digital and scanned): the English captions gathered in a box at the
  page's foot (two in one block), in a narrow column beside the photo, or under the photo's
  right half beside the Vietnamese one; credits as ``(Ảnh: X)``, ``Ảnh - X``, ``© X``,
  ``Photo by X``, on a line of their own;
* ``digest``: ``Ảnh - X`` credits, and ``Photo`` / ``by X`` cut into two blocks by the split
  stage (the second read as a byline or a section);
* ``trifold`` (born-digital and scanned): a Vietnamese credit on a line of its own, set right,
  read after the English caption under it.

Each test fails on the code before this change (main at b49fe8d). The records also carry the
photo each caption sits by, and the review page shows it beside each half.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.archive.review import PageImage, build_review
from magpipe.artifacts import SplitArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score

DATA = Path(__file__).parent / "data" / "layouts-photos"


def _aligned(name: str):
    artifact = SplitArtifact.load(DATA / f"{name}.split.json")
    return artifact, align(artifact, Config())


def _all_right(name: str, least: int) -> None:
    """Every caption of the saved document is right (at least ``least`` of them)."""
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    s = score(_aligned(name)[1], truth, fuzzy=True)
    assert s.captions >= least
    assert s.captions_right == s.captions


@pytest.mark.parametrize("name", ["photo-essay", "photo-essay-scanned"])
def test_english_captions_in_a_box_beside_or_under_the_photo_join_their_vietnamese(name):
    _all_right(name, 4)


def test_credits_without_a_colon_and_credits_cut_from_their_label_are_read():
    _all_right("digest", 4)


@pytest.mark.parametrize("name", ["trifold", "trifold-scanned"])
def test_a_credit_on_a_line_of_its_own_joins_its_own_language(name):
    _all_right(name, 2)


def test_each_caption_carries_the_photo_it_sits_by():
    artifact, aligned = _aligned("photo-essay")
    images = {p.number: p.images for p in artifact.pages}
    captions = [c for a in aligned.articles for c in a.captions]
    assert captions and all(c.photos for c in captions)
    for c in captions:
        for photo in c.photos:
            assert photo.box in images[photo.page]
            assert photo.lang in ("vi", "en", "")
            # the half it names sits under the photo or beside it, on its page
            sides = [s for s in c.sources if s.page == photo.page
                     and (photo.lang == "" or s.lang == photo.lang)]
            assert any(s.box[1] >= photo.box[1] for s in sides)
    # both halves under one photo (the ``split`` arrangement) name it once, for both
    assert any(p.lang == "" for c in captions for p in c.photos)


def test_a_caption_across_pages_carries_each_language_s_photo():
    _, aligned = _aligned("stacked")
    across = [c for a in aligned.articles for c in a.captions
              if len({s.page for s in c.sources}) == 2]
    assert across
    for c in across:
        pages = {s.lang: s.page for s in c.sources}
        assert {(p.lang, p.page) for p in c.photos} == {("vi", pages["vi"]), ("en", pages["en"])}


def test_review_shows_each_half_of_a_cross_page_caption_beside_its_own_photo():
    artifact, aligned = _aligned("stacked")
    images = {p.number: PageImage(p.number, f"pages/{p.number}.png", p.width, p.height)
              for p in artifact.pages}
    page = build_review(aligned, images, {})
    rows = [r for r in re.findall(r'<tr class="link[^"]*".*?</tr>', page, re.S)
            if 'data-field="caption"' in r]
    crossed = 0
    for row in rows:
        cells = re.findall(r'<td lang="(vi|en)" class="side">(.*?)</td>', row, re.S)
        pages = {lang: set(re.findall(r'data-page="(\d+)"', cell)) for lang, cell in cells}
        if pages["vi"] != pages["en"]:
            crossed += 1
            for _, cell in cells:
                # the text's box and the photo's box, drawn on that half's own page
                assert len(set(re.findall(r'data-page="(\d+)"', cell))) == 1
                assert cell.count('class="box"') >= 2
    assert crossed


def test_text_the_split_stage_linked_to_a_caption_starts_a_paragraph_of_its_own():
    # an English caption set beside the text, which split read as body and linked the next
    # paragraph to: read as a caption, the paragraph after it no longer joins the one before
    truth = json.loads((DATA / "photo-essay.truth.json").read_text(encoding="utf-8"))
    s = score(_aligned("photo-essay")[1], truth, fuzzy=True)
    assert s.links_truth >= 4
    assert s.links_right == s.links_output == s.links_truth
