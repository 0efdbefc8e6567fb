"""A vertical rule that OCR read as a bar glyph (``|``), standing between two cells' text on
one line: the cells parted there.

A table ruled between its cells (a question beside its answer) loses its rules on a scan:
the split stage sees no drawing. Where a row's first lines sit a pad's width either side of
the rule, the geometry reads them as one line, and the row as one paragraph (``How long does
the procedure take? | Attending the talks were ...``). OCR often reads the hairline itself
where it runs past a line, as a word of one bar. So a bar standing between words of a line,
with text on both sides, in a paragraph whose other lines all lie wholly on one side of it,
parts the paragraph: the lines' parts left of the bar, read first, and those right of it,
each made into paragraphs of their own (``layout.paragraphs``); the bar is a speck of its
own. Scans only (a text layer's rules are drawings, ``ruled_rows``). Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.pages import Word
from magpipe.split.layout import PageGeometry, Para, paragraphs
from magpipe.split.pieces import Line, make_line
from magpipe.split.skew import deskewed

log = logging.getLogger(__name__)

BARS = frozenset({"|", "¦", "│"})     # what OCR reads a thin vertical rule as
SIDE_CHARS = 3      # letters or digits on each side of the bar on its line, at least (a bar
                    # beside a mark or a figure alone parts no cells)


def _bar(line: Line, words: tuple[Word, ...]) -> int | None:
    """The index of a bar word standing between words of the line, with ``SIDE_CHARS``
    letters or digits each side."""
    for k, i in enumerate(line.words):
        if words[i].text.strip() in BARS:
            left = "".join(words[j].text for j in line.words[:k])
            right = "".join(words[j].text for j in line.words[k + 1:])
            if min(sum(c.isalnum() for c in side) for side in (left, right)) >= SIDE_CHARS:
                return i
    return None


def _parted(para: Para, words: tuple[Word, ...], body: float) -> list[Para] | None:
    """The paragraph's cells' paragraphs, left then right, and the bar, when a bar parts it
    (see the module's text); ``None`` otherwise."""
    for line in para.lines:
        bar = _bar(line, words)
        if bar is None:
            continue
        x = (words[bar].box[0] + words[bar].box[2]) / 2
        sides: tuple[list[Line], list[Line]] = ([], [])
        for ln in para.lines:
            left = [i for i in ln.words if i != bar and words[i].box[2] <= x]
            right = [i for i in ln.words if i != bar and words[i].box[0] >= x]
            if len(left) + len(right) + (bar in ln.words) < len(ln.words):
                return None                 # a word across the bar: no rule between cells
            if ln is not line and left and right:
                return None                 # another line across it: one text, a bar in it
            for side, idx in zip(sides, (left, right), strict=True):
                if idx:
                    side.append(make_line(words, idx))
        out = [p for side in sides for p in paragraphs(words, side, para.region, False, body)]
        bar_line = make_line(words, [bar])
        log.debug("a paragraph parted at a bar OCR read off a rule between cells: %r",
                  line.text[:50])
        return [*out, Para(lines=(bar_line,), box=bar_line.box, region=para.region)]
    return None


def bar_rules(words: tuple[Word, ...], geo: PageGeometry) -> PageGeometry:
    """The page's geometry with each paragraph that a bar OCR read off a rule parts cut into
    its cells' paragraphs (scans only)."""
    if geo.exact:
        return geo
    words = deskewed(words, geo.slope)
    out: list[Para] = []
    changed = False
    for para in geo.paras:
        parted = _parted(para, words, geo.body_size) if len(para.lines) > 1 or any(
            words[i].text.strip() in BARS for i in para.lines[0].words) else None
        changed = changed or parted is not None
        out.extend(parted if parted is not None else [para])
    return replace(geo, paras=tuple(out)) if changed else geo
