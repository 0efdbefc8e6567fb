"""Forms to fill in, drawn on the page: a cut-out coupon of no article.

Bulletins and magazines print forms for their readers to cut out and send back: a
subscription form, a registration for an event, a readers' survey. The form stands in a frame
(often dashed: the line to cut along) and is set in the paper's own type: a heading in bold
capitals (which the role rules read as a title set at body size), a sentence, then its
fields. What tells it from a boxed article is the fields, drawn rather than written:

* an answer line: a label (``Họ và tên:``, ``Full name:``) followed on its row by a rule
  drawn from just after the label's end to the field's edge, with nothing written on it;
* a tick box: a small square drawn on a row of text, a choice written after it.

A frame holding ``FORM_FIELDS`` such fields or more is a form, whatever heading it has: no
article is set with blank lines to write on. Its blocks are notes of no article (``aside``,
as the generator's ``ad`` is scored), found before the passes that read a page's short blocks
by the titles over them (``graphics.graphic_labels``): the form's heading, read as a title,
would otherwise head the next article's title as a graphic's label. A form across the text
width misleads the page's geometry as a band of classified adverts does: the articles' text
over it, in columns of its own that straddle the form's halves, is found in no one column and
read as a lead spanning them; on a page with a form found, such a block level with running
text as wide as it beside it is a column of text (``graphics.twin_columns``, as
``classifieds`` does; coupon-4 of seed 4300, whose form's short blocks, read as a graphic's
labels, had put it right by chance), unless a lead placed in a column starts level beside
it: then it is that lead's twin, a lead too (coupon-4 of seed 4100, the English intro
beside the Vietnamese one). The shapes are the page's drawings (``Page.drawings``): those
drawn on a text-layer page, and on a scan those of a form in a dashed cut frame, found on
its image (``extract.ocr.cut_frames``), whose dotted answer lines OCR would read as runs of
dots or stray marks. Sizes are the page's body size's multiples.
Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box, across, within
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.split.graphics import twin_columns
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

REASON = "in a drawn form to fill in (answer lines, tick boxes): a coupon of no article"
TWIN_REASON = "a column of text level with its twin beside it, over a form (no lead)"

FORM_FIELDS = 3     # fewest fields (answer lines, rows of tick boxes) in a frame that make it a
                    # form: a form asks for a name, an address and more; one ruled line after a
                    # label can be a signature line or a rule under a heading
LABEL_GAP = 1.5     # x body size: most white between a label's end and its answer line's start
ROW_SLACK = 0.5     # x body size: how far an answer line may lie under its label's box (it runs
                    # on the label's baseline, under the descenders' reach)
REACH = 0.5         # x body size: how far text may stand out of the frame and still be in it
TICK_LEAST = 0.4    # x body size: the smallest side of a tick box (smaller: a bullet or a dot)
TICK_MOST = 1.5     # x body size: the largest side of a tick box (a letter's height or so)
TICK_SQUARE = 1.5   # most ratio of a tick box's longer side to its shorter one
ROW = 0.5           # x body size: tick boxes whose middles are this close in height share a row
LEVEL = 1.0         # x body size: two blocks whose tops differ this little start level
LABEL_ENDS = (":", ".", "…")     # how a field's label ends (a colon, or dots of a leader)
# roles a form's blocks keep: the page's furniture bands and specks, notes already
_KEEP = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER, Role.ASIDE})


def _height(box: Box) -> float:
    return box[3] - box[1]


def _width(box: Box) -> float:
    return box[2] - box[0]


def _beside(rule: Box, f: Facts, body: float) -> bool:
    """The rule starts just after the block's end, on its last row: the block is its label."""
    middle = (rule[1] + rule[3]) / 2
    return f.text.rstrip().endswith(LABEL_ENDS) and \
        -REACH * body <= rule[0] - f.box[2] <= LABEL_GAP * body and \
        f.box[3] - body <= middle <= f.box[3] + ROW_SLACK * body


def _blank(rule: Box, facts: list[Facts], body: float) -> bool:
    """Nothing is written on the rule's row over it or right after its end (a leader between an
    item and its price has text after it)."""
    middle = (rule[1] + rule[3]) / 2
    return not any(f.box[1] - ROW_SLACK * body <= middle <= f.box[3] + ROW_SLACK * body
                   and rule[0] + REACH * body < f.box[0] <= rule[2] + LABEL_GAP * body
                   for f in facts)


