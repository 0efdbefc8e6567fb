"""Group the blocks of a split document into one-language article drafts.

The blocks come page by page in reading order. Each language is followed on its
own, because a page often sets a Vietnamese article beside its English twin:

* a ``section`` block (``TIÊU ĐIỂM / Focal Points``) is held for the next title:
  a block holding both halves (cut at ``/``) goes to the next title of either
  language (the pair's first half), a one-language rubric to the next title of
  its language;
* a ``title`` starts a new article of its language (title blocks that follow each
  other before any body are one title);
* ``intro`` and ``body`` blocks go to the open article of their language, across
  columns and pages, until the next title; a ``byline`` is kept and closes it;
* a paragraph cut by a column or page break arrives as two blocks: the second is
  joined to the first when it starts on a later page, in a later column or
  beyond a photo, and the split stage says it continues the first
  (``Block.continued_from``) or, when the split stage linked no block at all,
  the first does not end a sentence;
* untitled text on the page a "continued on page N" line sent an article to, while no
  article of its language is open there, goes on with that article when it stopped in
  mid-sentence (``WalkState.turned_here``: its "continued from" line lost, or read after it);
* ``caption`` and ``credit`` blocks are left to :mod:`magpipe.align.captions`;
  page furniture (running headers, page numbers) is skipped.

Blocks labelled ``und`` take the language of the block before them.

Guards against a noisy split (OCR): a block with fewer than two letters or
digits (a stray ``|`` or ``-``) is skipped; a ``title`` block that is not set in
capitals (the bulletin's titles are), and a ``byline`` without a word in
capitals (``MAI THU``, ``LÃ VIỆT tổng hợp``, ``Synthesized by LA VIET``), are
read as body text; an article that
ended up without a title but starts with a short block in capitals takes that
block as its title.

What lives where: this module walks the blocks (the jump lines, footnotes, drop
caps); the walk's state, the open article of each language, is in
:mod:`magpipe.align.walk_state`; the rules that tell an article's heads (a title, a
title's next line or the title printed again, a rubric band, a byline, a numbered
heading) are in :mod:`magpipe.align.heads`; the drafts and how two pieces of a
paragraph join are in :mod:`magpipe.align.drafts`.
Pure functions, no I/O.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from magpipe.align import reread
from magpipe.align.caption_heads import caption_heads
from magpipe.align.datelines import before_text, dateline, for_title
from magpipe.align.drafts import (
    ArticlePiece,
    Draft,
    carried_on,
    continues,
    set_below,
    source_of,
)
from magpipe.align.drafts import join_text as join_text  # (imported from here by callers)
from magpipe.align.heads import (
    HEADING,
    bare_title,
    heading_or_title,
    heads_next,
    reread_role,
    title_again,
    title_goes_on,
    title_only,
    with_title,
)
from magpipe.align.jumps import by_head, jump_heads
from magpipe.align.ocr_jumps import read_jump
from magpipe.align.reread import split_bilingual
from magpipe.align.sections import (
    Jump,
    drop_cap,
    glued_first_heading,
    note_mark,
    split_notes,
)
from magpipe.align.side_heads import heads_passage, on_photos
from magpipe.align.streams import band_heir, parked_for, taken_up
from magpipe.align.turns import over_text, turn_text
from magpipe.align.walk_state import ArticleBuilder, WalkState, open_sentence
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang, Role, SplitArtifact
from magpipe.text.caption_keys import key_alone
from magpipe.text.editions import cut_edition_label
from magpipe.text.photo_pointers import pointer_alone
from magpipe.text.punctuation import ends_sentence
from magpipe.text.vietnamese import has_vietnamese_marks

log = logging.getLogger(__name__)

CAPTION_ROLES = frozenset({Role.CAPTION, Role.CREDIT})


@dataclass(frozen=True)
class Grouping:
    drafts: tuple[Draft, ...]
    captions: tuple[tuple[int, Block], ...]   # (stream position, block) of caption/credit blocks
    heads: frozenset[str] = frozenset()       # of those, text blocks opening the caption below


def _noise(text: str) -> bool:
    """Fewer than two letters or digits (stops at the second: blocks are long)."""
    seen = 0
    for c in text:
        if c.isalnum():
            seen += 1
            if seen == 2:
                return False
    return True


def _resumes(d: Draft, block: Block, state: WalkState) -> bool:
    """Does ``block`` carry on the sentence the article before the open one ``d`` stopped in,
    ``d`` being a title with no text under it on its page (a leaflet's cover title, read
    between the two panels of an article's text)? The block opens in small letters, on a
    later page than that title."""
    previous = state.last_done(d.lang)
    return (previous is not None and d.title is not None and title_only(d)
            and d.title.sources[-1].page < block.page
            and block.text.lstrip()[:1].islower() and open_sentence(previous))


def _language(block: Block, state: WalkState) -> str:
    if block.lang in (Lang.VI, Lang.EN):
        return block.lang
    if block.role == Role.BYLINE:
        if has_vietnamese_marks(block.text) or "tổng hợp" in block.text.lower():
            return Lang.VI
        if re.search(r"\b(by|synthesi[sz]ed)\b", block.text, re.I):
            return Lang.EN
        # a bare name: it belongs to the open article that has no byline yet
        for lang in (state.last_lang, Lang.VI, Lang.EN):
            if state.open[lang] is not None:
                return lang
    return state.last_lang


def _add_section(block: Block, lang: str, state: WalkState) -> None:
    vi, en = split_bilingual(block.text)
    if vi and en:
        state.section["both"] = (ArticlePiece(vi, (source_of(block, Lang.VI),)),
                                 ArticlePiece(en, (source_of(block, Lang.EN),)))
    else:
        state.section[lang] = (ArticlePiece(block.text.strip(), (source_of(block, lang),)),)


def _add(block: Block, order: int, state: WalkState) -> None:
    lang = _language(block, state)
    piece = ArticlePiece(turn_text(block), (source_of(block, lang),))
    if block.role == Role.SECTION:
        _add_section(block, lang, state)
        return
    builder = state.open[lang]
    d = builder.draft if builder else None
    edition = cut_edition_label(block.text) if block.role == Role.TITLE else None
    if edition is not None:          # ``BẢN TIẾNG VIỆT`` read with the title under it (OCR)
        _add(replace(block, text=edition[0], role=Role.SECTION, lang=Lang(lang)), order, state)
        _add(replace(block, text=edition[1], lang=Lang(lang)), order, state)
        return
    glued = glued_first_heading(block.text) if block.role == Role.TITLE else None
    if glued is not None:            # a title and the first numbered heading under it
        for text in glued:
            _add(replace(block, text=text, lang=Lang(lang)), order, state)
        return
    if block.role in (Role.BODY, Role.INTRO) and (d is None or d.paragraphs or d.keywords):
        cut = reread.run_in_title(block.text)
        if cut is not None:          # a title and its text read as one block: two pieces
            _add(replace(block, text=cut[0], role=Role.TITLE, lang=Lang(lang)), order, state)
            _add(replace(block, text=cut[1], role=Role.BODY, lang=Lang(lang)), order, state)
            return
    kept = reread.run_on_keywords(block.text) if block.role in (Role.BODY, Role.INTRO) else None
    if kept is not None and d is not None:       # a keywords line set close under the text
        log.debug("keywords line cut from the end of block %s", block.id)
        _add(replace(block, text=kept[0], lang=Lang(lang)), order, state)
        _add(replace(block, text=kept[1], role=Role.KEYWORDS, lang=Lang(lang)), order, state)
        return
    if (taken := taken_up(block, lang, state) or parked_for(block, lang, state)
            or band_heir(block, lang, state)) is not None:
        builder, d = taken, taken.draft         # (streams: two articles going on at once)
        if not d.paragraphs and d.intro is not None and block.continued_from is not None:
            builder.draft = carried_on(d, piece, lang)      # its lead, cut at a page's end
            builder.add_position(block, order)
            state.last_lang = lang
            return
    if block.role == Role.BODY and (turned := state.turned_here(lang, block.page)):
        log.debug("block %s goes on with %r, sent to its page", block.id, turned.draft.title)
        builder, d = turned, turned.draft
    role = reread_role(block, d, state.linked)
    if role in (Role.TITLE, HEADING):
        role = heading_or_title(block.text, d)
    elif role == Role.LABEL and block.id not in state.tags and (
            heading_or_title(block.text, d) == HEADING or heads_passage(block.text, d)):
        role = HEADING          # split gives numbered headings and side heads as labels
    if dateline(block, role):    # an entry's date waits for its title (``datelines``)
        state.dated.setdefault(lang, []).append(piece)
        state.last_lang = lang
        return
    dated, state.dated[lang] = (for_title if role == Role.TITLE else before_text)(
        state.dated.get(lang, []), block)
    if dated is not None and role != Role.TITLE:      # text came first: the open article's
        builder = state.current(lang, order)
        d = builder.draft = replace(builder.draft, label=builder.draft.label.joined(
            dated, lang) if builder.draft.label else dated)
        dated = None
    if role == HEADING:
        assert builder is not None and d is not None
        if builder.after_heading and d.headings[-1][1].sources[-1].page == block.page:
            count, head = d.headings[-1]        # a heading on two lines
            builder.draft = replace(d, headings=d.headings[:-1] + (
                (count, head.joined(piece, lang)),))
        else:
            builder.draft = replace(d, headings=d.headings + ((len(d.paragraphs), piece),))
        builder.after_heading = True
        builder.add_position(block, order)
        state.last_lang = lang
        return
    if builder is not None:
        builder.after_heading = False
    if role == Role.TITLE and builder is not None and title_again(builder.draft, block):
        pass                  # the title printed again over the text, after a title page
    elif role == Role.TITLE:
        if (builder is not None and d is not None and d.title is not None
                and not d.paragraphs and d.intro is None and d.byline is None
                and title_goes_on(d.title, block)):
            builder.draft = replace(d, title=d.title.joined(piece, lang))   # title on two lines
        else:
            band = d if d is not None and bare_title(d, block.page) else None
            if band is not None:      # a band over the page: the rubric over this title
                state.open[lang] = None
                log.debug("%r read as the rubric over %r", band.title, block.text[:40])
            state.close(lang)
            builder = state.current(lang, order)
            sections = state.section["both"] or state.section[lang] or (
                (band.title,) if band is not None and band.title is not None else ())
            builder.draft = replace(builder.draft, title=piece, sections=sections, label=dated)
            dated = None
            state.section["both" if state.section["both"] else lang] = ()
    elif role == Role.BYLINE:
        builder = state.current(lang, order)
        byline = builder.draft.byline.joined(piece, lang) if builder.draft.byline else piece
        # (a byline set above text already read is the head's, read late: it ends nothing)
        builder.ended = builder.ended or (bool(builder.draft.paragraphs)
                                          and not over_text(builder.draft, block))
        builder.draft = replace(builder.draft, byline=byline)
    elif role in (Role.LABEL, Role.KEYWORDS):
        builder = state.current(lang, order)     # (a label before any article opens one)
        old = builder.draft.label if role == Role.LABEL else builder.draft.keywords
        new = old.joined(piece, lang) if old else piece
        builder.ended = builder.ended or (role == Role.KEYWORDS and bool(builder.draft.paragraphs))
        builder.draft = (replace(builder.draft, label=new) if role == Role.LABEL
                         else replace(builder.draft, keywords=new))
    elif role in (Role.BODY, Role.INTRO) and d is not None and _resumes(d, block, state):
        builder = state.resume(lang)          # a title between does not cut a sentence
        builder.draft = carried_on(builder.draft, piece, lang)
    elif role == Role.INTRO and (d is None or not d.paragraphs):
        builder = state.current(lang, order)
        intro = builder.draft.intro.joined(piece, lang) if builder.draft.intro else piece
        builder.draft = replace(builder.draft, intro=intro)
    else:
        if builder is not None and d is not None and builder.ended and not set_below(d, block):
            state.close(lang)         # body after a closing byline: a new, untitled article
        builder = state.current(lang, order)
        paras = builder.draft.paragraphs
        if paras and not heads_next(builder.draft) and (
                continues(paras[-1], block, state.linked) or _beside_cap(paras[-1], state)
                or (builder.jumped_in and not ends_sentence(paras[-1].text))):
            paras = paras[:-1] + (paras[-1].joined(piece, lang),)   # (cut by a jump too)
        else:
            paras = paras + (piece,)
        builder.jumped_in = False
        builder.draft = replace(builder.draft, paragraphs=paras)
    if dated is not None:         # (a title's next line, or the title again: not yet)
        state.dated[lang].insert(0, dated)
    builder.add_position(block, order)
    state.last_lang = lang


def _beside_cap(previous: ArticlePiece, state: WalkState) -> bool:
    """The piece is the lines set beside a drop cap, cut off in mid-sentence: the block below
    carries on its paragraph."""
    return previous.sources[-1].block in state.capped and not ends_sentence(previous.text)


def printed_pages(artifact: SplitArtifact) -> dict[int, int]:
    """The page each printed page number stands for (a jump line names the printed number,
    which is not the file's page when the issue starts on page 2 or a cover goes unnumbered);
    a number printed twice is left out."""
    seen: dict[int, list[int]] = {}
    for page in artifact.pages:
        for block in page.blocks:
            if block.role == Role.PAGE_NUMBER and block.text.strip().isdigit():
                seen.setdefault(int(block.text.strip()), []).append(page.number)
    return {printed: pages[0] for printed, pages in seen.items() if len(set(pages)) == 1}


def _jump(block: Block, jump: Jump, state: WalkState, head: Block | None = None) -> None:
    """A jump line (split's ``Role.JUMP``): "continued on page N" sets the open article of its
    language aside for page N; "continued from page M" takes up the article set aside for this
    page, the one from page M first, and closes the one open. Page numbers are the printed
    ones (:func:`printed_pages`); where no article waits for this page (the numbers could not
    be read), the one of the language from page M is taken up, or the only one waiting."""
    lang = _language(block, state)
    if jump.onward:
        builder = state.open[lang]
        if builder is not None:
            target = state.printed.get(jump.page, jump.page)
            state.jumped.setdefault((lang, target), []).append(builder)
            state.open[lang] = None
        return
    source = state.printed.get(jump.page, jump.page)
    if (found := by_head(state.jumped, lang, head, _title_text)) is not None:
        state.close(lang)                   # the story whose title the jump head repeats
        state.open[lang] = state.jumped[found[0]].pop(found[1])
        state.open[lang].jumped_in = True   # type: ignore[union-attr]
        return
    waiting = state.jumped.get((lang, block.page))
    if not waiting:
        # (language, target) keys of this language whose article came from page M, or all
        keys = [key for key, bs in state.jumped.items() if key[0] == lang and bs]
        came = [key for key in keys if any(source in b.draft.pages for b in state.jumped[key])]
        if len(came) != 1 and len(keys) != 1:
            return
        waiting = state.jumped[(came or keys)[0]]
    k = next((i for i, b in enumerate(waiting) if source in b.draft.pages), 0)
    builder = waiting.pop(k)
    state.close(lang)
    state.open[lang] = builder
    builder.jumped_in = True
    log.debug("article %r taken up on page %d", builder.draft.title, block.page)


def _title_text(builder: ArticleBuilder) -> str | None:
    return builder.draft.title.text if builder.draft.title else None


def _add_notes(block: Block, order: int, state: WalkState) -> None:
    """Footnotes go to the open article of their language (a block may hold several)."""
    lang = _language(block, state)
    builder = state.current(lang, order)
    notes = tuple(ArticlePiece(text, (source_of(block, lang),))
                  for _, text in split_notes(block.text.strip()))
    builder.draft = replace(builder.draft, notes=builder.draft.notes + notes)
    builder.add_position(block, order)


def group_articles(artifact: SplitArtifact, skip: frozenset[str] = frozenset()) -> Grouping:
    """Cut the document's blocks into one-language article drafts, in stream order; blocks
    whose id is in ``skip`` (a contents page's heading) belong to no article."""
    state = WalkState(linked=any(b.continued_from for p in artifact.pages for b in p.blocks),
                   printed=printed_pages(artifact), tags=on_photos(artifact),
                   banded=frozenset(b.id for p in artifact.pages for b in p.blocks if b.stream))
    heads_of = jump_heads(artifact)     # (the story's head again: no text of it)
    skip = skip | {head.id for head in heads_of.values()}
    captions: list[tuple[int, Block]] = []
    heads: set[str] = set()
    read_as_caption: set[str] = set()
    order = 0
    for page in artifact.pages:
        heads |= caption_heads(page)
        cap: Block | None = None
        for block in page.blocks:
            order += 1
            if block.id in skip:
                continue
            if block.role not in CAPTION_ROLES and drop_cap(block.text):
                cap = block             # a drop cap: read with the rest of its word below
                continue
            if cap is not None and block.text[:1].islower():
                block = replace(block, text=cap.text.strip() + block.text.lstrip())
                state.capped.add(block.id)
            cap = None
            if block.role == Role.LABEL and (key_alone(block.text) or pointer_alone(block.text)):
                # a caption's key set apart (align.keyed), or its pointer to a photo on
                # another page (align.pointed_photos)
                captions.append((order, block))
                read_as_caption.add(block.id)
                continue
            if _noise(block.text):
                continue
            # split's Role.JUMP, and a jump line split took for a running head or for text
            # (``(Tiếp theo trang 1)`` set in the head band of its page reads as a header)
            block, jump = read_jump(block, state.printed)       # (ocr_jumps: OCR garbled)
            if jump is not None:
                _jump(block, jump, state, heads_of.get(block.id))
                continue
            if note_mark(block.text) and block.id not in heads:
                _add_notes(block, order, state)
                continue
            if block.role in CAPTION_ROLES or block.id in heads:      # (an aside may be a head)
                captions.append((order, block))
                read_as_caption.add(block.id)
                continue
            if block.continued_from in read_as_caption:
                # split linked it to a block read as a caption: it goes on from no paragraph
                block = replace(block, continued_from=None)
            if block.role not in FURNITURE_ROLES:
                _add(block, order, state)
    state.close_all()
    drafts = sorted((with_title(d) for d in state.done), key=lambda d: d.order)
    log.debug("grouped %d article drafts, %d caption blocks", len(drafts), len(captions))
    return Grouping(tuple(drafts), tuple(captions), frozenset(heads))
