"""Imported by a fork server (see the package): PDFium's set-up for the first page a process
loads, done once here, so that no worker forked afterwards does it again.

The first page with text that a process loads costs PDFium ~35 ms of CPU (it lists and maps
the system's fonts) whatever the document; every later page of any document costs ~1 ms to
load. Each worker renders its documents' pages for the review page (and a scan's for OCR),
so each paid it on its first job. Loading one small page of text here, in the fork server,
leaves that set-up in the memory every worker starts from (measured: a forked child's first
page of the bulletin loads in 5 ms instead of 38-41 ms).

The drawn page is also written as the review page writes its page images (a JPEG, in
memory): Pillow registers its file formats at a process's first save, importing a module for
each (~11 ms of CPU, measured), which every worker did again at its first review page.
"""

from __future__ import annotations

from io import BytesIO

from magpipe.batch.stagemodels import load

# One page in a standard font (Helvetica, which no PDF embeds: PDFium maps it to a system
# font, the set-up to be done), with one word to draw.
_STREAM = b"BT /F1 12 Tf 10 10 Td (magpipe) Tj ET"
_OBJECTS = (
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 36] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_STREAM), _STREAM),
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
)


def small_pdf() -> bytes:
    """The bytes of a one-page PDF of ``_OBJECTS``, with a cross-reference table that
    finds them (PDFium would rebuild a wrong one, but loudly)."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(_OBJECTS, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(_OBJECTS) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(_OBJECTS) + 1, table)
    return out


def warm_up() -> None:
    """Load and draw the small page once, as a worker draws a page (``render_page``), and
    write it as a JPEG, as the review page writes a page image."""
    import pypdfium2 as pdfium
    from magpipe.extract.render import PDFIUM_LOCK, render_page
    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(small_pdf())
        try:
            image = render_page(doc, 1, dpi=72, max_pixels=10_000)
        finally:
            doc.close()
    image.save(BytesIO(), format="JPEG")


load("PDFium's font set-up", warm_up)
