"""Classified adverts: a band or column of short paid notices beside the articles, no article's.

A community weekly keeps part of every page for small adverts in both languages (a band
across the page's foot in four or five columns, or a column down one side): a bar over them
(``RAO VẶT`` / ``CLASSIFIEDS``, white on a dark ground), category headings, and the adverts,
each its Vietnamese over its English, a few lines long, most ending in a telephone number. The
articles' text stops over the band or beside the column and goes on at the next page's head.
A scan loses the bar (white letters on a dark ground read as junk), and the role rules read
the adverts as paragraphs, captions or headings; what tells them on any page is what they hold
and how they stack:

* an advert names a telephone number (``magpipe.text.phones``); an article's paragraph
  rarely does, and never one block after another;
* a stack of blocks (each over the next, overlapping in x) of short items: an advert's half,
  a heading, a line cut off an advert; an article's paragraphs run longer;
* both languages in the stack, ``PHONES`` numbered blocks at least, one in ``SHARE`` of its
  blocks.

From each numbered block the stack is followed up and down its column while the next block
is short (at most ``ITEM_LINES`` lines, or numbered), and stops at the first that is not, at
a gap wider than ``GAP`` body sizes (the space, rule and bar between the articles' text and
the band; a scan shows no bar), at a rule or bar drawn across the column and far wider than it
(a text layer's: the band's rule, its bar's ground; a byline or a short last paragraph right
over the band stays the article's), at roman text set at the page's body size in a text layer
(adverts are set smaller, their headings bold), or past the lines set far larger than the
body at its head (the bar's words, taken into the stack). Every block of such a stack is a
note of no article (``aside``, as the generator's ``ad`` is scored); the page's furniture and
OCR junk keep their roles.

The band's columns mislead the page's geometry as a graphic's labels do: the articles' text
over the band, in columns of its own that straddle the adverts' (a story's run-on at the head
of the next page), is found in no one column and read as a lead spanning them. On a page with
adverts found, a block read as an intro for spanning the columns (not for its weight) that
stands level with running text as wide as it beside it, in one column found, is a column of
text (``graphics.twin_columns``; classifieds-3 of seed 4100: the English run-on at page 2's
head, which the adverts' bold first lines, read as a graphic's labels, had put right by
chance until they were run on into their adverts). The other language's lead beside a lead,
as wide and spanning too, makes no column of it (classifieds-1 of seed 4200). Pure logic,
no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.split.graphics import twin_columns
from magpipe.split.langid import classify
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.phones import phone_numbers

log = logging.getLogger(__name__)

REASON = "a stack of short notices with telephone numbers in both languages (classified ads)"
TWIN_REASON = "a column of text level with its twin beside it, over the adverts (no lead)"
ITEM_LINES = 4      # most lines of a block without a number in the stack (an advert's half in
                    # a narrow column wraps to three or four lines; paragraphs run longer)
NUMBERED_LINES = 8  # most lines of a numbered block (an advert's two halves read as one)
PHONES = 3          # fewest numbered blocks of a stack (a paragraph may quote one number)
SHARE = 0.25        # fewest numbered blocks of a stack, a share of its blocks
GAP = 4.5           # x body size: a wider gap ends the stack (adverts stand 1-3 body sizes
                    # apart, framed or between hairlines; the band's rule and bar take more)
BAR = 1.3           # x body size: a line this much larger heads the stack (its bar; text
                    # layers only: a scan loses the bar, and OCR's boxes of capitals with
                    # marks, a category heading's, stand this much taller than the body's)
BODY_TYPE = 0.04    # relative: text-layer text this close to the body's size is an article's
DIVIDER = 2.0       # x the column's width: a rule or bar drawn between two blocks and this much
                    # wider ends the stack (the band's; an advert's hairline or frame is the
                    # column's own width)
OVERLAP = 0.5       # share of the narrower block's width two blocks of one column share
# roles the stack leaves as they are: furniture and OCR's junk (it follows a running head down
# its column: a category heading repeated on every page is read as one)
_KEEP = frozenset({Role.OTHER, Role.HEADER, Role.PAGE_NUMBER})
# roles the stack steps over: OCR's junk (a speck's box, the bar's white letters misread) and
# the page's number
_UNFOLLOWED = frozenset({Role.OTHER, Role.PAGE_NUMBER})


def _numbered(f: Facts) -> bool:
    return phone_numbers(f.text) > 0 and f.lines <= NUMBERED_LINES


def _item(f: Facts, page: PageFacts) -> bool:
    """``f`` may stand in a stack of adverts: short or numbered, and in a text layer not set
    at the body's own size in roman (an article's lines)."""
    if _numbered(f):
        return True
    if f.lines > ITEM_LINES:
        return False
    body_type = f.font > 0 and page.body_font > 0 and not f.bold \
        and abs(f.font - page.body_font) <= BODY_TYPE * page.body_font
    return not body_type


def _next(span: tuple[float, float], k: int, cands: list[int], facts: list[Facts], up: bool
          ) -> int | None:
    """The block of ``cands`` right over (``up``) or under block ``k`` in the stack's column
    (``span``: the x range of the stack's blocks so far; a bar's words stand at one side of
    it, over the next column's narrow heading)."""
    a = facts[k].box
    best: int | None = None
    for j in cands:
        b = facts[j].box
        shared = min(span[1], b[2]) - max(span[0], b[0])
        if j == k or shared <= OVERLAP * min(span[1] - span[0], b[2] - b[0]):
            continue
        if up and b[1] < a[1] and b[3] < a[3] and (best is None or b[3] > facts[best].box[3]):
            best = j            # (boxes OCR reads a little too tall may overlap)
        elif not up and b[1] > a[1] and b[3] > a[3] and (
                best is None or b[1] < facts[best].box[1]):
            best = j
    return best


def _divided(a: Box, b: Box, span: tuple[float, float], drawings: tuple[Drawing, ...]
             ) -> bool:
    """A rule or a bar is drawn between box ``a`` and box ``b`` under it, across the stack's
    column and far wider than it (the rule over a band of adverts, its bar's ground)."""
    wide = DIVIDER * (span[1] - span[0])
    return any(d.kind != DrawingKind.FRAME and d.box[1] >= a[3] - 1 and d.box[3] <= b[1] + 1
               and d.box[0] <= span[0] + 1 and d.box[2] >= span[1] - 1
               and d.box[2] - d.box[0] > wide for d in drawings)


def _stack(k: int, cands: list[int], facts: list[Facts], page: PageFacts,
           drawings: tuple[Drawing, ...]) -> list[int]:
    """The blocks of the stack of adverts through numbered block ``k`` (``k`` included)."""
    body = page.body_size
    stack = [k]
    for up in (True, False):
        cur, bar = k, False
        while (j := _next(span := _span(stack, facts), cur, cands, facts, up)) is not None:
            a, b = (facts[j], facts[cur]) if up else (facts[cur], facts[j])
            if b.box[1] - a.box[3] > GAP * body or _divided(a.box, b.box, span, drawings):
                break
            f = facts[j]
            large = page.exact and f.size > BAR * body and f.lines <= 2
            if large and not up:
                break
            if (bar and not large) or not (large or _item(f, page)):
                break               # (over the bar: its other line only)
            stack.append(j)
            cur, bar = j, bar or large
    return stack


def _span(stack: list[int], facts: list[Facts]) -> tuple[float, float]:
    return min(facts[j].box[0] for j in stack), max(facts[j].box[2] for j in stack)


def classified_ads(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                   drawings: tuple[Drawing, ...] = ()) -> tuple[list[str], list[str]]:
    """Every block of a stack of adverts (``_stack``) that holds enough telephone numbers in
    both languages is an ``aside``, with ``REASON`` as its reason; on a page with adverts, an
    intro read for spanning columns beside a column of text as wide is ``body`` (module doc)."""
    cands = [k for k in range(len(facts)) if roles[k] not in _UNFOLLOWED]
    out, why = list(roles), list(reasons)
    done: set[int] = set()
    found = False
    for k in cands:
        if k in done or roles[k] in _KEEP or not _numbered(facts[k]):
            continue
        stack = _stack(k, cands, facts, page, drawings)
        done.update(stack)
        numbered = sum(_numbered(facts[j]) for j in stack)
        langs = {classify(facts[j].text)[0] for j in stack}
        if numbered < max(PHONES, SHARE * len(stack)) or not {Lang.VI, Lang.EN} <= langs:
            continue
        log.debug("classified adverts through %r: %d blocks", facts[k].text[:40], len(stack))
        found = True
        for j in stack:
            if out[j] not in _KEEP and out[j] != Role.ASIDE:
                out[j], why[j] = Role.ASIDE, REASON
    for j in twin_columns(out, facts, placed=True) if found else ():
        log.debug("%s: %r", TWIN_REASON, facts[j].text[:50])
        out[j], why[j] = Role.BODY, TWIN_REASON
    return out, why
