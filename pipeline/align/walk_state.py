"""The state of align's walk over a split document's blocks (``articles.group_articles``):
the article open in each language, the rubrics held for the next title, the articles closed,
those a jump line sent on to another page.

Pure data and bookkeeping, no I/O; the rules of what a block does to the state are in
``magpipe.align.articles``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from magpipe.align.drafts import ArticlePiece, Draft
from magpipe.artifacts.layout import Block, Lang
from magpipe.text.punctuation import ends_sentence


def open_sentence(draft: Draft) -> bool:
    """Does the draft's text stop in mid-sentence (its last paragraph, or its intro when it has
    none)?"""
    last = draft.paragraphs[-1] if draft.paragraphs else draft.intro
    return last is not None and not ends_sentence(last.text)


class ArticleBuilder:
    """One article of one language being read: its draft so far and how its last piece
    ended."""

    def __init__(self, lang: str, order: int) -> None:
        self.draft = Draft(lang=lang, order=order)
        # a byline or keyword line came after the text: it closes the article, and more
        # text starts a new one (a byline under the title does not)
        self.ended = False
        self.after_heading = False    # the last piece added was a section heading
        self.jumped_in = False        # taken up after a jump: its text goes on mid-sentence

    def add_position(self, block: Block, order: int) -> None:
        self.draft = replace(self.draft, positions=self.draft.positions + ((block.page, order),))


@dataclass
class WalkState:
    """Where the walk over a document's blocks stands: the open article of each language,
    the rubrics held for the next title, the articles closed and those a jump line sent on."""

    open: dict[str, ArticleBuilder | None] = field(
        default_factory=lambda: {Lang.VI: None, Lang.EN: None})
    section: dict[str, tuple[ArticlePiece, ...]] = field(
        default_factory=lambda: {Lang.VI: (), Lang.EN: (), "both": ()})
    done: list[Draft] = field(default_factory=list)
    last_lang: str = Lang.VI
    linked: bool = False          # the split stage set Block.continued_from
    # articles a jump line sent on to another page: (language, page) -> their builders
    jumped: dict[tuple[str, int], list[ArticleBuilder]] = field(default_factory=dict)
    capped: set[str] = field(default_factory=set)    # blocks read with a drop cap before them
    printed: dict[int, int] = field(default_factory=dict)   # printed page number -> page
    dated: dict[str, list[ArticlePiece]] = field(default_factory=dict)  # dates held for titles
    tags: frozenset[str] = frozenset()    # labels lying on a photo (side_heads.on_photos)
    # articles set aside, not ended, while another of their language was taken up (streams):
    # (language, order) of their drafts -> the page where they were set aside
    parked: dict[tuple[str, int], int] = field(default_factory=dict)
    banded: frozenset[str] = frozenset()  # blocks of a band running a stream (Block.stream)

    def close(self, lang: str) -> None:
        builder = self.open[lang]
        if builder is not None:
            self.done.append(builder.draft)
        self.open[lang] = None

    def close_all(self) -> None:
        for lang in (Lang.VI, Lang.EN):
            self.close(lang)
        self.done += [b.draft for waiting in self.jumped.values() for b in waiting]
        self.jumped.clear()

    def last_done(self, lang: str) -> Draft | None:
        """The last article of ``lang`` closed."""
        return next((d for d in reversed(self.done) if d.lang == lang), None)

    def resume(self, lang: str) -> ArticleBuilder:
        """Close the open article of ``lang`` and open the last one closed again."""
        last = self.last_done(lang)
        assert last is not None
        self.close(lang)
        self.done.remove(last)
        builder = ArticleBuilder(lang, last.order)
        builder.draft = last
        self.open[lang] = builder
        return builder

    def turned_here(self, lang: str, page: int) -> ArticleBuilder | None:
        """Take up the one article of ``lang`` a "continued on" line sent to ``page``, its
        text stopped in mid-sentence, for untitled text of ``lang`` on that page while no
        article of ``lang`` is open: that text is the article's continuation even where its
        "continued from" line was lost or read after it (OCR made it a speck, and the speck
        went last in the page's order: front-page-2-scanned). None when no such article
        waits there, or more than one does (the line would have to say which)."""
        waiting = self.jumped.get((lang, page), [])
        if self.open[lang] is not None or len(waiting) != 1 \
                or not open_sentence(waiting[0].draft):
            return None
        builder = self.open[lang] = waiting.pop()
        builder.jumped_in = True
        return builder

    def current(self, lang: str, order: int) -> ArticleBuilder:
        if self.open[lang] is None:
            self.open[lang] = ArticleBuilder(lang, order)
        return self.open[lang]  # type: ignore[return-value]
