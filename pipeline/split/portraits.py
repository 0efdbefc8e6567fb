"""Name cards under a row of portraits: the people of a programme, a board or a list of
contributors, each a portrait with the name and office set under it.

A row of two or more portraits (photos taller than wide, each narrower than
``PORTRAIT_WIDTH`` of the page, level at their tops and alike in width) with short lines
under them (a name, an office, in one language or both; none a sentence) names people: those
lines are no article's caption or text (``Role.ASIDE``). An article's photos are captioned
in sentences (and credited); a row of people's faces with their names is the page's own
furniture, as a programme's speakers are. A short stack set beside the row, level with the
portraits (a box of notes beside the speakers), goes with them (``grids.beside_stacks``).

``portrait_cards`` runs after the role passes (it reads the page's photos). Pure logic, no
I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role
from magpipe.split.grids import CELL_ENDS, CELL_SIZE, beside_stacks
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

PORTRAIT_WIDTH = 0.25   # share of the page's width: a portrait is this narrow at most
PORTRAIT_TALL = 1.0     # height over width: a portrait is at least as tall as it is wide
ROW_LEVEL = 0.1         # x a portrait's height: portraits of one row are level to this
ALIKE = 0.2             # share of width: portraits of one row differ in width this much at most
ROW_PORTRAITS = 2       # portraits in a row, at least
CARD_LINES = 3          # lines: a card's block holds this many at most (a name, an office
                        # over two lines; OCR may read two cards' lines as one block)
CARD_DEPTH = 6.0        # x line pitch: a row's cards lie this far under the portraits at most
CARD_GAP = 1.0          # x line pitch: white between a card's lines (or the portraits' foot and
                        # the first), at most; a title under the row stands further apart
REASON = "short lines under a row of portraits (their names and offices)"
# roles a card's line may have been given: a caption under a photo, column text, a byline, or
# kept out already (a row of cards read as a grid)
_CARD_ROLES = frozenset({Role.CAPTION, Role.CREDIT, Role.BODY, Role.INTRO, Role.BYLINE,
                         Role.TITLE, Role.LABEL, Role.SECTION, Role.ASIDE})


def _portrait(box: Box, page: PageFacts) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    return 0 < w <= PORTRAIT_WIDTH * page.width and h >= PORTRAIT_TALL * w


def _rows(photos: tuple[Box, ...], page: PageFacts) -> list[list[Box]]:
    """Rows of ``ROW_PORTRAITS`` portraits or more, level and alike, left to right."""
    rows: list[list[Box]] = []
    for box in sorted((b for b in photos if _portrait(b, page)), key=lambda b: (b[1], b[0])):
        h = box[3] - box[1]
        for row in rows:
            first = row[0]
            w0, w = first[2] - first[0], box[2] - box[0]
            if abs(first[1] - box[1]) <= ROW_LEVEL * h and abs(w - w0) <= ALIKE * w0:
                row.append(box)
                break
        else:
            rows.append([box])
    return [sorted(r) for r in rows if len(r) >= ROW_PORTRAITS]


def _cards(row: list[Box], roles: list[str], facts: list[Facts], page: PageFacts,
           pitch: float) -> list[int]:
    """The short blocks under the row: within the row's width (half a spacing past its outer
    portraits), set no larger than ``CELL_SIZE`` body sizes, down from its foot each at most
    ``CARD_GAP`` pitches under the one above and at most ``CARD_DEPTH`` pitches under the
    foot; none if any of them is a sentence or longer than ``CARD_LINES`` (a caption, an
    article's text)."""
    space = min(b[0] - a[2] for a, b in zip(row, row[1:], strict=False))
    x0, x1 = row[0][0] - max(space, 0.0) / 2, row[-1][2] + max(space, 0.0) / 2
    foot = max(b[3] for b in row)
    near = sorted((k for k, f in enumerate(facts)
                   if roles[k] in _CARD_ROLES and f.size <= CELL_SIZE * page.body_size
                   and foot - pitch / 2 <= f.box[1] <= foot + CARD_DEPTH * pitch
                   and x0 <= (f.box[0] + f.box[2]) / 2 <= x1), key=lambda k: facts[k].box[1])
    under: list[int] = []
    reach = foot
    for k in near:
        if facts[k].box[1] - reach > CARD_GAP * pitch:
            break
        under.append(k)
        reach = max(reach, facts[k].box[3])
    if not under or any(facts[k].lines > CARD_LINES
                        or facts[k].text.rstrip()[-1:] in CELL_ENDS for k in under):
        return []
    return under


def portrait_cards(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                   photos: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons with the name cards under rows of portraits, and a short stack level
    with them, kept out of the articles (see the module)."""
    rows = _rows(photos, page)
    if not rows:
        return roles, reasons
    pitch = page.body_pitch or 1.2 * page.body_size
    out, why = list(roles), list(reasons)
    for row in rows:
        cards = _cards(row, out, facts, page, pitch)
        if not cards:
            continue
        band = (min([row[0][0]] + [facts[k].box[0] for k in cards]), row[0][1],
                max([row[-1][2]] + [facts[k].box[2] for k in cards]),
                max(facts[k].box[3] for k in cards))
        log.debug("%d name cards under %d portraits at %.0f", len(cards), len(row), row[0][1])
        for k in cards + beside_stacks(out, facts, band, page.body_size):
            if out[k] != Role.ASIDE:
                out[k], why[k] = Role.ASIDE, REASON
    return out, why
