"""Artifacts of the extract and repair stages: the words of every page."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from itertools import groupby

from magpipe.artifacts.base import Box
from magpipe.artifacts.paged import PagedArtifact
from magpipe.artifacts.pagefile import ADDED


class PageSource(StrEnum):
    """Where a page's words came from (the ``Page.source`` values)."""

    TEXT_LAYER = "text-layer"      # a sound PDF text layer, read through PDFium
    OCR = "ocr"                    # no usable text layer: the page image was OCRed
    REOCR = "reocr"                # a damaged text layer was replaced by a fresh OCR
    DAMAGED_TEXT = "damaged-text"  # damaged text layer kept (no image to OCR): repair it
    EMPTY = "empty"                # nothing on the page (blank scan, empty page)
    FAILED = "failed"              # the page could not be processed; see ``Page.error``


# the sources whose words Tesseract read: boxes as OCR finds them, no font size, weight or
# slant known
OCR_SOURCES = frozenset({PageSource.OCR, PageSource.REOCR})


@dataclass(frozen=True, slots=True)     # slots: a bound volume holds a million of them
class Word:
    text: str
    box: Box
    size: float            # font size (text layer) or line height (OCR), in points
    conf: float = 100.0    # OCR confidence 0-100; 100 for text-layer words
    line: int = 0          # page-unique line number, in the order the source gave
    block: int = 0         # source block number (OCR block, or text-layer cluster)
    bold: bool = False     # the font name says bold (text layer only)
    # the font name says italic or oblique (text layer only; page files saved before the flag
    # was added read it as False)
    italic: bool = field(default=False, metadata={ADDED: True})
    # how pale the ink of its letters is, 0 black to 1 white (a transparency paler still):
    # the fill's grey, or the stroke's for letters outlined and not filled; 0 for words of
    # OCR, of invisible text, and in page files saved before it was recorded (text layer
    # only: ``extract.pdftext``; huge pale words printed behind an opening, ``split.faint_type``)
    shade: float = field(default=0.0, metadata={ADDED: True})
    # its letters are outlined (stroked) and not filled (text layer only; False before)
    outline: bool = field(default=False, metadata={ADDED: True})


class DrawingKind(StrEnum):
    """What a drawn shape is to the layout (the ``Drawing.kind`` values)."""

    FILL = "fill"      # a filled area: a tinted panel, or a dark bar behind light lettering
    FRAME = "frame"    # an outline enclosing an area: a box's frame
    RULE = "rule"      # a thin line or hairline bar: a rule across or between columns


@dataclass(frozen=True)
class Drawing:
    """A vector shape drawn on a text-layer page (``extract.drawings``): its bounds (points,
    origin top-left) and how dark its paint is, 0 black to 1 white (the fill's for a fill,
    the outline's otherwise). The layout tells boxes, bars and rules by them."""

    kind: DrawingKind
    box: Box
    shade: float


@dataclass(frozen=True)
class Page:
    number: int                      # 1-based
    width: float                     # points
    height: float
    source: PageSource
    reason: str                      # why that source was chosen, for people
    words: tuple[Word, ...] = ()
    rotation: int = 0                # degrees the page was turned clockwise to read it: its
                                     # image before OCR, or a text layer whose text is all
                                     # turned (``extract.turns``); words are in that frame
    needs_repair: bool = False       # text likely lost its Vietnamese diacritics
    error: str | None = None
    seconds: float = 0.0
    # boxes of the photographs on the page (points, origin top-left, top to bottom): image
    # objects of a text-layer page, photo regions the OCR path found on a scanned one
    # (``extract.photos``). Artifacts saved before photos were recorded read as none.
    images: tuple[Box, ...] = ()
    # the shapes drawn on a text-layer page that matter to its layout: frames, tints, dark
    # bars and rules (``extract.drawings``); on scanned pages only the finder squares of a
    # printed QR code and a cut frame's form, found in the image (``extract.ocr.finders``,
    # ``extract.ocr.cut_frames``); none in artifacts
    # saved before drawings were recorded (they read as a page with nothing drawn)
    drawings: tuple[Drawing, ...] = ()

    def lines(self) -> list[list[Word]]:
        """The words grouped by ``Word.line``, in order of first appearance."""
        return [list(ws) for _, ws in groupby(self.words, key=lambda w: w.line)]

    def text(self) -> str:
        return "\n".join(" ".join(w.text for w in line) for line in self.lines())


@dataclass(frozen=True)
class DocumentInfo:
    path: str          # the input path as given
    name: str          # safe output folder name, never built from document content
    sha256: str
    page_count: int
    title: str | None = None   # the PDF's metadata title, informational only


def pages_text(pages: tuple[Page, ...]) -> str:
    """Text of all pages, pages separated by form feeds."""
    return "\f".join(p.text() for p in pages) + "\n"


@dataclass(frozen=True)
class ExtractArtifact(PagedArtifact):
    STAGE = "extract"
    VERSION = 1

    doc: DocumentInfo
    pages: tuple[Page, ...]

    def to_text(self) -> str:
        return pages_text(self.pages)


@dataclass(frozen=True)
class Change:
    """One repair: word ``word`` of page ``page`` went from ``before`` to ``after``."""

    page: int
    word: int
    before: str
    after: str
    score: float
    rule: str


@dataclass(frozen=True)
class RepairArtifact(PagedArtifact):
    STAGE = "repair"
    VERSION = 1

    doc: DocumentInfo
    pages: tuple[Page, ...]
    changes: tuple[Change, ...] = field(default=())

    def to_text(self) -> str:
        return pages_text(self.pages)
