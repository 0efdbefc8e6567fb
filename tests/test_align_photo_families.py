"""Captions paired by their photos on saved artifacts of two layout families (made by
``tools/layout_test_data.py`` into ``tests/data/layouts-photos/``):

* ``stacked`` (born-digital): each language's copy of a photo with its own caption, the split
  stage reading most captions under their photos as text (``body``, ``aside``) and their
  ``Nguồn:``/``Source:`` credits, set on a line of their own, as bylines;
* ``newsletter-scanned``: the English credit's name wrapped under its caption
  (``Photo: PHAM`` / ``HUONG``), the English caption on another page than the Vietnamese one.

Every caption is right with the photos the artifacts carry; with the photos taken out (what
align saw before extract recorded them), captions of ``stacked`` are lost. (The newsletter's
halves are joined without the photos too since a credit cut short, ``PHAM``, agrees with its
twin's whole name when lone halves are matched: ``align.caption_halves``.)
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts import SplitArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score

DATA = Path(__file__).parent / "data" / "layouts-photos"
FAMILIES = ("stacked", "newsletter-scanned")


def _scored(family: str, photos: bool = True):
    artifact = SplitArtifact.load(DATA / f"{family}.split.json")
    truth = json.loads((DATA / f"{family}.truth.json").read_text(encoding="utf-8"))
    if not photos:
        artifact = replace(artifact, pages=tuple(replace(p, images=()) for p in artifact.pages))
    return score(align(artifact, Config()), truth, fuzzy=True), artifact


@pytest.mark.parametrize("family", FAMILIES)
def test_every_caption_is_paired_by_its_photo(family: str) -> None:
    s, artifact = _scored(family)
    assert any(p.images for p in artifact.pages)
    assert s.captions >= 3
    assert s.captions_right == s.captions


@pytest.mark.parametrize("family", ["stacked"])
def test_without_the_photos_captions_are_lost(family: str) -> None:
    with_photos, _ = _scored(family)
    without, _ = _scored(family, photos=False)
    assert without.captions_right < with_photos.captions_right
