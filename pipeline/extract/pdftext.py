"""Words of a PDF text layer and the facts the source choice needs (pypdfium2).

pdfplumber (pdfminer) needs ~0.3 s per dense page here, far from the 20 pages/s target;
PDFium's text page gives the same characters, boxes and font sizes in ~10 ms.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from magpipe.artifacts.pages import Word

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# Runs of whitespace (or NUL) and runs of anything else; PDFium writes \x02 for a
# hyphen it found at a line end.
_RUN = re.compile(r"([\s\x00]+)|[^\s\x00]+")


@dataclass(frozen=True)
class RawWord:
    """A text-layer word before any text fixing; box in points, origin top-left."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    fontname: str
    bold: bool
    newline: bool          # the text layer put a line break before this word


@dataclass(frozen=True)
class PdfPageFacts:
    width: float
    height: float
    char_count: int
    image_count: int
    image_coverage: float      # share of the page area under images, 0-1
    native_dpi: float | None   # resolution of the page's one full-page image, if it has one
    largest_image: tuple[int, int] = (0, 0)   # pixel size of its largest embedded image


def _images(container: ctypes.c_void_p, form: bool, depth: int = 0) -> list:
    """Image objects of a page, looking into form XObjects (a few levels deep)."""
    count = (pdfium_c.FPDFFormObj_CountObjects(container) if form
             else pdfium_c.FPDFPage_CountObjects(container))
    found = []
    for i in range(count):
        obj = (pdfium_c.FPDFFormObj_GetObject(container, i) if form
               else pdfium_c.FPDFPage_GetObject(container, i))
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            found.append(obj)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 3:
            found.extend(_images(obj, True, depth + 1))
    return found


def page_facts(page: pdfium.PdfPage, char_count: int) -> PdfPageFacts:
    width, height = page.get_size()
    area = width * height or 1.0
    images = _images(page.raw, False)
    covered = 0.0
    native: float | None = None
    largest = (0, 0)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    px_width, px_height = ctypes.c_uint(), ctypes.c_uint()
    for image in images:
        if pdfium_c.FPDFImageObj_GetImagePixelSize(image, px_width, px_height):
            if px_width.value * px_height.value > largest[0] * largest[1]:
                largest = (px_width.value, px_height.value)
        pdfium_c.FPDFPageObj_GetBounds(image, left, bottom, right, top)
        w = max(0.0, min(right.value, width) - max(left.value, 0.0))
        h = max(0.0, min(top.value, height) - max(bottom.value, 0.0))
        covered += w * h
        if (len(images) == 1 and w * h >= 0.85 * area and right.value > left.value
                and largest[0]):
            native = largest[0] / ((right.value - left.value) / 72.0)
    return PdfPageFacts(width=width, height=height, char_count=char_count,
                     image_count=len(images), image_coverage=min(1.0, covered / area),
                     native_dpi=native, largest_image=largest)


def _font(textpage: pdfium.PdfTextPage, index: int) -> tuple[str, bool]:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 128, ctypes.byref(flags))
    name = buffer.value.decode("latin-1", "replace")
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    return name, weight >= 600 or bool(_BOLD.search(name))


def read_page(page: pdfium.PdfPage) -> tuple[PdfPageFacts, list[RawWord]]:
    """The page's facts and its text-layer words in the order the PDF stores them."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        facts = page_facts(page, count)
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:      # characters beyond the BMP: ask one by one
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
        return facts, _words(textpage, text, facts.height)
    finally:
        textpage.close()


def _words(textpage: pdfium.PdfTextPage, text: str, height: float) -> list[RawWord]:
    words: list[RawWord] = []
    first = last = pdfium_c.FS_RECTF()
    fonts: dict[int, tuple[str, bool]] = {}
    newline = False
    for match in _RUN.finditer(text):
        if match.group(1):
            newline = newline or "\n" in match.group(1) or "\r" in match.group(1)
            continue
        start, end = match.start(), match.end() - 1
        first, last = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
        pdfium_c.FPDFText_GetLooseCharBox(textpage, start, first)
        pdfium_c.FPDFText_GetLooseCharBox(textpage, end, last)
        # name and weight belong to the font: looked up once per font, not per word
        obj = pdfium_c.FPDFText_GetTextObject(textpage, start)
        font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
        key = ctypes.cast(font, ctypes.c_void_p).value if font else None
        key = key or -1 - start
        if key not in fonts:
            fonts[key] = _font(textpage, start)
        name, bold = fonts[key]
        word = match.group(0).replace("\x02", "-")
        words.append(RawWord(
            text=word, x0=min(first.left, last.left), top=height - max(first.top, last.top),
            x1=max(first.right, last.right), bottom=height - min(first.bottom, last.bottom),
            size=pdfium_c.FPDFText_GetFontSize(textpage, start), fontname=name, bold=bold,
            newline=newline))
        newline = False
    return words


def to_words(raw: list[RawWord], texts: list[str]) -> tuple[Word, ...]:
    """Attach line and block numbers; ``texts`` are the fixed texts of ``raw``.

    A new line starts where the text layer breaks the line, or when a word does not
    continue the previous one on the same baseline. A new block starts when the new line
    is not just below the previous one (gap over ~1.25 line heights, a jump upwards, or
    a left edge moved by more than four font sizes: another column or box).
    """
    words: list[Word] = []
    line = block = 0
    prev: RawWord | None = None
    line_x0 = 0.0
    for rw, text in zip(raw, texts, strict=True):
        if not text:
            continue
        if prev is not None:
            size = max(prev.size, 1.0)
            same_line = (not rw.newline and abs(rw.top - prev.top) <= 0.5 * size
                         and rw.x0 >= prev.x1 - 0.5 * size and rw.x0 - prev.x1 < 3.0 * size)
            if not same_line:
                line += 1
                step = rw.top - prev.top
                line_height = max(prev.bottom - prev.top, 1.0)
                if (step > 1.25 * line_height + 0.6 * size or step < 0.3 * line_height
                        or abs(rw.x0 - line_x0) > 4.0 * size):
                    block += 1
                line_x0 = rw.x0
        else:
            line_x0 = rw.x0
        words.append(Word(text=text, box=(round(rw.x0, 2), round(rw.top, 2), round(rw.x1, 2),
                                          round(rw.bottom, 2)),
                          size=round(rw.size, 2), conf=100.0, line=line, block=block,
                          bold=rw.bold))
        prev = rw
    return tuple(words)
