"""OCR one PDF page: rasterise once, blank the photographs, remove the dust, turn it upright
when its print looks upside down (and Tesseract's orientation check agrees), OCR, turn it
upright when it reads badly or reads sideways (its words read down or up the page, a page
printed turned a quarter), read a strip of captions turned a quarter beside a photo
(``strips``) or of titles turned a quarter beside the text (``title_strips``) again on its
own, turned upright, drop the marks read from dust next to words."""

from __future__ import annotations

import logging
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np
import pypdfium2 as pdfium
from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Drawing, DrawingKind, Word
from magpipe.extract.ocr.blank import blank_page
from magpipe.extract.ocr.cut_frames import form_drawings, paint_form
from magpipe.extract.ocr.dash_dust import drop_dust_dashes
from magpipe.extract.ocr.deskew import MIN_CORRECTION, estimate_skew, straighten_box
from magpipe.extract.ocr.despeckle import drop_detached_marks, ink_parts, remove_specks
from magpipe.extract.ocr.faint_outlines import without_outlines
from magpipe.extract.ocr.finders import finder_squares
from magpipe.extract.ocr.language_reads import english_rereads, language_passes, read_by_language
from magpipe.extract.ocr.orientation import looks_upside_down
from magpipe.extract.ocr.photocaptions import caption_regions, region_image, without_regions
from magpipe.extract.ocr.photomask import PixelBox, find_photos
from magpipe.extract.ocr.photopanels import blank_photo_pixels
from magpipe.extract.ocr.regions import join_readings
from magpipe.extract.ocr.reversed_bands import reversed_bands, with_bands
from magpipe.extract.ocr.stamps import remove_stamps
from magpipe.extract.ocr.strips import Placer, Strip, caption_strips, with_strips
from magpipe.extract.ocr.tesseract import OcrResult, detect_rotation, ocr_image
from magpipe.extract.ocr.tilted_captions import Card, tilted_cards, without_cards
from magpipe.extract.ocr.title_strips import title_strips
from magpipe.extract.render import render_page, save_for_ocr
from magpipe.extract.turns import turned_box as points_turned
from PIL import Image

log = logging.getLogger(__name__)

# A page OCR reads this badly (few words for the ink on it, or low confidence) may be
# turned: only then is orientation detection (a second Tesseract run) worth its cost.
FEW_WORDS = 12
LOW_CONFIDENCE = 75.0       # clean upright print reads at 85-95; a turned page at ~60
IMPLAUSIBLE = 0.3           # share of words that are neither words nor numbers
MIN_OSD_CONFIDENCE = 1.5    # Tesseract's orientation confidence below this is a guess
# Tesseract reads the lines of a page printed turned a quarter (a landscape page set onto a
# portrait sheet) down or up the page, at good confidence: such a page does not read badly,
# but its words come out as boxes taller than wide, and every rule downstream reads it as a
# page of one-word columns. A word of SIDEWAYS_LETTERS characters or more read upright is
# wider than tall in any face; a page on which SIDEWAYS_SHARE of such words (FEW_WORDS of
# them at least) are taller than wide reads sideways (the turned pages of the layout bench's
# ``sideways`` scans: 100%; upright and turned-then-read pages: 0-2%).
SIDEWAYS_LETTERS = 3
SIDEWAYS_SHARE = 0.5
QUARTERS = (90, 270)        # the turns that stand a sideways page upright, one way or the other


@dataclass(frozen=True)
class OcrPage:
    words: tuple[Word, ...]
    width: float          # points, of the page as OCRed (swapped when turned 90/270)
    height: float
    rotation: int         # degrees the image was turned clockwise before the kept OCR
    note: str
    photos: tuple[Box, ...] = ()   # the photographs blanked before OCR, in points on the
                                   # page as OCRed (turned and straightened like the words)
    drawings: tuple[Drawing, ...] = ()   # a cut frame's form (``cut_frames``) and QR codes'
                                         # finder squares (``finders``), the same way


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


def reads_sideways(result: OcrResult) -> bool:
    """Most of the page's words of a few letters are taller than wide: its lines were read
    down or up the page (see ``SIDEWAYS_SHARE``)."""
    long = [w for w in result.words if len(w.text) >= SIDEWAYS_LETTERS]
    tall = sum(1 for w in long if w.height > w.width)
    return len(long) >= FEW_WORDS and tall >= SIDEWAYS_SHARE * len(long)


