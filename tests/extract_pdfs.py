"""Small PDFs made on the fly for the extract-stage tests (reportlab, pypdfium2, img2pdf)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import img2pdf
import pypdfium2 as pdfium
from magpipe.text.vietnamese import strip_diacritics
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from typeset import greedy_lines  # noqa: E402  (the fixtures' one line breaker)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
PAGE = (420.0, 595.0)            # A5 in points: small images, quick OCR

VIETNAMESE = (
    "Dự án đầu tư tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng là một trong những công "
    "trình trên cả nước được khởi công, khánh thành với tổng mức đầu tư lớn. Về phía tỉnh "
    "Lạng Sơn có các đồng chí lãnh đạo tỉnh, các sở, ban, ngành và các xã, phường có dự án "
    "đi qua; cùng đại diện chủ đầu tư và các doanh nghiệp tham gia dự án."
)
ENGLISH = (
    "The expressway project from the Huu Nghi border gate to Chi Lang is one of the works "
    "started across the country. Leaders of the province attended the ceremony together "
    "with the investors and the enterprises taking part in the project."
)


def _font() -> str:
    if "TestSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TestSerif", FONT))
    return "TestSerif"


def wrap(text: str, size: float, width: float) -> list[str]:
    return greedy_lines(text, _font(), size, width)


def draw_text(canvas: Canvas, paragraphs: list[str], *, size: float = 11.0,
              invisible: bool = False) -> None:
    top = 50.0
    for para in paragraphs:
        for line in wrap(para, size, PAGE[0] - 80):
            text = canvas.beginText(40, PAGE[1] - top - size)
            text.setFont(_font(), size)
            if invisible:
                text.setTextRenderMode(3)
            text.textLine(line)
            canvas.drawText(text)
            top += size * 1.35
        top += size


def digital_pdf(path: Path, pages: list[list[str]]) -> Path:
    canvas = Canvas(str(path), pagesize=PAGE, invariant=1)
    for paragraphs in pages:
        draw_text(canvas, paragraphs)
        canvas.showPage()
    canvas.save()
    return path


def page_images(pdf: Path, dpi: int = 300) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(doc))]
    finally:
        doc.close()


def scan_pdf(path: Path, images: list[Image.Image], dpi: int = 300) -> Path:
    """A PDF of page images only, like a scanner makes (PNG inside, no text)."""
    blobs = []
    for image in images:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", dpi=(dpi, dpi))
        blobs.append(buffer.getvalue())
    path.write_bytes(img2pdf.convert(blobs))
    return path


def image_with_layer_pdf(path: Path, image: Image.Image, paragraphs: list[str]) -> Path:
    """A page image with an invisible text layer on top (what OCR software writes)."""
    canvas = Canvas(str(path), pagesize=PAGE, invariant=1)
    canvas.drawImage(ImageReader(image), 0, 0, width=PAGE[0], height=PAGE[1])
    draw_text(canvas, paragraphs, invisible=True)
    canvas.showPage()
    canvas.save()
    return path


def english_ocr_damage(text: str) -> str:
    """Roughly what English-only OCR makes of Vietnamese: marks lost, a few look-alikes."""
    damaged = strip_diacritics(text)
    for before, after in (("Quoc", "Quéc"), ("nuoc", "nudc"), ("cong", "cdng"), ("So ", "S& ")):
        damaged = damaged.replace(before, after)
    return damaged
