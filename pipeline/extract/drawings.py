"""The shapes drawn on a text-layer page that matter to its layout (``Page.drawings``).

A page's words alone do not say where a box is: a readers' box, an advertisement or a
sidebar is set in the articles' own type and told apart on the page by a frame or a tint
around it, an article's rubric by the dark bar behind its white lettering, a column's end by
a rule. PDFium gives each vector path of the page as an object with its bounds and paint;
the paths are found while the page's objects are walked for its images
(``page_objects.page_facts``), so reading them costs a few calls a path, no second walk. Kept are
filled areas (tints, dark bars), outlines (frames) and thin lines (rules), each as its
bounds and how dark its paint is; shapes too small to hold or part text (bullets, glyph
decorations), invisible ones and the page's own background are dropped. Scanned pages
record none of these: their shapes are pixels, and finding them would take a second look at
the image (but a QR code's finder squares and a cut frame's form, found in the image:
``ocr.finders``, ``ocr.cut_frames``).
"""

from __future__ import annotations

import ctypes
from functools import cache

import numpy as np
import pypdfium2.raw as pdfium_c
from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.extract.pdfium_calls import slots, untyped
from magpipe.extract.wordlines import round2

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
# (path object, out-pointers...): untyped, every argument a ``c_void_p`` object
_BOUNDS = untyped(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int)
_DRAW_MODE = untyped(pdfium_c.FPDFPath_GetDrawMode, ctypes.c_int)
_FILL = untyped(pdfium_c.FPDFPageObj_GetFillColor, ctypes.c_int)
_STROKE = untyped(pdfium_c.FPDFPageObj_GetStrokeColor, ctypes.c_int)


@cache
def _shade(red: int, green: int, blue: int) -> float:
    """How light a colour is, 0 black to 1 white (its luma, as print is seen); a page paints
    its shapes in a few colours, each worked out once."""
    return round((0.299 * red + 0.587 * green + 0.114 * blue) / 255.0, 3)


def _kind(box: Box, filled: bool) -> DrawingKind | None:
    """What a shape of these bounds is, or None when it is nothing to the layout."""
    width, height = box[2] - box[0], box[3] - box[1]
    if min(width, height) <= RULE_WIDTH:
        return DrawingKind.RULE if max(width, height) >= LEAST_RULE else None
    if min(width, height) < LEAST_SIDE:
        return None
    return DrawingKind.FILL if filled else DrawingKind.FRAME


def _bounds(paths: list[_U], width: float, height: float) -> tuple[list[bool], list[Box]]:
    """Whether PDFium bounded each path, and its bounds (points, origin top-left; where it
    did) clipped to the page and rounded to 0.01 pt as ``round(x, 2)`` rounds: one mapped
    call for all the paths, the values turned and rounded a column at a time."""
    count = len(paths)
    values, columns = slots("path_bounds", 4).take_columns(count)     # left, bottom, right, top
    done = list(map(_BOUNDS, paths, *columns))
    left, bottom, right, top = values[:count].astype(np.float64).T
    upper = height - top
    lower = height - bottom
    # max(0.0, x) and min(limit, x), as Python picks: the second only when it is larger or
    # smaller (NaN never is)
    rounded = round2(np.concatenate((np.where(left > 0.0, left, 0.0),
                                     np.where(upper > 0.0, upper, 0.0),
                                     np.where(right < width, right, width),
                                     np.where(lower < height, lower, height))))
    return done, list(zip(*(rounded[k * count:(k + 1) * count] for k in range(4)), strict=True))


def page_drawings(paths: list[int], width: float, height: float) -> tuple[Drawing, ...]:
    """The layout's shapes among the path objects ``paths`` (addresses) of a page of
    ``width`` x ``height`` points, top to bottom. PDFium's calls are each mapped over the
    paths (a page has hundreds of paths, often)."""
    if not paths:
        return ()
    handles = list(map(_U, paths))
    bounded, boxes = _bounds(handles, width, height)
    count = len(handles)
    modes, (fill_at, stroke_at) = slots("path_modes", 2).take_columns(count)
    moded = list(map(_DRAW_MODE, handles, fill_at[:count], stroke_at[:count]))
    fill_modes, strokes = modes[:count].view(np.int32).T.tolist()
    area = width * height or 1.0
    shapes: list[tuple[int, Box, bool, DrawingKind]] = []
    for k, box in enumerate(boxes):
        if not bounded[k] or not moded[k]:
            continue
        # (a stroked line's bounds leave out its width: a rule may have no height)
        if box[2] < box[0] or box[3] < box[1] or max(box[2] - box[0], box[3] - box[1]) <= 0 \
                or (box[2] - box[0]) * (box[3] - box[1]) >= BACKGROUND * area:
            continue
        filled = fill_modes[k] != pdfium_c.FPDF_FILLMODE_NONE
        if not filled and not strokes[k]:
            continue                     # (a clipping path: drawn with no paint)
        kind = _kind(box, filled)
        if kind is not None:
            shapes.append((k, box, filled, kind))
    found = _painted(handles, shapes)
    if len(found) > MOST_SHAPES:
        found = sorted(found, key=lambda d: (d.box[2] - d.box[0]) * (d.box[3] - d.box[1]),
                       reverse=True)[:MOST_SHAPES]
    return tuple(sorted(found, key=lambda d: (d.box[1], d.box[0])))


def _painted(handles: list[_U], shapes: list[tuple[int, Box, bool, DrawingKind]]
             ) -> list[Drawing]:
    """The drawings of ``shapes`` (path index, box, filled, kind) whose paint (the fill's
    for a filled shape, the outline's otherwise) PDFium gives and is not transparent; the
    colours read with one mapped call for each of the two kinds of paint."""
    count = len(shapes)
    rgba, columns = slots("path_colours", 4).take_columns(count)
    done = [0] * count
    for call, filled in ((_FILL, True), (_STROKE, False)):
        rows = [row for row, shape in enumerate(shapes) if shape[2] is filled]
        for row, ok in zip(rows, map(call, [handles[shapes[row][0]] for row in rows],
                                     *([column[row] for row in rows] for column in columns)),
                           strict=True):
            done[row] = ok
    red, green, blue, alpha = rgba[:count].view(np.uint32).T.tolist()
    return [Drawing(shape[3], shape[1], _shade(red[row], green[row], blue[row]))
            for row, shape in enumerate(shapes) if done[row] and alpha[row]]