def _read_strips(result: OcrResult, image: Image.Image, raw: Image.Image,
                 photos: tuple[PixelBox, ...], tmp: Path, dpi: float, timeout: float,
                 first_pass: str, english_pass: bool
                 ) -> tuple[OcrResult, list[tuple[Placer, OcrResult]]]:
    """The page's reading without the words of its caption strips beside photos
    (``strips.caption_strips``), of its title strips beside the text (``title_strips``,
    found on ``image``) and of its captions turned a few degrees with their photo
    (``tilted_captions``, found on ``raw``, the page before its photos were painted white),
    and each with its own reading: its crop turned upright or level, read as a page is (by
    language, then the English pass)."""
    strips: list[Strip | Card] = list(caption_strips(result.words, photos))
    strips += title_strips(image, result.words, photos,
                           frozenset(k for s in strips for k in s.words))
    taken = {k for s in strips for k in s.words}
    strips += [card for card in tilted_cards(raw, result.words, photos, dpi)
               if not taken.intersection(card.words)]
    if not strips:
        return result, []
    held = {k for strip in strips for k in strip.words}
    readings: list[tuple[Placer, OcrResult]] = []
    for n, strip in enumerate(strips):
        crop = strip.image if isinstance(strip, Card) else \
            image.crop(strip.box).rotate(-strip.turn, expand=True)
        path = save_for_ocr(crop, tmp, f"strip{n}")
        if english_pass:
            read, read_with_eng, _ = read_by_language(crop, path, dpi, timeout)
            read = english_rereads(read, crop, tmp, timeout, read_with_eng)[0]
        else:
            read = ocr_image(str(path), languages=first_pass, timeout=timeout)
        log.info("a strip of lines turned (captions beside a photo, titles beside the text, "
                 "a caption turned with its photo) read turned back %g degrees: %r",
                 strip.turn, " ".join(w.text for w in read.words)[:80])
        readings.append((strip, read))
    return OcrResult(tuple(w for k, w in enumerate(result.words) if k not in held)), readings


def _captions_apart(result: OcrResult, image: Image.Image, regions: tuple[PixelBox, ...],
                    tmp: Path, languages: str, timeout: float) -> OcrResult:
    """``result`` (the page read with ``regions`` painted white) with each region of
    ``image`` read alone and its words joined in, in its column's block order."""
    words = result.words
    for i, region in enumerate(regions):
        framed, offset = region_image(image, region)
        alone = ocr_image(str(save_for_ocr(framed, tmp, f"captions{i}")),
                          languages=languages, timeout=timeout)
        words, _ = join_readings(words, alone.words, offset)
    return OcrResult(words)


def _turned_first(image: Image.Image, path: Path, number: int, timeout: float) -> int:
    """Degrees to turn a page whose print looks upside down (``orientation``) before its
    first reading, when Tesseract's orientation check (on the saved image ``path``) agrees;
    0 for every other page, which pays for the look alone."""
    if not looks_upside_down(image):
        return 0
    degrees, osd_conf = detect_rotation(str(path), timeout=timeout)
    log.info("page %d looks upside down; orientation check says turn %d (conf %.1f)", number,
             degrees, osd_conf)
    return degrees if degrees and osd_conf >= MIN_OSD_CONFIDENCE else 0


