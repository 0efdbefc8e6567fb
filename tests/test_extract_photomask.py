"""Photographs kept out of OCR: found on real scanned pages, never text or a light tint, and
the caption set under a photograph read right once the photograph is blanked (real
Tesseract on the page of bulletin-scanned.pdf where it used to read ``Lãnh Ẩïa Lạng khC``)."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import FIXTURES, load_truth
from magpipe.extract.ocr.page import ocr_page
from magpipe.extract.ocr.photomask import (
    components,
    find_photos,
    paper_level,
    photographic_cells,
)
from magpipe.extract.ocr.photopanels import blank_photo_pixels
from magpipe.extract.render import render_page
from PIL import Image, ImageDraw, ImageFont

DPI = 300
SCALE = DPI / 72
CAPTION_PAGE = 5        # bulletin-scanned.pdf: two photos closing the columns, captions under


def _page(number: int) -> Image.Image:
    doc = pdfium.PdfDocument(str(FIXTURES / "bulletin-scanned.pdf"))
    try:
        return render_page(doc, number, dpi=DPI, max_pixels=200_000_000)
    finally:
        doc.close()


def _captions(number: int) -> list[dict]:
    page = load_truth("bulletin-scanned.pdf")["pages"][number - 1]
    return [b for b in page["blocks"] if b["role"] == "caption" and b["lang"] == "vi"]


def test_photographs_of_a_scanned_page_are_found_and_stop_above_their_captions():
    boxes = find_photos(_page(CAPTION_PAGE))
    captions = _captions(CAPTION_PAGE)
    assert len(boxes) == len(captions) == 2
    for box, caption in zip(sorted(boxes), sorted(captions, key=lambda b: b["box"][0]),
                            strict=True):
        x0, top, x1, bottom = (v / SCALE for v in box)
        cx0, ctop, cx1, _ = caption["box"]
        # printed 3 pt above the caption's line box; the skewed scan moves it up to ~4 pt
        assert ctop - 7 <= bottom <= ctop + 4
        assert bottom - top > 100               # the 150 pt photograph, not a sliver of it
        assert x0 < cx0 + 30 and x1 > cx1 - 30


def test_pages_of_text_have_no_photographs():
    for number in (2, 3, 4):                    # columns, boxed intros, rules; no photo
        assert find_photos(_page(number)) == ()


def test_a_light_tint_behind_text_is_not_a_photograph():
    rng = np.random.default_rng(1)
    page = np.full((1200, 900), 243.0) + rng.normal(0, 3, (1200, 900))
    page[200:700, 100:800] = 222.0 + rng.normal(0, 3, (500, 700))     # a tinted box
    page[800:1100, 100:500] = rng.uniform(90, 200, (300, 400))       # a photograph
    image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), mode="L")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 32)
    for row in range(6):
        draw.text((130, 230 + 70 * row), "Tham dự Hội đàm có đồng chí", fill=30, font=font)
    boxes = find_photos(image)
    assert len(boxes) == 1
    x0, top, x1, bottom = boxes[0]
    assert abs(x0 - 100) <= 8 and abs(top - 800) <= 8 and abs(x1 - 500) <= 8 \
        and abs(bottom - 1100) <= 8
    blanked = np.asarray(blank_photo_pixels(image, boxes)[0])
    assert (blanked[800:1100, 100:500] == 255).all()
    assert (blanked[200:700, 100:800] == np.asarray(image)[200:700, 100:800]).all()


@pytest.mark.slow
def test_caption_under_a_photograph_is_read_right_on_the_scanned_page():
    doc = pdfium.PdfDocument(str(FIXTURES / "bulletin-scanned.pdf"))
    try:
        page = ocr_page(doc, CAPTION_PAGE, dpi=DPI, languages="vie+eng", timeout=120,
                        max_pixels=200_000_000)
    finally:
        doc.close()
    assert "photographs blanked before OCR" in page.note
    for caption in _captions(CAPTION_PAGE):
        x0, top, x1, _ = caption["box"]
        first_line = [w for w in page.words
                      if x0 - 6 <= w.box[0] and w.box[2] <= x1 + 6
                      and abs((w.box[1] + w.box[3]) / 2 - (top + 5)) < 5]
        expected = caption["text"].split()[:len(first_line)]
        assert len(first_line) >= 8
        assert [w.text for w in first_line] == expected
        assert min(w.conf for w in first_line) > 50


def _flood_components(grid: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """The components by a plain flood fill (what photomask did before scipy): the reference."""
    seen = np.zeros_like(grid, dtype=bool)
    out = []
    for r0, c0 in zip(*np.nonzero(grid), strict=True):
        if seen[r0, c0]:
            continue
        seen[r0, c0] = True
        stack, cells = [(int(r0), int(c0))], []
        while stack:
            r, c = stack.pop()
            cells.append((r, c))
            for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if (0 <= rr < grid.shape[0] and 0 <= cc < grid.shape[1] and grid[rr, cc]
                        and not seen[rr, cc]):
                    seen[rr, cc] = True
                    stack.append((rr, cc))
        rows, cols = [r for r, _ in cells], [c for _, c in cells]
        out.append((min(rows), min(cols), max(rows), max(cols), len(cells)))
    return out


def test_photo_cell_components_match_a_flood_fill_on_a_scanned_page():
    grey = np.asarray(_page(CAPTION_PAGE).convert("L"))
    grid = photographic_cells(grey, paper_level(grey))
    found = components(grid)
    assert len(found) > 10                       # photographs and specks of text alike
    assert found == _flood_components(grid)


def test_components_are_four_connected_in_order_of_their_first_cell():
    grid = np.array([[1, 0, 1],
                     [0, 1, 1],
                     [1, 0, 0]], dtype=bool)
    assert components(grid) == [(0, 0, 0, 0, 1), (0, 1, 1, 2, 3), (2, 0, 2, 0, 1)]
