"""Part dividers: the head and blurb that open a part of a report, of no article.

Annual reports, yearbooks and catalogues group their articles in parts and open each part
with a divider: the part's number and name in each language and a short blurb, on a page of
its own or in a band across the text over the first article's head, on a tint or in a frame.
The role rules read the divider's name as a title and its blurb as that title's text, so the
divider becomes an article (or the blurb the first paragraphs of the article under it).
What tells a divider from an article is where it stands and what follows it:

* it is a head (a title, perhaps numbered lines over it) and a short text only: each text
  block a few lines (``BLURB_LINES``), at most ``BLURBS`` of them in each language, no
  byline, caption or credit (an article ends signed, or runs on in columns);
* right after it in reading order (the page's furniture passed over) comes another article's
  whole head, a title in each language followed by that article's text;
* and the page sets it apart from that head, by one of:
  - a drawn panel (a frame, a light tint: ``drawn_boxes.panels``) holding it and nothing
    else, the head under the panel (within ``UNDER`` body sizes) or opening the next page;
  - a page of its own (the head opening the next page) whose text is set ``LARGER`` times
    the document's body or more (the median of its other pages' body sizes): a page with no
    column text at the body's size (OCR measures box heights, the same way on every page);
  - on a scan, where nothing drawn reaches the split stage, the page may have kept out one
    half of a band already, held in from its column's edges (``framed``: the head and the
    Vietnamese blurb), and left the other language's blurb beside it: a short text right
    before the head, each block level with a note of the other language beside it (tops
    within ``LEVEL`` body sizes, as many lines give or take ``LINES``), is that box's other
    half (``box_twins`` pairs whole runs of a box so; here the run's twin is its last block).

The head and short text over another head are not enough alone: on the development draws
(seed 1600, the start's roles) that shape is a short article over the next one on seven
born-digital pages (a calendar's, an interview table's, a fact box's story), set in columns
at the body's size with no panel of its own. A short article or a brief (a title and a
paragraph a language) is signed, shares its page with other text, or is set at the body's
size on a page of its own with no panel around it; an article's boxed intro lies in its
panel under its title (``drawn_boxes._titled``), not over another head; a serial's
instalment in its strip goes on in the strip of the next page (``_stream_goes_on``). The
divider's blocks become ``Role.ASIDE`` (text of no article). ``dividers`` gives their ids and
why; ``dividers_apart`` applies it to a document's pages.
Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import statistics

from magpipe.artifacts.base import Box, across
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang, Role
from magpipe.artifacts.pages import Page
from magpipe.split.drawn_boxes import in_panel, panels
from magpipe.split.no_article import block_lines, set_apart, title_runs

log = logging.getLogger(__name__)

BLURB_LINES = 8    # most lines of a divider's text block (a blurb of two or three sentences,
                   # set up to 1.5 times the body on a page of its own, beside its twin: 5)
BLURBS = 2         # most text blocks of a divider in each language (its blurb, cut in two)
LARGER = 1.2       # x the document's body: a page of its own set this large has no column
                   # text (dividers' pages set their blurbs 1.3-1.5 times the body, scanned or
                   # born-digital)
UNDER = 5.0        # x body size: the article's head starts this close under a divider's
                   # panel (a heavy rule and a gap between them: 2.5-3 sizes)
LEVEL = 1.0        # x body size: a blurb's tops stand this level with its twin's beside it
LINES = 1          # lines a blurb and its twin may differ by (the languages' lengths)

PANEL_REASON = "a part's head and blurb in a drawn panel of their own over an article's head"
PAGE_REASON = "a part's head and blurb alone on a page set larger than the document's body, " \
              "an article's head opening the next page"
HALF_REASON = "a part's blurb right over an article's head, level with its twin beside it in " \
              "a box of no article (the box's other half)"
# what a divider holds: its number and name (read as a rubric, a title), its blurb (read as
# an intro or body text)
_HEAD = frozenset({Role.TITLE, Role.SECTION})
_BLURB = frozenset({Role.INTRO, Role.BODY})


def looks_divider(run: list[Block], page: Page) -> bool:
    """``run`` is a head and a short text only (see the module)."""
    if not any(b.role == Role.TITLE for b in run) or \
            any(b.role not in _HEAD | _BLURB for b in run):
        return False
    blurbs = [b for b in run if b.role in _BLURB]
    return all(block_lines(b, page) <= BLURB_LINES for b in blurbs) and \
        all(sum(b.lang == lang for b in blurbs) <= BLURBS for lang in (Lang.VI, Lang.EN))


def _heads_at(seq: list[Block]) -> list[int]:
    """The indices in ``seq`` that open a whole head: a run of titles holding both languages,
    an article's text after it."""
    return [i for i, j in title_runs(seq) if {Lang.VI, Lang.EN} <= {b.lang for b in seq[i:j]}]


