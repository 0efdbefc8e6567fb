"""The review page's crops of a page extract read turned (``Page.rotation``, ``extract.turns``)
fall on their text: the page image is drawn turned as the words' boxes are.

``tests/data/turned-text.pdf`` holds one text upright (page 1), turned half a circle (2) and
sideways (3). Read upright, each turned page's words have about the upright page's boxes; the
image drawn for the review must show ink inside those boxes as the upright page's does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from magpipe.archive.review import RepairMarks, render_page_images
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.extract import extract
from PIL import Image, ImageOps, ImageStat

PDF = Path(__file__).resolve().parent / "data" / "turned-text.pdf"
UPRIGHT, HALF_TURN, SIDEWAYS = 1, 2, 3


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    read = extract(PDF, Config())
    marks = RepairMarks.of(RepairArtifact(doc=read.doc, pages=read.pages, changes=()))
    folder = tmp_path_factory.mktemp("review")
    images = render_page_images(PDF, folder, {UPRIGHT, HALF_TURN, SIDEWAYS},
                                source_sha256=read.doc.sha256, turns=marks.turns)
    return {p.number: p for p in read.pages}, images, folder, marks


def _ink_in_words(page, image, folder: Path) -> float:
    """Mean darkness (0-255) of the image inside the page's word boxes."""
    picture = ImageOps.invert(Image.open(folder / image.file).convert("L"))
    sx, sy = picture.width / image.width, picture.height / image.height
    inks = [ImageStat.Stat(picture.crop((round(w.box[0] * sx), round(w.box[1] * sy),
                                         round(w.box[2] * sx), round(w.box[3] * sy)))).mean[0]
            for w in page.words if w.box[2] - w.box[0] > 2 and w.box[3] - w.box[1] > 2]
    return sum(inks) / len(inks)


def test_turned_pages_are_marked_with_their_turn(drawn) -> None:
    _pages, _images, _folder, marks = drawn
    assert marks.turns == {HALF_TURN: 180, SIDEWAYS: 90}


def test_sideways_page_image_has_the_upright_frame(drawn) -> None:
    pages, images, folder, _marks = drawn
    image = images[SIDEWAYS]
    assert (image.width, image.height) == (pages[SIDEWAYS].width, pages[SIDEWAYS].height)
    with Image.open(folder / image.file) as picture:
        assert picture.width < picture.height            # drawn as the page read upright


@pytest.mark.parametrize("number", [HALF_TURN, SIDEWAYS])
def test_word_boxes_of_a_turned_page_fall_on_ink(drawn, number) -> None:
    pages, images, folder, _marks = drawn
    upright = _ink_in_words(pages[UPRIGHT], images[UPRIGHT], folder)
    turned = _ink_in_words(pages[number], images[number], folder)
    assert turned > 0.7 * upright
