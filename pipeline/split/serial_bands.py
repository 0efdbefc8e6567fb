"""A band of the page set apart that recurs at the same place on the next or the previous page:
a stream of text of its own, going on in the next page's band, not in the page's main part.

Magazines and newspapers run a serial novel, a "continued" column or a news ticker along the
foot (or the head) of their pages for several pages while the features run in the main part:
two articles then go on from page to page at once, each in its own part of every page. The
band is set apart by its ground (a light tint across the text width) or by a rule across the
text width, and it recurs at the same place on the following pages. Read as one page, the
band's paragraphs span the main part's columns (its own column grid is wider), so the role
rules take its text for a note under the columns (``Role.ASIDE``) or a lead, the page's
reading order may put the band between the main part's articles, and the links of paragraphs
broken across pages join the band's last paragraph to the main part's first one on the next
page.

``recurring_bands`` finds, on each text-layer page, the band (``Band``):

* a light fill (no darker than ``drawn_boxes.DARK``: a tint, not a bar behind light
  lettering; darker than ``TINT``: a white fill is no ground) spanning ``SPAN`` of the text
  width, holding ``BAND_LINES`` lines of running text or more (set at about the body's size,
  ``BODY_SIZE``), with ``LINES`` lines or more of them on one side of it (the main part) and
  fewer on the other (the page's edge: a running head or a page number); its inner edge,
  towards the main part, parts the page;
* or a rule spanning ``SPAN`` of the text width, no edge or row of a framed box or table,
  with ``LINES`` lines or more on each side of it: the side of less depth is the band, when
  it holds ``BAND_LINES`` (a running head's rule has one line over it, an article's heads
  over their rule a rubric and a byline);
* on a scan, which records no drawings, a row of white alone (``_white_rows``);

and keeps it where the previous or the next page has a band of the same kind at the same edge
whose inner edge lies at the same height (within ``SAME_PLACE`` body sizes, ``SAME_WHITE`` on
a scan): the recurrence tells a stream from a box or a rule that parts two articles on one
page.

``band_roles`` reads the band's text as an article's: the notes the page's rules made of it by
its place alone (a paragraph spanning the main part's columns, ``heads.intros_below_columns``;
text in a tinted panel under no title of its own, ``drawn_boxes``) are body text, and a line
among them set as a signature (``article_feet.signatures``: flush right under the text) a
byline; notes told by what they say (a band of classified adverts) stay notes. The main
part's text taken for a note under the columns because the band's columns, narrower than its
own, stand over it (``heads.intros_below_columns``) is body text too: the page has two column
grids, one a part.
``in_band`` then reads the band as the stream it is: its leads but the first paragraph under a
title of the band are body text (a lead opens an article: the band's text under no title of
it goes on from the previous page), and its blocks are read together, after the main part's
(a band at the foot) or before them (at the head).
``band_ids`` names the band's blocks for the links of broken paragraphs
(``continuation.link``: each stream links to its own part of the next page). Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Block, Role
from magpipe.artifacts.pages import OCR_SOURCES, DrawingKind, Page
from magpipe.split.article_feet import signatures
from magpipe.split.drawn_boxes import DARK
from magpipe.split.drawn_boxes import REASON as BOX_REASON
from magpipe.split.heads import BELOW_REASON
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

SPAN = 0.9          # share of the page's text width a band's tint or rule spans at least
LINES = 3           # lines of text on each side of the band's edge, at least (a running head's
                    # rule has one line over it, a page number's none under it)
SAME_PLACE = 0.25   # x body size: how far a drawn band's inner edge may stand from the one of
                    # the next or previous page's band (drawn at the same place: a page's own
                    # rules and boxes land a line or so apart)
SAME_WHITE = 1.0    # x body size: the same for a scan's white row (its lines' edges as OCR
                    # read them, the page shifted a little on the glass)
BODY_SIZE = 0.25    # share of the body size a line of running text stands from it at most (a
                    # lead set a little larger is text; a title, set far larger, is none)
BAND_LINES = 5      # lines of running text in a band, at least: a stream runs paragraphs (an
                    # article's heads over a rule, a rubric and a byline, hold a line or two)
TINT = 0.98         # shade: a band's tint is darker than this (a white fill is no ground)
WHITE = 1.5         # x body size: a scanned page's white row across the text width this high
                    # at least parts a band (a paragraph's space is under one, a band's two)
REACH = 0.5         # x body size: how far a line's glyphs may stand out of a tint and be in it

# the page's own furniture at its edges, in no band's stream (a band's notes are its text)
_EDGES = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER, Role.JUMP})

REASON = "text of a band recurring at the same place on the next or previous page: a stream"

HEAD = "head"
FOOT = "foot"


@dataclass(frozen=True)
class Band:
    """A page's band: at the page's ``edge`` (``HEAD`` or ``FOOT``), parted from the main part
    at the height ``inner`` (points from the page's top)."""

    edge: str
    inner: float
    kind: DrawingKind | None        # what parts it: a tint, a rule, or white alone (a scan)

    def holds(self, box: Box) -> bool:
        """The box's middle lies on the band's side of its inner edge."""
        middle = (box[1] + box[3]) / 2
        return middle < self.inner if self.edge == HEAD else middle > self.inner


def _lines(page: Page, body: float | None = None) -> list[Box]:
    """The page's text lines (``Word.line``; words with a letter or digit): their boxes; with
    ``body``, only lines of running text (set at the body's size, within ``BODY_SIZE``: no
    title, running head or page number)."""
    grouped: dict[int, list[Box]] = {}
    for w in page.words:
        if any(c.isalnum() for c in w.text) and (
                body is None or abs(w.size - body) <= BODY_SIZE * body):
            grouped.setdefault(w.line, []).append(w.box)
    return [(min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs),
             max(b[3] for b in bs)) for bs in grouped.values()]


