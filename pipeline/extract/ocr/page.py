"""OCR one PDF page: rasterise once, blank the photographs, remove the dust, OCR, turn it
upright when it reads badly, drop the marks read from dust next to words."""

from __future__ import annotations

import logging
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from magpipe.artifacts.pages import Word
from magpipe.extract.ocr.deskew import MIN_CORRECTION, estimate_skew, straighten_box
from magpipe.extract.ocr.despeckle import drop_detached_marks, remove_specks
from magpipe.extract.ocr.langpass import (
    GAP,
    UNREAD,
    doubtful,
    english_lines,
    lines_of,
    merge,
    plan_regions,
    stack_size,
    unread,
)
from magpipe.extract.ocr.photomask import blank_photos, find_photos
from magpipe.extract.ocr.tesseract import OcrResult, detect_rotation, ocr_image
from magpipe.extract.render import render_page, save_for_ocr
from PIL import Image

log = logging.getLogger(__name__)

# A page OCR reads this badly (few words for the ink on it, or low confidence) may be
# turned: only then is orientation detection (a second Tesseract run) worth its cost.
FEW_WORDS = 12
LOW_CONFIDENCE = 75.0       # clean upright print reads at 85-95; a turned page at ~60
IMPLAUSIBLE = 0.3           # share of words that are neither words nor numbers
BLANK_INK = 0.002           # share of dark pixels below which a page counts as blank
MIN_OSD_CONFIDENCE = 1.5    # Tesseract's orientation confidence below this is a guess


@dataclass(frozen=True)
class OcrPage:
    words: tuple[Word, ...]
    width: float          # points, of the page as OCRed (swapped when turned 90/270)
    height: float
    rotation: int         # degrees the image was turned clockwise before the kept OCR
    note: str


def ink_share(image: Image.Image) -> float:
    """Share of dark pixels, on a 4x reduced copy (cheap)."""
    small = np.asarray(image.convert("L").reduce(4))
    return float((small < 128).mean()) if small.size else 0.0


def _quality(result: OcrResult) -> float:
    return len(result.words) * result.mean_conf * (1.0 - implausible_share(result))


_WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$|^[\d.,:/%-]+$")
_EDGE_PUNCT = "\"'“”‘’()[],.;:!?…«»"


def implausible_share(result: OcrResult) -> float:
    """Share of OCR words that are neither all letters nor a number (``+1ed``, ``sos11d``).

    An upside-down or sideways page reads as such noise, often at middling confidence.
    """
    if not result.words:
        return 0.0
    bad = sum(1 for w in result.words
              if (core := w.text.strip(_EDGE_PUNCT)) and not _WORD.match(core))
    return bad / len(result.words)


def reads_badly(result: OcrResult) -> bool:
    return (len(result.words) < FEW_WORDS or result.mean_conf < LOW_CONFIDENCE
            or implausible_share(result) > IMPLAUSIBLE)


def _passes(languages: str) -> tuple[str, bool]:
    """The first pass's languages, and whether English lines get a second 'eng' pass."""
    if sorted(languages.split("+")) == ["eng", "vie"]:
        return "vie", True
    return languages, False


def _english_pass(result: OcrResult, image: Image.Image, tmp: Path,
                  timeout: float) -> tuple[OcrResult, int]:
    lines = lines_of(result.words)
    english = english_lines(lines)
    reread = [(en and doubtful(line)) or unread(line)
              for en, line in zip(english, lines, strict=True)]
    tentative = frozenset(j for j, line in enumerate(lines) if not english[j] and unread(line))
    for j in sorted(tentative):
        log.debug("line %r read at confidence under %g: read with 'eng' too",
                  " ".join(w.text for w in lines[j]), UNREAD)
    if not any(reread):
        return result, 0
    regions = plan_regions(lines, reread, image.width, image.height)
    stack = Image.new("L", stack_size(regions), 255)
    for region in regions:
        stack.paste(image.convert("L").crop(region.box), (GAP, region.offset))
    second = ocr_image(str(save_for_ocr(stack, tmp, "english")), languages="eng",
                       timeout=timeout, psm=3)
    return OcrResult(merge(lines, regions, second.words, tentative)), sum(reread)


def ocr_page(doc: pdfium.PdfDocument, number: int, *, dpi: float, languages: str,
             timeout: float, max_pixels: int) -> OcrPage:
    image = render_page(doc, number, dpi=dpi, max_pixels=max_pixels)
    ink = ink_share(image)
    if ink < BLANK_INK:
        return OcrPage((), image.width * 72 / dpi, image.height * 72 / dpi, 0,
                       f"blank page image ({ink:.2%} ink), not OCRed")
    # Photographs are painted white first: read, they give noise words, and a line set
    # against one (a caption under or beside it) takes its edge into the line box.
    photos = find_photos(image)
    if photos:
        log.info("page %d: %d photographs blanked before OCR", number, len(photos))
        image = blank_photos(image, photos)
    # Dust is removed once, here, so every OCR pass below reads the same clean image.
    image, specks = remove_specks(image, dpi)
    first_pass, english_pass = _passes(languages)
    with tempfile.TemporaryDirectory(prefix="magpipe-ocr-") as tmp:
        path = save_for_ocr(image, Path(tmp), f"page{number}")
        result = ocr_image(str(path), languages=first_pass, timeout=timeout)
        rotation, note = 0, (f"{len(result.words)} words, mean confidence "
                             f"{result.mean_conf:.0f}")
        if reads_badly(result):
            degrees, osd_conf = detect_rotation(str(path), timeout=timeout)
            log.info("page %d reads badly (%s); orientation check says turn %d (conf %.1f)",
                     number, note, degrees, osd_conf)
            if degrees and osd_conf >= MIN_OSD_CONFIDENCE:
                turned = image.rotate(-degrees, expand=True)
                second = ocr_image(str(save_for_ocr(turned, Path(tmp), f"page{number}-r")),
                                   languages=first_pass, timeout=timeout)
                if _quality(second) > _quality(result):
                    result, rotation, image = second, degrees, turned
                    note = (f"turned {degrees} degrees: {len(result.words)} words, "
                            f"mean confidence {result.mean_conf:.0f}")
        if photos:
            note += f", {len(photos)} photographs blanked before OCR"
        if english_pass:
            result, reread = _english_pass(result, image, Path(tmp), timeout)
            note += (f", {reread} lines read again with 'eng' (doubtful English lines, short "
                     f"lines 'vie' could not read)")
    ocr_words, dropped = drop_detached_marks(result.words, image)
    if specks or dropped:
        note += f", {specks} specks removed before OCR and {dropped} marks read from specks"
    skew = estimate_skew(image)
    if abs(skew) >= MIN_CORRECTION:
        note += f", skew {skew:+.2f} degrees taken out of the boxes"
    else:
        skew = 0.0
    scale = 72.0 / dpi
    centre_x, centre_y = image.width / 2, image.height / 2
    words = []
    for w in ocr_words:
        x0, top, x1, bottom = straighten_box((w.left, w.top, w.left + w.width, w.top + w.height),
                                             skew, centre_x, centre_y)
        words.append(Word(text=w.text,
                          box=(round(max(x0, 0.0) * scale, 2), round(max(top, 0.0) * scale, 2),
                               round(min(x1, image.width) * scale, 2),
                               round(min(bottom, image.height) * scale, 2)),
                          size=round(w.line_height * scale, 2), conf=w.conf, line=w.line,
                          block=w.block))
    return OcrPage(tuple(words), round(image.width * scale, 2), round(image.height * scale, 2),
                   rotation, note)