def answer_lines(panel: Box, members: list[int], facts: list[Facts],
                 drawings: tuple[Drawing, ...], body: float) -> list[Box]:
    """The rules in ``panel`` that are answer lines after a label among its blocks
    ``members``."""
    inside = [facts[k] for k in members]
    return [d.box for d in drawings if d.kind == DrawingKind.RULE
            and _width(d.box) > _height(d.box) and within(d.box, panel, REACH * body)
            and any(_beside(d.box, f, body) for f in inside) and _blank(d.box, inside, body)]


def _tick(box: Box, body: float) -> bool:
    short, long = sorted((_width(box), _height(box)))
    return TICK_LEAST * body <= short and long <= TICK_MOST * body and \
        long <= TICK_SQUARE * short


def _on_text(box: Box, f: Facts, body: float) -> bool:
    """The box stands on the block's row, in it or just before its start (its choice)."""
    middle = (box[1] + box[3]) / 2
    return f.box[1] <= middle <= f.box[3] and \
        f.box[0] - LABEL_GAP * body <= box[2] and box[0] <= f.box[2]


def tick_rows(panel: Box, members: list[int], facts: list[Facts],
              drawings: tuple[Drawing, ...], body: float) -> list[list[Box]]:
    """The rows of tick boxes in ``panel`` standing on the rows of its blocks ``members``."""
    inside = [facts[k] for k in members]
    ticks = sorted((d.box for d in drawings if d.kind == DrawingKind.FRAME
                    and _tick(d.box, body) and within(d.box, panel)
                    and any(_on_text(d.box, f, body) for f in inside)),
                   key=lambda b: (b[1] + b[3]) / 2)
    rows: list[list[Box]] = []
    for box in ticks:
        if rows and abs((box[1] + box[3]) / 2 - (rows[-1][-1][1] + rows[-1][-1][3]) / 2) \
                <= ROW * body:
            rows[-1].append(box)
        else:
            rows.append([box])
    return rows


def is_form(panel: Box, members: list[int], facts: list[Facts],
            drawings: tuple[Drawing, ...], body: float) -> bool:
    """The panel holds a form to fill in: ``FORM_FIELDS`` answer lines and rows of tick boxes
    at least among its blocks ``members`` (see the module's doc)."""
    if body <= 0 or not members:
        return False
    fields = len(answer_lines(panel, members, facts, drawings, body))
    return fields + len(tick_rows(panel, members, facts, drawings, body)) >= FORM_FIELDS


def _lead_beside(k: int, leads: list[int], facts: list[Facts], body: float) -> bool:
    """One of ``leads`` (intros that stay so) starts level with block ``k`` beside it (within
    ``LEVEL``): ``k`` is that lead's twin in the other language, a lead too, not a column of
    running text."""
    f = facts[k]
    return any(j != k and across(facts[j].box, f.box) <= 0
               and abs(facts[j].box[1] - f.box[1]) <= LEVEL * body for j in leads)


def members_of(panel: Box, roles: list[str], facts: list[Facts], body: float) -> list[int]:
    """The blocks in ``panel`` (their glyphs standing out of it by ``REACH`` at most) that are
    not the page's furniture or specks."""
    return [k for k, f in enumerate(facts) if within(f.box, panel, REACH * body)
            and roles[k] not in (Role.HEADER, Role.PAGE_NUMBER, Role.OTHER)]


def drawn_forms(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                drawings: tuple[Drawing, ...], drawn: tuple[Box, ...]
                ) -> tuple[list[str], list[str]]:
    """Every block in a drawn panel of ``drawn`` (``drawn_boxes.panels``) that is a form to
    fill in (``is_form``) is an ``aside`` with ``REASON``; the page's furniture and specks
    keep their roles. On a page with a form, a lead spanning columns level with running text
    as wide beside it is a column of text (``body``, ``TWIN_REASON``; the module's doc)."""
    out, why = list(roles), list(reasons)
    body = page.body_size
    found = False
    for panel in drawn:
        members = members_of(panel, roles, facts, body)
        if not is_form(panel, members, facts, drawings, body):
            continue
        found = True
        log.debug("a form to fill in (%d blocks): %r", len(members), facts[members[0]].text[:40])
        for k in members:
            if roles[k] not in _KEEP:
                out[k], why[k] = Role.ASIDE, REASON
    columns = twin_columns(out, facts, placed=True) if found else []
    for k in columns:
        if _lead_beside(k, [j for j, r in enumerate(out) if r == Role.INTRO
                            and j not in columns], facts, body):
            continue        # (a lead beside its twin lead, both starting level: leads both)
        log.debug("%s: %r", TWIN_REASON, facts[k].text[:50])
        out[k], why[k] = Role.BODY, TWIN_REASON
    return out, why
