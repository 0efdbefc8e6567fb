"""Write ``tests/data/turned-text.pdf``: the same short text set upright and turned.

Four small pages (A6), each a heading line, a paragraph of four lines and a page number:

1. upright;
2. the page turned half a circle (every character upside down, as a tête-bêche booklet's
   second half is printed);
3. the page set sideways, all its text reading upwards (a quarter turn anticlockwise, on a
   page as wide as the others are high);
4. upright, with one line set reading upwards along the right margin (a photo credit): a
   page with some turned text, which stays an upright page.

The text is drawn with one text object per word, as the layout fixtures' typesetter and
many producers draw justified text. Deterministic (reportlab ``invariant=1``): the file
regenerates byte for byte. Run: ``python tools/turned_text_pdf.py [OUT]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "turned-text.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
WIDTH, HEIGHT = 298.0, 420.0         # A6 in points
HEADING = "TURNED PAGES READ UPRIGHT"
LINES = ("The second edition of the booklet is printed",
         "back to back with the first, the book turned",
         "over, so that its pages come last in the file",
         "and every character on them is upside down.")
CREDIT = "Photo: THANH HA"


def _words(canvas: Canvas, text: str, x: float, baseline: float, size: float) -> None:
    """``text`` on one line from ``x``, a text object per word."""
    space = pdfmetrics.stringWidth(" ", "Serif", size)
    for word in text.split():
        canvas.setFont("Serif", size)
        canvas.drawString(x, baseline, word)
        x += pdfmetrics.stringWidth(word, "Serif", size) + space


def _page_text(canvas: Canvas, width: float, height: float, number: int) -> None:
    """The heading, the paragraph and the page number on a page ``width`` x ``height``
    in the canvas's current frame (origin bottom-left)."""
    _words(canvas, HEADING, 24.0, height - 40.0, 12.0)
    for k, line in enumerate(LINES):
        _words(canvas, line, 24.0, height - 64.0 - 13.0 * k, 10.0)
    _words(canvas, str(number), width / 2, 20.0, 8.0)


def write(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("Serif", FONT))
    canvas = Canvas(str(path), pagesize=(WIDTH, HEIGHT), invariant=1)
    _page_text(canvas, WIDTH, HEIGHT, 1)
    canvas.showPage()
    canvas.translate(WIDTH, HEIGHT)
    canvas.rotate(180)
    _page_text(canvas, WIDTH, HEIGHT, 2)
    canvas.showPage()
    canvas.setPageSize((HEIGHT, WIDTH * 1.25))      # a sideways page: text reading upwards
    canvas.translate(HEIGHT, 0)
    canvas.rotate(90)
    _page_text(canvas, WIDTH * 1.25, HEIGHT, 3)
    canvas.showPage()
    canvas.setPageSize((WIDTH, HEIGHT))
    _page_text(canvas, WIDTH, HEIGHT, 4)
    canvas.saveState()
    canvas.translate(WIDTH - 8.0, 120.0)
    canvas.rotate(90)
    _words(canvas, CREDIT, 0.0, 0.0, 7.0)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
