"""Captions turned a few degrees with their photo on snapshot cards, on scans (issue 16), on
inputs saved from the layout bench's ``scrapbook`` family by
``tools/scrapbook_scan_test_data.py`` into ``tests/data/layouts-scrapbook-scans/``:

* extract finds the photo's turn from its edges on the page image, turns the page back level
  about the photo's centre and cuts out the caption under it whole (both languages, not the
  card's foot), its lines level, and takes the first reading's words that lie in it; a photo
  set level gives no card (``extract.ocr.tilted_captions``);
* the captions, read once level, are read by split and align as the photos' captions with
  their credits.

At the round's start (start33) Tesseract read the turned lines cut into pieces and crossed
(``OVerwi te Ofthe m eeting``): the two saved documents' five captions were all wrong.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from magpipe.align import align
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.extract.ocr.tesseract import OcrWord
from magpipe.extract.ocr.tilted_captions import page_box, tilted_cards
from magpipe.split import split
from PIL import Image

DATA = Path(__file__).parent / "data" / "layouts-scrapbook-scans"
PHOTO = (52, 54, 964, 670)      # the photo's box on ``cards.png`` (photomask's, on the page)
DPI = 300


def _card():
    image = Image.open(DATA / "cards.png")
    cards = tilted_cards(image, [], (PHOTO,), DPI)
    assert len(cards) == 1
    return image, cards[0]


def _lines(image: Image.Image) -> int:
    """The runs of rows holding ink, parted by rows of paper (a turned line's ink spreads
    over its neighbours' rows and leaves none)."""
    inked = (np.asarray(image) < 128).mean(axis=1) >= 0.02
    return int(np.count_nonzero(inked[1:] & ~inked[:-1]))


def test_a_caption_turned_with_its_photo_is_cut_out_level_and_whole() -> None:
    image, card = _card()
    assert -6.0 < card.turn < -4.0               # (the card is turned 5 degrees clockwise)
    level = card.level_photo
    assert PHOTO[0] < level[0] and level[2] < PHOTO[2] and level[3] < PHOTO[3]
    x0, top, x1, bottom = card.box
    assert level[3] < top < level[3] + 30         # (the caption is set 5 points under it)
    assert x0 < level[0] + 30 and x1 > level[2] - 30
    assert _lines(card.image) == 2               # its Vietnamese line and its English one
    turned = image.crop(page_box(card))
    assert _lines(turned) < 2                     # (as it stands, its lines run together)


def test_a_photo_set_level_gives_no_card() -> None:
    image, card = _card()
    centre = ((PHOTO[0] + PHOTO[2]) / 2, (PHOTO[1] + PHOTO[3]) / 2)
    level = image.rotate(-card.turn, resample=Image.Resampling.BILINEAR, center=centre,
                         fillcolor=255)
    assert tilted_cards(level, [], (card.level_photo,), DPI) == []


def test_the_first_reading_s_words_in_the_turned_caption_are_held_by_the_card() -> None:
    image, card = _card()
    x0, top, x1, bottom = page_box(card)
    inside = OcrWord("Overview", (x0 + x1) // 2 - 40, (top + bottom) // 2 - 10, 80, 20, 60.0,
                     0, 0, 20)
    photo = OcrWord("noise", 400, 300, 60, 20, 10.0, 1, 1, 20)
    held = tilted_cards(image, [inside, photo], (PHOTO,), DPI)[0].words
    assert held == (0,)


@pytest.mark.parametrize("name", ["one", "three"])
def test_scanned_snapshot_captions_read_level_are_paired_as_captions(name: str) -> None:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text("utf-8"))
    found = score(align(split(artifact, Config()), Config()), truth, fuzzy=True)
    assert found.captions_right == found.captions > 0
    assert found.paired_right == found.articles == 1
