"""Giant pale outlined letters kept out of OCR: found on the page image, painted paper-white.

Travel and heritage magazines and brochures print a huge pale theme word behind an opening,
its letters only outlined in a mid grey, the titles and first lines printed over it. On a
scan Tesseract reads the outlines into the lines printed over them: the title's words come
out garbled (``Ree ENGIN VES AND WORKS``), and the rows of letter pieces read as junk lines
between the title's. The print itself tells the outlines from the text, cheaply, on the
image OCR reads anyway (no region is read twice):

* their ink is pale: darker than the paper's grain (``PALE_BELOW_PAPER`` under the paper's
  level) but lighter than any ink of the text (``photomask.DARK``), and it does not touch
  the text's ink (a dark letter's blurred edge is as pale, but lies against it);
* its strokes are thin lines round empty letters: a component fills ``THIN`` of its box or
  less (an outlined letter 0.06-0.15; a filled letter, a tint or a photo's shading far more);
* round its strokes lies paper: the median of a letter's box is within
  ``photomask.PAPER_TOLERANCE`` of the paper level (a photo's grain or a tint's, the
  specks of a mid-grey picture faded behind the text, lie on grey);
* its letters are giants: a component stands ``TALL`` times the page's median letter
  height or more (the page's letters: its dark marks of ``MIN_LETTER`` pixels or more),
  is no line (``SHAPE``) nor a frame (``FRAME_SHARE`` of it along its box's edges), and
  ``WORD_LETTERS`` of them stand side by side on one line, their feet level (``BASELINE``:
  a word; the pale rings and letters of a seal a stamp removal left grey lie every which
  way).

What is painted is the pale pixels of the giant letters' rows (grown by ``REACH``); the
pieces of an outline the titles' ink cut off, too short alone, go with them. The rest of the
image is left alone: a light tint or a grey letter filled stays, and the black ink of the text
printed over an outline is kept. The measures are taken on every second pixel row and
column (outline strokes are 2-4 pixels at 300 dpi; the page's letters 10-20 pixels high at
half that), about 0.05 s a page, 0.03 s on a page with no pale word (``outline_mask``).
Pure image work (numpy, scipy.ndimage), no I/O.
"""

from __future__ import annotations

import numpy as np
from magpipe.extract.ocr.photomask import DARK, PAPER_TOLERANCE, paper_level
from PIL import Image
from scipy import ndimage

STEP = 2                 # pixels: the measures are taken on every STEP-th row and column
PALE_BELOW_PAPER = 45    # grey levels: a pale stroke lies at least this far under the paper
                         # level (the scans' paper grain reaches 40 under it; a mid-grey
                         # outline's stroke, blurred, 60-110)
THIN = 0.2               # most of its box an outlined letter's stroke fills
TALL = 3.0               # x the page's median letter height: the least height of a giant
                         # outlined letter's piece (the theme word's letters, set at three
                         # times the body's size and more, stand 4-10 times it, the pieces
                         # the titles' ink cuts off 3-5 times; no pale piece of a title's
                         # letter, a halo or a hairline, is as tall and as wide)
SHAPE = 0.25             # least width of a letter's outline, x its height: a grey rule or
                         # frame's side, or a hairline, is a line (an outlined I: 0.35)
BORDER = 0.15            # x its box's smaller side: the band along the box's edges ...
FRAME_SHARE = 0.95       # ... holding this share of a frame's stroke or more: a grey frame
                         # round a snapshot, tilted a few degrees, 1.0; an outlined letter's
                         # stroke turns inside its box (0.3-0.8; an O's ring may not)
WORD_LETTERS = 3         # fewest giant outlined letters (or pieces) of a word, side by side
                         # sharing some height: the theme words hold five letters and more;
                         # a pale piece of a display title's letter (a Didone's hairline)
                         # stands alone in its row
MIN_LETTER = 12          # sampled pixels: a mark of less ink is dust or a diacritic, no
                         # letter (a letter of 8-10 pt body text holds 20-60 at 150 dpi; the
                         # scans' specks 1-8)
BASELINE = 0.08          # x the taller letter's height: how far apart the feet of two
                         # letters of a word may be (a round letter's overshoot, a few per
                         # cent; the pale pieces of a real scan's seal lie far apart)
REACH = 0.5              # x a giant letter's height: how far above and below it the pale
                         # pixels of its rows are painted (a mark over a capital stands a
                         # fifth of it over it)
_EIGHT = np.ones((3, 3), dtype=bool)     # 8-connectivity: a thin stroke's steps stay joined


