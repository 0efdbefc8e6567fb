"""The shapes drawn on a text-layer page that matter to its layout (``Page.drawings``).

A page's words alone do not say where a box is: a readers' box, an advertisement or a
sidebar is set in the articles' own type and told apart on the page by a frame or a tint
around it, an article's rubric by the dark bar behind its white lettering, a column's end by
a rule. PDFium gives each vector path of the page as an object with its bounds and paint;
the paths are found while the page's objects are walked for its images
(``pdftext.page_facts``), so reading them costs a few calls a path, no second walk. Kept are
filled areas (tints, dark bars), outlines (frames) and thin lines (rules), each as its
bounds and how dark its paint is; shapes too small to hold or part text (bullets, glyph
decorations), invisible ones and the page's own background are dropped. Scanned pages
record none: their shapes are pixels, and finding them would take a second look at the
image.
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c
from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.extract.pdfium_calls import by_address

RULE_WIDTH = 3.0        # points: a shape no thicker than this is a line, a rule (hairlines to
                        # the heavy rules under a masthead; a bar behind text is a line high)
LEAST_SIDE = 6.0        # points: a fill or frame smaller than this either way holds no text (a
                        # bullet, a box drawn around a tick)
LEAST_RULE = 24.0       # points: a rule shorter than this parts nothing (an underline of a
                        # word, a dash drawn as a path)
BACKGROUND = 0.9        # share of the page: a shape covering this much is its background
MOST_SHAPES = 400       # shapes kept a page, the largest first: a chart or a map drawn in
                        # thousands of paths is a picture, and its pieces are no layout



_U = ctypes.c_void_p
_BOUNDS = by_address(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int, _U, _U, _U, _U, _U)
_DRAW_MODE = by_address(pdfium_c.FPDFPath_GetDrawMode, ctypes.c_int, _U, _U, _U)
_FILL = by_address(pdfium_c.FPDFPageObj_GetFillColor, ctypes.c_int, _U, _U, _U, _U, _U)
_STROKE = by_address(pdfium_c.FPDFPageObj_GetStrokeColor, ctypes.c_int, _U, _U, _U, _U, _U)


def _shade(red: int, green: int, blue: int) -> float:
    """How light a colour is, 0 black to 1 white (its luma, as print is seen)."""
    return round((0.299 * red + 0.587 * green + 0.114 * blue) / 255.0, 3)


def _kind(box: Box, filled: bool) -> DrawingKind | None:
    """What a shape of these bounds is, or None when it is nothing to the layout."""
    width, height = box[2] - box[0], box[3] - box[1]
    if min(width, height) <= RULE_WIDTH:
        return DrawingKind.RULE if max(width, height) >= LEAST_RULE else None
    if min(width, height) < LEAST_SIDE:
        return None
    return DrawingKind.FILL if filled else DrawingKind.FRAME


def page_drawings(paths: list[int], width: float, height: float) -> tuple[Drawing, ...]:
    """The layout's shapes among the path objects ``paths`` (addresses) of a page of
    ``width`` x ``height`` points, top to bottom."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bound_at = [ctypes.addressof(v) for v in (left, bottom, right, top)]
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    mode_at = ctypes.addressof(fill_mode), ctypes.addressof(stroke)
    rgba = [ctypes.c_uint() for _ in range(4)]
    rgba_at = [ctypes.addressof(v) for v in rgba]
    area = width * height or 1.0
    found: list[Drawing] = []
    for path in paths:
        if not _BOUNDS(path, *bound_at) or not _DRAW_MODE(path, *mode_at):
            continue
        box = (round(max(0.0, left.value), 2), round(max(0.0, height - top.value), 2),
               round(min(width, right.value), 2), round(min(height, height - bottom.value), 2))
        # (a stroked line's bounds leave out its width: a rule may have no height)
        if box[2] < box[0] or box[3] < box[1] or max(box[2] - box[0], box[3] - box[1]) <= 0 \
                or (box[2] - box[0]) * (box[3] - box[1]) >= BACKGROUND * area:
            continue
        filled = fill_mode.value != pdfium_c.FPDF_FILLMODE_NONE
        if not filled and not stroke.value:
            continue                     # (a clipping path: drawn with no paint)
        kind = _kind(box, filled)
        if kind is None or not (_FILL if filled else _STROKE)(path, *rgba_at) or not rgba[3].value:
            continue                     # (nothing to the layout, or painted transparent)
        found.append(Drawing(kind, box, _shade(rgba[0].value, rgba[1].value, rgba[2].value)))
    if len(found) > MOST_SHAPES:
        found = sorted(found, key=lambda d: (d.box[2] - d.box[0]) * (d.box[3] - d.box[1]),
                       reverse=True)[:MOST_SHAPES]
    return tuple(sorted(found, key=lambda d: (d.box[1], d.box[0])))
