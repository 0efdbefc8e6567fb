"""A form in a dashed cut frame on a scan (``extract.ocr.cut_frames``): the frame, its dotted
answer lines and tick boxes are found on the page image and painted white before OCR, and
nothing is found where no cut frame stands (a contents page's dotted leaders, lines of small
text); on the saved scanned copy of a ``coupon`` page (``tools/coupon_test_data.py``), the
shapes found make the split stage keep the form out of the article."""

from __future__ import annotations

import numpy as np
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import DrawingKind
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.extract.ocr.cut_frames import find_form_shapes, paint_form
from magpipe.extract.ocr.despeckle import ink_parts
from magpipe.split import split
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from saved_pages import saved

DPI = 300
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LABELS = ("Full name:", "Position:", "Company:", "Telephone:")


def _page() -> tuple[Image.Image, ImageDraw.ImageDraw, ImageFont.FreeTypeFont]:
    image = Image.new("L", (1400, 1000), 235)
    return image, ImageDraw.Draw(image), ImageFont.truetype(FONT, 34)


def _dashes(draw: ImageDraw.ImageDraw, start: tuple[int, int], end: tuple[int, int],
            dash: int = 14, gap: int = 14, width: int = 4) -> None:
    (x0, y0), (x1, y1) = start, end
    if y0 == y1:
        for x in range(x0, x1, dash + gap):
            draw.rectangle((x, y0, min(x + dash, x1), y0 + width - 1), fill=20)
    else:
        for y in range(y0, y1, dash + gap):
            draw.rectangle((x0, y, x0 + width - 1, min(y + dash, y1)), fill=20)


def _dots(draw: ImageDraw.ImageDraw, x0: int, x1: int, y: int) -> None:
    for x in range(x0, x1, 10):
        draw.rectangle((x, y, x + 2, y + 2), fill=30)


def _scanned(image: Image.Image) -> Image.Image:
    rng = np.random.default_rng(7)
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(0.7)), dtype=np.int16)
    pixels = pixels + rng.integers(-12, 12, pixels.shape)
    for _ in range(40):      # dust
        y, x = rng.integers(0, pixels.shape[0] - 4), rng.integers(0, pixels.shape[1] - 4)
        pixels[y:y + 4, x:x + 4] = 40
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def _form() -> Image.Image:
    image, draw, font = _page()
    left, top, right, bottom = 100, 100, 1300, 800
    _dashes(draw, (left, top), (right, top))
    _dashes(draw, (left, bottom), (right, bottom))
    _dashes(draw, (left, top), (left, bottom))
    _dashes(draw, (right, top), (right, bottom))
    draw.text((400, 140), "REGISTRATION FORM", font=font, fill=20)
    for n, label in enumerate(LABELS):
        y = 240 + 90 * n
        draw.text((140, y), label, font=font, fill=20)
        end = 140 + int(draw.textlength(label, font=font))
        _dots(draw, end + 15, right - 40, y + 30)
    draw.text((140, 620), "Attending:", font=font, fill=20)
    for x in (360, 700):
        draw.rectangle((x, 625, x + 30, 655), outline=20, width=3)
        draw.text((x + 45, 620), "Morning", font=font, fill=20)
    return _scanned(image)


def test_a_dashed_frame_its_answer_lines_and_tick_boxes_are_found_on_a_scan() -> None:
    shapes, _ = find_form_shapes(_form(), DPI)
    frames = [s.box for s in shapes if s.kind == DrawingKind.FRAME]
    rules = [s.box for s in shapes if s.kind == DrawingKind.RULE]
    big = [b for b in frames if b[2] - b[0] > 500]
    assert len(big) == 1
    assert abs(big[0][0] - 100) <= 6 and abs(big[0][1] - 100) <= 6
    assert abs(big[0][2] - 1300) <= 10 and abs(big[0][3] - 800) <= 10
    ticks = [b for b in frames if b[2] - b[0] < 60]
    assert len(ticks) == 2
    assert all(abs(a - b) <= 3 for a, b in zip(sorted(t[0] for t in ticks), (360, 700),
                                              strict=True))
    assert len(rules) == len(LABELS)        # one answer line after each label
    assert all(abs(r[1] - (270 + 90 * n)) <= 6
               for n, r in enumerate(sorted(rules, key=lambda r: r[1])))


def test_the_form_is_found_alike_from_the_ink_s_pieces_labelled_once() -> None:
    """The page's ink labelled once (``despeckle.ink_parts``, shared with the speck pass)
    gives the shapes and marks found from the image itself."""
    image = _form()
    shapes, marks = find_form_shapes(image, DPI)
    assert shapes and (shapes, marks) == find_form_shapes(image, DPI, ink_parts(image))


def test_the_form_s_shapes_are_painted_white_and_its_text_kept() -> None:
    image = _form()
    painted, shapes = paint_form(image, DPI)
    assert shapes
    before, after = np.asarray(image) < 128, np.asarray(painted) < 128
    assert not after[270:290, 600:1200].any()        # an answer line's dots: gone
    assert not after[100:800, 95:110].any()          # the frame's left side: gone
    text = (slice(240, 280), slice(140, 300))        # the first label: kept as it was
    assert (after[text] == before[text]).all() and after[text].any()


def test_no_shapes_without_a_cut_frame() -> None:
    # dotted leaders of a contents page and lines of small text, no frame round them
    image, draw, font = _page()
    small = ImageFont.truetype(FONT, 16)
    for n in range(6):
        y = 100 + 60 * n
        draw.text((100, y), f"Entry number {n}", font=font, fill=20)
        _dots(draw, 420, 1200, y + 30)
        draw.text((1210, y), str(n + 3), font=font, fill=20)
    for n in range(10):
        draw.text((100, 520 + 22 * n), "mean many summer men " * 5, font=small, fill=20)
    image = _scanned(image)
    painted, shapes = paint_form(image, DPI)
    assert shapes == [] and painted is image


def test_a_scanned_form_s_found_shapes_keep_it_out_of_the_article() -> None:
    artifact, truth = saved("layouts-coupon", "scanned")
    assert any(d.kind == DrawingKind.FRAME for d in artifact.pages[0].drawings)
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 400
    assert s.out_correct / s.out_chars > 0.95
    assert s.in_correct / s.in_chars > 0.99
    asides = " ".join(b.text for b in result.pages[0].blocks if b.role == Role.ASIDE)
    assert "REGISTRATION FORM" in asides
