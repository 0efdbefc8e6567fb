"""A contents page and its twin: each Vietnamese entry paired with its English one.

The split stage labels the entries of a contents page ``contents`` (``1- TIÊU ĐIỂM / TITLE …
3``). This module collects them page by page, with the page's heading (a ``title`` block on
a page of entries: ``MỤC LỤC`` / ``CONTENTS``; or the first words of the list, where OCR read
them together), one per language when a page sets both side by side, reads the entries out of
the blocks (:mod:`magpipe.align.entries`: entries run together or broken apart, the page at
the right or the left), pairs each Vietnamese contents with the nearest English one (on the
same page, facing it or one after the other), and pairs their entries:

* entries naming the two halves of one article pair (by title, ``listing.entry_targets``) are
  twins, in whatever order each page lists them (an English section lists its own way);
* the others by a monotone alignment (entries keep their order in both languages) whose join
  score reads the entry number (``1-``, ``2.``) and the page number, when both print one, and
  the entry's text: shared anchors (names, numbers, dates), and the letters of the Vietnamese
  text without its marks against the English one (names survive).

Leaving an entry alone costs ``ENTRY_SKIP_COST``; two entries are joined only when their
score reaches ``ENTRY_MIN_SCORE`` (or, on two pages of as many entries, when they stand at the
same rank: ``SAME_COUNT_SCORE``). Each link keeps the article its entries name, twin or none
(:func:`record_entries`: the record's ``entries``). Pure functions, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from magpipe.align.anchors import AnchorBag, bag_similarity, extract_anchors
from magpipe.align.entries import (
    Entry,
    numbered_run,
    opening_heading,
    page_numbers_joined,
    parse_entry,
    row_pieces_joined,
    run_ons_joined,
    stacked_pieces_joined,
)
from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Block, Lang, Role, SplitArtifact
from magpipe.artifacts.records import ContentsEntry, Source
from magpipe.text.folding import unmarked
from magpipe.text.headings import contents_heading
from rapidfuzz import fuzz

log = logging.getLogger(__name__)

# Weights of the join score's parts (number, page, text; they add up to 1), the cost of an
# entry left alone, and the least score of a join. Set on the development families' contents
# pages (facing, furniture): twin entries share number and page (score >= 0.7 before text).
WEIGHT_NUMBER, WEIGHT_PAGE, WEIGHT_TEXT = 0.35, 0.35, 0.3
ENTRY_SKIP_COST = 0.6
ENTRY_MIN_SCORE = 0.4
# Two contents pages listing as many entries: their order is evidence enough for the entries
# nothing else tells apart (OCR damaged their titles, their page numbers differ); an entry pair
# the article pairs tell apart (score 0) is still never joined.
SAME_COUNT_SCORE = ENTRY_MIN_SCORE
# What is set over an entry is read with it whatever its role (a rubric read as a caption or
# a running head), but a page number or a speck.
_NO_PREFIX = frozenset({Role.PAGE_NUMBER, Role.OTHER})
# A contents page whose entries mostly print the page they point to: a line among them without
# one is a rubric over the next entry (``ĐIỂM TIN ĐỐI NGOẠI``), read with it.
NUMBERED_SHARE = 0.5
HEADING_MAX_CHARS = 30      # a contents page's heading: MỤC LỤC, CONTENTS, TABLE OF CONTENTS


@dataclass(frozen=True)
class ContentsPage:
    page: int
    lang: str
    heading: Source | None
    heading_text: str | None
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class ContentsPair:
    vi: ContentsPage | None
    en: ContentsPage | None
    links: tuple[tuple[Entry | None, Entry | None, float], ...]   # (vi, en, score or 0)
    named: tuple[int | None, ...] = ()   # per link: the article pair its entries name


def _named(links: tuple[tuple[Entry | None, Entry | None, float], ...],
           targets: dict[str, int] | None) -> tuple[int | None, ...]:
    """The article pair each link's entries name (the Vietnamese entry's, else the English)."""
    found = targets or {}
    return tuple(found.get(v.key) if v is not None and v.key in found
                 else found.get(e.key) if e is not None else None for v, e, _ in links)


def record_entries(pair: ContentsPair, ids: dict[int, str]) -> tuple[ContentsEntry, ...]:
    """The record's view of a contents pair's links: each entry's page, and the id of the
    article record (``ids``: article pair -> record id) its entries name."""
    named = pair.named or (None,) * len(pair.links)
    return tuple(ContentsEntry(v.page if v else None, e.page if e else None,
                               ids.get(k) if k is not None else None)
                 for (v, e, _), k in zip(pair.links, named, strict=True))


def _bare(block: Block) -> bool:
    """A short line without entry number or page: a contents page's heading."""
    entry = parse_entry(block, str(block.lang))
    return entry.number is None and entry.page is None and len(entry.text) <= HEADING_MAX_CHARS


