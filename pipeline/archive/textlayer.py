"""Each page's repaired words in reading order, grouped into blocks and lines.

The split artifact gives the blocks in reading order and, per block, the indices of its
words in the page's word list of the artifact it read (``repair.json``); the repair
artifact gives those words (repaired text, boxes) and the changes made. The searchable
PDF, ALTO and hOCR are all written from this one view.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from magpipe.artifacts import Block, Box, Page, RepairArtifact, SplitArtifact
from magpipe.artifacts.base import union

REST = "other"        # role of the words no block holds (kept so no text is lost)


@dataclass(frozen=True)
class PlacedWord:
    index: int              # the word's index in the page's word list
    text: str               # repaired text
    box: Box
    conf: float             # OCR confidence 0-100
    before: str | None = None   # the text before repair, when repair changed the word


@dataclass(frozen=True)
class PlacedLine:
    words: tuple[PlacedWord, ...]

    @property
    def box(self) -> Box:
        return union(w.box for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True)
class PlacedBlock:
    id: str
    role: str
    lang: str
    box: Box
    lines: tuple[PlacedLine, ...]


@dataclass(frozen=True)
class PageText:
    number: int
    width: float
    height: float
    source: str             # a PageSource value: where the words came from
    blocks: tuple[PlacedBlock, ...]
    rotation: int = 0       # degrees the page image was turned before OCR (boxes are in
                            # that turned frame)

    def text(self) -> str:
        """The page's text in reading order: a line a line, blocks separated by a blank line."""
        return "\n\n".join("\n".join(ln.text for ln in b.lines) for b in self.blocks)


def _lines(page: Page, indices: list[int], before: dict[int, str]) -> tuple[PlacedLine, ...]:
    valid = [i for i in indices if 0 <= i < len(page.words)]
    lines = []
    for _, group in groupby(valid, key=lambda i: page.words[i].line):
        words = tuple(PlacedWord(i, page.words[i].text, page.words[i].box, page.words[i].conf,
                                 before.get(i)) for i in group)
        if words:
            lines.append(PlacedLine(words))
    return tuple(lines)


def _block(block: Block, page: Page, before: dict[int, str]) -> PlacedBlock | None:
    lines = _lines(page, list(block.words), before)
    return PlacedBlock(block.id, block.role, block.lang, block.box, lines) if lines else None


def page_texts(split: SplitArtifact, words: RepairArtifact) -> tuple[PageText, ...]:
    """Every page of the document, its words placed in the split's reading order."""
    return tuple(iter_page_texts(split, words))


def iter_page_texts(split: SplitArtifact, words: RepairArtifact) -> Iterator[PageText]:
    """:func:`page_texts` one page at a time: a bound volume's placed words are never all
    in memory at once."""
    pages = {p.number: p for p in words.pages}
    changed: dict[int, dict[int, str]] = {}
    for c in words.changes:
        changed.setdefault(c.page, {}).setdefault(c.word, c.before)
    for layout in split.pages:
        page = pages.get(layout.number)
        if page is None:
            continue
        before = changed.get(page.number, {})
        blocks = [b for b in (_block(x, page, before) for x in layout.blocks) if b]
        held = {w.index for b in blocks for ln in b.lines for w in ln.words}
        rest = [i for i in range(len(page.words)) if i not in held]
        if rest:
            lines = _lines(page, rest, before)
            blocks.append(PlacedBlock(f"p{page.number}-rest", REST, "und",
                                      union(ln.box for ln in lines), lines))
        yield PageText(page.number, layout.width, layout.height, page.source, tuple(blocks),
                       page.rotation)
