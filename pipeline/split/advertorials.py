"""Advertorials: paid content set like the paper's own articles, which belongs to no article.

Trade and business papers sell space for a company's feature set in the articles' own styles
(a title, paragraphs, a contact line, abreast in both languages), marked apart only by a
frame or a tint behind it and a label over it (``THÔNG TIN QUẢNG CÁO`` / ``ADVERTISEMENT``,
``magpipe.text.sponsored``). Nothing in the look of its blocks tells it from an article, and
no frame or tint reaches the split stage (only words do), so the label decides: a line that is
a sponsor's label and nothing else marks the band it heads, across the columns its label (and
its twin on the same row, the other language's) sits in, down to where the advertorial ends.
It ends where the next article opens (a title or rubric under some of the band's text, in
that text's column) or at a gap far wider than the band's own (the frame's foot,
the space under it and the next article's rule). Every block of the band, label included, is
a note of no article (``aside``, as the generator's ``ad`` is scored). Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.sponsored import is_sponsor_label

log = logging.getLogger(__name__)

REASON = "under a sponsor's label (an advertorial: paid content, no article's)"
BAND_GAP = 2.5     # x body size: a gap this wide under the band's last block ends the band (a
                   # paragraph's gap is under one body size, label to title about one and a
                   # half; frame foot, space and the next article's rule take three or more)
# roles that open an article: one under some of the band's text (in its column) ends the band
_HEADS = frozenset({Role.TITLE, Role.SECTION})
# roles the band leaves as they are (specks, the page's furniture bands) and never takes as
# the band's text either
_KEEP = frozenset({Role.OTHER, Role.HEADER, Role.PAGE_NUMBER})


def _row(k: int, labels: list[int], facts: list[Facts]) -> list[int]:
    """Label ``k`` and the labels level with it (the other language's, on the same row)."""
    a = facts[k].box
    return [j for j in labels if facts[j].box[1] < a[3] and facts[j].box[3] > a[1]]


def _band(row: list[int], roles: list[str], facts: list[Facts], page: PageFacts) -> list[int]:
    """The blocks of the band the labels of ``row`` head (themselves included)."""
    lo = min(facts[j].column_box[0] for j in row)
    hi = max(facts[j].column_box[1] for j in row)
    top = min(facts[j].box[1] for j in row)
    columns = {facts[j].column for j in row}
    under = sorted((k for k, f in enumerate(facts) if k not in row and f.box[1] >= top - 1
                    and roles[k] not in _KEEP and f.box[0] < hi and f.box[2] > lo
                    and (f.column in columns or f.column < 0 or lo <= f.box[0] <= hi)),
                   key=lambda k: facts[k].box[1])
    band = list(row)
    text: list[int] = []           # the band's blocks other than heads
    bottom = max(facts[j].box[3] for j in row)
    for k in under:
        f = facts[k]
        if f.box[1] - bottom > BAND_GAP * page.body_size:
            break
        if roles[k] in _HEADS and any(facts[j].box[3] <= f.box[1] + 1
                                      and across(facts[j].box, f.box) > 0 for j in text):
            break                   # the next article's head, under the band's text
        if roles[k] not in _HEADS:
            text.append(k)
        band.append(k)
        bottom = max(bottom, f.box[3])
    return band


def advertorials(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts
                 ) -> tuple[list[str], list[str]]:
    """Every block of a band headed by a sponsor's label (``_band``) is an ``aside``, with
    ``REASON`` as its reason."""
    labels = [k for k, f in enumerate(facts) if f.lines <= 2 and roles[k] != Role.OTHER
              and is_sponsor_label(f.text)]
    out, why = list(roles), list(reasons)
    done: set[int] = set()
    for k in labels:
        if k in done:
            continue
        row = _row(k, labels, facts)
        done.update(row)
        band = _band(row, roles, facts, page)
        log.debug("advertorial under %r: %d blocks", facts[k].text[:40], len(band))
        for j in band:
            if out[j] != Role.ASIDE:
                out[j], why[j] = Role.ASIDE, REASON
    return out, why
