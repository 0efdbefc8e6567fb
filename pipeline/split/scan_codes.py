"""A printed code to scan (a QR code) with a line or two beside it: a box of no article.

Magazines close an article, or fill a corner, with a small "scan me" box: a QR code and,
beside it, a short prompt in each language (``Quét mã để xem video`` / ``Scan the code to
watch the video``), framed or open under a short rule. Its words are set in the paper's own
type, often the body's, so nothing in them tells them from the article's last paragraph
but the code they stand beside.

A QR code is a square of many small modules; the extract stage keeps no shape too small to
hold text, so of the code only its three finder patterns reach the page's drawings: the
code's corners but one, each a dark filled square (a ring of dark modules around a light
square and a dark core, the standard's 7 x 7 modules). Three dark squares of one size at the
top left, top right and bottom left corners of a square, the fourth corner empty, and the
square at least ``LEAST_SPAN`` of their sides across (a code has 21 modules a side at least,
its finders 7), nothing else drawn in that square (``_crowded``: the code's other modules are
all too small to be kept; a crossword's grid has black cells among its white ones), is a
code (``codes``): no chart, tick box or row of bullets makes that figure. The blocks
standing beside it (their left edge on the code or within ``GAP`` after it; when nothing
stands there, their right edge within ``GAP`` before it) and within its height
(``SLACK``) are its prompts: notes of no article (``aside``, as the generator's
``sidebar`` is scored); so is what is read on the code itself. A block taller than the code
is running text that flows around it, and keeps its role.

Text-layer pages record the finders among the shapes drawn on them (``Page.drawings``);
on a scan, extract finds them in the page image and records them so too
(``extract.ocr.finders``), and the OCR's garbage words over the code, read on it or into
the prompt's line beside it, go with the box. Sizes are the page's body size's multiples or
the finders' own side. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box, within
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

REASON = "a short line beside a printed code to scan (a QR code): a 'scan me' box of no article"

DARK = 0.5          # shade (0 black, 1 white): a finder square is inked, darker than this
SQUARE = 1.2        # most ratio of a finder's longer side to its shorter one
SAME = 0.15         # share of a finder's side: how much the three finders' sides, their
                    # aligned edges and the code's two spans may differ (print, rounding)
LEAST_SIDE = 0.5    # x body size: the smallest finder (a code a few body sizes across)
MOST_SIDE = 6.0     # x body size: the largest finder (a code filling a column is a picture)
LEAST_SPAN = 2.0    # x finder side: a code's finders are this far apart at least (21 modules
                    # a side at least, the finders 7: 14 modules from one's left to the next)
MOST_SPAN = 25.0    # x finder side: and this far at most (177 modules a side, the largest)
GAP = 3.0           # x body size: most white between a code's edge and its prompt's
SLACK = 1.0         # x body size: how far a prompt may stand over or under the code's height
# roles a prompt keeps: the page's furniture and specks, notes already
_KEEP = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER, Role.ASIDE})


def _side(box: Box) -> float:
    return (box[2] - box[0] + box[3] - box[1]) / 2


def _finders(drawings: tuple[Drawing, ...], body: float) -> list[Box]:
    """The dark filled squares of a finder's size among the page's drawings."""
    out = []
    for d in drawings:
        w, h = d.box[2] - d.box[0], d.box[3] - d.box[1]
        if d.kind == DrawingKind.FILL and d.shade < DARK and min(w, h) > 0 and \
                max(w, h) <= SQUARE * min(w, h) and \
                LEAST_SIDE * body <= min(w, h) and max(w, h) <= MOST_SIDE * body:
            out.append(d.box)
    return out


def _near(a: float, b: float, side: float) -> bool:
    return abs(a - b) <= SAME * side


def _crowded(box: Box, finders: tuple[Box, Box, Box], drawings: tuple[Drawing, ...],
             side: float) -> bool:
    """Something is drawn in the code's square outside its three finders: a code's other
    modules are too small to be kept (the module's doc), so the square is a grid's (a
    crossword's black and white cells) or a chart's."""
    slack = SAME * side
    return any(within(d.box, box, slack) and not any(within(d.box, f, slack) for f in finders)
               for d in drawings)


def codes(drawings: tuple[Drawing, ...], body: float) -> list[Box]:
    """The boxes of the QR codes drawn on the page: three finder squares at three corners of
    a square, the fourth corner empty (see the module's doc)."""
    if body <= 0:
        return []
    squares = _finders(drawings, body)
    found: list[Box] = []
    for a in squares:
        side = _side(a)
        for b in squares:       # (the top right finder: level with ``a``, to its right)
            if not (_near(_side(b), side, side) and _near(b[1], a[1], side)
                    and LEAST_SPAN * side <= b[0] - a[0] <= MOST_SPAN * side):
                continue
            span = b[0] - a[0]
            for c in squares:   # (the bottom left one: under ``a``, as far down as across)
                if not (_near(_side(c), side, side) and _near(c[0], a[0], side)
                        and _near(c[1] - a[1], span, side)):
                    continue
                if any(_near(d[0], b[0], side) and _near(d[1], c[1], side)
                       and _near(_side(d), side, side) for d in squares):
                    continue    # (a fourth square at the last corner: a grid, no code)
                box = (a[0], a[1], max(b[2], c[2]), max(b[3], c[3]))
                if _crowded(box, (a, b, c), drawings, side):
                    continue    # (other shapes drawn in it: a grid's cells, a chart)
                if box not in found:
                    found.append(box)
    return found


def _level(code: Box, f: Facts, body: float) -> bool:
    return f.box[1] >= code[1] - SLACK * body and f.box[3] <= code[3] + SLACK * body


def beside_code(code: Box, facts: list[Facts], body: float) -> list[int]:
    """The blocks of ``facts`` standing beside the code, within its height: its prompts, on
    its right (a block starting on the code, as OCR reads a code's garbage into the line
    beside it, or within ``GAP`` after it), or, when nothing stands there, on its left; and
    what is read on the code itself (a scan's garbage words)."""
    gap, slack = GAP * body, SLACK * body
    level = [k for k, f in enumerate(facts) if _level(code, f, body)]
    on = [k for k in level if within(facts[k].box, code, slack)]
    right = [k for k in level if k not in on
             and code[0] - slack <= facts[k].box[0] <= code[2] + gap]
    left = [k for k in level if k not in on
            and code[0] - gap <= facts[k].box[2] <= code[2] + slack]
    return on + (right or left)


def scan_codes(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
               drawings: tuple[Drawing, ...]) -> tuple[list[str], list[str]]:
    """Every block beside a code drawn on the page (``codes``, ``beside_code``) is an
    ``aside`` with ``REASON``; the page's furniture and specks keep their roles."""
    body = page.body_size
    found = codes(drawings, body)
    if not found:
        return roles, reasons
    out, why = list(roles), list(reasons)
    for code in found:
        for k in beside_code(code, facts, body):
            if roles[k] not in _KEEP:
                log.debug("%s: %r", REASON, facts[k].text[:50])
                out[k], why[k] = Role.ASIDE, REASON
    return out, why
