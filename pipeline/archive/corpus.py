"""The bilingual corpus: aligned Vietnamese/English segments as TMX 1.4 or TSV.

A segment is one link of an article: its title, section, intro, a paragraph link, the
byline or a caption. Pure builders; :func:`write_corpus` writes the file.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from magpipe.artifacts.records import AlignArtifact, Article, Source
from magpipe.files import atomic_write_text

log = logging.getLogger(__name__)

FORMATS = ("tmx", "tsv")
TSV_HEADER = ("vi", "en", "confidence", "doc", "page")
# Two paragraphs on one side of a 1-2 / 2-1 link are joined by a blank line in the artifact;
# one corpus segment is one line, so they are joined by a space here.
_PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Segment:
    """One piece of an article, in either or both languages."""

    doc: str
    article: str
    kind: str            # title, section, intro, paragraph, byline, caption
    vi: str | None
    en: str | None
    confidence: float
    page: int

    @property
    def paired(self) -> bool:
        return bool(self.vi) and bool(self.en)


def _page(sources: tuple[Source, ...], article: Article) -> int:
    return sources[0].page if sources else (article.pages[0] if article.pages else 0)


def article_segments(doc: str, a: Article) -> list[Segment]:
    """Every piece of one article, in the order the review page shows them."""
    out: list[Segment] = []

    def add(kind, vi, en, conf, sources):
        if vi or en:
            out.append(Segment(doc, a.id, kind, vi or None, en or None, conf, _page(sources, a)))

    add("title", a.title.vi, a.title.en, a.confidence, a.title_from)
    add("section", a.section.vi, a.section.en, a.confidence, a.section_from)
    add("intro", a.intro.vi, a.intro.en, a.confidence, a.intro_from)
    for p in a.paragraphs:
        add("paragraph", p.vi, p.en, p.confidence, p.vi_from + p.en_from)
    add("byline", a.byline.vi, a.byline.en, a.confidence, a.byline_from)
    for c in a.captions:
        add("caption", c.vi, c.en, c.confidence, (Source(c.page, c.box, ""),))
    return out


def segments(artifact: AlignArtifact) -> list[Segment]:
    """All segments of one document, paired or not."""
    return [s for a in artifact.articles for s in article_segments(artifact.doc.name, a)]


def pairs(found: Iterable[Segment], min_confidence: float = 0.0) -> list[Segment]:
    """The segments with both languages at or above ``min_confidence``."""
    return [s for s in found if s.paired and s.confidence >= min_confidence]


def one_line(text: str) -> str:
    """A cell of a line-based format: no tab, no line break."""
    return " ".join(text.replace(_PARAGRAPH_BREAK, " ").split())


def to_tsv(found: Iterable[Segment]) -> str:
    """``vi<TAB>en<TAB>confidence<TAB>doc<TAB>page``, one header line then one line a pair."""
    lines = ["\t".join(TSV_HEADER)]
    for s in found:
        lines.append("\t".join((one_line(s.vi or ""), one_line(s.en or ""),
                                f"{s.confidence:.3f}", one_line(s.doc), str(s.page))))
    return "\n".join(lines) + "\n"


def to_tmx(found: Iterable[Segment], *, version: str = "0") -> str:
    """A TMX 1.4 document: one ``tu`` a pair, source language Vietnamese."""
    tmx = ET.Element("tmx", version="1.4")
    ET.SubElement(tmx, "header", {
        "creationtool": "magpipe", "creationtoolversion": version, "datatype": "plaintext",
        "segtype": "paragraph", "adminlang": "en", "srclang": "vi", "o-tmf": "magpipe-align"})
    body = ET.SubElement(tmx, "body")
    for k, s in enumerate(found, 1):
        tu = ET.SubElement(body, "tu", tuid=f"{s.doc}/{s.article}/{k}")
        for name, value in (("x-doc", s.doc), ("x-article", s.article), ("x-kind", s.kind),
                            ("x-page", str(s.page)), ("x-confidence", f"{s.confidence:.3f}")):
            ET.SubElement(tu, "prop", type=name).text = value
        for lang, text in (("vi", s.vi), ("en", s.en)):
            tuv = ET.SubElement(tu, "tuv", {"xml:lang": lang})
            ET.SubElement(tuv, "seg").text = one_line(text or "")
    ET.indent(tmx, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tmx, encoding="unicode") + "\n"


def build_corpus(artifacts: Iterable[AlignArtifact], fmt: str, min_confidence: float,
                 version: str = "0") -> tuple[str, int]:
    """The corpus text in ``fmt`` and the number of pairs in it."""
    chosen = [s for art in artifacts for s in pairs(segments(art), min_confidence)]
    text = to_tmx(chosen, version=version) if fmt == "tmx" else to_tsv(chosen)
    return text, len(chosen)


def write_corpus(path: Path, text: str) -> None:
    atomic_write_text(path, text)
