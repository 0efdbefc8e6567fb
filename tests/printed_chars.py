"""The characters and images a generated layout document prints, as PDFium reads them (much
faster than pdfplumber on dense pages): the layout rounds' own modules
(``tests/test_layouts_<round>.py``) check their families' fonts, sizes, turns, photos
and colours with these."""

from __future__ import annotations

import ctypes
import functools
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


def union(blocks: list[dict]) -> list[float]:
    """The box round the truth ``blocks``' boxes."""
    return [min(b["box"][0] for b in blocks), min(b["box"][1] for b in blocks),
            max(b["box"][2] for b in blocks), max(b["box"][3] for b in blocks)]


@functools.cache
def printed_page(pdf: Path, number: int) -> tuple:
    """Page ``number`` of ``pdf`` as PDFium reads it (much faster than pdfplumber on these
    dense pages): its text page, each character's (index, centre x, centre y), origin
    top-left, and each image's box (``x0``, ``top``, ``x1``, ``bottom``)."""
    page = pdfium.PdfDocument(pdf)[number - 1]
    height = page.get_size()[1]
    text = page.get_textpage()
    chars = []
    for i in range(text.count_chars()):
        if not chr(pdfium_c.FPDFText_GetUnicode(text.raw, i)).isspace():
            left, bottom, right, top = text.get_charbox(i)
            chars.append((i, (left + right) / 2, height - (top + bottom) / 2))
    images = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        images.append({"x0": left, "top": height - top, "x1": right, "bottom": height - bottom})
    return text, chars, images


def chars_in(pdf: Path, number: int, box: list[float], pad: float = 1.0) -> list[dict]:
    """The printed characters of page ``number`` whose centre lies in ``box``: each one's
    text, font name, size and angle (PDFium's, in radians)."""
    x0, top, x1, bottom = box
    text, chars, _ = printed_page(pdf, number)
    out = []
    for i, x, y in chars:
        if x0 - pad <= x <= x1 + pad and top - pad <= y <= bottom + pad:
            name = ctypes.create_string_buffer(128)
            flags = ctypes.c_int()
            pdfium_c.FPDFText_GetFontInfo(text.raw, i, name, 128, ctypes.byref(flags))
            out.append({"text": chr(pdfium_c.FPDFText_GetUnicode(text.raw, i)),
                        "font": name.value.decode("latin-1"),
                        "size": round(pdfium_c.FPDFText_GetFontSize(text.raw, i), 1),
                        "angle": pdfium_c.FPDFText_GetCharAngle(text.raw, i)})
    return out


def fills_in(pdf: Path, number: int, box: list[float], pad: float = -1.0) -> set[tuple]:
    """The fill colours (RGB, 0-255) of the printed characters of page ``number`` whose
    centre lies in ``box``."""
    x0, top, x1, bottom = box
    text, chars, _ = printed_page(pdf, number)
    out = set()
    for i, x, y in chars:
        if x0 - pad <= x <= x1 + pad and top - pad <= y <= bottom + pad:
            rgba = [ctypes.c_uint() for _ in range(4)]
            pdfium_c.FPDFText_GetFillColor(text.raw, i, *(ctypes.byref(c) for c in rgba))
            out.add(tuple(c.value for c in rgba[:3]))
    return out
