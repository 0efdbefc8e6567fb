"""Dust on a scan kept out of the text: specks removed from the page image before OCR, and
marks Tesseract read from a speck next to a word dropped from its reading after OCR.

Archive scans carry dust: small dark specks anywhere on the page. Tesseract reads a speck
beside or between words as punctuation (``Việt.Nam``, ``viên'địa``, ``Shanghai.`` in
mid-sentence) and a speck alone as a one-character word (``*``, ``:``). Two cheap checks,
neither of which knows what the dust looks like beyond "small and dark":

1. :func:`remove_specks`, on the page image before OCR: a small ink component with no other
   ink near it cannot be text (a period, comma, i-dot or Vietnamese mark sits close to the
   letter it belongs to; a hyphen or dash close to one side or spaced by one word space) and
   is painted paper-white. Component labelling and a dilation on a 4x reduced map
   (scipy.ndimage): about 0.15 s a 300 dpi page, 5% of its first OCR pass.
2. :func:`drop_detached_marks`, on the OCR words: a speck close to text (inside a word gap,
   a few pixels from a letter) survives 1 and is read as a mark glued to a word. A trailing
   period, comma, colon or quote that the page image shows a word space away from the word
   is dropped (real punctuation follows its letter with no space); a period or apostrophe
   between two runs of letters that cannot hold one (``Việt.Nam``; ``works'with``, not
   ``People's``, ``Mr.Doan``, ``U.S``, ``langson.gov``) becomes the word break it stands
   in; marks read before a word from specks a word space left of it (a backquote and a
   period read before ``On``: dust in a gutter read glued to the next column's first word)
   are dropped, the box starting at the word's ink.

Development data: the constants were set on the photo-caption fixture (``photos-scanned``:
small italic captions, the errors listed above; gaps of real marks and of specks measured
there and on the bulletin's scanned pages against a dust-free twin of each page), so the
caption figures of ``bench/bench_align.py`` are development figures for this module. The
bulletin's body text (``bulletin-scanned``, ``bench/bench_extract.py``) is the better check.
Known limits: a speck glued to a dash (``Chile'-``) or a trailing speck nearer than
DETACHED (``the.``) stays; ``Hanoi.The`` (a real period, its space lost) loses the period.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

import numpy as np
from magpipe.extract.ocr.tesseract import OcrWord
from PIL import Image
from scipy import ndimage

log = logging.getLogger(__name__)

# Sizes in millimetres on the page, turned into pixels at the page's resolution.
SPECK_MM = 0.75     # a component no larger than this each way may be dust (a 9.5 pt period is
                    # ~0.35 mm, an 8 pt Vietnamese mark ~0.6 mm; a letter is larger)
CLEAR_MM = 2.0      # ... and is dust when no other ink lies this close (marks of 8-9 pt
                    # italic lie at most 1.4 mm from their letters, measured)
HALO = 1            # pixels painted around a removed speck (its blurred edge)


def ink_threshold(image: Image.Image) -> int:
    """Otsu's threshold of a greyscale image (Tesseract binarises with Otsu too)."""
    hist = np.asarray(image.histogram()[:256], dtype=np.float64)
    weight = np.cumsum(hist)
    mean = np.cumsum(hist * np.arange(256))
    total, grand = weight[-1], mean[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (grand * weight - mean * total) ** 2 / (weight * (total - weight))
    return int(np.nanargmax(between)) + 1 if np.isfinite(between).any() else 128


@dataclass(frozen=True)
class InkParts:
    """A greyscale page image's ink (darker than Otsu's threshold, ``ink_threshold``) and its
    pieces: 8-connected components, labelled 1 to ``count``. Worked out once a page and
    handed to each look that needs them (the cut frames' marks, the specks), as long as the
    image they were found on is the one looked at (a form painted white changes it)."""

    ink: np.ndarray
    labels: np.ndarray
    count: int


def ink_parts(image: Image.Image) -> InkParts:
    """The ink and its pieces of greyscale ``image`` (see ``InkParts``)."""
    ink = np.asarray(image) < ink_threshold(image)
    labels, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    return InkParts(ink, labels, count)


def mm_px(mm: float, dpi: float) -> int:
    """``mm`` millimetres on the page in pixels at ``dpi`` (one at least)."""
    return max(1, round(mm * dpi / 25.4))


POOL = 4            # the "other ink near" test runs on a 4x reduced map (cheap; +-4 px)
CHAIN = 8           # rounds of "near a kept mark" (a run of marks longer than this is dust)


def find_specks(image: Image.Image, dpi: float,
                parts: InkParts | None = None) -> list[tuple[slice, slice, np.ndarray]]:
    """The specks of greyscale ``image``: ink components no larger than SPECK_MM with no
    other ink within CLEAR_MM. Each as its bounding box (rows, columns) and its pixels there.
    ``parts``: the image's ink and its pieces, when already worked out (``ink_parts``).
    """
    parts = parts or ink_parts(image)
    ink, labels, count = parts.ink, parts.labels, parts.count
    if count == 0:
        return []
    boxes = ndimage.find_objects(labels)
    side = np.fromiter((max(s[0].stop - s[0].start, s[1].stop - s[1].start) for s in boxes),
                       dtype=np.int32, count=count)
    candidates = np.flatnonzero(side <= mm_px(SPECK_MM, dpi))
    if not len(candidates):
        return []
    small = np.zeros(count + 1, dtype=bool)
    small[candidates + 1] = True
    # Cells of the reduced map holding ink that may be text, grown by the clearance (and
    # by half a speck: a candidate is looked up at its centre).
    cells = POOL * (ink.shape[0] // POOL), POOL * (ink.shape[1] // POOL)
    anchors = ((~small)[labels] & ink)[:cells[0], :cells[1]].view(np.uint8) * np.uint8(255)
    pooled = np.asarray(Image.fromarray(anchors, mode="L").reduce(POOL)) > 0
    reach = 2 * -(-(mm_px(CLEAR_MM, dpi) + mm_px(SPECK_MM, dpi) // 2) // POOL) + 1
    centres = np.array([((s[0].start + s[0].stop) // 2, (s[1].start + s[1].stop) // 2)
                        for s in (boxes[i] for i in candidates)]) // POOL
    centres = np.minimum(centres, np.array(pooled.shape) - 1)
    kept = np.zeros(len(candidates), dtype=bool)
    # A mark chained to text (the dots of an ellipsis, a colon, a spaced dash) stays with
    # it: a candidate near a kept one is kept too, until no more are.
    for _ in range(CHAIN):
        near = ndimage.maximum_filter(pooled, size=reach)
        now = near[centres[:, 0], centres[:, 1]]
        if (now == kept).all():
            break
        kept = now
        pooled[centres[kept, 0], centres[kept, 1]] = True
    out = []
    for i in candidates[~kept]:
        rows, cols = boxes[i]
        out.append((rows, cols, labels[rows, cols] == i + 1))
    return out


def remove_specks(image: Image.Image, dpi: float,
                  parts: InkParts | None = None) -> tuple[Image.Image, int]:
    """A copy of greyscale ``image`` with the specks painted paper-white, and their number
    (``parts``: as ``find_specks``)."""
    image = image.convert("L")
    specks = find_specks(image, dpi, parts)
    if not specks:
        return image, 0
    grey = np.array(image)
    paper = np.uint8(np.percentile(grey[::4, ::4], 90))
    height, width = grey.shape
    for rows, cols, pixels in specks:
        # the speck and a HALO of pixels round it (its blurred edge)
        top, left = max(0, rows.start - HALO), max(0, cols.start - HALO)
        grown = ndimage.binary_dilation(np.pad(pixels, HALO), iterations=HALO)
        grown = grown[top - rows.start + HALO:, left - cols.start + HALO:]
        bottom, right = min(height, top + grown.shape[0]), min(width, left + grown.shape[1])
        grey[top:bottom, left:right][grown[:bottom - top, :right - left]] = paper
    return Image.fromarray(grey, mode="L"), len(specks)


# A trailing mark this far from its word (share of the line's height, column gap measured on
# the page image) is a speck: real marks of 8-9.5 pt text keep within 0.2 of it, measured.
DETACHED = 0.24
_TRAILING = ".,:;'’‘”"
_STACKED = ":;"       # two dots one above the other: a single blot is no colon
MARK_HEIGHT = 0.3     # a period or comma is at most this share of the line high


def _last_ink_run(columns: np.ndarray) -> tuple[int, int]:
    """[start, end) of the last run of True in ``columns`` (start == end when none)."""
    end = len(columns)
    while end and not columns[end - 1]:
        end -= 1
    start = end
    while start and columns[start - 1]:
        start -= 1
    return start, end


def detached_mark(ink: np.ndarray, mark: str, line_height: int) -> int | None:
    """The column where the word ends, when the trailing ``mark`` in ``ink`` (the word's
    box, True = ink) stands a word space away from the rest of the word; else None."""
    columns = np.asarray(ink.any(axis=0))      # an array for a 2-D ink box
    start, end = _last_ink_run(columns)
    body = start
    while body and not columns[body - 1]:
        body -= 1
    if not body or start - body < DETACHED * line_height:
        return None
    if mark in _STACKED and ndimage.label(ink[:, start:end], np.ones((3, 3), bool))[1] > 1:
        return None
    return body


def _ends_in_mark(ink: np.ndarray, line_height: int) -> bool:
    """Whether the last run of ink columns of ``ink`` is a mark (short, like a period or
    comma), not a letter: then the word's mark is that one, and the speck after it unread."""
    start, end = _last_ink_run(np.asarray(ink.any(axis=0)))
    if not start:
        return False
    rows = np.flatnonzero(ink[:, start:end].any(axis=1))
    return len(rows) > 0 and rows[-1] - rows[0] < MARK_HEIGHT * line_height


# Marks Tesseract reads from specks before a word (a backquote and a period before ``0n``):
# a speck near a column's last letter, in the gutter, is read glued to the next column's
# first word, whose box then reaches back across the gutter (proof-1-scanned: ``sâu`` and
# the marks 5 pt apart over a 13 pt gutter, so the two columns' first lines were chained
# into one).
_LEADING = ".,:;'`’‘\"“*·"
LEADING_WIDTH = 0.4   # the ink read as leading marks is at most this share of the line wide


def detached_lead(ink: np.ndarray, line_height: int) -> int | None:
    """The column where the word starts, when the ink before it in ``ink`` (the word's box,
    True = ink) is a few marks no wider than ``LEADING_WIDTH`` of the line, standing a word
    space (``DETACHED``) away from the rest of the word; else None."""
    columns = np.asarray(ink.any(axis=0))
    filled = np.flatnonzero(columns)
    if not len(filled):
        return None
    first = filled[0]
    gaps = np.flatnonzero(np.diff(filled) >= DETACHED * line_height)
    if not len(gaps):
        return None
    lead_end, body = filled[gaps[0]] + 1, filled[gaps[0] + 1]
    if lead_end - first > LEADING_WIDTH * line_height:
        return None
    return int(body)


def _leading_marks(text: str) -> int:
    """How many of ``text``'s first characters are marks a speck may be read as, when a
    letter or digit follows them (0 when none, or when nothing else does)."""
    count = 0
    while count < len(text) and text[count] in _LEADING:
        count += 1
    return count if count < len(text) and text[count].isalnum() else 0


_LETTERS = r"[^\W\d_]"
# A period or apostrophe with letters on both sides (``Việt.Nam``, ``works'with``).
_INNER = re.compile(rf"(?<={_LETTERS})[.'’‘](?={_LETTERS})")
ABBREVIATIONS = frozenset("""
mr mrs ms dr st jr sr no co ltd inc corp prof gen col lt capt gov rev hon vs etc al ph tp
""".split())
_DOMAIN_PARTS = frozenset("www com vn org net gov edu int info html".split())
_CLITICS = frozenset("s t re ve ll d m".split())      # People's, don't, we're, we'll


def _run(text: str, at: int, step: int) -> str:
    """The letters (and apostrophes) next to position ``at``, going ``step`` (-1 or +1)."""
    i = at + step
    while 0 <= i < len(text) and (text[i].isalpha() or text[i] in "'’"):
        i += step
    return text[i + 1:at] if step < 0 else text[at + 1:i]


def glued_at(text: str) -> list[int]:
    """Positions of the marks in ``text`` that stand for a word break: a period between two
    words of two letters or more (not ``Mr.Doan``, ``U.S``, ``ThS.Nguyễn``,
    ``langson.gov.vn``), an apostrophe before anything but an English clitic (not
    ``People's``, ``don't``, ``O'Brien``)."""
    if any(c in text for c in "@/:") or text.lower().startswith("www"):
        return []
    out = []
    for match in _INNER.finditer(text):
        at = match.start()
        left, right = _run(text, at, -1), _run(text, at, +1)
        if text[at] == ".":
            if (len(left) >= 2 and len(right) >= 2 and left[1:].islower()
                    and left.lower() not in ABBREVIATIONS
                    and not {left.lower(), right.lower()} & _DOMAIN_PARTS):
                out.append(at)
        elif len(left) >= 2 and right.lower() not in _CLITICS:
            out.append(at)
    return out


def _split(word: OcrWord, cuts: list[int]) -> list[OcrWord]:
    """``word`` cut into pieces at the characters ``cuts`` (dropped); boxes shared out by
    characters."""
    pieces, start = [], 0
    for cut in [*cuts, len(word.text)]:
        text = word.text[start:cut]
        left = word.left + round(word.width * start / len(word.text))
        right = word.left + round(word.width * cut / len(word.text))
        if text:
            pieces.append(replace(word, text=text, left=left, width=max(1, right - left)))
        start = cut + 1
    return pieces


def drop_detached_marks(words: tuple[OcrWord, ...],
                        image: Image.Image) -> tuple[tuple[OcrWord, ...], int]:
    """``words`` (pixels of ``image``) without the marks read from specks beside a word:
    a trailing mark the image shows a word space away from its word is dropped; a period
    or apostrophe glued between two words (:func:`glued_at`) becomes a word break; marks
    read before a word from ink a word space left of it (:func:`detached_lead`) are dropped.
    Returns the words and the number of marks dropped."""
    grey = np.asarray(image.convert("L"))
    threshold = ink_threshold(image.convert("L"))
    out: list[OcrWord] = []
    dropped = 0
    for word in words:
        text = word.text
        if len(text) > 1 and text[-1] in _TRAILING and text[-2].isalnum():
            ink = grey[max(0, word.top):word.top + word.height,
                       max(0, word.left):word.left + word.width] < threshold
            body = detached_mark(ink, text[-1], word.line_height) if ink.size else None
            if body is not None and _ends_in_mark(ink[:, :body], word.line_height):
                log.debug("%r: a speck a word space after its mark, outside the word", text)
                word = replace(word, width=body)
            elif body is not None:
                log.debug("mark of %r is a speck a word space away: dropped", text)
                word = replace(word, text=text[:-1], width=body)
                dropped += 1
        lead = _leading_marks(word.text)
        if lead:
            ink = grey[max(0, word.top):word.top + word.height,
                       max(0, word.left):word.left + word.width] < threshold
            start = detached_lead(ink, word.line_height) if ink.size else None
            if start is not None:
                log.debug("leading marks of %r are specks a word space before it: dropped",
                          word.text)
                word = replace(word, text=word.text[lead:], left=word.left + start,
                               width=word.width - start)
                dropped += lead
        cuts = glued_at(word.text)
        if cuts:
            log.debug("%r: glued marks at %s stand for word breaks", word.text, cuts)
            dropped += len(cuts)
            out.extend(_split(word, cuts))
        else:
            out.append(word)
    return tuple(out), dropped
