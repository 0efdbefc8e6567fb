"""An inset story read after the story whose text runs around it (a "dog-leg").

A weekly's page may set a second story in a box that takes some of the page's columns, at the
head of the page (under the lead's headline) or at its foot, while the lead story runs down
the other columns in full and, in the box's columns, only under (or over) the box: its text
makes an L around it. The XY cut reads the page column by column, so when the box's columns
line up with the page's, each of those columns gives the box's text and then the lead's
text under it, and the lead's text is read inside the inset story.

The rule, from the page's geometry only: a run of titles set across some of the page's
columns, not all, beside column text that starts no lower than the titles' top (another
story's columns running past the head), heads a box. The box takes the page's columns under
the titles and runs down them to the first white band across all of them at once, at least
``BAND`` x body size tall (the box's columns are balanced and end together; a paragraph's gap
or the short rule between a story's two languages leaves white in one column only). Text
after that band in the box's columns that no title heads continues the story beside the
box: the box (its titles and its text) is read after the rest of the page. A box at the
page's foot has no such text under it and keeps its place.

A box drawn as a frame says the same without the geometry: a frame holding a story's titles
and its text (``framed_insets``) whose blocks the XY cut read with other text between them
(a box across every column under the headline, the lead's text under it in the same columns:
the slices above and under the frame share their gutters and are read as one, column by
column) is read after the rest of the page too, its blocks in their order.

A short story set in a drawn box (a frame or a tint) inside another article's columns, the
article's text running on under it or on the next page (a magazine's "Did you know?" box), is
read between two articles, never inside one (``boxed_stories``): the walk gives untitled text
to the last title read, so the host's text under the box, or at the next page's head, would
go to the box's story. The box (its blocks in their order) is read just before the head of
the article read before it when that head is on the page (the host's titles, and the rubric
over them), or else, when text follows it (the host came from an earlier page), just before
the next title after it, or last on the page. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import Box, within
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Role
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.split.drawn_boxes import panels

log = logging.getLogger(__name__)

BAND = 1.6          # x body size: the white band under a box's balanced columns
SPAN = 0.85         # share of the page's column width: titles narrower than this head a box
LEVEL = 0.8         # x body size: how far under the titles' top the text beside may start
MIN_COLUMNS = 3     # fewest columns of a page that a box can share with a story beside it
_RUNNING = frozenset({Role.BODY, Role.INTRO})   # a story's running text
_HEADS = frozenset({Role.TITLE, Role.SECTION})  # an article's head: its title, its rubric
BOX_COLUMNS = 2     # fewest columns of a box's text (a title over one column heads a story in
                    # that column, not a box)
OVERLAP = 0.5       # share of a page column's width under the titles: one of the box's
FRAME_REACH = 0.5   # x body size: how far a block's glyphs may stand out of its frame
BLEED = 1.0         # x body size: how far a box set into the columns may reach past their outer
                    # edges (its frame and padding); a panel reaching further, out to the
                    # page's edges, is a ground under the page's head (a faded photo), no box


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def _centre_in(box: Box, x: tuple[float, float]) -> bool:
    return x[0] <= (box[0] + box[2]) / 2 <= x[1]


def _title_runs(blocks: list[Block]) -> list[list[int]]:
    """Runs of title blocks next to each other in reading order."""
    runs: list[list[int]] = []
    for k, b in enumerate(blocks):
        if b.role == Role.TITLE:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    return runs


def _band_top(covers: list[tuple[float, float]], start: float, least: float) -> float | None:
    """The top of the first white band at least ``least`` tall under ``start`` between the
    vertical spans ``covers`` (None when they leave none before their end)."""
    end = start
    for top, bottom in sorted(covers):
        if bottom <= start:
            continue
        if top - end >= least:
            return end
        end = max(end, bottom)
    return None


def _box_members(blocks: list[Block], run: list[int], columns: tuple[tuple[float, float], ...],
                 images: tuple[Box, ...], body: float) -> list[int] | None:
    """The blocks of the box ``run`` heads (its titles first), None when it heads none."""
    heads = [blocks[k].box for k in run]
    top, bottom = min(b[1] for b in heads), max(b[3] for b in heads)
    x = (min(b[0] for b in heads), max(b[2] for b in heads))
    left, right = columns[0][0], columns[-1][1]
    if len(columns) < MIN_COLUMNS or x[1] - x[0] > SPAN * (right - left):
        return None
    taken = [c for c in columns if _overlap(c, x) >= OVERLAP * (c[1] - c[0])]
    if len(taken) < BOX_COLUMNS or len(taken) == len(columns):
        return None
    span = (min(taken[0][0], x[0]), max(taken[-1][1], x[1]))
    text = [k for k, b in enumerate(blocks) if b.role not in FURNITURE_ROLES and k not in run]
    beside = [k for k in text if blocks[k].role in _RUNNING
              and _overlap((blocks[k].box[0], blocks[k].box[2]), span) <= 0
              and blocks[k].box[1] <= top + LEVEL * body and blocks[k].box[3] > top]
    if not beside:
        return None
    under = [k for k in text if _centre_in(blocks[k].box, span) and blocks[k].box[1] >= bottom
             - LEVEL * body]
    # (any print under the titles closes the white band: a notice or an advertisement too)
    covers = [(b.box[1], b.box[3]) for k, b in enumerate(blocks) if k not in run
              and _centre_in(b.box, span) and b.box[3] > bottom]
    covers += [(i[1], i[3]) for i in images if _centre_in(i, span) and i[3] > bottom]
    band = _band_top(covers, bottom, BAND * body)
    if band is None:
        return None
    inside = [k for k in under if blocks[k].box[3] <= band]
    after = sorted((blocks[k].box[1], k) for k in under if blocks[k].box[3] > band)
    if not inside or not after or blocks[after[0][1]].role not in _RUNNING:
        return None
    # a title set between the box's foot and that text heads it: another story under the box
    if any(b.role == Role.TITLE and band <= b.box[1] <= after[0][0] for b in blocks):
        return None
    return [*run, *sorted(inside)]


def _framed_members(blocks: list[Block], frame: Box, body: float) -> list[int]:
    """The blocks of a story set in the frame ``frame`` when other text was read between
    them (see the module's doc); none otherwise."""
    inside = [k for k, b in enumerate(blocks) if b.role not in FURNITURE_ROLES
              and within(b.box, frame, FRAME_REACH * body)]
    if not any(blocks[k].role == Role.TITLE for k in inside) or \
            not any(blocks[k].role in _RUNNING for k in inside):
        return []
    # (a story's running text outside the frame read between its blocks: the frame's story
    # is cut in two by another's)
    between = [k for k in range(inside[0], inside[-1]) if k not in inside
               and blocks[k].role in _RUNNING]
    return inside if between else []


def _head_start(blocks: list[Block], k: int) -> int:
    """The first block of the head whose title is ``blocks[k]``: its title's other lines and
    the rubrics right over it in reading order."""
    while k > 0 and blocks[k - 1].role in _HEADS:
        k -= 1
    return k


def boxed_stories(blocks: list[Block], panels: tuple[Box, ...], body: float,
                  text: tuple[float, float] | None = None) -> list[int]:
    """The page's reading order (indices into ``blocks``) with each story set in one of the
    drawn ``panels`` read between two articles (see the module's doc); the order as it was
    when the page has none that cuts an article's text. ``text``: the x range of the page's
    columns; a panel reaching past it by more than ``BLEED`` body sizes is left alone."""
    order = list(range(len(blocks)))
    stories: list[tuple[int, ...]] = []
    for panel in panels:
        if text is not None and (panel[0] < text[0] - BLEED * body
                                 or panel[2] > text[1] + BLEED * body):
            continue        # (a tint behind the page's head, out to its edges: no box)
        inside = tuple(k for k, b in enumerate(blocks) if b.role not in FURNITURE_ROLES
                       and within(b.box, panel, FRAME_REACH * body))
        if inside not in stories and any(blocks[k].role == Role.TITLE for k in inside) and \
                any(blocks[k].role in _RUNNING for k in inside):
            stories.append(inside)
    # (a host is an article whose head and text stand outside every box: items each set in a
    # box of their own, a page of boxed briefs, cut none of each other)
    boxed = {k for inside in stories for k in inside}
    for inside in stories:
        members = set(inside)
        rest = [k for k in order if k not in members]
        at_in = {k: i for i, k in enumerate(order)}     # (each block's place in the order)
        first = at_in[inside[0]]
        cut = [k for k in order[first:] if k not in boxed and blocks[k].role in _RUNNING]
        # (the host's title in each language: the last title of that language before it)
        last = {blocks[k].lang: i for i, k in enumerate(rest) if blocks[k].role == Role.TITLE
                and k not in boxed and at_in[k] < first}
        before = sorted(last.values())[:1]
        if not before and not cut:
            continue        # (no article's head before it, no text after it: it cuts none)
        after = [i for i, k in enumerate(rest) if blocks[k].role == Role.TITLE
                 and at_in[k] > first]
        at = _head_start([blocks[k] for k in rest], before[0]) if before else \
            _head_start([blocks[k] for k in rest], after[0]) if after else len(rest)
        log.debug("page %d: the story in the box %r read between two articles",
                  blocks[inside[0]].page, blocks[inside[0]].text[:40])
        order = rest[:at] + list(inside) + rest[at:]
    return order


def framed_insets(blocks: list[Block], drawings: tuple[Drawing, ...], body: float) -> list[int]:
    """The blocks of the stories set in frames that the reading order cut apart (see the
    module's doc), in their reading order."""
    moved: list[int] = []
    for d in drawings:
        if d.kind == DrawingKind.FRAME:
            moved.extend(k for k in _framed_members(blocks, d.box, body) if k not in moved)
    return moved


def insets_last(blocks: list[Block], regions: list[int], columns: tuple[tuple[float, float], ...],
                images: tuple[Box, ...], body: float, drawings: tuple[Drawing, ...] = ()
                ) -> tuple[list[Block], list[int]]:
    """The page's blocks and their regions with each inset box (see the module's doc) read
    after the rest, the blocks renumbered in their new order."""
    boxed = boxed_stories(blocks, panels(drawings, body), body,
                          (columns[0][0], columns[-1][1]) if columns else None)
    if boxed != list(range(len(blocks))):
        blocks, regions = reordered(blocks, regions, boxed)
    moved: list[int] = framed_insets(blocks, drawings, body)
    framed = set(moved)
    for run in _title_runs(blocks):
        # a box's titles may follow the page's headline in reading order: the run's last
        # titles, from the first that heads a box
        members = next((m for i in range(len(run)) if (m := _box_members(
            blocks, run[i:], columns, images, body))), None)
        if members and run[0] not in moved and not framed & set(members):
            log.debug("page %d: an inset headed %r read after the story around it (%d blocks)",
                      blocks[run[0]].page, blocks[run[0]].text[:40], len(members))
            moved.extend(k for k in members if k not in moved)
    if not moved:
        return blocks, regions
    taken = set(moved)
    return reordered(blocks, regions, [k for k in range(len(blocks)) if k not in taken] + moved)


def reordered(blocks: list[Block], regions: list[int], order: list[int]
              ) -> tuple[list[Block], list[int]]:
    """A page's blocks and their regions in the order ``order`` (indices into both), the
    blocks renumbered in it."""
    page = blocks[0].page
    return ([replace(blocks[j], id=f"p{page}-b{k}") for k, j in enumerate(order)],
            [regions[j] for j in order])
