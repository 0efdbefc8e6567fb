"""Titles set turned a quarter in a strip beside the text, on scans (issue 16), on pages saved
from the layout bench's ``turnhead`` family (``tests/data/layouts-title-strips/``, made by
``tools/turnhead_scan_test_data.py``):

* extract finds the strip on the page image, though Tesseract's first reading of it is noise
  with no word standing upright, and crops it whole (both titles, from the foot where they
  start) and nothing of the text beside it (``extract.ocr.title_strips``);
* a strip with no text beside it (a label in the margin) is left as read;
* split reads the strip's lines, read again turned upright, as the titles of the text beside
  them, on a tint or beside a hairline, and align pairs the article by them
  (``split.turned_titles``: on an OCR a line of capitals measured by its ink against the
  level text's word boxes).

At the round's start (start32) the three scanned copies paired 0 of 3 articles, F1 0.000:
extract left the strip as noise; once read, the tinted page's English title measured 1.18
the text's words, under split's text-layer ratio (1.2), and was read as running heads.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.extract.ocr.strips import UP
from magpipe.extract.ocr.tesseract import OcrWord
from magpipe.extract.ocr.title_strips import title_strips
from magpipe.split import split
from PIL import Image

DATA = Path(__file__).parent / "data" / "layouts-title-strips"
TEXT_LEFT = 540      # pixels: the left of the text beside the strip (543-547, skewed)
STRIP_LEFT = 171     # the strip's first line's ink
STRIP_FOOT = 2776    # the foot of the strip's ink, where its lines start (reading up)


def _page() -> tuple[Image.Image, list[OcrWord]]:
    words = json.loads((DATA / "tint-page.words.json").read_text("utf-8"))
    return Image.open(DATA / "tint-page.png"), [OcrWord(**w) for w in words]


def test_a_title_strip_read_as_noise_is_found_on_the_image_and_cropped_whole() -> None:
    image, words = _page()
    upright = [w for w in words if w.height >= 1.5 * w.width and len(w.text) >= 3]
    assert len(upright) < 6              # (no strip of upright words to start from)
    strips = title_strips(image, words, [])
    assert len(strips) == 1 and strips[0].titles and strips[0].turn == UP
    x0, top, x1, bottom = strips[0].box
    assert x0 <= STRIP_LEFT and bottom >= STRIP_FOOT and top < STRIP_FOOT / 10
    assert x1 < TEXT_LEFT                # no letter of the text beside it
    assert all(x0 <= w.left + w.width / 2 <= x1 for w in (words[k] for k in strips[0].words))


def test_a_turned_strip_with_no_text_beside_it_is_left_as_read() -> None:
    image, words = _page()
    alone = [w for w in words if w.left + w.width < TEXT_LEFT]     # (the text's words gone)
    assert title_strips(image, alone, []) == []


@pytest.mark.parametrize("name, vi, en", [
    ("scanned-tint", "HỘI ĐÀM GIỮA CHỦ TỊCH UBND", "TALKS BETWEEN THE CHAIRMAN"),
    ("scanned-hairline", "ĐOÀN ĐẠI BIỂU TỈNH THĂM", "PROVINCIAL DELEGATION VISITS")])
def test_a_scanned_strip_s_turned_titles_open_the_text_beside_them_and_pair_it(
        name: str, vi: str, en: str) -> None:
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())
    titles = [(b.lang, b.text) for p in result.pages for b in p.blocks if b.role == Role.TITLE]
    assert [lang for lang, _ in titles] == [Lang.VI, Lang.EN]
    assert titles[0][1].replace("Đ0O", "ĐO").startswith(vi) and titles[1][1].startswith(en)
    truth = json.loads((DATA / f"{name}.truth.json").read_text("utf-8"))
    found = score(align(result, Config()), truth, fuzzy=True)
    assert found.paired_right == found.articles == 1


def test_a_strip_the_first_reading_read_upright_is_not_read_again() -> None:
    """A label along the page's edge in plain capitals (edgetab's scans): Tesseract reads it
    upright at good confidence, and a region is not read twice."""
    image, words = _page()
    box = title_strips(image, words, [])[0].box
    read = [OcrWord("WORD", x, y, 60, 120, 95.0, 900 + k, 90, 60)
            for k, x in enumerate(range(box[0], box[2] - 30, 40))
            for y in range(box[1], box[3], 120)]
    assert title_strips(image, words + read, []) == []
