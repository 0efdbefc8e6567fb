"""The searchable PDF: the original pages with the repaired text as an invisible layer.

Each page keeps its objects (the page image is not decoded or re-encoded); a Form
XObject holding the repaired words in render mode 3 (invisible) is laid over it, one
word at its OCR box, in reading order, so copying or searching gives ``Lạng Sơn``
where the OCR read ``Lang San``. A page that shows visible text keeps it and gets no
layer (its text is what is printed); on any other page an invisible text layer already
there (an earlier OCR's) is removed first, so a search does not find the old text too.
The layer is typeset with reportlab in DejaVu Sans, which covers Vietnamese, embedded as
a subset with a ToUnicode map.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
from magpipe.archive import pdfa
from magpipe.archive.textlayer import PageText
from magpipe.errors import InputError, OutputError
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

log = logging.getLogger(__name__)

# fonts-dejavu-core (a system dependency already, tools/ensure-system-deps.sh): every
# Vietnamese letter, precomposed.
FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_NAME = "MagpipeDejaVuSans"
# DejaVu Sans's ascent and descent in em: a word's box height spans both.
ASCENT, DESCENT = 0.928, 0.236
INVISIBLE = 3                  # text render mode: neither fill nor stroke
# Pages whose layers are typeset together (one overlay PDF, one embedded font subset): a
# document up to this long gets one font subset, as before; a bound volume a subset per
# window instead of all its pages' words in memory at once.
LAYER_WINDOW = 200


@dataclass(frozen=True)
class PdfResult:
    layered: tuple[int, ...]        # pages that received the repaired text layer
    kept: tuple[int, ...]           # pages left as they were (visible text, no words)
    pdfa: bool
    why_not_pdfa: tuple[str, ...] = ()


def _font() -> str:
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        if not FONT_FILE.is_file():
            raise OutputError("the DejaVu Sans font is missing; install fonts-dejavu-core",
                              path=str(FONT_FILE))
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_FILE)))
    return FONT_NAME


def overlay(pages: list[PageText]) -> bytes:
    """A PDF with one page per ``PageText``: its words, invisible, at their boxes."""
    font = _font()
    buf = io.BytesIO()
    # the initial font is ours: reportlab's default (Helvetica, not embedded) would break PDF/A
    c = canvas.Canvas(buf, invariant=1, pageCompression=1, initialFontName=font,
                      initialFontSize=10)
    for page in pages:
        c.setPageSize((page.width, page.height))
        text = c.beginText()
        text.setTextRenderMode(INVISIBLE)
        for block in page.blocks:
            for line in block.lines:
                for word in line.words:
                    x0, top, x1, bottom = word.box
                    size = max((bottom - top) / (ASCENT + DESCENT), 1.0)
                    # a space after every word, the last of a line too: extractors that
                    # read the stream in order then see words, not ``SƠNLANG``
                    shown = word.text + " "
                    natural = pdfmetrics.stringWidth(word.text, font, size)
                    scale = 100.0 * (x1 - x0) / natural if natural > 0 else 100.0
                    text.setFont(font, size)
                    text.setHorizScale(max(min(scale, 1000.0), 1.0))
                    text.setTextOrigin(x0, page.height - bottom + DESCENT * size)
                    text.textOut(shown)
                # a line break in the stream, so extractors reading in order see one
                text.setTextOrigin(0, 0)
        c.drawText(text)
        c.showPage()
    c.save()
    return buf.getvalue()


def _ops_show_text(ops) -> list[tuple[int, bool]]:
    """For each text-showing operator: its index and whether the text is invisible."""
    mode, stack, found = 0, [], []
    for k, (operands, op) in enumerate(ops):
        name = str(op)
        if name == "q":
            stack.append(mode)
        elif name == "Q" and stack:
            mode = stack.pop()
        elif name == "Tr" and operands:
            mode = int(operands[0])
        elif name in ("Tj", "TJ", "'", '"'):
            found.append((k, mode == INVISIBLE))
    return found


def shows_visible_text(page: pikepdf.Page) -> bool:
    return any(not hidden for _, hidden in _ops_show_text(pikepdf.parse_content_stream(page)))


def strip_invisible_text(pdf: pikepdf.Pdf, page: pikepdf.Page) -> int:
    """Remove the BT..ET blocks of the page's own content that show only invisible text."""
    # (operands, operator) pairs; inline images unpack the same way
    ops: list[Any] = pikepdf.parse_content_stream(page)
    hidden = {k for k, h in _ops_show_text(ops) if h}
    keep: list[Any] = []
    block: list[Any] = []
    shows: list[int] = []
    dropped = 0
    inside = False
    for k, (operands, op) in enumerate(ops):
        name = str(op)
        if name == "BT":
            inside, block, shows = True, [], []
        if inside:
            block.append((operands, op))
            if k in hidden:
                shows.append(k)
            if name == "ET":
                inside = False
                if shows:
                    dropped += 1
                else:
                    keep.extend(block)
            continue
        keep.append((operands, op))
    if dropped:
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(keep))
    return dropped


