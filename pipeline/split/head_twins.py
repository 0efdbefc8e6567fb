"""A running head's twin on its row: the other language's half of the page's head.

A bilingual publication heads its pages with a running head in each language on one row
(``TÓM TẮT CÁC BÀI VIẾT`` at the left, ``ABSTRACTS`` at the middle, the page number at the
right). ``roles.role_of`` keeps a head out when it lies in the page's furniture margin or
other pages repeat it; a head set a little lower than the margin, over a rule, whose other
pages' copies OCR misread (``ABSTHACTS``), is repeated nowhere and is read as a line of text,
though its twin beside it was kept out.

``head_twins`` (a role pass): a block of one line inside the page's top band
(``PageFacts.top_edge``), not set larger than a title (``roles.TITLE_WIDTH`` on OCR,
``TITLE_SIZE`` on a text layer), level with a running head of the band (their middles within
a body size) is that head's twin: a running head too (``Role.HEADER``).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.split.roles import TITLE_SIZE, TITLE_WIDTH, Facts, PageFacts

log = logging.getLogger(__name__)


def _middle(f: Facts) -> float:
    return (f.box[1] + f.box[3]) / 2


def head_twins(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """One-line blocks of the top band level with its running head (see the module)."""
    heads = [f for r, f in zip(roles, facts, strict=True)
             if r == Role.HEADER and f.box[3] <= page.top_edge]
    if not heads:
        return roles
    out = list(roles)
    for k, f in enumerate(facts):
        large = (page.exact and f.size >= TITLE_SIZE * page.body_size) or \
            f.cw >= TITLE_WIDTH * page.body_cw
        if roles[k] in FURNITURE_ROLES or f.lines != 1 or f.box[3] > page.top_edge or large:
            continue
        if any(abs(_middle(f) - _middle(h)) < page.body_size for h in heads):
            out[k] = Role.HEADER
            log.debug("a running head's twin on its row: %r", f.text[:40])
    return out
