"""What a PDF page holds besides its text (pypdfium2): its size, its images (how much of the
page they cover, the resolution of a full-page scan, their boxes) and the shapes drawn on it,
found in one walk over the page's objects. ``pdftext.read_page`` asks for them beside the
words; ``extract.decide_source`` judges a page by them.
"""

from __future__ import annotations

import ctypes
from collections.abc import Container
from dataclasses import dataclass
from itertools import filterfalse, repeat

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Drawing
from magpipe.extract.drawings import page_drawings
from magpipe.extract.pdfium_calls import address, by_address, untyped


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
    # clockwise turn (90, 180, 270) that sets a page whose text is all turned upright: its
    # words are then given in that frame (``extract.turns``; the facts stay the file's)
    turn: int = 0
    # the shapes drawn on it that matter to its layout (``extract.drawings``)
    drawings: tuple[Drawing, ...] = ()


# Page objects are walked by address: a page has hundreds (a text object a word, often), and
# pypdfium2's prototypes convert their pointer arguments and results on every call.
_PAGE_OBJECTS = by_address(pdfium_c.FPDFPage_CountObjects, ctypes.c_int, ctypes.c_void_p)
_PAGE_OBJECT = untyped(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p)
_FORM_OBJECTS = by_address(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int, ctypes.c_void_p)
_FORM_OBJECT = by_address(pdfium_c.FPDFFormObj_GetObject, ctypes.c_void_p,
                           ctypes.c_void_p, ctypes.c_ulong)
_OBJECT_TYPE = by_address(pdfium_c.FPDFPageObj_GetType, ctypes.c_int, ctypes.c_void_p)
_PIXEL_SIZE = by_address(pdfium_c.FPDFImageObj_GetImagePixelSize, ctypes.c_int,
                          ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_BOUNDS = by_address(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int, ctypes.c_void_p,
                      ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_IMAGE, _FORM = pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH


def _images(container: int, form: bool, text_objects: Container[int | None] = (),
            depth: int = 0, paths: list[int] | None = None) -> list[int]:
    """Image objects (addresses) of a page, looking into form XObjects (a few levels deep).
    ``text_objects``: objects already known to be text (the words' own), whose type is not
    asked again: on a text page they are most of its objects. ``paths``: the page's path
    objects are added to it, when given (its drawings, found on the same walk)."""
    count, get = (_FORM_OBJECTS, _FORM_OBJECT) if form else (_PAGE_OBJECTS, _PAGE_OBJECT)
    size = count(container)
    found = []
    # a page's objects through the untyped call (its handle as a pointer object)
    held = container if form else ctypes.c_void_p(container)
    # the known text objects left out by a filter that runs in C, not a step of Python each
    others = list(filterfalse(text_objects.__contains__, map(get, repeat(held, size),
                                                             range(size))))
    for obj, kind in zip(others, map(_OBJECT_TYPE, others), strict=True):
        if kind == _IMAGE:
            found.append(obj)
        elif kind == _PATH and paths is not None:
            paths.append(obj)
        elif kind == _FORM and depth < 3:
            found.extend(_images(obj, True, text_objects, depth + 1, paths))
    return found


def page_facts(page: pdfium.PdfPage, char_count: int,
               text_objects: Container[int | None] = ()) -> PdfPageFacts:
    width, height = page.get_size()
    area = width * height or 1.0
    paths: list[int] = []
    images = _images(address(page.raw), False, text_objects, paths=paths)
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
                     native_dpi=native, largest_image=largest, image_boxes=tuple(boxes),
                     drawings=page_drawings(paths, width, height))
