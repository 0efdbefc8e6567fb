"""A contents page and its twin: each Vietnamese entry paired with its English one.

The split stage labels the entries of a contents page ``contents`` (``1- TIÊU ĐIỂM / TITLE …
3``). This module collects them page by page, with the page's heading (a ``title`` block on
a page of entries: ``MỤC LỤC`` / ``CONTENTS``), one per language when a page sets both side
by side, pairs each Vietnamese contents with the nearest English one (on the same page, facing
it or one after the other), and pairs
their entries by a monotone alignment (entries keep their order in both languages) whose
join score reads

* the entry number (``1-``, ``2.``), when both print one;
* the page number the entry points to, when both print one;
* the entry's text: shared anchors (names, numbers, dates), and the letters of the
  Vietnamese text without its marks against the English one (names survive).

Leaving an entry alone costs ``ENTRY_SKIP_COST``; two entries are joined only when their
score reaches ``ENTRY_MIN_SCORE`` (or, on two pages of as many entries, when they stand at the
same rank: ``SAME_COUNT_SCORE``). Pure functions, no I/O.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from magpipe.align.anchors import AnchorBag, bag_similarity, extract_anchors
from magpipe.artifacts.layout import Block, Lang, Role, SplitArtifact
from magpipe.artifacts.records import ContentsEntry, Source
from magpipe.text.headings import contents_heading
from magpipe.text.vietnamese import strip_diacritics
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
HEADING_MAX_WORDS = 3       # its words (TABLE OF CONTENTS, IN THIS ISSUE, TRONG SỐ NÀY)
# fewest numbered entries read across blocks (a list of one entry tells nothing of its cuts)
NUMBERED_RUN_MIN = 2
# an entry's own number opening it: "3. TECHNICAL", "12- Title" (a number then a letter)
_ENTRY_START = re.compile(r"(?:^|(?<=\s))(\d{1,3})\s*[-.),]\s+(?=[^\W\d_])")
_BARE_START = re.compile(r"(?:^|(?<=\s))(\d{1,3})\s+(?=[^\W\d_])")
# a rubric opening an entry: a few words and a colon ("ĐIỂM TIN ĐỐI NGOẠI:")
_RUBRIC = re.compile(r"^[^\W\d_][^:\d]{2,40}:")
# the page an entry points to set at its left: "12  Title" (no entry number: "12. Title" is one)
_PAGE_LEFT = re.compile(r"^\s*(\d{1,4})\s+(?=\S)")
_ENTRY = re.compile(r"^\s*(?:(\d{1,3})\s*[-.):]\s+)?(.*?)(?:\s*(?:…|\.{2,}|\s)\s*(\d{1,4}))?\s*$",
                    re.S)


@dataclass(frozen=True)
class Entry:
    text: str
    number: int | None          # the entry's own number, when printed
    page: int | None            # the page it points to, when printed
    source: Source
    prefix: tuple[Source, ...] = ()   # blocks set over it and read with it (a rubric)
    part: int = 0               # which entry of its block (entries run together in one block)

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.prefix + (self.source,)

    @property
    def key(self) -> str:
        """The entry's name among a document's entries (its block, and its rank there)."""
        return f"{self.source.block}#{self.part}"


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


def parse_entry(block: Block, lang: str, part: int = 0) -> Entry:
    """An entry's number and the page it points to: at its end (``Title … 12``), or, when
    none ends it, at its start (``12  Title``, the page column at the left)."""
    m = _ENTRY.match(block.text)
    assert m is not None                 # every group is optional: the pattern always matches
    number, page = m.group(1), m.group(3)
    if page is None and number is None:
        left = _PAGE_LEFT.match(block.text)
        page = left.group(1) if left else None
    return Entry(block.text.strip(), int(number) if number else None, int(page) if page else None,
                 Source(block.page, block.box, block.id, lang), part=part)


def _number_cuts(stream: str) -> list[tuple[int, int]]:
    """Where the entries of a numbered list open in ``stream`` (offset, number): the numbers
    in sequence, each the first one after the entry before that is set as an entry number
    (``2.``; OCR reads the stop as a comma), else the first bare one (``1 PROVINCIAL``: OCR
    lost the stop), a list read with bare numbers starting at 1."""
    marked = [(m.start(1), int(m.group(1))) for m in _ENTRY_START.finditer(stream)]
    bare = [(m.start(1), int(m.group(1))) for m in _BARE_START.finditer(stream)]
    cuts: list[tuple[int, int]] = []
    while True:
        after = cuts[-1][0] if cuts else -1
        want = cuts[-1][1] + 1 if cuts else None
        strong = [c for c in marked if c[0] > after and want in (None, c[1])]
        weak = [c for c in bare if c[0] > after and c[1] == (want or 1)]
        options = strong[:1] + weak[:1]     # a marked number first, but the list's opening
        if not options:
            return cuts
        cuts.append(options[0] if cuts else min(options))


def _rubric_cuts(stream: str) -> list[tuple[int, int | None]]:
    """Where entries open that each repeat the rubric the first one opens with
    (``ĐIỂM TIN ĐỐI NGOẠI: A … 2 ĐIỂM TIN ĐỐI NGOẠI: B … 3``: entries read as one block)."""
    m = _RUBRIC.match(stream)
    if m is None:
        return []
    return [(k.start(), None) for k in re.finditer(re.escape(m.group(0)), stream)]


def numbered_run(blocks: list[Block], lang: str) -> list[Entry] | None:
    """Entries that carry their numbers (``1.``, ``2-``), or each repeat one rubric, read
    across the blocks of one list: the blocks' texts as one stream cut where the next number
    in sequence (or the rubric) opens an entry (entries run together in one block, an entry
    broken over two). None unless that finds ``NUMBERED_RUN_MIN`` entries and tells more than
    the blocks do."""
    texts = [b.text.strip() for b in blocks]
    stream = " ".join(texts)
    starts = [0] + [sum(len(t) + 1 for t in texts[:k]) for k in range(1, len(texts))]
    cuts: list[tuple[int, int | None]] = list(_number_cuts(stream)) or _rubric_cuts(stream)
    if len(cuts) < NUMBERED_RUN_MIN or (len(cuts) == len(blocks) and all(
            at in starts for at, _ in cuts)):
        return None
    bounds = [0] + [at for at, _ in cuts[1:]] + [len(stream)]
    out: list[Entry] = []
    for part, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        held = [blk for blk, at, t in zip(blocks, starts, texts, strict=True)
                if at < b and at + len(t) > a]
        entry = parse_entry(replace(held[0], text=stream[a:b].strip()), lang, part)
        out.append(replace(entry, number=cuts[part][1] or entry.number, prefix=tuple(Source(x.page, x.box, x.id, lang)
                                               for x in held[1:])))
    return out


def opening_heading(text: str) -> str | None:
    """The contents heading a text opens with (``CONTENTS 1 PROVINCIAL …``: OCR read the
    heading with the list under it), as printed, or None."""
    words = text.split()
    return next((" ".join(words[:n]) for n in range(1, HEADING_MAX_WORDS + 1)
                 if len(words) > n and contents_heading(" ".join(words[:n]))), None)


def _bare(block: Block) -> bool:
    """A short line without entry number or page: a contents page's heading."""
    entry = parse_entry(block, str(block.lang))
    return entry.number is None and entry.page is None and len(entry.text) <= HEADING_MAX_CHARS


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
                  and b.lang in (lang, Lang.UNKNOWN)]
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