def _keep_reason(page: pikepdf.Page, text: PageText) -> str | None:
    """Why this page gets no text layer (None: it gets one)."""
    if not text.blocks:
        return "no words"
    # Boxes are in the frame the page was OCRed in; a turned page would need them turned
    # back, which is not done: such a page is left without a layer rather than a wrong one.
    if int(page.get("/Rotate", 0)) % 360 or text.rotation % 360:
        return "the page is rotated"
    if shows_visible_text(page):
        return "it shows visible text"
    return None


def build_pdf(source: Path, pages: Iterable[PageText], *, title: str | None = None,
              password: str | None = None, want_pdfa: bool = True) -> tuple[bytes, PdfResult]:
    """The searchable PDF of ``source`` as bytes, and what was done to each page.

    ``pages`` is read once, in order; their layers are typeset ``LAYER_WINDOW`` pages at a
    time, so a bound volume's words are never all in memory."""
    try:
        pdf = pikepdf.open(source, password=password or "")
    except (pikepdf.PdfError, OSError) as exc:
        raise InputError(f"cannot open the source PDF ({exc}); pass it with --source",
                         path=str(source)) from exc
    with pdf:
        form = pdf.Root.get("/AcroForm")
        if isinstance(form, pikepdf.Dictionary) and int(form.get("/SigFlags", 0)) & 1:
            log.warning("%s is digitally signed; the signature does not cover the searchable "
                        "copy (keep the original as the signed record)", source)
        layered: list[int] = []
        kept: list[int] = []
        window: list[PageText] = []
        for text in pages:
            if not 1 <= text.number <= len(pdf.pages):
                continue
            page = pdf.pages[text.number - 1]
            why = _keep_reason(page, text)
            if why:
                log.info("page %d kept as it is: %s", text.number, why)
                kept.append(text.number)
                continue
            removed = strip_invisible_text(pdf, page)
            if removed:
                log.info("page %d: %d old invisible text blocks removed", text.number, removed)
            window.append(text)
            if len(window) == LAYER_WINDOW:
                _lay_over(pdf, window)
                layered += (t.number for t in window)
                window = []
        if window:
            _lay_over(pdf, window)
            layered += (t.number for t in window)
        chosen = layered
        why_not = pdfa.blockers(pdf) if want_pdfa else ["not asked for"]
        if not why_not:
            pdfa.make_pdfa(pdf, title)
        else:
            log.info("%s: written as plain PDF, not PDF/A-2b: %s", source, "; ".join(why_not))
            if chosen and pdfa.drop_claim(pdf):
                why_not.append("the input's own PDF/A claim was removed (the file changed)")
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    result = PdfResult(tuple(chosen), tuple(kept), not why_not, tuple(why_not))
    return out.getvalue(), result


def _lay_over(pdf: pikepdf.Pdf, texts: list[PageText]) -> None:
    """Put the invisible text layers of ``texts`` over their pages of ``pdf``."""
    layer = pikepdf.open(io.BytesIO(overlay(texts)))
    for k, text in enumerate(texts):
        target = pdf.pages[text.number - 1]
        target.add_overlay(pdf.copy_foreign(layer.pages[k].as_form_xobject()),
                           pikepdf.Rectangle(*target.mediabox))


def write_pdf(path: Path, data: bytes) -> None:
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(path).with_name(f".{Path(path).name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        raise OutputError(f"cannot write the PDF ({exc.strerror})", path=str(path)) from exc