def _set_over(block: Block, entry: Block) -> bool:
    """The block is set over the entry: some of their widths are shared (a block of another
    column, read between the entries, is no rubric of theirs)."""
    return across(block.box, entry.box) > 0


def page_entries(blocks: list[Block], listed: list[int], lang: str
                  ) -> tuple[Block | None, list[tuple[Entry, list[str]]]]:
    """The heading and entries of one language on one contents page, with each entry's
    block ids."""
    over = [b for b in blocks[:listed[0]] if b.lang in (lang, Lang.UNKNOWN)]
    heading = next((b for b in over if b.role not in _NO_PREFIX and contents_heading(b.text)),
                   next((b for b in over if b.role in (Role.TITLE, Role.CONTENTS)), None))
    start = blocks.index(heading) + 1 if heading is not None else listed[0]
    out: list[tuple[Entry, list[str]]] = []
    for k in listed:
        prefix = [b for b in blocks[start:k] if b.role not in _NO_PREFIX
                  and b.lang in (lang, Lang.UNKNOWN) and _set_over(b, blocks[k])]
        entry = parse_entry(blocks[k], lang)
        text = " ".join([b.text.strip() for b in prefix] + [entry.text])
        sources = tuple(Source(b.page, b.box, b.id, lang) for b in prefix)
        out.append((Entry(text, entry.number, entry.page, entry.source, sources),
                    [b.id for b in prefix] + [blocks[k].id]))
        start = k + 1
    return heading, out


def contents_pages(artifact: SplitArtifact) -> tuple[ContentsPage, ...]:
    """The contents of each page holding contents entries, one per language printed there (a
    page may set both languages side by side), each with its heading, in page order."""
    out: list[ContentsPage] = []
    for page in artifact.pages:
        entries = [b for b in page.blocks if b.role == Role.CONTENTS]
        if not entries:
            continue
        known = [str(b.lang) for b in entries if b.lang in (Lang.VI, Lang.EN)]
        usual = max(sorted(set(known)), key=known.count) if known else str(Lang.UNKNOWN)
        by_lang: dict[str, list[Block]] = {}
        for b in entries:       # an entry of unknown language goes with the page's usual one
            by_lang.setdefault(str(b.lang) if b.lang in (Lang.VI, Lang.EN) else usual,
                               []).append(b)
        titles = [b for b in page.blocks if b.role == Role.TITLE]
        for lang in sorted(by_lang, key=lambda x: x != Lang.VI):
            # the page's own contents heading (MỤC LỤC) whatever its role, before any title
            # (a cover's title over its contents strip)
            named = next((b for b in page.blocks if b.lang in (lang, Lang.UNKNOWN)
                          and b.role not in _NO_PREFIX and contents_heading(b.text)), None)
            heading = named or next((b for b in titles if b.lang == lang),
                                    titles[0] if titles and len(by_lang) == 1 else None)
            first = by_lang[lang][0]
            blocks = list(page.blocks)
            opening = None if named else opening_heading(first.text)
            heading_text = heading.text.strip() if heading else None
            if first is named or (heading is None and _bare(first)):
                heading, heading_text = first, first.text.strip()   # MỤC LỤC read as an entry
                by_lang[lang] = by_lang[lang][1:]
            elif opening is not None:       # the heading read as the first words of the list
                rest = replace(first, text=first.text.strip()[len(opening):].strip())
                heading, heading_text = first, opening
                by_lang[lang][0] = rest
                blocks[blocks.index(first)] = rest
            if not by_lang[lang]:
                continue                    # a heading alone: the entries were read as text
            out.append(ContentsPage(
                page.number, lang,
                Source(heading.page, heading.box, heading.id, lang) if heading else None,
                heading_text, _entries(blocks, by_lang[lang], lang)))
    return tuple(out)