def _letter_height(dark: np.ndarray) -> float:
    """The median height of the page's dark marks of a letter's ink or more, in sampled
    pixels (0: none)."""
    labels, count = ndimage.label(dark)
    if not count:
        return 0.0
    areas = np.bincount(labels.ravel())[1:]
    heights = np.array([rows.stop - rows.start for rows, _ in ndimage.find_objects(labels)])
    letters = heights[areas >= MIN_LETTER]
    return float(np.median(letters)) if letters.size else 0.0


def _frame(shape: np.ndarray) -> bool:
    """The stroke (a component's pixels in its box) runs round its box's edges: a frame."""
    height, width = shape.shape
    band = max(1, round(BORDER * min(height, width)))
    inside = shape[band:height - band, band:width - band]
    return int(inside.sum()) <= (1.0 - FRAME_SHARE) * int(shape.sum())


def _on_one_line(rows: slice, other: slice) -> bool:
    """Two giant letters (row ranges) stand on one line: their feet within ``BASELINE`` of
    the taller's height (the pale rings and letters of a seal whose red a scan's stamp
    removal left grey lie every which way)."""
    tall = max(rows.stop - rows.start, other.stop - other.start)
    return abs(rows.stop - other.stop) <= BASELINE * tall


def _beside(dark: np.ndarray) -> np.ndarray:
    """``dark`` grown by one pixel up, down, left and right: ``ndimage.binary_dilation``'s
    default cross, the same pixels, written as four shifted ors (a fifth of its time on a
    page image)."""
    grown = dark.copy()
    grown[1:] |= dark[:-1]
    grown[:-1] |= dark[1:]
    grown[:, 1:] |= dark[:, :-1]
    grown[:, :-1] |= dark[:, 1:]
    return grown


def outline_mask(grey: np.ndarray) -> np.ndarray | None:
    """Full-size mask of the pixels of giant pale outlined letters on ``grey``, or None when
    the page holds none (see the module docstring)."""
    sampled = grey[::STEP, ::STEP]
    paper = paper_level(grey)
    dark = sampled < DARK
    pale = (sampled >= DARK) & (sampled < paper - PALE_BELOW_PAPER)
    pale &= ~_beside(dark)
    labels, count = ndimage.label(pale, structure=_EIGHT)
    if not count:
        return None
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    # The tests that need not the page's letter height first: thin strokes (THIN) no line
    # (SHAPE), WORD_LETTERS of them on one line. Most pages hold no such pale word, and their
    # letter height (a labelling of all their dark ink, a third of this look's time) is not
    # measured; the giants are among these pieces, so a page ruled out here would be anyway.
    thin = [(k, rows, cols) for k, (rows, cols) in enumerate(ndimage.find_objects(labels), 1)
            if cols.stop - cols.start >= SHAPE * (rows.stop - rows.start)
            and sizes[k] <= THIN * (rows.stop - rows.start) * (cols.stop - cols.start)]
    if not any(sum(_on_one_line(rows, other) for _, other, _ in thin) >= WORD_LETTERS
               for _, rows, _ in thin):
        return None
    letter = _letter_height(dark)
    if not letter:
        return None
    giants = [(rows, cols) for k, rows, cols in thin
              if rows.stop - rows.start >= TALL * letter
              and np.median(sampled[rows, cols]) >= paper - PAPER_TOLERANCE
              and not _frame(labels[rows, cols] == k)]
    # (a word: WORD_LETTERS letters standing on one line; the pieces of its letters the
    # text's ink cut off, whose feet lie anywhere, go with it when they share its rows)
    word = [rows for rows, _ in giants
            if sum(_on_one_line(rows, other) for other, _ in giants) >= WORD_LETTERS]
    if not word:
        return None
    giants = [(rows, cols) for rows, cols in giants
              if any(min(rows.stop, w.stop) > max(rows.start, w.start) for w in word)]
    # The rows of the giant letters, grown by REACH of each one's height: their pale pixels
    # are painted, the pieces of the outlines the text's ink cut off and the letters too
    # short or narrow alone (a diacritic's, an outlined I's stem between two title lines)
    # with them; the text's dark ink is never painted.
    rows = np.zeros(grey.shape[0], dtype=bool)
    for letter_rows, _ in giants:
        reach = round(REACH * (letter_rows.stop - letter_rows.start))
        rows[STEP * max(0, letter_rows.start - reach):STEP * (letter_rows.stop + reach)] = True
    return rows[:, None] & (grey >= DARK) & (grey < paper - PALE_BELOW_PAPER)


def without_outlines(image: Image.Image) -> tuple[Image.Image, int]:
    """A copy of greyscale ``image`` with its giant pale outlined letters painted
    paper-white, and how many pixels were painted (0: the image itself)."""
    grey = np.asarray(image.convert("L"))
    mask = outline_mask(grey)
    if mask is None:
        return image, 0
    painted = grey.copy()
    painted[mask] = np.uint8(paper_level(grey))
    return Image.fromarray(painted, mode="L"), int(mask.sum())
