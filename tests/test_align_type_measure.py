"""Captions are paired with their photos, and with their other language's half, by distances in
step with the page's own type (``align.type_measure``): a page set larger pairs them as the
original does."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from magpipe.align.captions import read_captions
from magpipe.align.photos import measures_by_page, photos_by_page
from magpipe.align.type_measure import USUAL_MEASURE, page_measure
from magpipe.artifacts import Box, SplitArtifact

DATA = Path(__file__).parent / "data" / "layouts"
# A scanned page whose captions stand beside their photo, in the narrow column to its left
# (each language's, ~15 pt off the photo's edge).
BESIDE = DATA / "sidenotes-beside.split.json"


def _scaled(artifact: SplitArtifact, factor: float) -> SplitArtifact:
    """The document set ``factor`` times as large: every box, photo and column with it."""
    def box(b: Box) -> Box:
        return (b[0] * factor, b[1] * factor, b[2] * factor, b[3] * factor)
    return replace(artifact, pages=tuple(replace(
        p, width=p.width * factor, height=p.height * factor,
        columns=tuple((a * factor, b * factor) for a, b in p.columns),
        images=tuple(box(i) for i in p.images),
        blocks=tuple(replace(b, box=box(b.box)) for b in p.blocks)) for p in artifact.pages))


def _captions(artifact: SplitArtifact) -> list[tuple]:
    """Each caption's halves, credits and the photos it belongs to (page, index on the page).
    (Which halves sit by the photo is left out: the English half's ragged last line ends
    ~20 pt short of the photo, right at the reach, where the scan slack, a fixed distance,
    tips it one way or the other.)"""
    blocks = [(k, b) for k, b in enumerate(artifact.blocks()) if b.role in ("caption", "credit")]
    photos = photos_by_page(artifact)
    read = read_captions(blocks, photos=photos, measures=measures_by_page(artifact))
    return [(c.vi, c.en, c.credit, c.credit_en,
             [(ph.page, photos[ph.page].index(ph.box)) for ph in c.photos]) for c in read]


@pytest.mark.parametrize(("path", "factor"), [
    (BESIDE, 1.5), (BESIDE, 2.0),
    # each language's caption under its photos, and the other's under it
    (DATA / "newsletter.split.json", 3.0), (DATA / "facing.split.json", 3.0)])
def test_a_document_set_larger_reads_its_captions_and_their_photos_as_the_original(path,
                                                                                  factor):
    original = SplitArtifact.load(path)
    expected = _captions(original)
    assert any(photos for *_, photos in expected)      # the page has captions by its photo
    assert _captions(_scaled(original, factor)) == expected


def test_the_page_measure_follows_the_size_its_text_is_set_in():
    page = SplitArtifact.load(BESIDE).pages[0]
    measure = page_measure(page)
    assert 0.6 * USUAL_MEASURE < measure < 1.4 * USUAL_MEASURE
    assert page_measure(_scaled(SplitArtifact.load(BESIDE), 1.5).pages[0]) == \
        pytest.approx(1.5 * measure)


def test_a_page_without_running_text_takes_the_usual_measure():
    page = SplitArtifact.load(BESIDE).pages[0]
    captions_only = replace(page, blocks=tuple(b for b in page.blocks if b.role != "body"))
    assert page_measure(captions_only) == USUAL_MEASURE
