"""Two articles of one language going on from page to page at once: a block goes on with the
article whose text the split stage says it continues, even when another one is open.

The walk over a document's blocks (``articles.group_articles``) keeps one open article a
language: text goes to it until the next title. A magazine that runs a serial along a band of
its pages (a tint or a rule across the text width, at the same place page after page) beside
the features in the main part has two articles of each language open at once, and the pages
give their text in turn: the main part's, then the band's, then the next page's main part's.
The split stage links a paragraph broken at a page's end to its piece on the next page within
its own part of the page (``Block.continued_from``; ``split.serial_bands``): a body block so
linked to the last piece of an article other than the open one of its language goes on with
that article, which is taken up again, and the open one is set aside (closed: it is taken up
the same way when its own text goes on). Text under no link (a new paragraph at the band's
head) goes on with the article taken up last.

Pure logic, no I/O; the walk's state is ``walk_state.WalkState``.
"""

from __future__ import annotations

import logging

from magpipe.align.drafts import ArticlePiece, Draft
from magpipe.align.walk_state import ArticleBuilder, WalkState
from magpipe.artifacts.layout import Block, Role

log = logging.getLogger(__name__)


def _ends_with(draft: Draft, block_id: str) -> bool:
    """The draft's text (its last paragraph, or its lead when it has none) ends with a piece
    of the block ``block_id``."""
    last = draft.paragraphs[-1] if draft.paragraphs else draft.intro
    return last is not None and last.sources[-1].block == block_id


def taken_up(block: Block, lang: str, state: WalkState) -> ArticleBuilder | None:
    """The article of ``lang`` that ``block`` goes on with, taken up again in place of the
    open one (see the module), or None when the block continues nothing, or the open
    article."""
    early = block.continued_from
    if early is None or block.role != Role.BODY:
        return None
    builder = state.open[lang]
    if builder is not None and _ends_with(builder.draft, early):
        return None
    found = next((d for d in reversed(state.done) if d.lang == lang and _ends_with(d, early)),
                 None)
    if found is None:
        return None
    log.debug("block %s goes on with %r (it continues %s), not with the article open",
              block.id, found.title.text if found.title else None, early)
    return _take(found, lang, state, block.page)


def _take(found: Draft, lang: str, state: WalkState, page: int) -> ArticleBuilder:
    """Take ``found`` (closed) up again in place of the open article of ``lang``, which is set
    aside (parked, on ``page``) unless a byline ended it."""
    builder = state.open[lang]
    if builder is not None and not builder.ended:
        state.parked[(lang, builder.draft.order)] = page
    state.close(lang)
    state.done.remove(found)
    state.parked.pop((lang, found.order), None)
    taken = ArticleBuilder(lang, found.order)
    taken.draft = found
    state.open[lang] = taken
    return taken


def _span(draft: Draft, page: int) -> tuple[float, float] | None:
    """The heights the draft's text takes on ``page`` (its top and foot), None when none."""
    boxes = [src.box for part in (draft.title, draft.intro, *draft.paragraphs)
             if part is not None for src in part.sources if src.page == page]
    if not boxes:
        return None
    return min(b[1] for b in boxes), max(b[3] for b in boxes)


def _within(middle: float, span: tuple[float, float] | None) -> bool:
    return span is not None and span[0] <= middle <= span[1]


def _in_place(block: Block, draft: Draft, open_draft: Draft) -> bool:
    """``block`` stands where ``draft`` stood on its last page, not where the open article
    stands on the block's page, and that article did not open on the block's page (its text
    is what follows its title there): each stream keeps its part of the page."""
    middle = (block.box[1] + block.box[3]) / 2
    title = open_draft.title
    if title is not None and any(src.page == block.page for src in title.sources):
        return False        # the open article opened on this page: the text under its title
    return draft.positions[-1][0] < block.page and \
        _within(middle, _span(draft, draft.positions[-1][0])) and \
        not _within(middle, _span(open_draft, block.page))


def parked_for(block: Block, lang: str, state: WalkState) -> ArticleBuilder | None:
    """The article set aside last (see ``_take``) that untitled ``block``, which continues
    nothing, goes on with, taken up again; None when there is none. It goes on with it

    * where the open article of ``lang`` was ended by its byline (or none is open) and the one
      set aside has text on this page or the one before (the other stream's new paragraph);
    * where the block is the open article's first text on this page (a new paragraph at the
      page's head) and the other was set aside on the page before: the streams come in the
      same order on every page (the main part's, then the band's, or the other way round),
      so the article set aside on a page is the one whose text comes first on the next;
    * or where the block stands where the one set aside on this page stood on its last
      page, and not where the open one stands on this page: each stream keeps its part of
      the page (a band's new paragraph read after the open one's text). One set aside on an
      earlier page is no other stream of this page (a page with no band: one part's articles
      all set, the other's text takes the whole page).
    """
    builder = state.open[lang]
    if block.continued_from is not None or block.role != Role.BODY:
        return None
    going = builder is not None and not builder.ended
    fresh = not going or builder is None or not builder.draft.positions \
        or builder.draft.positions[-1][0] < block.page
    found = next((d for d in reversed(state.done) if (lang, d.order) in state.parked
                  and d.positions and d.positions[-1][0] >= block.page - 1
                  and (not going or (fresh and state.parked[(lang, d.order)] == block.page - 1)
                       or (builder is not None and state.parked[(lang, d.order)] == block.page
                           and _in_place(block, d, builder.draft)))),
                 None)
    if found is None:
        return None
    log.debug("block %s goes on with %r, set aside while the other stream was read",
              block.id, found.title.text if found.title else None)
    return _take(found, lang, state, block.page)


def _last_block(draft: Draft) -> str | None:
    """The block of the draft's last text."""
    last = _last_text(draft)
    return last.sources[-1].block if last is not None else None


def _last_page(draft: Draft) -> int:
    """The page of the draft's last text; 0 for a draft with none."""
    last = _last_text(draft)
    return last.sources[-1].page if last is not None else 0


def _last_text(draft: Draft) -> ArticlePiece | None:
    """The draft's last text: its last paragraph, else its lead, else its title."""
    return draft.paragraphs[-1] if draft.paragraphs else draft.intro or draft.title


def band_heir(block: Block, lang: str, state: WalkState) -> ArticleBuilder | None:
    """The article whose text ended in the band of the page before (``Block.stream``) that
    ``block``, body text at its band's head continuing nothing, goes on with, taken up again
    in place of the open one; None when the open article's own text is the band's (it goes
    on in it: a new paragraph under text read there already, or a title the band opened).

    A paragraph of the band's stream that ended right at the foot of the band of one page
    leaves no broken-paragraph link to carry the stream on (``taken_up``), and the band's next
    paragraph, read at the head of the next page's band, would go to the article open in the
    main part (an article that opened after the stream's text on the page before, or on this
    page before the band, closed it): the band recurs at the same place from page to page,
    so its text is the stream's. An article ended by its byline takes no more text."""
    if block.role != Role.BODY or block.continued_from is not None or block.id not in state.banded:
        return None
    builder = state.open[lang]
    if builder is not None and _last_block(builder.draft) in state.banded:
        return None
    found = next((d for d in reversed(state.done) if d.lang == lang and d.byline is None
                  and _last_block(d) in state.banded and _last_page(d) == block.page - 1),
                 None)
    if found is None:
        return None
    log.debug("block %s goes on with %r, whose text ended in the band of the page before",
              block.id, found.title.text if found.title else None)
    return _take(found, lang, state, block.page)
