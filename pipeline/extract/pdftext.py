"""Words of a PDF text layer and the facts the source choice needs (pypdfium2).

pdfplumber (pdfminer) needs ~0.3 s per dense page here, far from the 20 pages/s target;
PDFium's text page gives the same characters, boxes and font sizes in ~10 ms.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Word
from magpipe.extract.textfix import LINE_END_HYPHEN, font_hint

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# A word: a run of anything but whitespace (or NUL). PDFium marks a hyphen it found at a
# line end (a soft hyphen 0xAD, which TCVN3 fonts use for "ư") as \x02 and gives it as
# U+FFFE, dropping the line break after it: a word ends there and the next starts a line.
# A raw word keeps the mark as LINE_END_HYPHEN; the text fixes decide what it stands for.
# What lies between two words is whitespace (or nothing, after such a mark).
_WORD = re.compile(r"[^\s\x00\x02\ufffe]*[\x02\ufffe]|[^\s\x00\x02\ufffe]+")


class RawWord(NamedTuple):
    """A text-layer word before any text fixing; box in points, origin top-left. A named
    tuple, not a dataclass: a page makes hundreds, and a frozen dataclass's constructor
    costs several times a tuple's."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    fontname: str
    bold: bool
    newline: bool          # the text layer put a line break before this word
    # (offset in text, font name) where the font changes inside the word; empty when the
    # whole word is in ``fontname``. Old Vietnamese documents switch fonts mid-word: the
    # capital "Í" of "CHÍNH" from a ``.VnTimeH`` font between ``.VnTime`` letters.
    font_runs: tuple[tuple[int, str], ...] = ()

    def pieces(self) -> list[tuple[str, str]]:
        """The word's text cut where its font changes: (text, font name) pairs."""
        if not self.font_runs:
            return [(self.text, self.fontname)]
        ends = [start for start, _ in self.font_runs[1:]] + [len(self.text)]
        return [(self.text[start:end], font)
                for (start, font), end in zip(self.font_runs, ends, strict=True)]


@dataclass(frozen=True)
class PdfPageFacts:
    width: float
    height: float
    char_count: int
    image_count: int
    image_coverage: float      # share of the page area under images, 0-1
    native_dpi: float | None   # resolution of the page's one full-page image, if it has one
    largest_image: tuple[int, int] = (0, 0)   # pixel size of its largest embedded image
    # boxes of its images (points, origin top-left), as PDFium bounds them: the photographs
    # among them are kept by ``extract.photos.photo_boxes``
    image_boxes: tuple[Box, ...] = ()