def _page_numbers_joined(blocks: list[Block], mine: list[Block]
                         ) -> tuple[list[Block], list[Block]]:
    """A page number set apart at the right of its entry (a block of digits alone) read at the
    end of the entry whose row it shares (of the blocks it overlaps down the page, the one it
    overlaps most; the later one on a tie); ``blocks`` and ``mine`` with those joined."""
    numbers = [b for b in mine if b.text.strip().isdigit()]
    rest = [b for b in mine if not b.text.strip().isdigit()]
    joined: dict[str, Block] = {}
    for n in numbers:
        best, row = None, 0.0
        for b in rest:
            overlap = min(n.box[3], b.box[3]) - max(n.box[1], b.box[1])
            if overlap > 0 and overlap >= row:
                best, row = b, overlap
        if best is None:
            return blocks, mine               # a number on a row of its own: left as it was
        base = joined.get(best.id, best)
        joined[best.id] = replace(base, text=f"{base.text.strip()} {n.text.strip()}")
    if not joined:
        return blocks, mine
    gone = {n.id for n in numbers}
    return ([joined.get(b.id, b) for b in blocks if b.id not in gone],
            [joined.get(b.id, b) for b in mine if b.id not in gone])


def _entries(blocks: list[Block], mine: list[Block], lang: str) -> tuple[Entry, ...]:
    """The entries of one language of a contents page the split stage labelled: where most
    print the page they point to (apart from the entry, :func:`_page_numbers_joined`), the
    lines without one are rubrics read with the entry below them (``page_entries``); else
    every block is an entry (OCR lost the page numbers)."""
    blocks, mine = _page_numbers_joined(blocks, mine)
    run = numbered_run(mine, lang)
    if run is not None:
        return tuple(run)
    parsed = [parse_entry(b, lang) for b in mine]
    numbered = [k for k, e in enumerate(parsed) if e.page is not None]
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
    letters = fuzz.token_set_ratio(strip_diacritics(vi.text).lower(), en.text.lower()) / 100
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