def _entries(blocks: list[Block], mine: list[Block], lang: str) -> tuple[Entry, ...]:
    """The entries of one language of a contents page the split stage labelled: where most
    print the page they point to (apart from the entry, :func:`page_numbers_joined`; the rest
    of an entry's line OCR cut off, :func:`row_pieces_joined`; a title running on below its
    page number, :func:`run_ons_joined`), the lines without one are
    rubrics read with the entry below them (``page_entries``); else every block is an entry
    (OCR lost the page numbers), but where none prints one, a block set close over the next
    is read with it (a rubric over its entry: :func:`stacked_pieces_joined`)."""
    blocks, mine = page_numbers_joined(blocks, mine)
    blocks, mine = row_pieces_joined(blocks, mine, lang)
    blocks, mine = run_ons_joined(blocks, mine, lang)
    run = numbered_run(mine, lang)
    if run is not None:
        return tuple(run)
    parsed = [parse_entry(b, lang) for b in mine]
    numbered = [k for k, e in enumerate(parsed) if e.page is not None]
    if not numbered:
        blocks, mine = stacked_pieces_joined(blocks, mine)
        return tuple(parse_entry(b, lang) for b in mine)
    if len(numbered) < max(1, NUMBERED_SHARE * len(parsed)) or parsed[-1].page is None:
        return tuple(parsed)
    ids = [b.id for b in blocks]
    _, entries = page_entries(blocks, [ids.index(mine[k].id) for k in numbered], lang)
    return tuple(e for e, _ in entries)


def entry_score(vi: Entry, en: Entry, targets: dict[str, int] | None = None) -> float:
    """How well two entries name the same article, 0..1. ``targets`` (entry block -> article
    pair, :func:`magpipe.align.listing.entry_targets`): two entries naming the two halves of
    one pair score 1, naming two different pairs 0; otherwise their own evidence decides."""
    if targets:
        a, b = targets.get(vi.key), targets.get(en.key)
        if a is not None and b is not None:
            return 1.0 if a == b else 0.0
    score = 0.0
    if vi.number is not None and en.number is not None:
        score += WEIGHT_NUMBER * (vi.number == en.number)
    if vi.page is not None and en.page is not None:
        score += WEIGHT_PAGE * (vi.page == en.page)
    anchors = bag_similarity(AnchorBag.of(extract_anchors(vi.text, "vi")),
                             AnchorBag.of(extract_anchors(en.text, "en")))
    letters = fuzz.token_set_ratio(unmarked(vi.text), en.text.lower()) / 100
    return score + WEIGHT_TEXT * max(anchors, letters)


def _told_apart(vi: Entry, en: Entry, targets: dict[str, int] | None) -> bool:
    a = targets.get(vi.key) if targets else None
    b = targets.get(en.key) if targets else None
    return a is not None and b is not None and a != b


def named_twins(vi: tuple[Entry, ...], en: tuple[Entry, ...],
                targets: dict[str, int] | None) -> list[tuple[int, int]]:
    """The entry pairs (indices) naming the two halves of one article pair, whatever the
    order each page lists them in (an English section lists its articles in its own order)."""
    if not targets:
        return []
    where = {targets[e.key]: j for j, e in enumerate(en) if e.key in targets}
    return [(i, where.pop(targets[e.key])) for i, e in enumerate(vi) if targets.get(e.key) in where]


