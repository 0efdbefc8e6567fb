"""ALTO v4 XML, one file per page, from the repaired words in reading order.

Measurements are in ``inch1200`` (1/1200 inch: points x 1200/72), origin top-left, as
the artifacts' boxes. Each split block is a ``TextBlock`` with its language (``LANG``)
and its role, given twice as digitised-newspaper archives read it: a ``RoleTag``
(``TAGREFS``) and a ``ParagraphStyle`` named after the role (``STYLEREFS``). The blocks
come in reading order, also spelled out as a ``ReadingOrder``. A word the repair stage
changed keeps its OCR reading as an ``ALTERNATIVE`` (``PURPOSE="ocr"``).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import cache
from importlib import resources

from lxml import etree
from magpipe.archive.textlayer import PageText, PlacedBlock
from magpipe.artifacts import Box, DocumentInfo, Lang

log = logging.getLogger(__name__)

NS = "http://www.loc.gov/standards/alto/ns-v4#"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_VERSION = "4.4"
SCHEMA_LOCATION = f"{NS} http://www.loc.gov/standards/alto/v4/alto-4-4.xsd"
UNIT = "inch1200"
_PER_POINT = 1200 / 72


def _u(points: float) -> str:
    return f"{points * _PER_POINT:.1f}"


def _place(el: etree._Element, box: Box) -> None:
    x0, top, x1, bottom = box
    el.set("HPOS", _u(x0))
    el.set("VPOS", _u(top))
    el.set("WIDTH", _u(max(x1 - x0, 0.0)))
    el.set("HEIGHT", _u(max(bottom - top, 0.0)))


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _block(parent: etree._Element, block: PlacedBlock) -> None:
    tb = etree.SubElement(parent, _q("TextBlock"), ID=block.id,
                          STYLEREFS=f"style-{block.role}", TAGREFS=f"role-{block.role}")
    if block.lang != Lang.OTHER:    # "other" names no language: ALTO's LANG wants a code
        tb.set("LANG", block.lang)
    _place(tb, block.box)
    for k, line in enumerate(block.lines):
        tl = etree.SubElement(tb, _q("TextLine"), ID=f"{block.id}-l{k}")
        _place(tl, line.box)
        for j, word in enumerate(line.words):
            if j:
                x = line.words[j - 1].box[2]
                sp = etree.SubElement(tl, _q("SP"))
                sp.set("HPOS", _u(x))
                sp.set("WIDTH", _u(max(word.box[0] - x, 0.0)))
            s = etree.SubElement(tl, _q("String"), ID=f"{block.id}-l{k}-w{j}")
            _place(s, word.box)
            s.set("CONTENT", word.text)
            s.set("WC", f"{min(max(word.conf, 0.0), 100.0) / 100:.2f}")
            if word.before is not None and word.before != word.text:
                etree.SubElement(s, _q("ALTERNATIVE"), PURPOSE="ocr").text = word.before


def page_alto(doc: DocumentInfo, page: PageText, *, version: str = "0",
              when: datetime | None = None) -> bytes:
    """The ALTO v4 document of one page, UTF-8 bytes."""
    root = etree.Element(_q("alto"), nsmap={None: NS, "xsi": XSI, "xlink":
                                            "http://www.w3.org/1999/xlink"})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    root.set("SCHEMAVERSION", SCHEMA_VERSION)
    desc = etree.SubElement(root, _q("Description"))
    etree.SubElement(desc, _q("MeasurementUnit")).text = UNIT
    info = etree.SubElement(desc, _q("sourceImageInformation"))
    etree.SubElement(info, _q("fileName")).text = doc.path
    etree.SubElement(info, _q("documentIdentifier"),
                     documentIdentifierLocation="sha256").text = doc.sha256
    proc = etree.SubElement(desc, _q("Processing"), ID="magpipe")
    etree.SubElement(proc, _q("processingCategory")).text = "contentGeneration"
    stamp = (when or datetime.now(UTC)).replace(microsecond=0).isoformat()
    etree.SubElement(proc, _q("processingDateTime")).text = stamp
    etree.SubElement(proc, _q("processingStepDescription")).text = (
        f"page words from {page.source}; Vietnamese diacritics repaired; blocks, reading "
        f"order, language and role found by magpipe")
    soft = etree.SubElement(proc, _q("processingSoftware"))
    etree.SubElement(soft, _q("softwareName")).text = "magpipe"
    etree.SubElement(soft, _q("softwareVersion")).text = version
    roles = sorted({b.role for b in page.blocks})
    if roles:
        styles = etree.SubElement(root, _q("Styles"))
        for role in roles:
            etree.SubElement(styles, _q("ParagraphStyle"), ID=f"style-{role}")
        tags = etree.SubElement(root, _q("Tags"))
        for role in roles:
            etree.SubElement(tags, _q("RoleTag"), ID=f"role-{role}", LABEL=role,
                             TYPE="magpipe-role")
        order = etree.SubElement(root, _q("ReadingOrder"))
        group = etree.SubElement(order, _q("OrderedGroup"), ID=f"order-p{page.number}")
        for b in page.blocks:
            etree.SubElement(group, _q("ElementRef"), ID=f"ref-{b.id}", REF=b.id)
    layout = etree.SubElement(root, _q("Layout"))
    pg = etree.SubElement(layout, _q("Page"), ID=f"page{page.number}",
                          PHYSICAL_IMG_NR=str(page.number))
    pg.set("WIDTH", _u(page.width))
    pg.set("HEIGHT", _u(page.height))
    space = etree.SubElement(pg, _q("PrintSpace"))
    _place(space, (0.0, 0.0, page.width, page.height))
    for b in page.blocks:
        _block(space, b)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@cache
def schema() -> etree.XMLSchema:
    folder = resources.files("magpipe.archive") / "schema"
    with resources.as_file(folder / "alto-4-4.xsd") as path:
        return etree.XMLSchema(etree.parse(str(path)))


def validate(data: bytes) -> list[str]:
    """The schema errors of an ALTO document (empty: valid ALTO 4.4)."""
    s = schema()
    if s.validate(etree.fromstring(data)):
        return []
    return [f"line {e.line}: {e.message}" for e in s.error_log]


def page_file(number: int) -> str:
    return f"page-{number:04d}.xml"
