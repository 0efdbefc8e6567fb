"""Contents pages the split stage did not label, and which article each entry points to.

A contents page lists the document's own titles with the pages they start on. So, whatever
roles the split stage gave its blocks, a page is read as a contents page when

* some of its blocks repeat, give or take ``LISTED_RATIO``, a title printed on another page
  (a ``title`` block, or a block set like one: :func:`magpipe.align.reread.starts_entry`)
  and add a number that title does not hold (the page it points to);
* those blocks, with what is set between them, hold at least ``LISTED_SHARE`` of the page's
  text (a page of an article whose title a running head repeats is no contents page).

A bulleted note (``aside``) is no entry: a "read also" box's headlines repeat other pages'
titles with their pages (``(tr. 3)``), and the split stage keeps them out as notes
(``split.read_also``); read as entries, they made the page of a short article a contents page.
Each entry is its listed block with the blocks of its language set between it and the entry
before (a rubric over the entry, ``ĐIỂM TIN ĐỐI NGOẠI``); the page's heading is a ``title``
block before the first entry (``MỤC LỤC``; or one the split stage read as an entry).
:func:`entry_targets` tells which article pair an
entry names, so that two entries naming the two halves of one pair are twins whatever page
numbers they print. Pure functions, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from magpipe.align import reread
from magpipe.align.contents import ContentsPage, page_entries
from magpipe.artifacts.layout import Block, Lang, PageLayout, Role, SplitArtifact
from magpipe.artifacts.records import Source
from magpipe.text.folding import SHORT_NUMBER, folded_words
from magpipe.text.read_also import bulleted
from rapidfuzz import fuzz, process

log = logging.getLogger(__name__)

# rapidfuzz ratio (0-100) of a listed block, its numbers taken out, and a title; OCR and the
# line a number breaks (``EXPRESSWAY 5 PROJECT``) cost a few points
LISTED_RATIO = 90.0
LISTED_SHARE = 0.5
# an entry names an article when the article's title is in it (token set ratio, 0-100)
TARGET_RATIO = 90.0
TARGET_LENGTH = 0.8
_NUMBER = SHORT_NUMBER
_SKIPPED = frozenset({Role.PAGE_NUMBER, Role.OTHER, Role.CAPTION, Role.CREDIT})


def fold(text: str) -> str:
    """Lower case, no Vietnamese marks, no numbers, single spaces."""
    return folded_words(text, numbers=False)


def _title_like(block: Block) -> bool:
    return block.role == Role.TITLE or (block.role in (Role.BODY, Role.INTRO)
                                        and reread.starts_entry(block.text))


@dataclass(frozen=True)
class _Titles:
    """The document's title-like blocks: their pages, folded texts and numbers, side by side,
    so that a block is compared with all of them in one rapidfuzz call (a bound volume has
    thousands; a Python loop over them for each block grew with the square of its pages)."""

    pages: tuple[int, ...]
    folded: tuple[str, ...]
    numbers: tuple[frozenset[str], ...]

    @classmethod
    def of(cls, artifact: SplitArtifact) -> _Titles:
        blocks = [b for p in artifact.pages for b in p.blocks if _title_like(b)]
        return cls(tuple(b.page for b in blocks), tuple(fold(b.text) for b in blocks),
                   tuple(frozenset(_NUMBER.findall(b.text)) for b in blocks))


def _listed(block: Block, titles: _Titles, numbered: bool) -> bool:
    folded = fold(block.text)
    if block.role in _SKIPPED or len(folded) < reread.PROMOTED_TITLE_MIN_CHARS:
        return False
    if block.role == Role.ASIDE and bulleted(block.text):
        return False        # a "read also" list's headline, kept out as a note: no entry
    numbers = set(_NUMBER.findall(block.text))
    near = process.extract(folded, titles.folded, scorer=fuzz.ratio, limit=None,
                           score_cutoff=LISTED_RATIO)
    return any(titles.pages[k] != block.page and (numbers - titles.numbers[k] or not numbered)
               for _, _, k in near)


def found_contents(artifact: SplitArtifact, known: Iterable[int] = ()
                   ) -> tuple[tuple[ContentsPage, ...], frozenset[str]]:
    """Contents pages found by their listed titles (pages in ``known`` are left alone), and
    the ids of their blocks (no article text)."""
    titles = _Titles.of(artifact)
    pages: list[ContentsPage] = []
    used: set[str] = set()
    skip = set(known)
    # first the pages whose entries print page numbers, then the pages facing a contents page,
    # whose entries may have lost theirs (OCR)
    for numbered in (True, False):
        for page in artifact.pages:
            if page.number in skip or not (numbered or _faces(page.number, pages, known)):
                continue
            found, ids = _contents_of(page, titles, numbered)
            if found:
                pages += found
                used |= ids
                skip.add(page.number)
    return tuple(sorted(pages, key=lambda c: c.page)), frozenset(used)


def _faces(number: int, pages: list[ContentsPage], known: Iterable[int]) -> bool:
    return any(abs(number - other) == 1 for other in [p.page for p in pages] + list(known))


def _contents_of(page: PageLayout, titles: _Titles, numbered: bool
                 ) -> tuple[list[ContentsPage], set[str]]:
    """The contents of ``page`` per language and the ids of their blocks, or nothing."""
    blocks = list(page.blocks)
    listed = [k for k, b in enumerate(blocks) if _listed(b, titles, numbered)]
    if not listed:
        return [], set()
    found: list[tuple[ContentsPage, list[str]]] = []
    for lang in (Lang.VI, Lang.EN):
        mine = [k for k in listed if blocks[k].lang == lang]
        if not mine:
            continue
        heading, entries = page_entries(blocks, mine, lang)
        block_ids = [i for _, bs in entries for i in bs] + ([heading.id] if heading else [])
        found.append((ContentsPage(
            page.number, lang,
            Source(heading.page, heading.box, heading.id, lang) if heading else None,
            heading.text.strip() if heading else None,
            tuple(e for e, _ in entries)), block_ids))
    ids = {i for _, bs in found for i in bs}
    text = sum(len(b.text) for b in blocks if b.role not in _SKIPPED)
    if sum(len(b.text) for b in blocks if b.id in ids) < LISTED_SHARE * text:
        log.debug("page %d lists titles but holds other text: no contents page", page.number)
        return [], set()
    log.info("page %d read as a contents page: %d entries", page.number,
             sum(len(c.entries) for c, _ in found))
    return [c for c, _ in found], ids


def entry_targets(contents: tuple[ContentsPage, ...],
                  titles: list[tuple[int, str, str]]) -> dict[str, int]:
    """Entry key (:attr:`Entry.key`) -> the index of the article pair whose title
    (``(pair, lang, title)``) the entry names."""
    out: dict[str, int] = {}
    folded = [(k, lang, fold(t)) for k, lang, t in titles]
    for page in contents:
        for entry in page.entries:
            text = fold(entry.text)
            # the title in the entry, not a scrap of the entry in a title (token set ratio
            # is 100 for either): the entry is about as long as the title at least
            best = max(((fuzz.token_set_ratio(text, t), k) for k, lang, t in folded
                        if lang == page.lang and t and len(text) >= TARGET_LENGTH * len(t)),
                       default=(0.0, -1))
            if best[0] >= TARGET_RATIO:
                out[entry.key] = best[1]
    return out