def pair_entries(vi: tuple[Entry, ...], en: tuple[Entry, ...],
                 targets: dict[str, int] | None = None
                 ) -> tuple[tuple[Entry | None, Entry | None, float], ...]:
    """Two pages' entries paired: those naming one article pair first (in any order), the
    others by the cheapest monotone alignment of what is left (joins, and entries alone);
    in the Vietnamese page's order, an English entry alone after the English entry above it."""
    named = named_twins(vi, en, targets)
    if not named:
        return _monotone(vi, en, targets)
    vi_named, en_named = {i for i, _ in named}, {j for _, j in named}
    rest = _monotone(tuple(e for i, e in enumerate(vi) if i not in vi_named),
                     tuple(e for j, e in enumerate(en) if j not in en_named), targets)
    links = [(vi[i], en[j], 1.0) for i, j in named] + list(rest)
    vi_rank = {id(e): k for k, e in enumerate(vi)}
    en_rank = {id(e): k for k, e in enumerate(en)}
    holder = {en_rank[id(b)]: vi_rank[id(a)] for a, b, _ in links if a and b}

    def place(link: tuple[Entry | None, Entry | None, float]) -> tuple[float, int]:
        a, b, _ = link
        if a is not None:
            return (vi_rank[id(a)], 0)
        above = [holder[k] for k in holder if b is not None and k < en_rank[id(b)]]
        return (max(above, default=-1) + 0.5, en_rank[id(b)] if b is not None else 0)
    return tuple(sorted(links, key=place))


def _monotone(vi: tuple[Entry, ...], en: tuple[Entry, ...],
              targets: dict[str, int] | None = None
              ) -> tuple[tuple[Entry | None, Entry | None, float], ...]:
    """The cheapest monotone alignment of two pages' entries (joins, and entries alone)."""
    n, m = len(vi), len(en)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            steps = [(1, 0, ENTRY_SKIP_COST, 0.0), (0, 1, ENTRY_SKIP_COST, 0.0)]
            if i < n and j < m:
                s = entry_score(vi[i], en[j], targets)
                if n == m and i == j and s > 0.0 and not _told_apart(vi[i], en[j], targets):
                    s = max(s, SAME_COUNT_SCORE)
                if s >= ENTRY_MIN_SCORE:
                    steps.append((1, 1, 1.0 - s, s))
            for di, dj, cost, s in steps:
                ni, nj = i + di, j + dj
                if ni <= n and nj <= m and best[i][j] + cost < best[ni][nj]:
                    best[ni][nj] = best[i][j] + cost
                    back[ni, nj] = (i, j, s)
    links: list[tuple[Entry | None, Entry | None, float]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, s = back[i, j]
        links.append((vi[pi] if i > pi else None, en[pj] if j > pj else None, round(s, 3)))
        i, j = pi, pj
    return tuple(reversed(links))


def pair_contents(pages: tuple[ContentsPage, ...], targets: dict[str, int] | None = None,
                  named: dict[str, int] | None = None) -> tuple[ContentsPair, ...]:
    """Each Vietnamese contents page with the nearest English one (each used once).
    ``targets``: the paired articles the entries name (they pair the entries); ``named``:
    every article they name, twin or none (kept with each link), ``targets`` by default."""
    named = targets if named is None else named
    vis = [p for p in pages if p.lang == Lang.VI]
    ens = [p for p in pages if p.lang != Lang.VI]
    used: set[int] = set()
    pairs: list[ContentsPair] = []
    for v in vis:
        free = [k for k in range(len(ens)) if k not in used]
        if not free:
            alone = tuple((e, None, 0.0) for e in v.entries)
            pairs.append(ContentsPair(v, None, alone, _named(alone, named)))
            continue
        k = min(free, key=lambda k: (abs(ens[k].page - v.page), ens[k].page))
        used.add(k)
        links = pair_entries(v.entries, ens[k].entries, targets)
        log.debug("contents page %d paired with page %d: %d of %d entries joined", v.page,
                  ens[k].page, sum(1 for a, b, _ in links if a and b), len(v.entries))
        pairs.append(ContentsPair(v, ens[k], links, _named(links, named)))
    for k, e in enumerate(ens):
        if k not in used:
            alone_en = tuple((None, x, 0.0) for x in e.entries)
            pairs.append(ContentsPair(None, e, alone_en, _named(alone_en, named)))
    return tuple(sorted(pairs, key=lambda p: min(x.page for x in (p.vi, p.en) if x)))
