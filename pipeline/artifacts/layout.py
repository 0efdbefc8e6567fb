"""Artifact of the split stage: each page's blocks in reading order, with language and role."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from magpipe.artifacts.base import Artifact, Box
from magpipe.artifacts.pages import DocumentInfo


class Role(StrEnum):
    """The ``Block.role`` values."""

    TITLE = "title"
    INTRO = "intro"
    BODY = "body"
    CAPTION = "caption"
    CREDIT = "credit"
    BYLINE = "byline"
    SECTION = "section"        # a rubric like "TIÊU ĐIỂM / Focal Points"
    HEADER = "header"          # running header or footer
    PAGE_NUMBER = "page-number"
    OTHER = "other"            # OCR specks and marks read as text (``|``, ``_``): no article text
    ASIDE = "aside"            # a boxed note or a pull quote: no paragraph of an article
    CONTENTS = "contents"      # an entry of a contents page (title ... page number)
    LABEL = "label"            # a label over an article's text ("Tóm tắt", "Abstract"): the
                               # article's, but no paragraph of it
    KEYWORDS = "keywords"      # an article's keywords line ("Từ khóa: A; B", "Keywords: A; B"):
                               # the article's, but no paragraph of it
    JUMP = "jump"              # a jump line ("(Xem tiếp trang 3)", "(Continued from page 2)"):
                               # where the article goes on or came from, no text of it



# Roles kept in the split artifact but out of the article text.
FURNITURE_ROLES = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER, Role.ASIDE,
                             Role.CONTENTS, Role.JUMP})


class Lang(StrEnum):
    VI = "vi"
    EN = "en"
    OTHER = "other"            # a third language (French, Chinese...): no twin, no article's
                               # text (``split.third_language``)
    UNKNOWN = "und"


@dataclass(frozen=True)
class Block:
    id: str                     # "p{page}-b{index}", unique in the document
    page: int
    box: Box
    text: str
    lang: Lang
    role: Role
    column: int = -1            # column index, -1 when the block spans columns
    words: tuple[int, ...] = () # indices of the page's words in the input artifact
    lang_confidence: float = 0.0
    continued_from: str | None = None   # id of the block this one continues (a paragraph
                                        # broken across a column, photo or page)
    stream: int = 0             # 1 in a band of the page that runs a stream of its own, going
                                # on in the next page's band (``split.serial_bands``: a serial
                                # beside the features), 0 elsewhere; 0 in older artifacts


@dataclass(frozen=True)
class PageLayout:
    number: int
    width: float
    height: float
    columns: tuple[tuple[float, float], ...]   # x ranges of the columns found (on a skewed
                                               # scan, measured on the straightened page)
    blocks: tuple[Block, ...]                  # in reading order
    images: tuple[Box, ...] = ()               # the photographs' boxes, as extract found them
                                               # (``Page.images``); none in older artifacts


@dataclass(frozen=True)
class SplitArtifact(Artifact):
    STAGE = "split"
    VERSION = 2

    doc: DocumentInfo
    pages: tuple[PageLayout, ...]

    def to_text(self) -> str:
        return "\f".join("\n\n".join(b.text for b in p.blocks) for p in self.pages) + "\n"

    def blocks(self) -> tuple[Block, ...]:
        """All blocks of the document in reading order."""
        return tuple(b for p in self.pages for b in p.blocks)

    def chains(self) -> tuple[tuple[Block, ...], ...]:
        """Blocks grouped into whole paragraphs: a block and those that continue it, in order.

        Every block is in exactly one chain; a chain sits where its first piece sits in reading
        order. Join the texts with ``magpipe.text.dehyphen.join_pair`` to get the paragraph.
        """
        chains: list[list[Block]] = []
        where: dict[str, int] = {}
        for b in self.blocks():
            if b.continued_from is not None and b.continued_from in where:
                k = where[b.continued_from]
                chains[k].append(b)
            else:
                k = len(chains)
                chains.append([b])
            where[b.id] = k
        return tuple(tuple(c) for c in chains)
