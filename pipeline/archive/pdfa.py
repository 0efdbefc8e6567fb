"""PDF/A-2b for the searchable PDF: what the input must allow, and the parts to add.

veraPDF (the reference validator) is not packaged for this system; :func:`blockers`
checks the PDF/A-2b rules that a scanned magazine can break and that pikepdf can see
(encryption, fonts not embedded, LZW compression, interpolated images, CMYK without
an output intent of its own, JavaScript, embedded files). The page images are never
converted: when the input breaks a rule, the file is written as plain PDF, and why.
"""

from __future__ import annotations

import logging
from functools import cache

import pikepdf
from PIL import ImageCms

log = logging.getLogger(__name__)

PART, CONFORMANCE = "2", "B"
# The output intent's ICC profile: LittleCMS's built-in sRGB, made by Pillow's ImageCms
# (Pillow is already a dependency; no profile file to ship or fetch).
SRGB_CONDITION = "sRGB IEC61966-2.1"
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_BAD_FILTERS = {"/LZWDecode"}        # PDF/A-2 forbids LZW


@cache
def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _font_embedded(font: pikepdf.Object) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True
    if font.get("/Subtype") == "/Type0":
        return all(_font_embedded(f) for f in font.get("/DescendantFonts", []))
    desc = font.get("/FontDescriptor")
    return desc is not None and any(k in desc for k in _FONT_FILES)


def _filters(obj) -> set[str]:
    found = obj.get("/Filter")
    if found is None:
        return set()
    return {str(f) for f in found} if isinstance(found, pikepdf.Array) else {str(found)}


def _drawn_resources(pdf: pikepdf.Pdf):
    """Every resource dictionary something on a page is drawn with: the pages', their form
    XObjects' and their annotations' appearance streams, nested; each once."""
    seen: set[tuple[int, int]] = set()
    todo: list[pikepdf.Object] = []
    for page in pdf.pages:
        todo.append(page.obj)
        for annot in page.obj.get("/Annots", []):
            ap = annot.get("/AP") if isinstance(annot, pikepdf.Dictionary) else None
            if ap is not None:
                for state in ap.values():
                    todo.extend(state.values() if isinstance(state, pikepdf.Dictionary)
                                and not isinstance(state, pikepdf.Stream) else [state])
    while todo:
        obj = todo.pop()
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        resources = obj.get("/Resources")
        if not isinstance(resources, pikepdf.Dictionary):
            continue
        yield resources
        for xobj in resources.get("/XObject", {}).values():
            if xobj.get("/Subtype") == "/Form":
                todo.append(xobj)


def blockers(pdf: pikepdf.Pdf) -> list[str]:
    """Why this PDF cannot be declared PDF/A-2b as it is (empty: it can).

    Fonts count where something is drawn with them (a form's default resources that no
    page uses do not); images and streams count wherever they are.
    """
    problems: list[str] = []
    if pdf.is_encrypted:
        problems.append("the input is encrypted")
    if "/Names" in pdf.Root and any(k in pdf.Root.Names for k in ("/JavaScript",
                                                                  "/EmbeddedFiles")):
        problems.append("the input holds JavaScript or embedded files")
    for resources in _drawn_resources(pdf):
        for font in resources.get("/Font", {}).values():
            if isinstance(font, pikepdf.Dictionary) and not _font_embedded(font):
                problems.append(f"font {font.get('/BaseFont', '?')} is not embedded")
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream):
            continue
        if _filters(obj) & _BAD_FILTERS:
            problems.append("a stream is LZW-compressed")
        if obj.get("/Subtype") == "/Image":
            if obj.get("/Interpolate") is True:
                problems.append("an image asks for interpolation")
            if obj.get("/ColorSpace") == "/DeviceCMYK":
                problems.append("an image is DeviceCMYK (the output intent is sRGB)")
    return sorted(set(problems))


def drop_claim(pdf: pikepdf.Pdf) -> bool:
    """Remove a PDF/A claim the input made, once the file changed and the claim cannot be
    vouched for; True when there was one."""
    if "/Metadata" not in pdf.Root:
        return False
    with pdf.open_metadata() as meta:
        if not meta.pdfa_status:
            return False
        for key in ("pdfaid:part", "pdfaid:conformance", "pdfaid:amd"):
            if key in meta:
                del meta[key]
    return True


def make_pdfa(pdf: pikepdf.Pdf, title: str | None) -> None:
    """Add the sRGB output intent and the XMP metadata declaring PDF/A-2b."""
    present = [i for i in pdf.Root.get("/OutputIntents", []) if i.get("/S") == "/GTS_PDFA1"
               and "/DestOutputProfile" in i]
    if not present:     # an input's own PDF/A output intent is its colour condition: kept
        icc = pdf.make_stream(srgb_profile())
        icc.N = 3
        icc.Alternate = pikepdf.Name.DeviceRGB
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=SRGB_CONDITION, Info=SRGB_CONDITION,
            DestOutputProfile=icc)
        pdf.Root.OutputIntents = pikepdf.Array([intent])
    if "/MarkInfo" not in pdf.Root:
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=False)
    with pdf.open_metadata() as meta:
        meta.load_from_docinfo(pdf.docinfo)
        if title and "dc:title" not in meta:
            meta["dc:title"] = title
        meta["xmp:CreatorTool"] = "magpipe"
        meta["pdfaid:part"] = PART
        meta["pdfaid:conformance"] = CONFORMANCE
