"""Boxes drawn on the page: text inside a frame or a tint that belongs to no article.

A readers' question-and-answer box, a sidebar, a notice or a paid box is set in the
articles' own type, so nothing in its words tells it from an article's text; the page tells
it by drawing around it: a thin frame, or a light tint behind it, often under a dark bar
with its rubric in white (``HỎI - ĐÁP`` / ``READERS ASK``), the bar the articles open under
too. Extract records those shapes on text-layer pages (``Page.drawings``); scanned pages
have none, and this pass leaves them as they are.

A panel (a frame, or a fill too light to carry white lettering) holding text is a box of no
article, every block in it a note (``aside``), unless an article shows in it or right over
it: a title or a section rubric in it (an article set in a box), a title just above it
(the boxed intro of the article it heads), or it is a text cell of a chequerboard, photos
and tinted cells of one size alternating on a lattice (``lattices``); or it is a photo's
panel: only captions in it, a photo credit, or a photo around it (a caption's panel laid over
its corner). A panel that
is a form to fill in (answer lines drawn after labels, tick boxes: ``drawn_forms``) is a box
of no article whatever it holds: its heading, bold capitals, reads as a title. A dark bar
just over such a box, or across its top, heads the box: its lettering is the box's rubric,
no article's section, and goes with it. A dark bar over an article's
title is that article's section rubric, whatever the look of its lettering made it (set
small, flush left or right on its row, it reads as a byline or a body line). Sizes are the
page's own body size's multiples. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box, across, within
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.split.drawn_forms import REASON as FORM_REASON
from magpipe.split.drawn_forms import is_form
from magpipe.split.lattices import in_text_cell, lattice
from magpipe.split.roles import WORD, Facts, PageFacts, has_credit
from magpipe.split.title_lines import first_line_of
from magpipe.text.headings import in_capitals

log = logging.getLogger(__name__)

DARK = 0.5          # shade (0 black, 1 white): a fill darker than this carries light lettering
                    # (a bar); a lighter one is a tint under dark text (a panel)
BAR_HEIGHT = 4.0    # x body size: the tallest bar (a rubric's line with its padding)
BAR_ASPECT = 4.0    # a bar is at least this many times as wide as it is high (a band)
PANEL_HEIGHT = 2.0  # x body size: the lowest panel that can hold a box's text (a line or two)
REACH = 0.5         # x body size: how far a block's glyphs may stand out of its panel
HEAD_GAP = 1.0      # x body size: a bar this close over a panel's top heads it
TITLE_GAP = 2.5     # x body size: a title this close over a panel heads the text in it
ACROSS = 0.5        # share of a panel's width a bar heading it spans at least
KICKER_WORDS = 4    # most words of a box story's kicker (BẠN CÓ BIẾT?, A CLOSER LOOK)
TITLE_WORDS = 3     # fewest words of a box story's title (its kicker is a word or four)
STACK_GAP = 1.0     # x body size: the most white between a kicker and its title, a title's
                    # lines, and a title and the text under it
EDGE = 1.0          # x body size: how far the left edges of a box story's head and text differ

RUBRIC_REASON = "lettering of a dark bar over an article's title: its section rubric"
REASON = "in a drawn box (frame or tint) holding no article's head: a box of no article"
BAR_REASON = "lettering of the bar heading a drawn box of no article"
BOX_STORY_REASON = "a kicker, title or text of a story set in a drawn box (boxed_heads)"
# what a box of no article never holds: an article's head (an article set in a box), a
# section rubric on a tinted band. (An intro may: a box's first answer set apart reads as
# one; an article's boxed intro sits under its title, ``_titled``.)
_ARTICLE_HEADS = frozenset({Role.TITLE, Role.SECTION})
# what a photo's panel holds: a panel of only these is no box of text
_PHOTO_TEXT = frozenset({Role.CAPTION, Role.CREDIT})
# roles a bar's lettering may have been given by its look (set small, flush left or right on
# its row, like a body line, a byline or a label) or as a note, that a bar over a title makes
# the article's rubric
_RUBRIC_LIKE = frozenset({Role.BODY, Role.BYLINE, Role.LABEL, Role.ASIDE})
# roles left as they are: the page's furniture and specks, and notes already
_KEEP = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER, Role.ASIDE, Role.CONTENTS,
                   Role.JUMP})


def _height(box: Box) -> float:
    return box[3] - box[1]


def _width(box: Box) -> float:
    return box[2] - box[0]


def _is_bar(d: Drawing, body: float) -> bool:
    return d.kind == DrawingKind.FILL and d.shade < DARK and \
        _height(d.box) <= BAR_HEIGHT * body and _width(d.box) >= BAR_ASPECT * _height(d.box)


def _is_panel(d: Drawing, body: float) -> bool:
    return (d.kind == DrawingKind.FRAME or (d.kind == DrawingKind.FILL and d.shade >= DARK)) \
        and _height(d.box) >= PANEL_HEIGHT * body


def panels(drawings: tuple[Drawing, ...], body: float) -> tuple[Box, ...]:
    """The drawn panels (frames, light tints) tall enough to hold a box's text."""
    return tuple(d.box for d in drawings if _is_panel(d, body))


