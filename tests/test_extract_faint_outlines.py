"""Giant pale outlined letters on a scan are painted white before OCR
(``extract.ocr.faint_outlines``); the text's ink, filled grey letters and grey pictures
stay."""

from __future__ import annotations

import numpy as np
import pytest
from magpipe.extract.ocr import faint_outlines
from magpipe.extract.ocr.faint_outlines import outline_mask, without_outlines
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
PAPER, TEXT = 240, 15


def _body_lines(draw: ImageDraw.ImageDraw, top: int, rows: int,
                text: str = "Nhân dịp này, Phó Chủ tịch UBND tỉnh") -> None:
    """``rows`` lines of black body text (38 px, 60 px apart) from ``top``, at the left."""
    body = ImageFont.truetype(FONT, 38)
    for k in range(rows):
        draw.text((60, top + 60 * k), text, font=body, fill=TEXT)


def _page(giant_fill: int | None = None) -> Image.Image:
    """A page image (300 dpi): a giant word outlined in mid grey (or filled in grey
    ``giant_fill``), a black title printed over it, and lines of black body text."""
    image = Image.new("L", (1600, 1400), PAPER)
    draw = ImageDraw.Draw(image)
    giant = ImageFont.truetype(FONT, 330)
    if giant_fill is None:
        draw.text((60, 40), "HỮU", font=giant, fill=PAPER, stroke_width=3, stroke_fill=140)
    else:
        draw.text((60, 40), "HỮU", font=giant, fill=giant_fill)
    title = ImageFont.truetype(FONT, 70)
    draw.text((60, 200), "LÃNH ĐẠO TỈNH", font=title, fill=TEXT)
    _body_lines(draw, 520, 14, "Nhân dịp này, Phó Chủ tịch UBND tỉnh trân trọng")
    return image


def test_a_giant_word_outlined_in_grey_is_painted_white_and_the_title_over_it_kept() -> None:
    image = _page()
    grey = np.asarray(image)
    mask = outline_mask(grey)
    assert mask is not None
    outline = (grey == 140)
    assert mask[outline].mean() > 0.9          # the outline's strokes
    assert not mask[grey < 90].any()           # never the text's ink
    painted, count = without_outlines(image)
    after = np.asarray(painted)
    assert count == int(mask.sum())
    assert (after[outline] > 200).mean() > 0.9
    assert np.array_equal(after[grey < 90], grey[grey < 90])
    assert np.array_equal(after[1000:], grey[1000:])     # the body text's lines untouched


def test_a_giant_word_filled_in_grey_and_a_page_of_text_alone_are_left_alone() -> None:
    assert outline_mask(np.asarray(_page(giant_fill=150))) is None
    plain = Image.new("L", (1600, 1400), PAPER)
    draw = ImageDraw.Draw(plain)
    _body_lines(draw, 60, 20)
    same, count = without_outlines(plain)
    assert count == 0 and same is plain


def test_the_grain_of_a_grey_picture_behind_the_text_is_no_outline() -> None:
    image = _page()
    grey = np.array(image)
    rng = np.random.default_rng(7)
    # a picture faded behind the text: mid-grey grain over the page's lower part
    grey[500:] = np.minimum(grey[500:], rng.normal(200, 12, grey[500:].shape).clip(0, 255)
                            .astype(np.uint8))
    mask = outline_mask(grey)
    assert mask is not None and not mask[700:].any()


def test_outlined_letters_standing_apart_in_their_rows_are_no_word() -> None:
    image = Image.new("L", (1600, 1400), PAPER)
    draw = ImageDraw.Draw(image)
    giant = ImageFont.truetype(FONT, 330)
    draw.text((60, 40), "U", font=giant, fill=PAPER, stroke_width=3, stroke_fill=140)
    draw.text((900, 500), "O", font=giant, fill=PAPER, stroke_width=3, stroke_fill=140)
    _body_lines(draw, 900, 8)
    assert outline_mask(np.asarray(image)) is None


def test_grey_frames_round_snapshots_side_by_side_are_no_outlined_letters() -> None:
    image = Image.new("L", (1600, 1400), PAPER)
    draw = ImageDraw.Draw(image)
    for k in range(3):          # three snapshots' grey frames, their photos painted white
        left = 60 + 500 * k
        draw.polygon([(left, 100), (left + 420, 120), (left + 400, 700), (left - 20, 680)],
                     outline=140, width=3)
    _body_lines(draw, 900, 8)
    assert outline_mask(np.asarray(image)) is None


def test_pale_rings_and_letters_of_a_seal_lying_every_which_way_are_no_word() -> None:
    """A round seal whose red a stamp removal left pale grey: rings and letters nested and
    stepped, their feet far apart, each sharing height with the others: no word on one
    line, nothing painted (a real 100 dpi scan lost its text rows to it)."""
    image = Image.new("L", (1600, 1400), PAPER)
    draw = ImageDraw.Draw(image)
    for k, (x, y, size) in enumerate(((500, 300, 330), (700, 360, 260), (620, 430, 300),
                                      (560, 520, 280))):
        draw.ellipse((x, y, x + size, y + size), outline=140, width=3)
        draw.text((x + size // 3, y + size // 4), "ĐQ"[k % 2],
                  font=ImageFont.truetype(FONT, size // 2), fill=PAPER, stroke_width=3,
                  stroke_fill=140)
    _body_lines(draw, 80, 16, "Nhân dịp này, Phó Chủ tịch")
    assert outline_mask(np.asarray(image)) is None



def test_a_page_of_text_with_no_pale_word_is_ruled_out_before_its_letters_are_measured(
        monkeypatch: pytest.MonkeyPatch) -> None:
    image = Image.new("L", (1600, 1400), PAPER)
    _body_lines(ImageDraw.Draw(image), 100, 18)

    def measured(dark: np.ndarray) -> float:
        raise AssertionError("the page's letter height was measured")
    monkeypatch.setattr(faint_outlines, "_letter_height", measured)
    assert outline_mask(np.asarray(image)) is None


def test_the_dark_ink_grown_by_a_pixel_is_the_cross_dilation_of_it() -> None:
    from scipy import ndimage
    dark = np.random.default_rng(7).random((61, 47)) < 0.05
    dark[0, 0] = dark[-1, -1] = dark[0, -1] = True       # (the edges grow inwards only)
    assert (faint_outlines._beside(dark) == ndimage.binary_dilation(dark)).all()
