"""hOCR (an HTML page per document) from the repaired words in reading order.

Coordinates are the artifacts' PDF points, declared with ``scan_res 72 72``, so one
unit is one point. Classes: ``ocr_page`` > ``ocr_carea`` (a split block, with its role
and language) > ``ocr_line`` > ``ocrx_word`` (with ``x_wconf``).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator

from magpipe.archive.textlayer import PageText
from magpipe.artifacts import Box, DocumentInfo


def _bbox(box: Box) -> str:
    return "bbox " + " ".join(str(round(v)) for v in box)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def document_hocr(doc: DocumentInfo, pages: Iterable[PageText], version: str = "0") -> str:
    return "".join(hocr_pieces(doc, pages, version))


def hocr_pieces(doc: DocumentInfo, pages: Iterable[PageText], version: str = "0"
                ) -> Iterator[str]:
    """:func:`document_hocr` a page at a time (for a file written as it is made)."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
             '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi"><head>'
             f'<meta charset="utf-8"/><title>{_e(doc.name)}</title>'
             f'<meta name="ocr-system" content="magpipe {_e(version)}"/>'
             '<meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_line ocrx_word"/>'
             '</head><body>']
    for p in pages:
        parts.append(f'<div class="ocr_page" id="page_{p.number}" title="image {_e(doc.path)}; '
                     f'{_bbox((0, 0, p.width, p.height))}; ppageno {p.number - 1}; '
                     f'scan_res 72 72">')
        for b in p.blocks:
            lang = f' lang="{_e(b.lang)}"' if b.lang in ("vi", "en") else ""
            parts.append(f'<div class="ocr_carea" id="{_e(b.id)}" data-role="{_e(b.role)}"'
                         f'{lang} title="{_bbox(b.box)}">')
            for k, line in enumerate(b.lines):
                parts.append(f'<span class="ocr_line" id="{_e(b.id)}-l{k}" '
                             f'title="{_bbox(line.box)}">')
                parts.append(" ".join(
                    f'<span class="ocrx_word" id="{_e(b.id)}-l{k}-w{j}" '
                    f'title="{_bbox(w.box)}; x_wconf {round(w.conf)}">{_e(w.text)}</span>'
                    for j, w in enumerate(line.words)))
                parts.append("</span>\n")
            parts.append("</div>\n")
        parts.append("</div>\n")
        yield "".join(parts)
        parts = []
    yield "".join(parts) + "</body></html>\n"