def _by_address(function, restype, *argtypes):
    """A second prototype of a PDFium function that takes and returns plain addresses
    (ints): for the calls made per word, where building and unpacking pointer objects cost
    more than the call (pypdfium2's own prototypes are left as they are)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None      # a function the library exports
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def _address(handle) -> int:
    """The address a pypdfium2 handle (a ctypes pointer) holds."""
    address = ctypes.cast(handle, ctypes.c_void_p).value
    assert address is not None      # an open page or text page
    return address


# Page objects are walked by address: a page has hundreds (a text object a word, often), and
# pypdfium2's prototypes convert their pointer arguments and results on every call.
_PAGE_OBJECTS = _by_address(pdfium_c.FPDFPage_CountObjects, ctypes.c_int, ctypes.c_void_p)
_PAGE_OBJECT = _by_address(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p,
                           ctypes.c_void_p, ctypes.c_int)
_FORM_OBJECTS = _by_address(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int, ctypes.c_void_p)
_FORM_OBJECT = _by_address(pdfium_c.FPDFFormObj_GetObject, ctypes.c_void_p,
                           ctypes.c_void_p, ctypes.c_ulong)
_OBJECT_TYPE = _by_address(pdfium_c.FPDFPageObj_GetType, ctypes.c_int, ctypes.c_void_p)
_PIXEL_SIZE = _by_address(pdfium_c.FPDFImageObj_GetImagePixelSize, ctypes.c_int,
                          ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_BOUNDS = _by_address(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int, ctypes.c_void_p,
                      ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_IMAGE, _FORM = pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM


def _images(container: int, form: bool, depth: int = 0) -> list[int]:
    """Image objects (addresses) of a page, looking into form XObjects (a few levels deep)."""
    count, get = (_FORM_OBJECTS, _FORM_OBJECT) if form else (_PAGE_OBJECTS, _PAGE_OBJECT)
    found = []
    for i in range(count(container)):
        obj = get(container, i)
        kind = _OBJECT_TYPE(obj)
        if kind == _IMAGE:
            found.append(obj)
        elif kind == _FORM and depth < 3:
            found.extend(_images(obj, True, depth + 1))
    return found


def page_facts(page: pdfium.PdfPage, char_count: int) -> PdfPageFacts:
    width, height = page.get_size()
    area = width * height or 1.0
    images = _images(_address(page.raw), False)
    covered = 0.0
    native: float | None = None
    largest = (0, 0)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    px_width, px_height = ctypes.c_uint(), ctypes.c_uint()
    bound_at = [ctypes.addressof(v) for v in (left, bottom, right, top)]
    size_at = ctypes.addressof(px_width), ctypes.addressof(px_height)
    boxes: list[Box] = []
    for image in images:
        if _PIXEL_SIZE(image, *size_at):
            if px_width.value * px_height.value > largest[0] * largest[1]:
                largest = (px_width.value, px_height.value)
        _BOUNDS(image, *bound_at)
        boxes.append((left.value, height - top.value, right.value, height - bottom.value))
        w = max(0.0, min(right.value, width) - max(left.value, 0.0))
        h = max(0.0, min(top.value, height) - max(bottom.value, 0.0))
        covered += w * h
        if (len(images) == 1 and w * h >= 0.85 * area and right.value > left.value
                and largest[0]):
            native = largest[0] / ((right.value - left.value) / 72.0)
    return PdfPageFacts(width=width, height=height, char_count=char_count,
                     image_count=len(images), image_coverage=min(1.0, covered / area),
                     native_dpi=native, largest_image=largest, image_boxes=tuple(boxes))


_TEXT_OBJECT = _by_address(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p,
                           ctypes.c_void_p, ctypes.c_int)
_OBJECT_FONT = _by_address(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_FONT_SIZE = _by_address(pdfium_c.FPDFText_GetFontSize, ctypes.c_double,
                         ctypes.c_void_p, ctypes.c_int)
_MATRIX = _by_address(pdfium_c.FPDFText_GetMatrix, ctypes.c_int,
                      ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_LOOSE_BOX = _by_address(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int,
                         ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)


class _Objects:
    """Font id and size of a page's characters, worked out once per text object: every
    character of a text object has its font, font size and matrix (many producers make a
    text object of each word, so that costs a few calls a word: through ``_by_address``)."""

    def __init__(self, textpage: ctypes.c_void_p) -> None:
        self.textpage = textpage
        self.handle = ctypes.cast(textpage, ctypes.c_void_p).value
        self.known: dict[int, tuple[int, float]] = {}
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_at = ctypes.addressof(self.matrix)

    def of(self, index: int) -> tuple[int, float]:
        address = _TEXT_OBJECT(self.handle, index)
        if address is None:      # a character PDFium made (no object): asked on its own
            return -index - 1, self.size(index)
        found = self.known.get(address)
        if found is None:
            found = self.known[address] = (_OBJECT_FONT(address) or -index - 1,
                                           self.size(index))
        return found

    def size(self, index: int) -> float:
        """The character's size on the page in points: the font size times the vertical
        scale of its matrix (Word-made PDFs set size 1 and scale the text matrix by 16)."""
        size = _FONT_SIZE(self.handle, index)
        if _MATRIX(self.handle, index, self.matrix_at):
            scale = math.hypot(self.matrix.c, self.matrix.d)
            if scale > 0:
                size *= scale
        return size


def _font(textpage: ctypes.c_void_p, index: int) -> tuple[str, bool, bool]:
    """The font of character ``index``: its name, whether it is bold, and whether its name
    announces a legacy encoding (``textfix.font_hint``; asked once per font, not per word)."""
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 128, ctypes.byref(flags))
    name = buffer.value.decode("latin-1", "replace")
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    return name, weight >= 600 or bool(_BOLD.search(name)), font_hint(name) is not None


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


def _words(page_text: pdfium.PdfTextPage, text: str, height: float) -> list[RawWord]:
    # The raw handle: the wrapper object is converted on every call, which costs more than
    # the call itself (up to three calls per character here).
    textpage = page_text.raw
    words: list[RawWord] = []
    # the two boxes are read into Python numbers at once: one pair serves every word
    first, last = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    first_at, last_at = ctypes.addressof(first), ctypes.addressof(last)
    fonts: dict[int, tuple[str, bool, bool]] = {}
    objects = _Objects(textpage)
    handle, font_of, known = objects.handle, objects.of, objects.known
    newline = False
    after = 0           # where the previous word ended: the whitespace since is its gap
    for match in _WORD.finditer(text):
        start, stop = match.span()
        end = stop - 1
        if start != after:
            gap = text[after:start]
            newline = newline or "\n" in gap or "\r" in gap
        after = stop
        if _LOOSE_BOX(handle, start, first_at):
            x0, top, x1, bottom = first.left, first.top, first.right, first.bottom
        else:                       # no box: zeros, as a fresh rect
            x0 = top = x1 = bottom = 0.0
        # a character's font and size: known per text object (``_Objects.of`` for the rest)
        start_key, size = known.get(_TEXT_OBJECT(handle, start)) or font_of(start)
        if end != start:
            if _LOOSE_BOX(handle, end, last_at):
                left, up, right, down = last.left, last.top, last.right, last.bottom
            else:
                left = up = right = down = 0.0
            # min and max of the two boxes, as ``min``/``max`` pick them (first on ties)
            x0 = left if left < x0 else x0
            top = up if up > top else top
            x1 = right if right > x1 else x1
            bottom = down if down < bottom else bottom
            end_key = (known.get(_TEXT_OBJECT(handle, end)) or font_of(end))[0]
        else:
            end_key = start_key
        font = fonts.get(start_key)
        if font is None:
            font = fonts[start_key] = _font(textpage, start)
        if end_key not in fonts:
            fonts[end_key] = _font(textpage, end)
        name, bold, hinted = font
        runs: list[tuple[int, str]] = []
        # Fonts change inside a word in old Vietnamese documents (the capital of "CHÍNH"
        # from a .VnTimeH font between .VnTime letters): look at every character there, and
        # wherever the word's two ends are in different fonts.
        if start_key != end_key or hinted:
            for index in range(start, end + 1):
                key = font_of(index)[0]
                if key not in fonts:
                    fonts[key] = _font(textpage, index)
                if not runs or runs[-1][1] != fonts[key][0]:
                    runs.append((index - start, fonts[key][0]))
        word = match.group()
        if "\x02" in word:
            word = word.replace("\x02", LINE_END_HYPHEN)
        words.append(RawWord(word, x0, height - top, x1, height - bottom, size, name, bold,
                             newline, tuple(runs) if len(runs) > 1 else ()))
        newline = word.endswith(LINE_END_HYPHEN)
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
    first = True
    line_x0 = prev_top = prev_x1 = prev_bottom = prev_size = 0.0
    rounded: dict[float, float] = {}     # value -> round(value, 2), see below
    for (_, x0, top, x1, bottom, size, _, bold, newline, _), text in zip(raw, texts,
                                                                        strict=True):
        if not text:
            continue
        if not first:
            unit = 1.0 if 1.0 > prev_size else prev_size        # max(prev.size, 1.0)
            same_line = (not newline and abs(top - prev_top) <= 0.5 * unit
                         and x0 >= prev_x1 - 0.5 * unit and x0 - prev_x1 < 3.0 * unit)
            if not same_line:
                line += 1
                step = top - prev_top
                line_height = prev_bottom - prev_top
                if line_height < 1.0:
                    line_height = 1.0
                if (step > 1.25 * line_height + 0.6 * unit or step < 0.3 * line_height
                        or abs(x0 - line_x0) > 4.0 * unit):
                    block += 1
                line_x0 = x0
        else:
            line_x0 = x0
            first = False
        # A line's words share their top and bottom, a page has a few font sizes, and
        # round() costs as much as a Word: those are rounded once a value. Zero is never
        # remembered: -0.0 equals 0.0 as a key but rounds to -0.0.
        top_2 = rounded.get(top)
        if top_2 is None:
            top_2 = round(top, 2)
            if top:
                rounded[top] = top_2
        bottom_2 = rounded.get(bottom)
        if bottom_2 is None:
            bottom_2 = round(bottom, 2)
            if bottom:
                rounded[bottom] = bottom_2
        size_2 = rounded.get(size)
        if size_2 is None:
            size_2 = round(size, 2)
            if size:
                rounded[size] = size_2
        # positional: a frozen dataclass's keyword call costs more, and a page has hundreds
        words.append(Word(text, (round(x0, 2), top_2, round(x1, 2), bottom_2), size_2, 100.0,
                          line, block, bold))
        prev_top, prev_x1, prev_bottom, prev_size = top, x1, bottom, size
    return tuple(words)
