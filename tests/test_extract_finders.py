"""QR codes' finder squares found in a scanned page's image (``extract.ocr.finders``): the
three of a drawn code, none in letters, solid squares or a ring with nothing in it."""

from __future__ import annotations

import random

from magpipe.extract.ocr.finders import finder_squares
from PIL import Image, ImageDraw

DPI = 300
MODULE = 8      # pixels a module (about 2 pt at 300 dpi: a code of 25 modules is 50 pt)


def _finder(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """A finder pattern: a dark ring 7 modules a side, light 5, a dark core 3."""
    m = MODULE
    draw.rectangle((x, y, x + 7 * m - 1, y + 7 * m - 1), fill=0)
    draw.rectangle((x + m, y + m, x + 6 * m - 1, y + 6 * m - 1), fill=255)
    draw.rectangle((x + 2 * m, y + 2 * m, x + 5 * m - 1, y + 5 * m - 1), fill=0)


def _code(draw: ImageDraw.ImageDraw, x: int, y: int, modules: int = 25) -> None:
    """A code's three finders and its data modules drawn at random elsewhere (the finders'
    one-module light borders kept clear, as the standard has them)."""
    rng = random.Random(7)
    m = MODULE
    for col in range(modules):
        for row in range(modules):
            near = (col < 8 and row < 8) or (col >= modules - 8 and row < 8) or \
                (col < 8 and row >= modules - 8)
            if not near and rng.random() < 0.5:
                draw.rectangle((x + col * m, y + row * m, x + (col + 1) * m - 1,
                                y + (row + 1) * m - 1), fill=0)
    for dx, dy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        _finder(draw, x + dx * m, y + dy * m)


def test_the_three_finder_squares_of_a_drawn_code_are_found() -> None:
    image = Image.new("L", (1200, 1200), 255)
    draw = ImageDraw.Draw(image)
    _code(draw, 300, 400)
    draw.text((600, 420), "Scan the code to watch the video", fill=0)
    side = 7 * MODULE
    assert finder_squares(image, DPI) == [(300, 400, 300 + side, 400 + side),
                                          (300 + 18 * MODULE, 400, 300 + 18 * MODULE + side,
                                           400 + side),
                                          (300, 400 + 18 * MODULE, 300 + side,
                                           400 + 18 * MODULE + side)]


def test_rings_without_a_core_and_solid_squares_are_no_finders() -> None:
    image = Image.new("L", (1200, 1200), 255)
    draw = ImageDraw.Draw(image)
    side = 7 * MODULE
    draw.rectangle((100, 100, 100 + side, 100 + side), fill=0)               # a solid square
    draw.rectangle((300, 100, 300 + side, 100 + side), outline=0, width=MODULE)   # a tick box
    draw.ellipse((500, 100, 500 + side, 100 + side), outline=0, width=MODULE)     # a letter o
    # a ring round a core too small and set off its middle (a letter's mark, a speck)
    draw.rectangle((700, 100, 700 + side, 100 + side), outline=0, width=MODULE)
    draw.rectangle((700 + 2 * MODULE, 100 + 2 * MODULE, 700 + 3 * MODULE,
                    100 + 3 * MODULE), fill=0)
    assert finder_squares(image, DPI) == []
