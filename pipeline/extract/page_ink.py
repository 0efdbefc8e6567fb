"""The ink a text layer's letters are printed in (PDFium): how pale, and whether outlined.

A heritage magazine or a tourism brochure prints a huge pale place or theme word behind an
article's opening, filled in a light grey or only outlined; annual reports print huge pale
figures so. The word is in the text layer like any other; only its ink tells it from the
black titles printed over it. PDFium gives each text object its render mode and its fill and
stroke colours: the shade recorded for a word is its first character's object's, 0 black to
1 white, with the colour's transparency folded in (a black at 20% prints as pale as a grey
at 0.8). Letters outlined and not filled (render modes stroke and stroke-clip) take the
stroke's colour; invisible text (an OCR layer under a scan, clipping text) is recorded as
black, as a page with no claim about its ink.

The calls are made once per text object, mapped over a page's objects (``pdftext._Objects``
learns each object once), their colours written into this thread's slots: a page of 600
words costs a few hundred calls more.
"""

from __future__ import annotations

import ctypes

import numpy as np
import pypdfium2.raw as pdfium_c
from magpipe.extract.pdfium_calls import by_address, slots

BLACK = (0.0, False)        # (shade, outline) of a word whose ink is not known

_FILL = by_address(pdfium_c.FPDFPageObj_GetFillColor, ctypes.c_int, ctypes.c_void_p,
                   ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_STROKE = by_address(pdfium_c.FPDFPageObj_GetStrokeColor, ctypes.c_int, ctypes.c_void_p,
                     ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_MODE = by_address(pdfium_c.FPDFTextObj_GetTextRenderMode, ctypes.c_int, ctypes.c_void_p)
# PDF text render modes (PDF 32000, 9.3.6): letters stroked and not filled, and letters not
# painted at all
_OUTLINED = frozenset({pdfium_c.FPDF_TEXTRENDERMODE_STROKE,
                       pdfium_c.FPDF_TEXTRENDERMODE_STROKE_CLIP})
_INVISIBLE = frozenset({pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE,
                        pdfium_c.FPDF_TEXTRENDERMODE_CLIP})
# grey of an RGB colour (ITU-R BT.601 weights, as a grey-scale rendering takes it)
_LUMA = np.array([0.299, 0.587, 0.114])


def _colours(call, objects: list[int]) -> np.ndarray:
    """Each object's colour through ``call`` (fill or stroke) as (r, g, b, a) 0-255 rows;
    a failed call's row black and opaque."""
    count = len(objects)
    array, columns = slots("inks", 4).take_columns(count)
    done = np.fromiter(map(call, objects, *columns), dtype=np.int32, count=count)
    # (PDFium writes unsigned ints into the float32 slots: read back as such)
    values = array[:count].view(np.uint32).astype(np.float64)
    values[done == 0] = (0.0, 0.0, 0.0, 255.0)
    return values


def object_inks(objects: list[int]) -> list[tuple[float, bool]]:
    """(shade, outline) of each text object (addresses): see the module docstring."""
    if not objects:
        return []
    modes = list(map(_MODE, objects))
    colours = _colours(_FILL, objects)
    outlined = [mode in _OUTLINED for mode in modes]
    if any(outlined):
        stroked = [obj for obj, line in zip(objects, outlined, strict=True) if line]
        colours[np.flatnonzero(outlined)] = _colours(_STROKE, stroked)
    grey = colours[:, :3] @ _LUMA / 255.0
    shade = 1.0 - (1.0 - grey) * colours[:, 3] / 255.0
    shade[[mode in _INVISIBLE for mode in modes]] = 0.0
    return list(zip(np.round(shade, 3).tolist(), outlined, strict=True))