def _candidates(page: Page, body: float) -> list[Band]:
    """The page's bands by its own drawings (see the module), before their recurrence is
    asked (a title's rule across the page is one too, until then)."""
    lines = _lines(page, body)
    found: list[Band] = []
    if len(lines) < 2 * LINES:
        return found
    left, right = min(b[0] for b in lines), max(b[2] for b in lines)
    width = right - left
    for d in page.drawings:
        x0, y0, x1, y1 = d.box
        if min(x1, right) - max(x0, left) < SPAN * width:
            continue
        if d.kind == DrawingKind.FILL and DARK <= d.shade < TINT:
            inside = sum(1 for b in lines
                         if b[1] >= y0 - REACH * body and b[3] <= y1 + REACH * body)
            above = sum(1 for b in lines if b[3] <= y0 + REACH * body)
            below = sum(1 for b in lines if b[1] >= y1 - REACH * body)
            if inside < BAND_LINES:
                continue
            if above >= LINES > below:
                found.append(Band(FOOT, y0, d.kind))
            elif below >= LINES > above:
                found.append(Band(HEAD, y1, d.kind))
        elif d.kind == DrawingKind.RULE and not any(
                f.kind == DrawingKind.FRAME and f.box[1] - REACH * body <= y0
                and y1 <= f.box[3] + REACH * body for f in page.drawings):
            band = _parted(lines, (y0 + y1) / 2, d.kind)   # (a table's or box's rule: none)
            if band is not None:
                found.append(band)
    return found


def _parted(lines: list[Box], middle: float, kind: DrawingKind | None) -> Band | None:
    """The band parted from the main part at the height ``middle`` (a rule's, or a white
    row's), when ``LINES`` lines or more stand on each side of it: the side of less depth."""
    above = [b for b in lines if b[3] <= middle]
    below = [b for b in lines if b[1] >= middle]
    if len(above) < LINES or len(below) < LINES:
        return None
    top = min(b[1] for b in above)
    foot = max(b[3] for b in below)
    head = middle - top < foot - middle
    if len(above if head else below) < BAND_LINES:
        return None
    return Band(HEAD, middle, kind) if head else Band(FOOT, middle, kind)