def _panel_of(run: list[Block], text: list[Block], page: Page, body: float) -> Box | None:
    """The drawn panel holding every block of ``run`` and no other of the page's ``text``."""
    for panel in panels(page.drawings, body):
        if all(in_panel(b.box, panel, body) == (b in run) for b in text):
            return panel
    return None


def _band(run: list[Block], text: list[Block], head: Block, page: Page, body: float
          ) -> list[Block]:
    """The last blocks of ``run`` (a page's text in reading order before ``head``) that a
    drawn panel right over the head holds, the panel holding no other text; none when no
    panel does."""
    for panel in panels(page.drawings, body):
        if not panel[3] - 1 <= head.box[1] <= panel[3] + UNDER * body:
            continue
        inside = [b for b in text if in_panel(b.box, panel, body)]
        if inside and inside == run[len(run) - len(inside):]:
            return inside
    return []


def _other_half(run: list[Block], blocks: list[Block], head: Block, page: Page, body: float
                ) -> bool:
    """Every block of ``run`` (a page's text before ``head``) is a short blurb level with a
    note (``aside``) of the other language beside it, over the head (see the module)."""
    notes = [b for b in blocks if b.role == Role.ASIDE and b.box[3] <= head.box[1]]

    def twin(b: Block, note: Block) -> bool:
        return note.lang not in (b.lang, Lang.UNKNOWN) and \
            abs(note.box[1] - b.box[1]) <= LEVEL * body and across(note.box, b.box) <= 0 and \
            abs(block_lines(note, page) - block_lines(b, page)) <= LINES

    return bool(run) and all(b.role in _BLURB and block_lines(b, page) <= BLURB_LINES
                             and any(twin(b, note) for note in notes) for b in run)


def _stream_goes_on(run: list[Block], streams: frozenset[str],
                    every: dict[int, list[Block]]) -> bool:
    """``run`` lies in a band that recurs from page to page (``streams``: its blocks,
    ``serial_bands``) and the band of the page before or after holds no head: a serial's
    instalment in its strip over the features' head, going on in the next page's strip, not
    a part's divider (dividers set as bands on pages that follow each other each hold their
    part's head)."""
    if not any(b.id in streams for b in run):
        return False
    number = run[0].page
    for other in (number - 1, number + 1):
        band = [b for b in every.get(other, []) if b.id in streams]
        if band and not any(b.role in _HEAD for b in band):
            return True
    return False


def dividers(per_page: list[tuple[Page, list[Block]]], body: dict[int, float],
             streams: frozenset[str] = frozenset()) -> dict[str, str]:
    """The ids of the blocks of the document's part dividers (see the module), each with why:
    ``per_page`` its pages with their blocks in reading order, ``body`` each page's body size
    by page number, ``streams`` the blocks of bands that recur from page to page
    (``_stream_goes_on``)."""
    pages = {page.number: page for page, _ in per_page}
    every = {page.number: blocks for page, blocks in per_page}
    seq = [b for _, blocks in per_page for b in blocks if b.role not in FURNITURE_ROLES]
    found: dict[str, str] = {}
    for i in _heads_at(seq):
        if i == 0:
            continue
        head = seq[i]
        before = seq[i - 1].page
        page, size = pages[before], body.get(before, 0.0)
        if size <= 0:
            continue
        text = [b for b in seq if b.page == before]
        run = [b for b in seq[:i] if b.page == before]
        if before == head.page and _other_half(run, every[before], head, page, size):
            found.update((b.id, HALF_REASON) for b in run)
            continue
        if before == head.page:       # a band over the head: its panel's blocks only
            run = _band(run, text, head, page, size)
            why = PANEL_REASON
        elif run != text:
            continue                  # (text after the run on its page: not a page of its own)
        elif any(b.page == head.page for b in seq[:i]):
            continue                  # (the head does not open its page)
        elif _panel_of(run, text, page, size) is not None:
            why = PANEL_REASON
        elif (others := [v for k, v in body.items() if k != before and v > 0]) and \
                size >= LARGER * statistics.median(others):
            why = PAGE_REASON
        else:
            continue
        if run and looks_divider(run, page):
            if _stream_goes_on(run, streams, every):
                log.info("page %d: a head and short text in a band going on next page: a "
                         "serial's, no divider: %r", before, run[0].text[:50])
                continue
            found.update((b.id, why) for b in run)
    return found


def dividers_apart(per_page: list[tuple[Page, list[Block], list[int]]], body: dict[int, float],
                   streams: frozenset[str] = frozenset()
                   ) -> list[tuple[Page, list[Block], list[int]]]:
    """``per_page`` (in reading order) with the blocks of its part dividers set as asides
    (``streams``: the blocks of recurring bands, ``_stream_goes_on``)."""
    return set_apart(per_page, dividers([(page, blocks) for page, blocks, _ in per_page], body,
                                        streams), log)