def in_panel(box: Box, panel: Box, body: float) -> bool:
    """The block lies in the panel, its glyphs standing out of it by ``REACH`` at most."""
    return within(box, panel, REACH * body)


def _centre_in(box: Box, shape: Box) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return shape[0] <= x <= shape[2] and shape[1] <= y <= shape[3]


def _heads(bar: Box, panel: Box, body: float) -> bool:
    """The bar lies just over the panel's top, or across it, spanning much of its width."""
    return across(bar, panel) >= ACROSS * _width(panel) and \
        panel[1] - HEAD_GAP * body <= bar[3] <= panel[1] + BAR_HEIGHT * body


def _titled(panel: Box, roles: list[str], facts: list[Facts], body: float) -> bool:
    """A title sits just over the panel, over its text: the panel is that article's."""
    return any(roles[k] == Role.TITLE and across(f.box, panel) > 0
               and panel[1] - TITLE_GAP * body <= f.box[3] <= panel[1] + REACH * body
               for k, f in enumerate(facts))


def _over_title(bar: Box, roles: list[str], facts: list[Facts], body: float) -> bool:
    """A title starts just under the bar, under its width: the bar opens that article."""
    return any(roles[k] == Role.TITLE and across(f.box, bar) > 0
               and bar[3] - REACH * body <= f.box[1] <= bar[3] + BAR_HEIGHT * body
               for k, f in enumerate(facts))


def _rubrics(out: list[str], why: list[str], facts: list[Facts], bars: list[Box],
             body: float) -> None:
    """The one-line lettering of a dark bar over an article's title (``_over_title``) is its
    section rubric (``section``), whatever its look made it; changed in place."""
    for bar in bars:
        if not _over_title(bar, out, facts, body):
            continue
        for k, f in enumerate(facts):
            if out[k] in _RUBRIC_LIKE and f.lines == 1 and _centre_in(f.box, bar):
                log.debug("%s (was %s): %r", RUBRIC_REASON, out[k], f.text[:40])
                out[k], why[k] = Role.SECTION, RUBRIC_REASON


def _photos(panel: Box, members: list[int], facts: list[Facts],
            images: tuple[Box, ...]) -> bool:
    """A photo's panel: laid over a photo (inside its box: a caption's panel on its corner), or
    holding a photo credit (a caption's panel beside its photos, whatever its text's look)."""
    return any(within(panel, image) for image in images) or \
        any(has_credit(facts[k].text) for k in members)


def _bold_caps(f: Facts) -> bool:
    return f.bold and in_capitals(f.text) and bool(WORD.search(f.text))


def _right_under(upper: Facts, lower: Facts, body: float) -> bool:
    """``lower`` starts right under ``upper`` (``STACK_GAP``), on its left edge (``EDGE``)."""
    return -REACH * body <= lower.box[1] - upper.box[3] <= STACK_GAP * body and \
        abs(lower.box[0] - upper.box[0]) <= EDGE * body


def _signed(last: Facts, f: Facts, body: float) -> bool:
    """``f`` is one line right under ``last`` on its right edge, short of its left one."""
    return f.lines == 1 and -REACH * body <= f.box[1] - last.box[3] <= STACK_GAP * body and \
        abs(f.box[2] - last.box[2]) <= EDGE * body and f.box[0] - last.box[0] > EDGE * body


