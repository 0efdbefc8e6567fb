"""A sheet of two halves (``fold``) whose lines across the middle stand below text of both.

``fold.sheet_geometry`` reads a sheet in three parts: the lines that run across the fold, the
left half, the right half. That order holds for a spread's title over both pages. But a page
set in two language halves of two columns each, with stacked stories whose titles run the
whole width (quartet scans: a Vietnamese title over an English one, the Vietnamese text in the
left two columns, the English in the right two, then the next story's titles and columns under
them), is found to have a fold too (the gutter between the halves is wider than the others):
every title was then read first, and each half's columns ran through both stories, so the
second story's text was read as the first's.

A line across the middle that stands below text of both halves' bodies (under their running
heads: ``PageGeometry.top_edge``) parts the sheet into bands, one above it and one from it
down: each band is read as its lines across the middle, then its left half, then its right
half, in the order each part had. A spread whose only lines across the fold are over both
pages' text keeps one band: nothing changes.

Pure logic on paragraphs.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.split.layout import Para

log = logging.getLogger(__name__)


def band_cuts(across: list[Para], halves: list[tuple[list[Para], float]]) -> list[float]:
    """The tops of the paragraphs of ``across`` that stand below body text of every half
    (``halves``: each half's paragraphs and its top edge, the foot of its running heads)."""
    if len(halves) != 2:
        return []
    cuts = []
    for para in across:
        top = para.box[1]
        if all(any(p.box[3] <= top and p.box[1] >= edge for p in paras)
               for paras, edge in halves):
            cuts.append(top)
    return sorted(set(cuts))


def banded(parts: list[list[Para]], cuts: list[float]) -> list[Para]:
    """The paragraphs of ``parts`` (across, left, right; each in its own reading order) read
    band by band (``cuts``: the bands' tops, ``band_cuts``), their regions renumbered in the
    new order."""
    if not cuts:
        return [p for part in parts for p in part]

    def band(para: Para) -> int:
        middle = (para.box[1] + para.box[3]) / 2
        return sum(middle >= cut for cut in cuts)

    order = [p for k in range(len(cuts) + 1) for part in parts for p in part if band(p) == k]
    log.info("lines across the middle under both halves' text: %d bands", len(cuts) + 1)
    rank: dict[int, int] = {}
    for p in order:
        rank.setdefault(p.region, len(rank))
    return [replace(p, region=rank[p.region]) for p in order]
