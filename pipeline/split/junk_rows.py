"""Rows of OCR junk at a paragraph's top or foot: a rule, a frame's edge or the foot of a
tint read as letters.

Tesseract reads a thin rule or a box's edge close over a line as a row of odd words (``Cá So
Sáo Y Ti``, stretched and of next to no confidence), and the page's geometry may take that
row as the first (or last) line of the paragraph beside it: a title then opens with the junk
and no longer reads as its twin's. A paragraph's lines at its top or foot whose words' median
OCR confidence is under ``pieces.JUNK_CONF`` (what a piece of junk is) are cut off, each a
paragraph of its own, which the role rules keep out as junk. Lines inside a paragraph stay:
a degraded line between two sound ones is the paragraph's own text. Text-layer lines carry
full confidence and are never cut. Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.base import union
from magpipe.split.layout import Para
from magpipe.split.pieces import JUNK_CONF


def junk_rows_off(paras: list[Para]) -> list[Para]:
    """``paras`` with the junk lines at each one's top and foot cut off as paragraphs of
    their own (in the order of the lines)."""
    out: list[Para] = []
    for para in paras:
        lines = para.lines
        first, last = 0, len(lines)
        while first < last and lines[first].conf < JUNK_CONF:
            first += 1
        while last > first and lines[last - 1].conf < JUNK_CONF:
            last -= 1
        if first == last or (first == 0 and last == len(lines)):
            out.append(para)        # all junk (the rules' already) or none of it
            continue
        kept = lines[first:last]
        out.extend(Para(lines=(ln,), box=ln.box, region=para.region) for ln in lines[:first])
        out.append(Para(lines=kept, box=union([ln.box for ln in kept]), region=para.region))
        out.extend(Para(lines=(ln,), box=ln.box, region=para.region) for ln in lines[last:])
    return out
