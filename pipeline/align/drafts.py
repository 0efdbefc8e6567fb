"""An article draft in one language, its pieces, and how two pieces of a paragraph join.

:mod:`magpipe.align.articles` builds the drafts (:class:`Draft`) block by block; the rules
telling its heads (title, byline, section heading) are in :mod:`magpipe.align.heads`. A
paragraph cut by a column or page break joins again when :func:`continues` says so.
Pure functions, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Block, Lang
from magpipe.artifacts.records import Source
from magpipe.text.dehyphen import join_pair
from magpipe.text.punctuation import ends_sentence

BREAK_GAP = 40.0     # points of empty column between two pieces of one paragraph (a photo)


@dataclass(frozen=True)
class ArticlePiece:
    """A piece of text (title, paragraph, byline) and the blocks it came from."""

    text: str
    sources: tuple[Source, ...]

    def joined(self, other: ArticlePiece, lang: str = Lang.EN) -> ArticlePiece:
        return ArticlePiece(join_text(self.text, other.text, lang), self.sources + other.sources)


@dataclass(frozen=True)
class Draft:
    """One article in one language, before pairing."""

    lang: str
    order: int                      # stream position of its first block
    title: ArticlePiece | None = None
    sections: tuple[ArticlePiece, ...] = ()   # rubric halves, each one language (see its sources)
    intro: ArticlePiece | None = None
    paragraphs: tuple[ArticlePiece, ...] = ()
    byline: ArticlePiece | None = None
    positions: tuple[tuple[int, int], ...] = ()   # (page, stream position) of its blocks
    label: ArticlePiece | None = None       # a heading over the text (``Tóm tắt``)
    keywords: ArticlePiece | None = None    # a keyword line (``Từ khóa: ...``)
    # numbered section headings (how many paragraphs came before each) and footnotes
    # (:mod:`magpipe.align.sections`): the article's, but no paragraphs of it
    headings: tuple[tuple[int, ArticlePiece], ...] = ()
    notes: tuple[ArticlePiece, ...] = ()

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(sorted({p for p, _ in self.positions}))

    def text(self) -> str:
        parts = [self.title, self.intro, *self.paragraphs]
        return "\n".join(p.text for p in parts if p is not None)


def join_text(first: str, second: str, lang: str = Lang.EN) -> str:
    """Join two pieces of one paragraph the way the split stage joins lines
    (:func:`magpipe.text.dehyphen.join_pair`: a line-end hyphen inside an English word goes)."""
    return join_pair(first, second, lang=lang)


def source_of(block: Block, lang: str | None = None) -> Source:
    return Source(page=block.page, box=block.box, block=block.id, lang=lang or block.lang)


def _broken(last: Source, block: Block) -> bool:
    """Is there a break between the two pieces: a new page, the next column (the block
    starts higher up, or lower down but beside the piece, not under it: the next text cell
    of a grid read along its rows, a row down), or something tall (a photo) between them in
    the column?"""
    if block.page != last.page:
        return True
    gap = block.box[1] - last.box[3]
    return gap < -1.0 or gap > BREAK_GAP or \
        across(block.box, last.box) <= 0


def continues(previous: ArticlePiece, block: Block, linked: bool) -> bool:
    """Does ``block`` carry on the paragraph ``previous`` ends with?

    Only across a break (:func:`_broken`): a block right below another in the
    same column is a new paragraph. Then, when the split stage linked broken
    paragraphs (``linked``), its ``Block.continued_from`` decides, or a sentence left
    open that the block takes up in small letters; otherwise the previous piece must
    not end a sentence.
    """
    if not _broken(previous.sources[-1], block):
        return False
    if linked and block.continued_from is None:
        # split links what it saw; a sentence cut off and taken up in small letters is one
        # paragraph all the same (split did not see that the columns follow each other)
        return not ends_sentence(previous.text) and block.text.lstrip()[:1].islower()
    return block.continued_from is not None or not ends_sentence(previous.text)


def carried_on(draft: Draft, piece: ArticlePiece, lang: str) -> Draft:
    """The draft with ``piece`` joined to the end of its text."""
    if draft.paragraphs:
        return replace(draft, paragraphs=draft.paragraphs[:-1] + (
            draft.paragraphs[-1].joined(piece, lang),))
    assert draft.intro is not None
    return replace(draft, intro=draft.intro.joined(piece, lang))


def set_below(draft: Draft, block: Block) -> bool:
    """Is ``block`` set right under the draft's last paragraph, in its column (no wider gap
    than ``BREAK_GAP``, overlapping it across)? Then it carries on that article even though
    the byline came first in the reading order (a byline at the top of the next column read
    before the rest of this one)."""
    if not draft.paragraphs:
        return False
    last = draft.paragraphs[-1].sources[-1]
    if last.page != block.page:
        return False
    gap = block.box[1] - last.box[3]
    width = block.box[2] - block.box[0]
    return -1.0 <= gap <= BREAK_GAP and across(block.box, last.box) > 0.5 * width