def ocr_page(doc: pdfium.PdfDocument, number: int, *, dpi: float, languages: str,
             timeout: float, max_pixels: int, scan_dpi: float | None = None) -> OcrPage:
    """OCR one page at ``dpi``; ``scan_dpi``: the page is a scan of this lower resolution,
    enlarged to ``dpi`` first (see :func:`magpipe.extract.render.render_page`)."""
    # In colour, so red seals and blue signatures can be told from the print and taken out.
    image, stamps = remove_stamps(render_page(doc, number, dpi=dpi, max_pixels=max_pixels,
                                              colour=True, scan_dpi=scan_dpi), dpi)
    if stamps:
        log.info("page %d: %d coloured stamps taken out before OCR", number, stamps)
    blank, ink = blank_page(image, dpi)
    if blank:
        return OcrPage((), image.width * 72 / dpi, image.height * 72 / dpi, 0,
                       f"blank page image ({ink:.2%} ink), not OCRed")
    # Photographs are painted white first: read, they give noise words, and a line set
    # against one (a caption under or beside it) takes its edge into the line box.
    # Text inside a photograph's box (a caption on a panel over it, lines run round a
    # cut-out) is kept: see photopanels.
    photos = find_photos(image)
    inside, raw, bands = 0, image, []
    if photos:
        raw, (image, inside) = image, blank_photo_pixels(image, photos)
        log.info("page %d: %d photographs blanked before OCR, %d text areas inside them kept",
                 number, len(photos), inside)
        # White type on a dark band inside a photograph is put back black on white, read in
        # the page's one pass where it lies (reversed_bands).
        bands = reversed_bands(np.asarray(raw.convert("L")), photos, dpi)
        if bands:
            image = with_bands(image, bands)
    unturned = image.size      # the photos' boxes are on this image, before any turn
    # A form in a dashed frame: its frame, answer lines and tick boxes are recorded as the
    # page's drawings and painted white, so that OCR reads its labels alone (cut_frames).
    # (the page's ink is labelled into pieces once for both looks, unless the form's shapes
    # painted white changed it)
    parts = ink_parts(image.convert("L"))
    image, form = paint_form(image, dpi, parts)
    # Dust is removed once, here, so every OCR pass below reads the same clean image.
    image, specks = remove_specks(image, dpi, None if form else parts)
    # Giant pale outlined letters printed behind an opening are painted white: read, they
    # garble the titles printed over them (faint_outlines).
    image, outlined = without_outlines(image)
    # Captions under a photo with text close beside them are read apart (photocaptions).
    captions = caption_regions(image, photos, dpi)
    first_pass, english_pass = language_passes(languages)
    with tempfile.TemporaryDirectory(prefix="magpipe-ocr-") as tmp:
        path = save_for_ocr(image, Path(tmp), f"page{number}")
        rotation = _turned_first(image, path, number, timeout)     # (print upside down)
        if rotation:
            image = image.rotate(-rotation, expand=True)
            path = save_for_ocr(image, Path(tmp), f"page{number}-r")
        read_with_eng: frozenset[int] = frozenset()
        language_note = ""
        apart = () if rotation else captions
        reading, reading_path = image, path
        if apart:
            reading = without_regions(image, apart)
            reading_path = save_for_ocr(reading, Path(tmp), f"page{number}-c")
        if english_pass:
            result, read_with_eng, language_note = read_by_language(reading, reading_path,
                                                                    dpi, timeout)
        else:
            result = ocr_image(str(reading_path), languages=first_pass, timeout=timeout)
        if apart:
            result = _captions_apart(result, image, apart, Path(tmp), first_pass, timeout)
            language_note += f", {len(apart)} photos' captions read apart"
        note = (f"turned {rotation} degrees before OCR: " if rotation else "") + (
            f"{len(result.words)} words, mean confidence {result.mean_conf:.0f}{language_note}")
        if rotation and reads_badly(result):      # the look and the check misled: as it came
            level = image.rotate(rotation, expand=True)
            second = ocr_image(str(save_for_ocr(level, Path(tmp), f"page{number}-u")),
                               languages=first_pass, timeout=timeout)
            if _quality(second) > _quality(result):
                result, rotation, image, read_with_eng = second, 0, level, frozenset()
                note = (f"read as it came (turned, it read badly): {len(result.words)} words, "
                        f"mean confidence {result.mean_conf:.0f}")
        elif (sideways := reads_sideways(result)) or reads_badly(result):
            degrees, osd_conf = detect_rotation(str(path), timeout=timeout)
            log.info("page %d reads %s (%s); orientation check says turn %d (conf %.1f)",
                     number, "sideways" if sideways else "badly", note, degrees, osd_conf)
            sure = degrees and osd_conf >= MIN_OSD_CONFIDENCE
            # (a sideways page the check cannot tell a quarter of is read turned both ways)
            turns = (degrees,) if sure and (not sideways or degrees in QUARTERS) else \
                QUARTERS if sideways else ()
            as_read = image
            for turn in turns:
                turned = as_read.rotate(-turn, expand=True)
                second = ocr_image(str(save_for_ocr(turned, Path(tmp), f"page{number}-r{turn}")),
                                   languages=first_pass, timeout=timeout)
                # (read sideways, the page's words may score well: upright, it reads well)
                if _quality(second) > _quality(result) or (
                        sideways and not rotation and not reads_badly(second)
                        and not reads_sideways(second)):
                    result, rotation, image = second, turn, turned
                    read_with_eng = frozenset()
                    note = (f"turned {turn} degrees: {len(result.words)} words, "
                            f"mean confidence {result.mean_conf:.0f}")
        if photos:
            note += f", {len(photos)} photographs blanked before OCR"
        if inside:
            note += f" ({inside} text areas inside them read)"
        if bands:
            note += f", {len(bands)} bands of white type inside them read inverted"
        if stamps:
            note += f", {stamps} coloured stamps taken out before OCR"
        if outlined:
            note += f", {outlined} pixels of giant pale outlined letters painted white"
        # (a caption strip beside a photo is read turned upright, once, and taken out of the
        # page's reading before its English pass reads any of its lines again)
        strips: list[tuple[Placer, OcrResult]] = []
        if not rotation:       # (the photos' boxes are on the page as it came)
            result, strips = _read_strips(result, image, raw, photos, Path(tmp), dpi, timeout,
                                          first_pass, english_pass)
        cards = [card for card, _ in strips if isinstance(card, Card)]
        if english_pass:
            result, reread, rereads_vi, capitals = english_rereads(result, image, Path(tmp),
                                                                   timeout, read_with_eng)
            note += (f", {reread} lines read again with 'eng' (doubtful English lines, short "
                     f"lines 'vie' could not read)")
            if rereads_vi:
                note += f", {rereads_vi} lines of English blocks read again with 'vie'"
            if capitals:
                note += f", {capitals} lines in capitals read badly read again with 'eng'"
        if strips:
            result = with_strips(result, strips)
            titles = sum(strip.titles for strip, _ in strips)
            beside = len(strips) - titles - len(cards)      # caption strips beside photos
            if beside:
                note += f", {beside} caption strips turned a quarter read on their own upright"
            if titles:
                note += f", {titles} title strips turned a quarter read on their own upright"
            if cards:     # (the photo's box becomes its level rectangle, as its caption is)
                note += (f", {len(cards)} captions turned with their photo "
                         f"({', '.join(f'{c.turn:+.1f}' for c in cards)} degrees) read level")
                levelled = {c.photo: c.level_photo for c in cards}
                photos = tuple(levelled.get(b, b) for b in photos)
    if rotation:
        photos = tuple(turned_box(b, rotation, *unturned) for b in photos)
    ocr_words, dropped = drop_detached_marks(result.words, image)
    ocr_words, dashes = drop_dust_dashes(ocr_words, image)
    dropped += dashes
    if specks or dropped:
        note += f", {specks} specks removed before OCR and {dropped} marks read from specks"
    skew = estimate_skew(without_cards(image, cards))   # (the scan's skew, not the cards')
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
    photo_points = tuple(tuple(round(v * scale, 2) for v in straighten_box(box, skew, centre_x,
                                                                        centre_y))
                         for box in photos)
    finders = tuple(Drawing(DrawingKind.FILL, cast(Box, tuple(
        round(v * scale, 2) for v in straighten_box(box, skew, centre_x, centre_y))), 0.0)
        for box in finder_squares(image, dpi))
    if form:
        note += f", a form in a cut frame ({len(form)} shapes) painted white before OCR"
    drawings = () if rotation else form_drawings(form, skew, centre_x, centre_y, scale)
    return OcrPage(tuple(words), round(image.width * scale, 2), round(image.height * scale, 2),
                   rotation, note, cast(tuple[Box, ...], photo_points), drawings + finders)


def turned_box(box: PixelBox, degrees: int, width: int, height: int) -> PixelBox:
    """Where a box on a ``width`` x ``height`` image lies once the image is turned
    ``degrees`` (90, 180 or 270) clockwise, as ``Image.rotate(-degrees, expand=True)`` does
    (``extract.turns.turned_box``, the rule for boxes in points too, on pixels)."""
    return cast(PixelBox, points_turned(box, degrees, width, height))
