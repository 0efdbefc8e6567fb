"""Artifact of the split stage: each page's blocks in reading order, with language and role."""

from __future__ import annotations

from dataclasses import dataclass

from .base import Artifact, Box
from .pages import DocumentInfo


class Role:
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
    OTHER = "other"

    FURNITURE = frozenset({HEADER, PAGE_NUMBER})


class Lang:
    VI = "vi"
    EN = "en"
    UNKNOWN = "und"


@dataclass(frozen=True)
class Block:
    id: str                     # "p{page}-b{index}", unique in the document
    page: int
    box: Box
    text: str
    lang: str                   # a Lang value
    role: str                   # a Role value
    column: int = -1            # column index, -1 when the block spans columns
    words: tuple[int, ...] = () # indices of the page's words in the input artifact
    lang_confidence: float = 0.0


@dataclass(frozen=True)
class PageLayout:
    number: int
    width: float
    height: float
    columns: tuple[tuple[float, float], ...]   # x ranges of the columns found
    blocks: tuple[Block, ...]                  # in reading order


@dataclass(frozen=True)
class SplitArtifact(Artifact):
    STAGE = "split"
    VERSION = 1

    doc: DocumentInfo
    pages: tuple[PageLayout, ...]

    def to_text(self) -> str:
        return "\f".join("\n\n".join(b.text for b in p.blocks) for p in self.pages) + "\n"
