"""Cells set side by side in one region: a bilingual table's Vietnamese and English cells, and
a margin of dates beside the entries they date; and an entry's date set close over its
headline.

The XY cut parts columns at gutters that run the height of a region. A ruled table has none:
its head row and the bands across it (a month's name, a section of the table) cross every
gutter, and its cells sit a narrow pad apart (the rule between them is no text), so the
cells of a row are read as one line, ``15/10/2025 LỄ THÔNG TUYẾN ... TECHNICAL TRAFFIC ...``.
A margin of dates (a ledger, a chronicle) is narrower than any column, so it joins the line
of the text beside it: ``5 October Ngày 12/12/2025, tại trụ sở ...``.

What tells such cells is local: a band of rows (lines with no white between them, the rows
of one table row or one entry) through which a white strip runs on every row, with text on
both sides of it on the same rows: on one side Vietnamese (told by its marks) and on the
other English (a Vietnamese cell and its English twin), or on one side nothing but dates,
one a row (a date column or margin). Such
a band is cut at the strip and each side's lines are made into paragraphs of their own, read
left to right across the band and band after band down the region. A strip through text of
one language (a river of word spaces, columns of one language) cuts nothing.

A date set alone on the first line of a block (an entry's date set close over its headline,
read as the headline's first line) is cut off as a block of its own.

Pure logic over one page's geometry, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from statistics import median

from magpipe.artifacts.base import union
from magpipe.artifacts.layout import Lang
from magpipe.artifacts.pages import Word
from magpipe.split.langid import classify, evidence
from magpipe.split.layout import PageGeometry, Para, paragraphs
from magpipe.split.pieces import Line, make_line
from magpipe.split.skew import deskewed
from magpipe.split.xycut import column_ranges
from magpipe.text.dates import date_alone

log = logging.getLogger(__name__)

BAND_GAP = 0.3      # x body size (box height): white this high between rows parts two bands
                    # (the pad between two rows of a table, the space between two entries);
                    # the lines of a paragraph overlap or touch, a title sits close on its text
STRIP = 0.5         # x body size: narrowest white strip between cells (a table's cells sit
                    # two pads apart, some 0.7 body; a justified line's word spaces run ~0.2-0.35,
                    # and the strip must be white on every row of the band)
BAND_LINES = 2      # fewest rows of a band cut into cells (a one-row band is ``cut_row``'s)
SIDE_CHARS = 3      # fewest letters or digits on each side of a cut (``5/10``)
CELL_CHARS = 24     # fewest letters or digits of each side of a cut between languages (a
                    # headline's first rows; OCR junk beside a line reads as a language too)
BOTH_ROWS = 2       # fewest rows holding text on both sides of a cut between languages
VI_MARKED = 0.3     # share of words with Vietnamese marks of a Vietnamese cell, at least ...
EN_MARKED = 0.05    # ... and of an English one, at most
EDGE = 2.0          # points: a cell's x range may run this far past its column's
LANG_CONF = 0.6     # fewest langid confidence of each side for a cut between languages
LANGUAGES = "cells of the two languages"
# Cells of the two languages side by side several times across a band (a row of photos, each
# with its Vietnamese and English labels side by side under it: vi | en | vi | en) have no strip
# with one language on the whole of each side. In each part of the band the strips above leave
# whole, a gutter GUTTER x its type wide or more through every row, the text on each side of it
# up to the next such gutter in the two languages (``_language_cells``, as ``_parts_cells`` asks
# of a strip's sides), parts two cells too. Measured on the band's own type (a page's body size
# may be read off its titles: tombstone-5's first page, 13 pt): word spaces run 0.2-0.35 of it;
# the labels' gutters (9-10 pt in 7.8 pt type) are the narrowest seen between cells so set.
GUTTER = 0.8


def _bands(lines: list[Line], body: float) -> list[list[Line]]:
    """The lines cut into bands, top to bottom, at white gaps ``BAND_GAP`` high or more."""
    out: list[list[Line]] = []
    foot = float("-inf")
    for ln in sorted(lines, key=lambda ln: ln.box[1]):
        if out and ln.box[1] - foot < BAND_GAP * body:
            out[-1].append(ln)
        else:
            out.append([ln])
        foot = max(foot, ln.box[3]) if len(out[-1]) > 1 else ln.box[3]
    return out


def _strips(band: list[Line], words: tuple[Word, ...], body: float) -> list[float]:
    """The middles of the white strips ``STRIP`` x body wide or more that run through every row
    of the band, between its words."""
    return _white_middles(sorted((words[i].box[0], words[i].box[2])
                                 for ln in band for i in ln.words), STRIP * body)


def _white_middles(spans: list[tuple[float, float]], least: float) -> list[float]:
    """The middles of the gaps ``least`` wide or more between the x ranges ``spans`` (sorted
    by their left ends), left to right."""
    cuts, end = [], spans[0][1]
    for lo, hi in spans[1:]:
        if lo - end >= least:
            cuts.append((end + lo) / 2)
        end = max(end, hi)
    return cuts


def _side_rows(band: list[Line], words: tuple[Word, ...], lo: float, hi: float) -> list[str]:
    """The text of each row of the band between ``lo`` and ``hi`` (rows with words there)."""
    rows = []
    for ln in band:
        inside = [i for i in ln.words if lo <= (words[i].box[0] + words[i].box[2]) / 2 < hi]
        if inside:
            rows.append(" ".join(words[i].text for i in inside))
    return rows


def _twin_sides(left: str, right: str) -> bool:
    """One side is Vietnamese by its marks and the other English (no marks, and langid says
    so): the marks, not the shape of syllables, tell a Vietnamese cell from a name in
    capitals (``HUU NGHI BORDER GATE``)."""
    for vi, en in ((left, right), (right, left)):
        if evidence(vi).marked >= VI_MARKED and evidence(en).marked < EN_MARKED:
            lang, conf = classify(en)
            if lang == Lang.EN and conf >= LANG_CONF:
                return True
    return False


def _parts_cells(left: list[str], right: list[str], both: int) -> str | None:
    """Why the texts on the two sides of a strip are cells, not one text: one side holds
    nothing but dates (a date column, a margin of dates), or the sides are in the two
    languages (a Vietnamese cell and its English twin, ``CELL_CHARS`` long at least, side by
    side on ``BOTH_ROWS`` rows or more: a caption and its credit on rows of their own are no
    cells); ``None`` when they are
    neither. ``both``: how many rows hold text on both sides."""
    if min(sum(c.isalnum() for t in side for c in t) for side in (left, right)) < SIDE_CHARS:
        return None                   # a speck or a mark beside the text parts no cells
    if both and (all(date_alone(t) for t in left) or all(date_alone(t) for t in right)):
        return "a column of dates"
    return LANGUAGES if _language_cells(left, right, both) else None


def _language_cells(left: list[str], right: list[str], both: int) -> bool:
    """The two sides are a Vietnamese cell and its English twin: ``CELL_CHARS`` letters or
    digits long each at least, side by side on ``BOTH_ROWS`` rows or more."""
    return both >= BOTH_ROWS and min(sum(c.isalnum() for t in side for c in t)
                                     for side in (left, right)) >= CELL_CHARS \
        and _twin_sides(" ".join(left), " ".join(right))


def _gutters(band: list[Line], words: tuple[Word, ...], lo: float, hi: float) -> list[float]:
    """The middles of the white strips ``GUTTER`` x the band's type size (its lines' median
    size) wide or more that run through every row of the band between ``lo`` and ``hi``,
    between its words there."""
    size = median(ln.size for ln in band)
    spans = sorted((words[i].box[0], words[i].box[2]) for ln in band for i in ln.words
                   if lo <= (words[i].box[0] + words[i].box[2]) / 2 < hi)
    return _white_middles(spans, GUTTER * size) if spans else []


def _twin_neighbours(band: list[Line], words: tuple[Word, ...], cuts: list[float]
                     ) -> list[float]:
    """Gutters between two cells of the two languages side by side inside a part of the band
    that ``cuts`` leave whole (see ``GUTTER``): each side up to the next gutter or cut."""
    bounds = [float("-inf"), *cuts, float("inf")]
    found: list[float] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        inner = [lo, *_gutters(band, words, lo, hi), hi]
        for k in range(1, len(inner) - 1):
            left = _side_rows(band, words, inner[k - 1], inner[k])
            right = _side_rows(band, words, inner[k], inner[k + 1])
            both = sum(bool(_side_rows([ln], words, inner[k - 1], inner[k]))
                       and bool(_side_rows([ln], words, inner[k], inner[k + 1])) for ln in band)
            if _language_cells(left, right, both):
                found.append(inner[k])
                log.debug("a band of %d rows cut at x=%.0f (%s, side by side in a part): %r",
                          len(band), inner[k], LANGUAGES, band[0].text[:40])
    return found


def _cells(band: list[Line], words: tuple[Word, ...], body: float) -> list[float]:
    """The strips of the band that part cells (``_parts_cells``), and in the parts they leave
    the gutters between two cells of the two languages (``_twin_neighbours``)."""
    if len(band) < BAND_LINES:
        return []
    cuts = _strip_cells(band, words, body)
    return sorted(cuts + _twin_neighbours(band, words, cuts))


def _strip_cells(band: list[Line], words: tuple[Word, ...], body: float) -> list[float]:
    """The strips of the band whose two sides are cells (``_parts_cells``)."""
    cuts: list[float] = []
    strips = _strips(band, words, body)
    for k, x in enumerate(strips):
        both = sum(any(words[i].box[2] <= x for i in ln.words) and
                   any(words[i].box[0] >= x for i in ln.words) for ln in band)
        why = _parts_cells(_side_rows(band, words, float("-inf"), x),
                           _side_rows(band, words, x, float("inf")), both)
        if why == LANGUAGES:
            at = _language_change(band, words, strips, k)
            if at is None:
                continue
            x = strips[at]
        if why and x not in cuts:
            cuts.append(x)
            log.debug("a band of %d rows cut at x=%.0f (%s): %r", len(band), x, why,
                      band[0].text[:40])
    return cuts


def _language_change(band: list[Line], words: tuple[Word, ...], strips: list[float],
                     k: int) -> int | None:
    """The strip (an index of ``strips``) where the band's text changes language, for the
    strip ``k`` whose two sides are in the two languages: ``k`` itself when the text right
    beside it (up to the next strip on each side) is, else the strip nearest it whose own
    neighbours are (None when none is). A side may reach across another strip into other
    text: the first rows of an English column read a word a piece, their spaces lined up in
    a strip, stand level with a Vietnamese byline set left of them, so the strip through the
    English words has the byline on its left; the languages change at the strip between the
    byline and the English, and the English rows stay one text. A side holding no letter (a
    contents list's page numbers between its Vietnamese and its English entries) reaches on
    to the next strip: numbers are of neither language, the text past them is."""
    bounds = [float("-inf"), *strips, float("inf")]

    def side(lo: int, hi: int) -> str:
        return " ".join(_side_rows(band, words, bounds[lo], bounds[hi]))

    def twin(j: int) -> bool:
        lo, hi = j, j + 2               # (bounds[j + 1] is strips[j])
        while lo > 0 and not any(c.isalpha() for c in side(lo, j + 1)):
            lo -= 1
        while hi < len(bounds) - 1 and not any(c.isalpha() for c in side(j + 1, hi)):
            hi += 1
        return _twin_sides(side(lo, j + 1), side(j + 1, hi))

    found = sorted((j for j in range(len(strips)) if twin(j)), key=lambda j: abs(j - k))
    return found[0] if found else None


def _in_one_cell(band: list[Line], cuts: list[float], words: tuple[Word, ...]) -> bool:
    """Every word of the band lies between the same two cuts (inside one cell's x range)."""
    bounds = [float("-inf"), *cuts, float("inf")]
    x0 = min(words[i].box[0] for ln in band for i in ln.words)
    x1 = max(words[i].box[2] for ln in band for i in ln.words)
    return any(lo <= x0 and x1 <= hi for lo, hi in zip(bounds, bounds[1:], strict=False))


def _merged(bands: list[list[Line]], words: tuple[Word, ...], body: float
            ) -> list[tuple[list[Line], list[float]]]:
    """Each band with its cuts (``_cells``), a band cut into cells taking in the bands under it
    that lie inside one of its cells (the rest of a cell's text, below a space between its
    paragraphs wider than the gap between two bands)."""
    out: list[tuple[list[Line], list[float]]] = []
    for band in bands:
        if out and out[-1][1] and _in_one_cell(band, out[-1][1], words):
            out[-1][0].extend(band)
            continue
        out.append((band, _cells(band, words, body)))
    return out


def _band_paras(band: list[Line], cuts: list[float], words: tuple[Word, ...], region: int,
                exact: bool, body: float, lanes: list[tuple[float, float]]) -> list[Para]:
    """The paragraphs of each cell of a band, cells left to right (each cell's x range added
    to ``lanes``)."""
    out = []
    bounds = [float("-inf"), *cuts, float("inf")]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        pieces = []
        for ln in band:
            inside = [i for i in ln.words if lo <= (words[i].box[0] + words[i].box[2]) / 2 < hi]
            if inside:
                pieces.append(make_line(words, inside))
        if pieces:
            lanes.append((min(p.box[0] for p in pieces), max(p.box[2] for p in pieces)))
            out.extend(paragraphs(words, pieces, region, exact, body))
    return out


def _region_cells(paras: list[Para], words: tuple[Word, ...], exact: bool,
                  body: float, lanes: list[tuple[float, float]]) -> list[Para] | None:
    """One region's paragraphs with each band of cells cut into its cells' paragraphs; ``None``
    when it holds no band of cells."""
    bands = _merged(_bands([ln for p in paras for ln in p.lines], body), words, body)
    cut = {}
    for band, cuts in bands:
        if cuts:
            cut[id(band)] = _band_paras(band, cuts, words, paras[0].region, exact, body,
                                        lanes)
    if not cut:
        return None
    band_of = {id(ln): band for band, _ in bands for ln in band}
    out: list[Para] = []
    done: set[int] = set()
    for para in paras:
        kept: list[Line] = []
        for ln in para.lines:
            band = band_of[id(ln)]
            if id(band) not in cut:
                kept.append(ln)
                continue
            if kept:
                out.append(replace(para, lines=tuple(kept), box=union([k.box for k in kept])))
                kept = []
            if id(band) not in done:
                done.add(id(band))
                out.extend(cut[id(band)])
        if kept:
            out.append(replace(para, lines=tuple(kept), box=union([k.box for k in kept])))
    return out


def _dateline_cut(para: Para) -> list[Para]:
    """A paragraph whose first line is a date alone (an entry's date set close over its
    headline, which the geometry read as the headline's first line) is two: the date, and
    the rest."""
    if len(para.lines) < 2 or not date_alone(para.lines[0].text):
        return [para]
    log.debug("a date cut from the top of the block under it: %r", para.lines[0].text)
    rest = para.lines[1:]
    return [replace(para, lines=para.lines[:1], box=para.lines[0].box),
            replace(para, lines=rest, box=union([ln.box for ln in rest]))]


def table_cells(words: tuple[Word, ...], geo: PageGeometry) -> PageGeometry:
    """The page's geometry with bands of cells set side by side in a region (a bilingual
    table's rows, entries beside a margin of dates) cut into their cells' paragraphs."""
    words = deskewed(words, geo.slope)      # (the geometry's boxes are straightened)
    out: list[Para] = []
    lanes: list[tuple[float, float]] = []
    k, changed = 0, False
    paras = list(geo.paras)
    while k < len(paras):
        end = k
        while end < len(paras) and paras[end].region == paras[k].region:
            end += 1
        region = _region_cells(paras[k:end], words, geo.exact, geo.body_size, lanes)
        changed = changed or region is not None
        out.extend(region if region is not None else paras[k:end])
        k = end
    dated = [piece for para in out for piece in _dateline_cut(para)]
    changed = changed or len(dated) > len(out)
    out = dated
    if not changed:
        return geo
    return replace(geo, paras=tuple(out), columns=_columns(geo.columns, lanes))


def _columns(columns: tuple[tuple[float, float], ...], lanes: list[tuple[float, float]]
             ) -> tuple[tuple[float, float], ...]:
    """The page's columns, on a page the XY cut read as one column: the column replaced by
    the cells' x ranges (clustered, ``xycut.column_ranges``) when it holds two or more (a
    cell set in from the edges of the page-wide column would read as a box set in its text).
    A page of several columns keeps them (its cells lie in one of them: the halves of a
    story's module)."""
    cells = column_ranges(lanes) if lanes and len(columns) <= 1 else ()
    out: list[tuple[float, float]] = []
    for lo, hi in columns:
        inside = [c for c in cells if c[0] >= lo - EDGE and c[1] <= hi + EDGE]
        out.extend(inside if len(inside) >= 2 else [(lo, hi)])
    return tuple(sorted(out)) or columns
