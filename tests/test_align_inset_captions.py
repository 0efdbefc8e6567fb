"""Captions printed inside their photos (the ``inset`` family), on saved pages made by
``tools/inset_test_data.py`` into ``tests/data/layouts-inset/``: a caption on a panel laid over
the photo's corner belongs to that photo, so the Vietnamese half on one corner's panel and the
English half on the opposite corner's (read first, higher on the page) are one caption with
both credits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.photos import photo_of
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-inset"
PAGES = ("split-panels", "scanned-panel")


def _aligned(name: str):
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return result, align(result, Config()), truth


@pytest.mark.parametrize("name", PAGES)
def test_captions_on_panels_inside_photos_have_both_halves_and_credits(name: str) -> None:
    result, aligned, truth = _aligned(name)
    # the truth holds the captions of the page's articles; those printed on this page
    printed = " ".join(b["text"] for p in truth["pages"] for b in p["blocks"]
                       if b["role"] == "caption")
    on_page = [c for a in truth["articles"] for c in a["captions"] if c["vi"][:30] in printed]
    assert on_page
    s = score(aligned, dict(truth, articles=[dict(truth["articles"][0], captions=on_page)]),
              fuzzy=True)
    assert s.captions_right == len(on_page)
    captions = [c for a in aligned.articles for c in a.captions]
    assert all(c.vi and c.en and c.credit and c.credit_en for c in captions)


def test_a_caption_inside_a_photo_is_that_photos() -> None:
    result, aligned, _ = _aligned("split-panels")
    (page,) = result.pages
    assert len(page.images) == 2
    captions = [b for b in page.blocks if b.role == "caption"]
    assert len(captions) >= 4
    for block in captions:
        k = photo_of(block.box, page.images)
        assert k is not None
        photo = page.images[k]
        assert photo[0] <= block.box[0] and block.box[2] <= photo[2]
        assert photo[1] <= block.box[1] and block.box[3] <= photo[3]
