"""Text turned a few degrees: a snapshot's caption printed on a card pinned askew.

A newsletter pins its photos as snapshots, each a card turned a few degrees about its centre,
its caption inside the card and turned with it. A text layer gives the caption's words in
upright boxes along a slanted baseline: across a measure of 120 points a turn of 5 degrees
drops the line by 10 points, a line's pitch, so the page's rows (``pieces``) read a line's
last words with the next line's first ones, and the caption comes out cut into pieces, its
lines crossed.

``untilted`` reads each line the text layer gives (``Word.line``) of ``MIN_WORDS`` words or
more: the slopes of its words' tops and of their feet, each fitted by least squares, are a
turn between ``MIN_TILT`` and ``MAX_TILT`` (less: a level line; a quarter turn is
``turned``'s), alike, when every top and foot lies within ``FIT`` of a word's height of its
fitted line. Turned lines of one slope (``SAME_TILT``) standing within a word's height of one
another form a card, with the shorter lines lying in the card's box (``SHORT_REACH``): those
whose slope cannot be read, too short or their words off any one slope, but not those read
level (``_level``); each card's words are turned back about the card's centre, each box taken
for the upright box of a word turned by that slope (its width solved back, its height kept).
Only the geometry reads the turned-back boxes (lines, paragraphs, columns); the blocks keep
the words' own boxes, where the text lands on the page. OCR pages are left alone (a skewed
scan is deskewed whole: ``skew.skew_slope``). Pure logic, no I/O.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.pages import Word

MIN_TILT = math.radians(1.0)    # below: a level line (a text layer's boxes round to points)
MAX_TILT = math.radians(12.0)   # above: no card pinned askew (a quarter turn: ``turned``)
MIN_WORDS = 3        # words of a line whose slope is read (two words fit any slope)
FIT = 0.2            # x word height: the most a word's centre strays from its line's slope
# lines of one card are turned alike within this (a line's piece of three short words, cut
# by the text layer, reads its slope less surely)
SAME_TILT = math.radians(2.0)
# x word height: how far over or under the card's turned lines its shorter lines may lie (a
# caption's last line of a word or two, where a slope cannot be read)
SHORT_REACH = 1.5
# points: the least spread of a line's word centres for its level feet to be taken as level
# without fitting them (``_level_feet``: centres nearer together could make a slope of
# rounding noise over a near-zero spread)
LEVEL_SPREAD = 1.0


def _centre(b: Box) -> tuple[float, float]:
    return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2


def _fitted(pts: list[tuple[float, float]], high: float) -> float | None:
    """The least-squares slope of the points, when they all lie within ``FIT`` x ``high``
    of it."""
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    if sxx <= 0:
        return None
    m = sum((x - mx) * (y - my) for x, y in pts) / sxx
    if any(abs(y - my - m * (x - mx)) > FIT * high for x, y in pts):
        return None
    return m


def _level_feet(boxes: list[Box], mids: list[float]) -> bool:
    """The words' feet all stand at one height, their centres at least ``LEVEL_SPREAD``
    apart: the feet's fitted slope is then rounding noise (the residues of one value less
    its mean, ~1e-13 of it, over a spread of a point or more), far under ``MIN_TILT``, and
    the line is no turned one. Every line of a text layer's level text is so (824 of 824
    lines of three words or more on the scale bench's pages): the fits are skipped."""
    foot = boxes[0][3]
    return all(b[3] == foot for b in boxes) and max(mids) - min(mids) >= LEVEL_SPREAD


def _tilt(boxes: list[Box]) -> float | None:
    """The angle a line of words is turned by: the slope of their boxes' tops and that of
    their feet, both fitted, both a turn between ``MIN_TILT`` and ``MAX_TILT``, alike within
    ``SAME_TILT`` (a level line's capitals with marks stand taller than those without: its
    tops alone slope, its feet stay level)."""
    mids = [(b[0] + b[2]) / 2 for b in boxes]
    return None if _level_feet(boxes, mids) else fitted_tilt(boxes, mids)


def fitted_tilt(boxes: list[Box], mids: list[float]) -> float | None:
    """``_tilt`` worked out by fitting the tops and the feet whatever they are (``mids``:
    the boxes' horizontal centres)."""
    tops, feet = _slopes(boxes, mids)
    if tops is None or feet is None:
        return None
    a, b = math.atan(tops), math.atan(feet)
    if abs(a - b) > SAME_TILT or not all(MIN_TILT <= abs(t) <= MAX_TILT for t in (a, b)):
        return None
    return (a + b) / 2