def boxed_heads(members: list[int], facts: list[Facts], body: float
                ) -> list[tuple[int, list[int], list[int], list[int]]]:
    """The box stories in a panel's blocks ``members`` (in reading order): each one's kicker,
    the blocks of the title under it, the running text under that title and the byline under
    that text (see the module's doc). A kicker is one line of bold capitals, a few words, set
    smaller than the title or narrower than its lines (``title_lines.first_line_of``)."""
    found: list[tuple[int, list[int], list[int], list[int]]] = []
    for k in members:
        f = facts[k]
        if f.lines != 1 or not _bold_caps(f) or len(WORD.findall(f.text)) > KICKER_WORDS \
                or any(_bold_caps(facts[j]) and _right_under(facts[j], f, body)
                       for j in members if j != k):
            continue        # (a title's last line, under its other lines, is no kicker)
        title: list[int] = []
        last = f
        while (nxt := next((j for j in members if j not in title and j != k
                            and _bold_caps(facts[j]) and _right_under(last, facts[j], body)),
                           None)) is not None:
            title.append(nxt)
            last = facts[nxt]
        if not title or sum(len(WORD.findall(facts[j].text)) for j in title) < TITLE_WORDS \
                or first_line_of(f.box, f.size, facts[title[0]].box, facts[title[0]].size):
            continue
        text: list[int] = []
        while (nxt := next((j for j in members if j not in text and not facts[j].bold
                            and _right_under(last, facts[j], body)), None)) is not None:
            text.append(nxt)
            last = facts[nxt]
        if not text:
            continue
        # (a signature under the text, on its right edge: the box story's byline)
        found.append((k, title, text, [j for j in members if j not in text
                                       and _bold_caps(facts[j]) and _signed(last, facts[j], body)]))
    return found


def _box_stories(out: list[str], why: list[str], members: list[int], facts: list[Facts],
                 body: float) -> None:
    """The roles of the box stories' heads and text in a panel (``boxed_heads``), changed in
    place."""
    for kicker, title, text, byline in boxed_heads(members, facts, body):
        for ks, role in (([kicker], Role.SECTION), (title, Role.TITLE), (text, Role.BODY),
                         (byline, Role.BYLINE)):
            for k in ks:
                if out[k] != role and out[k] not in _KEEP - {Role.ASIDE}:
                    log.debug("%s of a box story (was %s): %r", role, out[k], facts[k].text[:40])
                    out[k], why[k] = role, BOX_STORY_REASON


def drawn_boxes(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                drawings: tuple[Drawing, ...], images: tuple[Box, ...] = (),
                drawn: tuple[Box, ...] | None = None) -> tuple[list[str], list[str]]:
    """Every block in a drawn panel that holds no article (see the module's docstring), and
    the lettering of a bar heading it, is an ``aside`` with ``REASON`` (``BAR_REASON``).
    ``drawn``: the page's ``panels`` when the caller found them already."""
    out, why = list(roles), list(reasons)
    body = page.body_size
    if not drawings or body <= 0:
        return out, why
    bars = [d.box for d in drawings if _is_bar(d, body)]
    on_bars = {k for k, f in enumerate(facts) if any(_centre_in(f.box, bar) for bar in bars)}
    drawn = panels(drawings, body) if drawn is None else drawn
    grid = lattice(images, drawn, body)     # (text cells alternating with photos: lattices)
    for panel in drawn:
        members = [k for k, f in enumerate(facts) if in_panel(f.box, panel, body)
                   and roles[k] not in (Role.HEADER, Role.PAGE_NUMBER, Role.OTHER)]
        if not members or all(roles[k] in _PHOTO_TEXT for k in members) or \
                _photos(panel, members, facts, images):
            continue
        if in_text_cell(panel, grid, body):
            log.debug("drawn panel a text cell of a lattice with photos: the article's: %r",
                      facts[members[0]].text[:40])
            continue
        # (a form to fill in: its heading, read as a title, heads no article)
        form = is_form(panel, members, facts, drawings, body)
        if not form:
            _box_stories(out, why, members, facts, body)      # (a story of its own in the box)
        # (a bar across the panel's top: its lettering is the box's rubric, not a head)
        heads = [k for k in members if out[k] in _ARTICLE_HEADS and k not in on_bars]
        if heads and not form:
            log.debug("drawn panel holding an article's %s: no box of its own: %r",
                      roles[heads[0]], facts[heads[0]].text[:40])
            continue
        if not form and _titled(panel, roles, facts, body):
            log.debug("drawn panel under a title: that article's: %r",
                      facts[members[0]].text[:40])
            continue
        headed = [bar for bar in bars if _heads(bar, panel, body)]
        lettering = [k for k, f in enumerate(facts) if roles[k] not in _KEEP
                     and any(_centre_in(f.box, bar) for bar in headed)]
        for k in members:
            if roles[k] not in _KEEP:
                out[k], why[k] = Role.ASIDE, FORM_REASON if form else REASON
        for k in lettering:
            out[k], why[k] = Role.ASIDE, BAR_REASON
        log.debug("drawn box of no article (%d blocks, %s): %r", len(members),
                  "under its own bar" if headed else "no bar", facts[members[0]].text[:40])
    _rubrics(out, why, facts, bars, body)
    return out, why