def _white_rows(page: Page, body: float) -> list[Band]:
    """A scanned page's bands by the white alone (a scan records no drawings: its tint or
    rule is in the image): rows of white across the text width ``WHITE`` body sizes high or
    more, no line and no photo crossing them (the white beside a photo is no parting), with
    ``LINES`` lines or more on each side."""
    lines = sorted(_lines(page), key=lambda b: b[1])
    found: list[Band] = []
    reach = lines[0][3] if lines else 0.0
    for b in lines[1:]:
        if b[1] - reach >= WHITE * body and not any(
                photo[1] < b[1] and photo[3] > reach for photo in page.images):
            band = _parted(lines, (reach + b[1]) / 2, None)
            if band is not None:
                found.append(band)
        reach = max(reach, b[3])
    return found


def recurring_bands(pages: list[Page], bodies: list[float]) -> dict[int, Band]:
    """The band of each page that has one recurring on the next or the previous page (page
    number -> band; ``bodies``: each page's body size)."""
    found = [_candidates(p, body) if p.drawings else
             _white_rows(p, body) if p.source in OCR_SOURCES else []
             for p, body in zip(pages, bodies, strict=True)]
    bands: dict[int, Band] = {}
    for k, page in enumerate(pages):
        near = [o for j in (k - 1, k + 1) if 0 <= j < len(found) for o in found[j]]
        band = next((b for b in found[k] if any(
            o.edge == b.edge and o.kind == b.kind and abs(o.inner - b.inner)
            <= (SAME_WHITE if b.kind is None else SAME_PLACE) * bodies[k] for o in near)), None)
        if band is not None:
            bands[page.number] = band
            log.debug("page %d: a band at its %s recurring on the next or previous page, "
                      "parted at %.0f (%s): a stream of its own", page.number, band.edge,
                      band.inner, band.kind)
    return bands


def band_ids(blocks: list[Block], band: Band | None) -> frozenset[str]:
    """The ids of the page's blocks of text in its band."""
    if band is None:
        return frozenset()
    return frozenset(b.id for b in blocks if b.role not in _EDGES and band.holds(b.box))


def band_roles(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
               band: Band | None) -> tuple[list[str], list[str]]:
    """The roles of the page's paragraphs with its band's notes read as its text, and its
    signatures as bylines (see the module)."""
    if band is None:
        return roles, reasons
    inside = [band.holds(f.box) for f in facts]
    out = [Role.BODY if r == Role.ASIDE and (why == BELOW_REASON or k and why == BOX_REASON)
           else r for r, k, why in zip(roles, inside, reasons, strict=True)]
    signed = signatures(out, facts, page)
    out = [s if k else r for r, s, k in zip(out, signed, inside, strict=True)]
    why = list(reasons)
    for k, (old, new) in enumerate(zip(roles, out, strict=True)):
        if old != new:
            why[k] = REASON
            log.debug("in the page's band, %s read as %s: %r", old, new, facts[k].text[:40])
    return out, why


def in_band(blocks: list[Block], regions: list[int], band: Band | None
            ) -> tuple[list[Block], list[int], frozenset[str]]:
    """The page's blocks with its band read as a stream of its own (see the module): its notes
    are body text, a second lead of a language body text, and its blocks read together after
    the main part's (a band at the foot) or before them (at the head); and the band's blocks
    (``band_ids``: a lead read as body text is still one of them)."""
    if band is None:
        return blocks, regions, frozenset()
    inside = band_ids(blocks, band)
    headed: set[str] = set()        # languages whose title in the band has no lead under it yet
    out: list[Block] = []
    for b in blocks:
        if b.id in inside:
            if b.role == Role.INTRO and b.lang not in headed:
                log.debug("in the page's band, a lead under no title read as body: %r",
                          b.text[:40])
                b = replace(b, role=Role.BODY)
            if b.role == Role.TITLE:
                headed.add(b.lang)
            elif b.role in (Role.INTRO, Role.BODY):
                headed.discard(b.lang)
        out.append(b)
    order = sorted(range(len(out)), key=lambda k: (out[k].id in inside) == (band.edge == FOOT))
    return [out[k] for k in order], [regions[k] for k in order], inside