def _level(boxes: list[Box]) -> bool:
    """The line is read level: ``MIN_WORDS`` words or more whose tops and feet both fit a
    slope under ``MIN_TILT``. A line too short to read, or whose words stray off any one
    slope (a dash's box set lower than the capitals beside it: ``- MAI THU``, a credit's
    name on a card's last line), is not: it may be a card's shorter line."""
    if len(boxes) < MIN_WORDS:
        return False
    slopes = _slopes(boxes, [(b[0] + b[2]) / 2 for b in boxes])
    return all(m is not None and abs(math.atan(m)) < MIN_TILT for m in slopes)


def _slopes(boxes: list[Box], mids: list[float]) -> tuple[float | None, float | None]:
    """The fitted slopes (``_fitted``, within ``FIT`` of the line's median word height) of
    the boxes' tops and of their feet; ``mids``: the boxes' horizontal centres."""
    high = sorted(b[3] - b[1] for b in boxes)[len(boxes) // 2]
    tops = _fitted([(x, b[1]) for x, b in zip(mids, boxes, strict=True)], high)
    feet = _fitted([(x, b[3]) for x, b in zip(mids, boxes, strict=True)], high)
    return tops, feet


def _turned_back(box: Box, centre: tuple[float, float], angle: float) -> Box:
    """The box of a word whose upright box on the page is ``box``, once the card it is on is
    turned back by ``angle`` about ``centre``: its centre turned, its width solved from the
    upright box of a box turned by ``angle``, its height kept (the page's body size and its
    lines' sizes are read on box heights: a caption's words solved back to their glyphs'
    height read as smaller type than they did, and a page of cards over little text took
    its lead for body text, scrapbook at seed 4600)."""
    c, s = math.cos(angle), math.sin(abs(angle))
    x, y = _centre(box)
    dx, dy = x - centre[0], y - centre[1]
    nx = centre[0] + dx * c + dy * math.sin(angle)
    ny = centre[1] - dx * math.sin(angle) + dy * c
    big_w, big_h = box[2] - box[0], box[3] - box[1]
    w = max((big_w * c - big_h * s) / (c * c - s * s), 0.5 * big_w)
    return (nx - w / 2, ny - big_h / 2, nx + w / 2, ny + big_h / 2)


def untilted(words: tuple[Word, ...], exact: bool = True) -> tuple[Word, ...]:
    """The page's words with those of each card turned a few degrees turned back level (see
    the module); the same words when there is none, and on OCR pages."""
    if not exact:
        return words
    lines: dict[int, list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        if w.text:
            lines[w.line].append(i)
    tilts: dict[int, float] = {}
    for n, idx in lines.items():
        if len(idx) >= MIN_WORDS:
            angle = _tilt([words[i].box for i in idx])
            if angle is not None:
                tilts[n] = angle
    if not tilts:
        return words
    boxes = {n: union([words[i].box for i in lines[n]]) for n in tilts}
    high = {n: sorted(words[i].box[3] - words[i].box[1] for i in lines[n])[len(lines[n]) // 2]
            for n in tilts}
    cards: list[list[int]] = []     # turned lines touching one another, turned alike
    for n in sorted(tilts, key=lambda n: boxes[n][1]):
        near = [c for c in cards if any(abs(tilts[m] - tilts[n]) <= SAME_TILT and
                                        _touch(boxes[m], boxes[n], high[n]) for m in c)]
        for c in near[1:]:
            near[0].extend(c)
            cards.remove(c)
        if near:
            near[0].append(n)
        else:
            cards.append([n])
    # the lines not turned that are read level (``_level``), once a page: no card's lines
    level = {n: _level([words[i].box for i in idx]) for n, idx in lines.items()
             if n not in tilts}
    moved: dict[int, Box] = {}
    for members in cards:
        angle = sum(tilts[n] * len(lines[n]) for n in members) / \
            sum(len(lines[n]) for n in members)
        box = union([boxes[n] for n in members])
        grow = SHORT_REACH * sorted(high[n] for n in members)[len(members) // 2]
        short = [n for n, idx in lines.items() if n in level and not level[n]
                 and all(_inside(words[i].box, box, grow) for i in idx)]
        centre = _centre(box)
        for i in (i for n in members + short for i in lines[n]):
            moved[i] = _turned_back(words[i].box, centre, angle)
    return tuple(replace(w, box=moved[i]) if i in moved else w for i, w in enumerate(words))


def _touch(a: Box, b: Box, gap: float) -> bool:
    """The boxes overlap or stand within ``gap`` of one another, across and down."""
    return a[0] - gap <= b[2] and b[0] - gap <= a[2] and a[1] - gap <= b[3] and \
        b[1] - gap <= a[3]


def _inside(inner: Box, outer: Box, grow: float) -> bool:
    """``inner`` lies within ``grow`` of ``outer``, across and down (a line's piece of a
    word or two, cut off by the text layer, juts out past the turned lines' box)."""
    return inner[0] >= outer[0] - grow and inner[2] <= outer[2] + grow and \
        inner[1] >= outer[1] - grow and inner[3] <= outer[3] + grow
