"""Tiers: a page cut across its text width by a bare rule or row of photos, read tier by tier.

Programme reports, trade bulletins and landscape annual reports set short columns: the room
under an article's titles is parted in an upper and a lower tier by a hairline or a row of
uncaptioned photos across the whole text width, and each language's text runs down its upper
tier's columns, left to right, and only then down its lower tier's (the upper tier's last
column goes on at the head of the lower tier's first). The columns of both tiers line up, so
the XY cut parts the page down their gutters first and reads each column down the whole page,
the lower tier's first column before the upper tier's second.

A band of photos set into running text (a museum bulletin's picture across its columns) is
another thing: the reader follows each column down past it, and such a band carries the
photos' captions, which ``photo_bands.flow_round`` reads it by. What tells a tier band, on the
page's own evidence, is a divider that is bare and stands between two stacks of columns:

* a drawn rule, or a row of large photos (``photo_bands.bands``), reaching across every
  column of the page (``EDGE`` body sizes short of the outer edges at most); on a scan
  showing no such row (its drawings are not read, its photos may be found in part), a strip
  of white ``WHITE`` body sizes high at least across every column (``white_bands``), the
  lower tier's columns all starting level under it (``LEVEL``);
* the text nearest it over and under it (within ``REACH`` body sizes) is running text
  (body, intro or byline; on a scan a paragraph of it may be read as a note) each block
  inside one column, in two columns or more on each side; no caption, title or other text
  lies in the band or in that reach (the captions a band of photos set into running text
  carries are what keeps it out; OCR junk read off a rule or a photo's edge is no text);
* the tiers: running text over the band up to the article's head (a title, another divider)
  and under it down to the next head, divider or the page's foot, in the same columns.

Each tier's blocks are then read by language (the languages in the order the page reads them
first), every language's upper blocks column by column, then its lower blocks: they take the
places in reading order the tiers' blocks had, from the first of them. Where that changes no
language's own order (one column a language: an interview's exchanges in a row each, a
hairline between them) the page is left as it is, its languages' blocks interleaved as the
cut read them; so is a band that no language's text crosses (one language's rows over the
other's, a table's: ``_crossed``). Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Block, Role
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.split.insets import reordered
from magpipe.split.photo_bands import bands as photo_rows

log = logging.getLogger(__name__)

EDGE = 2.0      # x body size: a divider falls short of the text's outer edges this much at most
                # (a rule drawn a hair inside the columns' edges, photos' edges found off)
REACH = 3.0     # x body size: the white between a tier's text and its band at most (the band's
                # margin, a line the column could not fit)
SLACK = 0.5     # x body size: how far a block may reach into its column's gutter or past a
                # divider's edge (boxes of ascents and marks)
WHITE = 2.0     # x body size: the least white across every column that parts two tiers on a
                # scan (its rule is no drawing to the geometry), paragraph gaps and the white
                # under titles being narrower
LEVEL = 1.0     # x body size: the lower tier's columns start this level under a white band
TIER_COLUMNS = 2    # fewest columns a tier holds text in: one column reads the same either way
_RUNNING = frozenset({Role.BODY, Role.INTRO, Role.BYLINE})
# what may stand by a tier band inside a column: running text, or a paragraph of it read as a
# note (a scan's: tiers-2-scanned)
_BY_BAND = _RUNNING | {Role.ASIDE}
# no text of the layout: the page's furniture and what OCR read off a rule or a photo's edge
_NO_TEXT = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER})
_HEADS = frozenset({Role.TITLE, Role.SECTION})


def dividers(drawings: tuple[Drawing, ...], images: tuple[Box, ...],
             columns: tuple[tuple[float, float], ...], body: float) -> list[Box]:
    """The drawn rules and rows of large photos that reach across every column, top to
    bottom."""
    if len(columns) < TIER_COLUMNS:
        return []
    left, right = columns[0][0], columns[-1][1]
    edge = EDGE * body
    found = [d.box for d in drawings if d.kind == DrawingKind.RULE
             and d.box[2] - d.box[0] > d.box[3] - d.box[1]]
    found += photo_rows(images, body)
    return sorted((b for b in found if b[0] <= left + edge and b[2] >= right - edge),
                  key=lambda b: b[1])


def white_bands(blocks: list[Block], columns: tuple[tuple[float, float], ...],
                body: float) -> list[Box]:
    """Strips of white at least ``WHITE`` body sizes high across every column, between text,
    top to bottom: where a rule the page shows no drawing of (a scan) parts two tiers."""
    if len(columns) < TIER_COLUMNS:
        return []
    left, right = columns[0][0], columns[-1][1]
    spans = sorted((b.box[1], b.box[3]) for b in blocks if b.role not in _NO_TEXT
                   and b.box[0] < right and left < b.box[2])
    found: list[Box] = []
    if not spans:
        return found
    foot = spans[0][1]
    for top, bottom in spans[1:]:
        if top - foot >= WHITE * body:
            found.append((left, foot, right, top))
        foot = max(foot, bottom)
    return found


def _column(b: Block, columns: tuple[tuple[float, float], ...], slack: float) -> int | None:
    """The column the block lies inside, or None (across a gutter, out of the grid)."""
    for k, (lo, hi) in enumerate(columns):
        if b.box[0] >= lo - slack and b.box[2] <= hi + slack:
            return k
    return None


def _tiers(blocks: list[Block], band: Box, others: list[Box],
           columns: tuple[tuple[float, float], ...], body: float, white: bool = False
           ) -> tuple[list[int], list[int]] | None:
    """The blocks of the upper and of the lower tier round ``band`` (indices, each tier's
    running text inside the band's width), or None when the band is no tier band."""
    slack, reach = SLACK * body, REACH * body
    inside = [k for k, b in enumerate(blocks) if b.role not in _NO_TEXT
              and b.box[0] < band[2] - slack and band[0] + slack < b.box[2]]
    if any(blocks[k].box[1] < band[3] - slack and band[1] + slack < blocks[k].box[3]
           for k in inside):
        return None                     # text in the band: not bare
    near = [k for k in inside if band[1] - reach <= blocks[k].box[3] <= band[1] + slack
            or band[3] - slack <= blocks[k].box[1] <= band[3] + reach]
    if any(blocks[k].role not in _BY_BAND or _column(blocks[k], columns, slack) is None
           for k in near):
        return None                     # a caption, a title, text across a gutter by it
    # the tiers reach up to the article's head (or another divider) and down to the next
    ceiling = max([b[3] for b in others if b[3] <= band[1]] +
                  [blocks[k].box[3] for k in inside if blocks[k].role in _HEADS
                   and blocks[k].box[3] <= band[1] + slack], default=float("-inf"))
    floor = min([b[1] for b in others if b[1] >= band[3]] +
                [blocks[k].box[1] for k in inside if blocks[k].role in _HEADS
                 and blocks[k].box[1] >= band[3] - slack], default=float("inf"))
    upper = [k for k in inside if blocks[k].role in _RUNNING and
             blocks[k].box[1] >= ceiling - slack and blocks[k].box[3] <= band[1] + slack]
    lower = [k for k in inside if blocks[k].role in _RUNNING and
             blocks[k].box[1] >= band[3] - slack and blocks[k].box[3] <= floor + slack]
    cols_up = {_column(blocks[k], columns, slack) for k in upper} - {None}
    cols_down = {_column(blocks[k], columns, slack) for k in lower} - {None}
    if len(cols_up & cols_down) < TIER_COLUMNS or \
            not any(k in near for k in upper) or not any(k in near for k in lower):
        return None
    if white:       # (a strip of white: the lower tier's columns all start level under it)
        heads = [min(blocks[k].box[1] for k in lower if _column(blocks[k], columns, slack) == c)
                 for c in cols_down]
        if max(heads) - min(heads) > LEVEL * body:
            return None
    return upper, lower


def _crossed(blocks: list[Block], order: list[int], upper: list[int], lower: list[int]) -> bool:
    """Whether some language's text goes on across the band (has blocks in both tiers): a
    band parting one language's rows from the other's (a table of questions and answers, the
    Vietnamese rows over the English ones) parts no tiers, and reading its rows column by
    column would put a row's answer after the next row's question."""
    langs = [{blocks[order[k]].lang for k in tier} for tier in (upper, lower)]
    return bool(langs[0] & langs[1])


def _tier_order(blocks: list[Block], upper: list[int], lower: list[int]) -> list[int]:
    """The tiers' blocks by language (in the order the page reads them first), each
    language's upper tier left to right, column by column, then its lower tier."""
    langs: list[str] = []
    for k in sorted(upper + lower):
        if blocks[k].lang not in langs:
            langs.append(blocks[k].lang)

    return [k for lang in langs for tier in (upper, lower)
            for k in _by_columns(blocks, [j for j in tier if blocks[j].lang == lang])]


def _by_columns(blocks: list[Block], ks: list[int]) -> list[int]:
    """Blocks column by column, left to right, each column top down: a block is in the
    column of the blocks its x range overlaps."""
    groups: list[tuple[float, float, list[int]]] = []
    for k in sorted(ks, key=lambda j: blocks[j].box[0]):
        b = blocks[k].box
        for n, (lo, hi, members) in enumerate(groups):
            if b[0] < hi and lo < b[2]:
                groups[n] = (min(lo, b[0]), max(hi, b[2]), members + [k])
                break
        else:
            groups.append((b[0], b[2], [k]))
    return [k for _, _, members in groups for k in sorted(members, key=lambda j: blocks[j].box[1])]


def tier_by_tier(blocks: list[Block], regions: list[int], drawings: tuple[Drawing, ...],
                 images: tuple[Box, ...], columns: tuple[tuple[float, float], ...],
                 body: float, exact: bool = True) -> tuple[list[Block], list[int]]:
    """The page's blocks and regions with every tier band's tiers read tier by tier (see the
    module's doc), renumbered in their new order (``exact``: a text-layer page, whose
    drawings are read; a scan's are not, its rules white to the geometry)."""
    if not blocks:
        return blocks, regions
    found = dividers(drawings, images, columns, body)
    white = not exact and not found
    if white:
        found = white_bands(blocks, columns, body)
    order = list(range(len(blocks)))
    for band in found:
        tiers = _tiers([blocks[k] for k in order], band, [b for b in found if b != band],
                       columns, body, white)
        if tiers is None or not _crossed(blocks, order, *tiers):
            continue
        new = [order[k] for k in _tier_order([blocks[k] for k in order], *tiers)]
        moved = set(new)
        if all([k for k in new if blocks[k].lang == lang] ==
               [k for k in order if k in moved and blocks[k].lang == lang]
               for lang in {blocks[k].lang for k in new}):
            continue        # (each language read as before: one column a language, a
                            # language's text in one tier; its twin's place left as it is)
        start = min(order.index(k) for k in moved)
        rest = [k for k in order if k not in moved]
        order = rest[:start] + new + rest[start:]
        log.debug("page %d: two tiers round the band at %.0f read tier by tier",
                  blocks[0].page, band[1])
    if order == list(range(len(blocks))):
        return blocks, regions
    return reordered(blocks, regions, order)
