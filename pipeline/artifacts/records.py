"""Artifact of the align stage: bilingual article records.

One ``Article`` becomes one line of ``articles.jsonl``. The JSON Schema of that
line is ``pipeline/schema/article.schema.json``; keep the two in step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from magpipe.artifacts.base import Artifact, Box
from magpipe.artifacts.pages import DocumentInfo
from magpipe.serial import to_data


@dataclass(frozen=True)
class Source:
    """Where a piece of text sits: page, box and the split block it came from."""

    page: int
    box: Box
    block: str
    lang: str = ""           # the language of the text taken from the block ("vi", "en"; no
                             # record takes text in a third language, "other")


@dataclass(frozen=True)
class Bilingual:
    vi: str | None = None
    en: str | None = None


@dataclass(frozen=True)
class ParagraphLink:
    """Paragraphs linked across languages (1-1, 1-2, 2-1, 1-0 or 0-1).

    Two paragraphs on one side (a 2-1 or 1-2 link) are joined by a blank line.
    """

    vi: str | None
    en: str | None
    confidence: float
    vi_from: tuple[Source, ...] = ()
    en_from: tuple[Source, ...] = ()


@dataclass(frozen=True)
class CaptionPhoto:
    """The photo a caption belongs to: its page and box (PDF points, origin top-left, as
    extract found it), and the language of the caption half set by it (``vi``, ``en``; empty
    when both halves are)."""

    page: int
    box: Box
    lang: str = ""


@dataclass(frozen=True)
class Caption:
    vi: str | None
    en: str | None
    credit: str | None       # photographer as printed in the Vietnamese half
    credit_en: str | None    # as printed in the English half (usually without diacritics)
    page: int
    box: Box                 # union of the caption's boxes on ``page``
    confidence: float = 1.0
    sources: tuple[Source, ...] = ()   # the caption and credit blocks it was read from
    # the photos its halves sit under or beside (each language's copy of one photo, on its
    # own page, gives two); none when no half sits by a photo extract found
    photos: tuple[CaptionPhoto, ...] = ()


@dataclass(frozen=True)
class LeftOut:
    """Something the align stage left without a twin, why, and how sure it is of that.

    ``item``: ``article``, ``paragraph``, ``caption`` or ``contents`` (a contents entry);
    ``reason``: a short phrase (``no candidate twin``, ``best candidate scored 0.21``, ...);
    ``confidence``: 0..1, how sure it is that the item has no twin here (a low value: a
    twin may well exist and was missed).
    """

    item: str
    lang: str
    reason: str
    confidence: float
    text: str = ""                     # the item's opening words, to find it
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class ContentsEntry:
    """What a contents record reads of one of its entry pairs (``Article.entries``, one per
    paragraph link, in the same order): the page each entry points to, as printed, and the
    article record the entries name (found by its title; None when no article is named, or
    the article named has no twin)."""

    page_vi: int | None
    page_en: int | None
    article: str | None = None


ARTICLE, CONTENTS = "article", "contents"


@dataclass(frozen=True)
class Article:
    id: str
    source: str              # input file path
    sha256: str
    issue: str | None        # e.g. "Q4/2025", when the document says it
    date: str | None
    pages: tuple[int, ...]
    section: Bilingual
    title: Bilingual
    byline: Bilingual
    paragraphs: tuple[ParagraphLink, ...]
    captions: tuple[Caption, ...]
    unpaired: tuple[Source, ...]    # blocks of the article left out of any link
    title_from: tuple[Source, ...]
    paired: bool                    # a twin in the other language was found
    confidence: float
    intro: Bilingual = Bilingual()  # the lead paragraph (often boxed), when the page sets one
    intro_from: tuple[Source, ...] = ()
    section_from: tuple[Source, ...] = ()
    byline_from: tuple[Source, ...] = ()
    kind: str = ARTICLE             # "article", or "contents": a contents page and its twin,
                                    # entries as paragraph links
    left_out: tuple[LeftOut, ...] = ()   # items without a twin, each with reason and confidence
    label: Bilingual = Bilingual()       # a heading over the text (``Tóm tắt`` / ``Abstract``)
    label_from: tuple[Source, ...] = ()
    keywords: Bilingual = Bilingual()    # a keyword line (``Từ khóa: …`` / ``Keywords: …``)
    keywords_from: tuple[Source, ...] = ()
    # a long article's numbered section headings (``1. ...``) and footnotes (``¹ ...``), each
    # linked with its twin by number or mark; no paragraphs of the text
    headings: tuple[ParagraphLink, ...] = ()
    notes: tuple[ParagraphLink, ...] = ()
    # a contents record's entries: the page each points to and the article it names, beside
    # its paragraph links (empty for an article)
    entries: tuple[ContentsEntry, ...] = ()

    def to_record(self) -> str:
        """One JSON line for ``articles.jsonl``."""
        return json.dumps(to_data(self), ensure_ascii=False)


@dataclass(frozen=True)
class AlignArtifact(Artifact):
    STAGE = "align"
    VERSION = 6     # 5: Article.headings and Article.notes; 6: Caption.photos, Article.entries

    doc: DocumentInfo
    articles: tuple[Article, ...]

    def to_text(self) -> str:
        parts = []
        for a in self.articles:
            lines = [f"# {a.title.vi or ''} / {a.title.en or ''}"]
            if a.intro.vi or a.intro.en:
                lines.append(f"{a.intro.vi or ''}\n    {a.intro.en or ''}")
            lines += [f"{p.vi or ''}\n    {p.en or ''}" for p in a.paragraphs]
            parts.append("\n".join(lines))
        return "\f".join(parts) + "\n"
