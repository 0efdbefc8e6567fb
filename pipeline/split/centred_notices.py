"""A framed notice of no article: a box of centred lines, its own heading set like a title.

Newsletters and bulletins print a death notice, an announcement or an appeal between their
articles in a drawn frame narrower than the text: every line of it centred on the box's
axis (or, when the two languages stand side by side in it, on its own half's), a heading
(``TIN BUỒN`` / ``OBITUARY``) often in the articles' own title style, a name in capitals,
a few lines of dates and a signature. ``drawn_boxes`` leaves a panel holding a title alone,
since an article set in a box holds its title; this pass tells the notice apart by how its
lines are set: an article's text is justified (its paragraphs' last lines flush left, its
title flush left or over a justified intro), while every line of a notice is centred and
several of them are held in well clear of both edges of their measure. A notice is
narrower than the page's text (an article set in a box fills its columns' width).

The measures: the panel's blocks are grouped into stacks that share horizontal room (one
stack when the languages stand one over the other, one a half when they stand side by
side), and a stack's measure is the x range of its lines. A scan's frame never reaches this
stage (its shapes are pixels): there a run of blocks in reading order, every line centred,
is a notice when it shows more of a notice's setting (``RUN_BLOCKS``: several blocks, and
paragraphs of centred running text at the body's size, ragged on both sides, which an
article's centred head, its title set large over a byline or two, lacks). Sizes are the
page's own body size's multiples, widths shares of the page's text. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from magpipe.artifacts.base import Box, across
from magpipe.artifacts.layout import Role
from magpipe.split.drawn_boxes import in_panel
from magpipe.split.layout import Para
from magpipe.split.roles import Facts, PageFacts, has_credit

log = logging.getLogger(__name__)

CENTRED = 0.6      # x body size: a centred line's middle lies this close to its measure's axis
                   # (a trailing stop or an italic's slant shifts it a little)
HELD = 1.5         # x body size: a short line stays this far in from both edges of its measure
SHORT_LINES = 2    # fewest short centred lines of a notice (its heading and a name or a
                   # signature: a centred title alone over text is an article's head)
NARROW = 0.9       # share of the page's text width: a notice's frame is narrower than this
# on a scan, read from its text alone (no frame seen), a notice must show more of its setting
RUN_BLOCKS = 4     # fewest blocks of a notice read from its text alone
RAGGED = 2         # fewest paragraphs of centred running text in it
BODY_SET = 1.25    # x body size: running text is set no larger than this (a title is)
LEAD_GAP = 2.0     # x body size: text this close under a run (or a title this close over it)
                   # is an article's: the run is that article's centred head and intro (a
                   # notice's frame and its padding stand between it and the text around it)

REASON = "in a drawn frame narrower than the text, every line centred: a notice of no article"
TEXT_REASON = "a run of centred lines and centred running text on a scan: a notice of no article"
# roles the page's bands and specks keep (what a notice never holds)
_KEEP = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER})
# an article's heads: a drawn panel holding none was decided by ``drawn_boxes`` already
_HEADS = frozenset({Role.TITLE, Role.SECTION})

Span = tuple[float, float]


def line_spans(paras: Sequence[Para]) -> list[tuple[Span, ...]]:
    """Each block's lines' x ranges, top to bottom (their letters' range where measured)."""
    return [tuple(ln.core if ln.core[1] > ln.core[0] else (ln.box[0], ln.box[2])
                  for ln in p.lines) for p in paras]


def _stacks(members: list[int], facts: list[Facts]) -> list[list[int]]:
    """The members grouped by shared horizontal room (blocks one over another)."""
    groups: list[list[int]] = []
    for k in sorted(members, key=lambda j: facts[j].box[0]):
        box = facts[k].box
        joined = [g for g in groups if any(across(box, facts[j].box) > 0 for j in g)]
        merged = [k] + [j for g in joined for j in g]
        groups = [g for g in groups if g not in joined] + [merged]
    return groups


def _measure(stack: list[int], spans: list[tuple[Span, ...]]) -> Span:
    """The x range of a stack's lines."""
    lines = [s for k in stack for s in spans[k]]
    return min(a for a, _ in lines), max(b for _, b in lines)


def _held(line: Span, measure: Span, body: float) -> bool:
    """The line stays ``HELD`` body sizes in from both edges of its measure (a short line)."""
    return line[0] - measure[0] >= HELD * body and measure[1] - line[1] >= HELD * body


def _centred_on(group: list[int], measure: Span, spans: list[tuple[Span, ...]],
                body: float) -> bool:
    """Every line of the group is centred on the measure's axis."""
    axis = (measure[0] + measure[1]) / 2
    return all(abs((a + b) / 2 - axis) <= CENTRED * body for k in group for a, b in spans[k])


def _bridges(k: int, stack: list[int], facts: list[Facts]) -> bool:
    """Block ``k`` stands over two blocks of the stack that stand apart (side by side)."""
    under = [j for j in stack if j != k and across(facts[k].box, facts[j].box) > 0]
    return any(across(facts[i].box, facts[j].box) <= 0 for i in under for j in under)


def _groups(stack: list[int], facts: list[Facts], spans: list[tuple[Span, ...]],
            body: float) -> list[tuple[list[int], Span]] | None:
    """The stack's blocks grouped by the measure their lines are centred on: the stack's own,
    or, when a heading (or a signature) stands across two halves set side by side, the
    stack's for the blocks across and each half's for its blocks; None when some line is
    centred on none (a flush-left title, a justified paragraph's last line)."""
    whole = _measure(stack, spans)
    if _centred_on(stack, whole, spans, body):
        return [(stack, whole)]
    bridging = [k for k in stack if _bridges(k, stack, facts)]
    halves = _stacks([k for k in stack if k not in bridging], facts)
    groups = [(bridging, whole)] + [(half, _measure(half, spans)) for half in halves]
    if not bridging or len(halves) < 2 or \
            not all(_centred_on(group, measure, spans, body) for group, measure in groups):
        return None
    return groups


def _setting(members: list[int], facts: list[Facts], spans: list[tuple[Span, ...]],
             body: float) -> list[tuple[list[int], Span]] | None:
    """The members' groups and their measures when every line of them is centred (see
    ``_groups``), else None."""
    if any(not spans[k] for k in members):
        return None
    out: list[tuple[list[int], Span]] = []
    for stack in _stacks(members, facts):
        groups = _groups(stack, facts, spans, body)
        if groups is None:
            return None
        out += groups
    return out


def _short(groups: list[tuple[list[int], Span]], spans: list[tuple[Span, ...]],
           body: float) -> int:
    """How many of the groups' lines are held in from both edges of their measure."""
    return sum(1 for group, measure in groups for k in group for line in spans[k]
               if _held(line, measure, body))


def _text_width(facts: list[Facts], members: list[int], page: PageFacts) -> float:
    """The width of the page's text: the range of the columns of its blocks outside the
    panel (a spanning block's is the page's); the page's width when the panel holds all its
    text (a notice on a page of its own, whose columns are the notice's)."""
    inside = set(members)
    boxes = [f.column_box for k, f in enumerate(facts)
             if k not in inside and f.column_box[1] > f.column_box[0]]
    return max(b for _, b in boxes) - min(a for a, _ in boxes) if boxes else page.width


def _overlaps_image(panel: Box, images: tuple[Box, ...]) -> bool:
    return any(min(panel[2], im[2]) > max(panel[0], im[0]) and
               min(panel[3], im[3]) > max(panel[1], im[1]) for im in images)


def is_notice(members: list[int], facts: list[Facts], spans: list[tuple[Span, ...]],
              panel: Box, page: PageFacts) -> bool:
    """The panel's blocks read as a notice (see the module's docstring)."""
    body = page.body_size
    width = _text_width(facts, members, page)
    if not members or width <= 0 or panel[2] - panel[0] > NARROW * width:
        return False
    groups = _setting(members, facts, spans, body)
    return groups is not None and _short(groups, spans, body) >= SHORT_LINES


def _ragged(k: int, facts: list[Facts], spans: list[tuple[Span, ...]], measure: Span,
            body: float) -> bool:
    """Block ``k`` is centred running text: several lines at about the body's size, one of
    them held in from both edges of its measure (justified text fills it)."""
    return facts[k].lines >= 2 and facts[k].size <= BODY_SET * body and \
        any(_held(line, measure, body) for line in spans[k])


def _side_by_side(stacks: list[list[int]], facts: list[Facts]) -> bool:
    """The stacks stand level with each other (one box's halves), not one over another's
    foot or across the page."""
    tops = [(min(facts[k].box[1] for k in st), max(facts[k].box[3] for k in st))
            for st in stacks]
    return all(min(a[1], b[1]) > max(a[0], b[0]) for a in tops for b in tops)


def _text_notice(members: list[int], facts: list[Facts], spans: list[tuple[Span, ...]],
                 body: float) -> bool:
    """A run of blocks read as a notice from its setting alone (see ``RUN_BLOCKS``)."""
    stacks = _stacks(members, facts)
    if len(members) < RUN_BLOCKS or len(stacks) > 2 or not _side_by_side(stacks, facts):
        return False
    groups = _setting(members, facts, spans, body)
    if groups is None:
        return False
    ragged = sum(1 for group, measure in groups for k in group
                 if _ragged(k, facts, spans, measure, body))
    return _short(groups, spans, body) >= SHORT_LINES and ragged >= RAGGED


def _centred_run(start: int, roles: list[str], facts: list[Facts],
                 spans: list[tuple[Span, ...]], body: float) -> list[int]:
    """The longest run of blocks from ``start`` in reading order whose lines are all centred
    (each stack on its own axis); the page's bands and specks are passed over."""
    best: list[int] = []
    members: list[int] = []
    for k in range(start, len(facts)):
        if roles[k] in _KEEP:
            continue
        members = members + [k]
        if _setting(members, facts, spans, body) is None:
            break
        best = members
    return best


def _in_article(run: list[int], roles: list[str], facts: list[Facts], body: float) -> bool:
    """Running text starts right under the run, or a title stands right over it, in its
    room: the run opens that article (its centred title, byline and intro)."""
    top, foot = min(facts[k].box[1] for k in run), max(facts[k].box[3] for k in run)
    room = (min(facts[k].box[0] for k in run), 0.0, max(facts[k].box[2] for k in run), 0.0)
    for k, f in enumerate(facts):
        if k in run or roles[k] in _KEEP or across(f.box, room) <= 0:
            continue
        under = 0.0 <= f.box[1] - foot <= LEAD_GAP * body and roles[k] not in _HEADS
        over = 0.0 <= top - f.box[3] <= LEAD_GAP * body and roles[k] == Role.TITLE
        if under or over:
            return True
    return False


def _text_notices(out: list[str], why: list[str], facts: list[Facts], page: PageFacts,
                  spans: list[tuple[Span, ...]]) -> None:
    """On a scan, every run of blocks that reads as a notice (``_text_notice``) is ``aside``
    with ``TEXT_REASON``; changed in place."""
    body, k = page.body_size, 0
    while k < len(facts):
        run = _centred_run(k, out, facts, spans, body)
        if len(run) < RUN_BLOCKS or not _text_notice(run, facts, spans, body) or \
                _in_article(run, out, facts, body):
            k += 1
            continue
        log.debug("centred notice of no article on a scan (%d blocks): %r", len(run),
                  facts[run[0]].text[:40])
        for j in run:
            out[j], why[j] = Role.ASIDE, TEXT_REASON
        k = run[-1] + 1


def centred_notices(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                    drawn: tuple[Box, ...], spans: list[tuple[Span, ...]],
                    images: tuple[Box, ...] = ()) -> tuple[list[str], list[str]]:
    """Every block of a drawn panel holding a title or a rubric (a panel holding neither is
    ``drawn_boxes``') that reads as a notice (``is_notice``) is an ``aside`` with
    ``REASON``, its heading too, whatever its look made it; a panel over a photo or holding
    a photo credit is the photo's and left alone. On a scan (sizes not exact), where no
    frame is seen, a run of blocks set as a notice is one too (``TEXT_REASON``)."""
    out, why = list(roles), list(reasons)
    body = page.body_size
    if body <= 0:
        return out, why
    if not page.exact:
        _text_notices(out, why, facts, page, spans)
    for panel in drawn:
        members = [k for k, f in enumerate(facts) if in_panel(f.box, panel, body)
                   and roles[k] not in _KEEP]
        if not any(out[k] in _HEADS for k in members) or _overlaps_image(panel, images) or \
                any(has_credit(facts[k].text) for k in members) or \
                not is_notice(members, facts, spans, panel, page):
            continue
        log.debug("drawn notice of no article (%d blocks): %r", len(members),
                  facts[members[0]].text[:40])
        for k in members:
            out[k], why[k] = Role.ASIDE, REASON
    return out, why
