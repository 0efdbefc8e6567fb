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
article is set with blank lines to write on. Text-layer pages only (extract records the
shapes drawn on them, ``Page.drawings``); on a scan the form's rules and boxes are pixels,
which OCR reads, when at all, as runs of dots or stray marks. Sizes are the page's body
size's multiples. Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.base import Box, within
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.split.roles import Facts

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
LABEL_ENDS = (":", ".", "…")     # how a field's label ends (a colon, or dots of a leader)


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
